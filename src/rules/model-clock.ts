/**
 * The rules language: clocks, petitioner windows and the procedure (rules/AUTHORING.md "Clocks",
 * "Petitioner windows", "Procedure"). Part of the model of src/rules/model.ts, which re-exports it.
 */
import type { Condition, EventName, IfEmpty } from './model-condition.ts';

/** An extension of a clock's period. */
export interface Extension {
  /** Longest extension, e.g. 30日; omitted = no cap of its own (say why in notes). */
  max?: string;
  /** `required` (default): only an approved extension (延期批准日期) counts; `none`: 延期天数 alone counts. */
  approval?: 'required' | 'none';
  /** Who must approve it (only with approval required). */
  approver?: string;
  /** Whether the petitioner must be told the reason. */
  notify_petitioner?: boolean;
  /** Article that allows it. */
  basis?: string;
}

/** The event(s) that stop a clock: one event, the first of several (`any`), or the last of several (`all`). */
export type Stop = EventName | { any: EventName[] } | { all: EventName[] };

/** An interval whose days do not count (e.g. 听证所需时间不计算在期限内). */
export interface Pause {
  /** The event that starts the excluded interval. */
  from: EventName;
  /** The event that ends it (its day is excluded too). */
  until: EventName;
  /** Article that excludes it. */
  basis?: string;
}

/** A reported delay (说明情况) that is not an extension: a late finding explained in time is listed, not scored. */
export interface Explain {
  /** Article that requires the explanation. */
  basis: string;
}

/** A time limit: from one event until another. */
export interface Clock {
  /** Stable id (part of the contract for seed rule sets). */
  id: string;
  /** Name in plain words, e.g. 受理告知. */
  name: string;
  /** The event that starts the clock. */
  from: EventName;
  /** Event the clock starts on when `from` is not recorded (the finding is marked assumed). */
  from_fallback?: EventName;
  /** The event that stops it, or `{any: […]}` / `{all: […]}` of several. */
  until: Stop;
  /** The limit: 15日, 15个工作日, 2个月, 30分钟, 24小时, 当日; optional when due_by is given. */
  limit?: string;
  /** A due-date event (assigned_due, 要求办结日期): when recorded, it is the due date (overrides limit). */
  due_by?: EventName;
  /** Only cases matching this condition have this clock. */
  when?: Condition;
  /** What an empty cell tested by `when` means. */
  if_empty?: IfEmpty;
  /** An interval whose days do not count (docs/day-counting.md suspension). */
  pause?: Pause;
  /** Extension allowed, if any. */
  extension?: Extension;
  /** A delay explained (情况说明日期) on or before the due date marks a late finding explained. */
  explain?: Explain;
  /** Who decides: self (default), or superior (复查/复核 by the next organ up: information unless ledger.decides lists it). */
  decided_by?: 'self' | 'superior';
  /** Id of the petitioner window whose `until` event starts this clock (a request out of time by a recorded 送达 date gets no finding). */
  request_window?: string;
  /** Roll a calendar-day or month deadline forward past non-working days (default next-workday). */
  roll?: 'next-workday' | 'none';
  /** Due-soon window before the due date, e.g. 3日 or 1个工作日. */
  warn?: string;
  /** Article the clock comes from (article id, or `ruleset:article` for a parent's article). */
  basis: string;
  /** Plain-words explanation for petitioners. */
  description?: string;
}

/** A deadline the petitioner must keep (e.g. asking for review within 30 days): information, never a violation. */
export interface Window {
  /** Stable id. */
  id: string;
  /** Name in plain words. */
  name: string;
  /** Event that opens the window. */
  from: EventName;
  /** Event used when `from` is not recorded (the result is marked assumed). */
  from_fallback?: EventName;
  /** The petitioner's event that must fall inside it. */
  until: EventName;
  /** Length of the window. */
  limit: string;
  /** Only cases matching this condition have this window. */
  when?: Condition;
  /** What an empty cell tested by `when` means. */
  if_empty?: IfEmpty;
  /** Roll as for clocks. */
  roll?: 'next-workday' | 'none';
  /** Article it comes from. */
  basis: string;
  /** Plain-words explanation for petitioners. */
  description?: string;
}

/** Steps of the procedure (受理 → 办理 → 答复 → 复查 → 复核 → 终结). */
export const PROCEDURE_STEPS = ['accept', 'handle', 'reply', 'review', 'recheck', 'final'] as const;
export type ProcedureStepId = (typeof PROCEDURE_STEPS)[number];

/** One step of the procedure as the text has it, with the clocks and windows that time it. */
export interface ProcedureStep {
  /** Which step: accept 受理, handle 办理, reply 答复, review 复查, recheck 复核, final 终结. */
  step: ProcedureStepId;
  /** Ids of the clocks (own or inherited) that time this step. */
  clocks?: string[];
  /** Ids of the petitioner windows of this step. */
  windows?: string[];
  /** Article the step comes from. */
  basis: string;
  /** The step in plain words from the text. */
  summary?: string;
}
