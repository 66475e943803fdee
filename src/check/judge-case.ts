/**
 * Judge one case against the version in force on its 登记日期 (docs/check-results.md): one finding per clock
 * whose `when` holds and whose `from` event is present, and the violations that need only this
 * case (extensions, recusal, confidentiality, group reports, review windows, event order).
 * Duplicate 编号 needs the whole ledger and is found by the checker.
 */
import type { Lang } from '../diagnostics/diagnostic.ts';
import { formatMoment, type Moment } from '../deadlines/moment.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import { citeArticle } from '../reports/cite.ts';
import type { ArticleRef } from '../rules/compiled.ts';
import { matches, type CaseFacts } from '../rules/condition.ts';
import type { EventName, ViolationCode } from '../rules/model.ts';
import { VIOLATION_MESSAGES } from './codes.ts';
import type { DeadlineCache } from './deadline-cache.ts';
import type { VersionPlan } from './plan.ts';
import type { Finding, FindingStatus, Violation } from './result.ts';

/** Where a case's findings and violations go. */
export interface JudgeSink {
  /** A finding, with the event its clock stops on and the years that made it provisional. */
  finding(f: Finding, c: LedgerCase, until: EventName, provisionalYears: readonly number[]): void;
  violation(v: Violation, c: LedgerCase): void;
  /** A clock had an extension the case gave without an approval date, or no clock allows one. */
  extensionProblem(c: LedgerCase, kind: 'incomplete' | 'not-allowed'): void;
}

/** Run-wide inputs of judging. */
export interface JudgeContext {
  asOf: number;
  cache: DeadlineCache;
  lang: Lang;
  sink: JudgeSink;
}

/** Event pairs that must come in this order; `received` (登记) comes before every other event. */
const ORDER: [EventName, EventName][] = [
  ['accepted', 'closed'],
  ['replied', 'review_requested'],
  ['review_requested', 'review_proposed'],
  ['review_proposed', 'review_decided'],
  ['review_requested', 'review_decided'],
];
const AFTER_RECEIVED: EventName[] = [
  'forwarded', 'notified', 'accepted', 'instructed', 'reported', 'extension_approved', 'replied', 'closed', 'review_requested', 'review_proposed', 'review_decided',
];
const EVENT_ZH: Record<EventName, string> = {
  received: '登记日期', forwarded: '转送日期', notified: '告知日期', accepted: '受理日期', instructed: '批示日期', reported: '报告日期',
  extension_approved: '延期批准日期', replied: '答复日期', closed: '办结日期', review_requested: '复查申请日期',
  review_proposed: '拟办日期', review_decided: '复查意见日期',
};

/** a before b: by day, then by minute when both have a time. */
function before(a: Moment, b: Moment): boolean {
  return a.day < b.day || (a.day === b.day && a.minute !== undefined && b.minute !== undefined && a.minute < b.minute);
}

/** Whether `stop` keeps the deadline `due`. A stop without a time on a timed due day counts as kept (no evidence otherwise). */
function kept(stop: Moment, due: Moment): boolean {
  if (stop.day !== due.day) return stop.day < due.day;
  return due.minute === undefined || stop.minute === undefined || stop.minute <= due.minute;
}

const SPLIT = /[、,，;；/\s]+/;
function overlap(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return undefined;
  const bs = new Set(b.split(SPLIT).filter(Boolean));
  return a.split(SPLIT).find((x) => x && bs.has(x));
}

function violation(
  ctx: JudgeContext,
  plan: VersionPlan,
  c: LedgerCase,
  code: ViolationCode,
  details: Record<string, string | number>,
  article: ArticleRef | undefined,
  clock?: string,
): void {
  const entry = VIOLATION_MESSAGES[code]!;
  const v: Violation = {
    case: c.id,
    code,
    row: c.row,
    version: plan.version.version,
    ...(clock ? { clock } : {}),
    message: ctx.lang === 'en' ? entry.en(details) : entry.zh(details),
    ...(article ? { article: citeArticle(article) } : {}),
    details,
  };
  ctx.sink.violation(v, c);
}

/**
 * Judge one case; `facts` are its condition fields with category and department resolved to ids;
 * `duplicateOf` is the row of an earlier case with the same 编号.
 */
