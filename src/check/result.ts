/** The check results of docs/check-results.md: findings, violations and the summary. Plain JSON. */
import type { ViolationCode } from '../rules/model.ts';

/** Clock status (docs/check-results.md). */
export type FindingStatus = 'on-time' | 'late' | 'overdue' | 'pending';

/** One clock of one case. Field names and order are the JSON contract. */
export interface Finding {
  case: string;
  clock: string;
  /** The rule-set version the case was judged by (its effective date). */
  version: string;
  /** `YYYY-MM-DD`, with `THH:mm` for hour and minute clocks. */
  start: string;
  due: string;
  /** The stop event's date, or null when it has not happened. */
  stop: string | null;
  status: FindingStatus;
  /** Pending and inside the clock's warn window. */
  due_soon: boolean;
  /** Calendar days past due: stop − due when late, as-of − due when overdue; else 0. */
  days_late: number;
  /** The counting window touches a year without a published holiday notice. */
  provisional: boolean;
  /** 承办部门 as written in the ledger, or null. */
  department: string | null;
  /**
   * The assumptions the finding rests on, in Chinese words (类别未填，按申诉求决类计算; 无时刻，按当日24时起算;
   * 送达日期未填，未判定申请是否逾期 …); [] when none (shared: never mutate).
   */
  assumed: readonly string[];
  /** Days a suspension interval (听证) excluded; present only when the clock has one and it applied. */
  paused_days?: number;
  /** The 情况说明日期 that explains a late or overdue finding (clock `explain`); present only then. */
  explained?: string;
  /**
   * Whether the finding counts in the KPIs and the appraisal: false for a provisional or explained
   * late/overdue finding and for a decision the next organ up makes (decided_by superior, not in
   * ledger.decides). Unscored findings are listed all the same.
   */
  scored: boolean;
}

/** A petitioner window's status (docs/check-results.md): the request's timing, or the window's when none is recorded. */
export type WindowStatus = 'in-time' | 'out-of-time' | 'open' | 'closed';

/** A petitioner window of one case: information about the petitioner, never a violation or scored. */
export interface PetitionerEntry {
  kind: 'window';
  case: string;
  window: string;
  version: string;
  /** The day the window opened (送达, or the fallback date: see `assumed`). */
  from: string;
  due: string;
  /** The petitioner's request date, or null. */
  request: string | null;
  status: WindowStatus;
  provisional: boolean;
  assumed: string[];
}

/** A non-clock rule breach (docs/check-results.md). */
export interface Violation {
  case: string;
  code: ViolationCode;
  /** Excel row of the case. */
  row: number;
  version: string;
  /** The clock or window concerned, if any. */
  clock?: string;
  /** What happened, in the report language. */
  message: string;
  /** The article broken, cited as 《信访工作条例》第二十八条, when the rules give one. */
  article?: string;
  /** The facts the message is built from (dates, days, names). */
  details: Record<string, string | number>;
  /** Assumptions it rests on, in Chinese words (类别未填，按检举控告类检查); [] when none. */
  assumed: string[];
}
