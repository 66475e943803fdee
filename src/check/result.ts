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
}
