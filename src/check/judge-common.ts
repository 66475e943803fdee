/**
 * What judging a case shares between its parts (clocks, petitioner windows, discipline): the run
 * context, the sink, moment comparisons and the violation builder. Pure.
 */
import type { Lang } from '../diagnostics/diagnostic.ts';
import type { Moment } from '../deadlines/moment.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import { citeArticle } from '../reports/cite.ts';
import type { ArticleRef } from '../rules/compiled.ts';
import type { EmptyableField, EventName, ViolationCode } from '../rules/model.ts';
import { VIOLATION_MESSAGES } from './codes.ts';
import type { DeadlineCache } from './deadline-cache.ts';
import type { VersionPlan } from './plan.ts';
import type { Finding, PetitionerEntry, Violation } from './result.ts';

/** Where a case's findings, petitioner entries and violations go. */
export interface JudgeSink {
  /** A finding, with the events its clock stops on and the years that made it provisional. */
  finding(f: Finding, c: LedgerCase, until: readonly EventName[], provisionalYears: readonly number[]): void;
  petitioner(p: PetitionerEntry, c: LedgerCase): void;
  violation(v: Violation, c: LedgerCase): void;
  /** A clock had an extension the case gave without an approval date, or no clock allows one. */
  extensionProblem(c: LedgerCase, kind: 'incomplete' | 'not-allowed'): void;
  /** A clock (or window) did not apply because a tested cell is empty and its `if_empty` says skip. */
  skipped(clock: { id: string; name: string }, field: EmptyableField, c: LedgerCase): void;
  /** An hour or minute clock started from a date (`event`: its `from`, or `from_fallback`) without a time (counted from 24:00). */
  noTime(clock: { id: string; name: string }, c: LedgerCase, event: EventName): void;
}

/** Run-wide inputs of judging. */
export interface JudgeContext {
  asOf: number;
  cache: DeadlineCache;
  lang: Lang;
  sink: JudgeSink;
}

/** a before b: by day, then by minute when both have a time. */
export function before(a: Moment, b: Moment): boolean {
  return a.day < b.day || (a.day === b.day && a.minute !== undefined && b.minute !== undefined && a.minute < b.minute);
}

/** Whether `stop` keeps the deadline `due`. A stop without a time on a timed due day counts as kept (no evidence otherwise). */
export function kept(stop: Moment, due: Moment): boolean {
  if (stop.day !== due.day) return stop.day < due.day;
  return due.minute === undefined || stop.minute === undefined || stop.minute <= due.minute;
}

/** Report a violation of `code` with its message in the run's language. */
export function violation(
  ctx: JudgeContext,
  plan: VersionPlan,
  c: LedgerCase,
  code: ViolationCode,
  details: Record<string, string | number>,
  article: ArticleRef | undefined,
  extra: { clock?: string; assumed?: string[] } = {},
): void {
  const entry = VIOLATION_MESSAGES[code]!;
  const v: Violation = {
    case: c.id,
    code,
    row: c.row,
    version: plan.version.version,
    ...(extra.clock ? { clock: extra.clock } : {}),
    message: ctx.lang === 'en' ? entry.en(details) : entry.zh(details),
    ...(article ? { article: citeArticle(article) } : {}),
    details,
    assumed: extra.assumed ?? [],
  };
  ctx.sink.violation(v, c);
}