export function judgeCase(ctx: JudgeContext, plan: VersionPlan, c: LedgerCase, facts: CaseFacts, duplicateOf?: number): void {
  const ev = c.events;
  if (duplicateOf !== undefined) violation(ctx, plan, c, 'DUPLICATE_CASE', { first: duplicateOf }, undefined);
  const version = plan.version.version;
  const department = c.department ?? null;
  let extensionClaimed = false;

  for (const pc of plan.clocks) {
    const clock = pc.clock as (typeof plan.version.clocks)[number];
    if (clock.when && !matches(clock.when.test, facts)) continue;
    const start = ev[clock.from];
    if (!start) continue;
    let ext = 0;
    if (c.extension_days !== undefined && pc.extensionMaxDays !== undefined && !pc.timed) {
      extensionClaimed = true;
      const approved = ev.extension_approved;
      if (!approved) {
        ctx.sink.extensionProblem(c, 'incomplete');
      } else {
        const original = ctx.cache.get(plan, pc, start, 0);
        const article = clock.extension?.basis ?? clock.basis;
        if (approved.day > original.due.day) {
          // An extension must be approved before the period runs out; a late approval cannot revive it.
          violation(ctx, plan, c, 'EXTENSION_AFTER_DUE', { clockName: clock.name, approved: formatMoment(approved), due: original.dueText }, article, clock.id);
        } else {
          ext = c.extension_days;
          if (ext > pc.extensionMaxDays) {
            // docs/day-counting.md: an approved extension beyond the maximum is a finding; the maximum is applied.
            violation(ctx, plan, c, 'EXTENSION_OVER_MAX', { clockName: clock.name, days: ext, max: clock.extension!.max_text }, article, clock.id);
            ext = pc.extensionMaxDays;
          }
        }
      }
    }
    const d = ctx.cache.get(plan, pc, start, ext);
    const stop = ev[clock.until];
    let status: FindingStatus;
    let daysLate = 0;
    let dueSoon = false;
    if (stop) {
      status = kept(stop, d.due) ? 'on-time' : 'late';
      if (status === 'late') daysLate = stop.day - d.due.day;
    } else if (ctx.asOf > d.due.day) {
      status = 'overdue';
      daysLate = ctx.asOf - d.due.day;
    } else {
      status = 'pending';
      dueSoon = d.warnFrom !== undefined && ctx.asOf >= d.warnFrom;
    }
    const finding: Finding = {
      case: c.id,
      clock: clock.id,
      version,
      start: ctx.cache.text(start, pc.timed),
      due: d.dueText,
      stop: stop ? ctx.cache.text(stop, pc.timed) : null,
      status,
      due_soon: dueSoon,
      days_late: daysLate,
      provisional: d.provisional,
      department,
    };
    ctx.sink.finding(finding, c, clock.until, d.provisionalYears);
    if (pc.groupReport && (status === 'late' || status === 'overdue')) {
      violation(
        ctx, plan, c, 'GROUP_NOT_REPORTED',
        { persons: c.persons ?? '', due: d.dueText, ...(finding.stop ? { stop: finding.stop } : { asOf: formatMoment({ day: ctx.asOf }) }) },
        clock.basis, clock.id,
      );
    }
  }
  if (extensionClaimed === false && c.extension_days !== undefined) ctx.sink.extensionProblem(c, 'not-allowed');

  for (const pw of plan.windows) {
    const w = pw.clock;
    const from = ev[w.from];
    const until = ev[w.until];
    if (!from || !until) continue;
    const d = ctx.cache.get(plan, pw, from, 0);
    if (!kept(until, d.due)) {
      violation(ctx, plan, c, 'REVIEW_OUT_OF_TIME', { windowName: w.name, requested: formatMoment(until), due: d.dueText }, w.basis, w.id);
    }
  }

  if (plan.recusal) {
    const who = overlap(c.handler, c.subject);
    if (who) violation(ctx, plan, c, 'RECUSAL_CONFLICT', { handler: who }, plan.recusal);
  }
  if (plan.confidentiality) {
    const whom = overlap(c.forwarded_to, c.subject);
    if (whom) violation(ctx, plan, c, 'CONFIDENTIALITY_BREACH', { subject: whom }, plan.confidentiality);
  }

  const received = ev.received;
  if (received) for (const e of AFTER_RECEIVED) checkOrder(ctx, plan, c, 'received', e);
  for (const [a, b] of ORDER) checkOrder(ctx, plan, c, a, b);
}

/** EVENTS_OUT_OF_ORDER when event `b` is dated before event `a`. */
function checkOrder(ctx: JudgeContext, plan: VersionPlan, c: LedgerCase, a: EventName, b: EventName): void {
  const ea = c.events[a];
  const eb = c.events[b];
  if (!ea || !eb || !before(eb, ea)) return;
  violation(ctx, plan, c, 'EVENTS_OUT_OF_ORDER', {
    earlier: a, earlierZh: EVENT_ZH[a], earlierDate: formatMoment(ea), later: b, laterZh: EVENT_ZH[b], laterDate: formatMoment(eb),
  }, undefined);
}
