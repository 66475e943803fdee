/**
 * One clock of one case (docs/check-results.md): whether it applies (its `when`, on the empty cells its
 * `if_empty` declares), its due date (limit or the case's 要求办结日期, the approved extension within
 * the maximum, the 听证 days excluded, docs/day-counting.md), its status, and whether it is scored.
 */
import { formatDay } from '../calendar/day.ts';
import { canSuspend } from '../deadlines/compute.ts';
import { allowedExtension, laterThanMax } from '../deadlines/extension.ts';
import type { Limit } from '../deadlines/limit.ts';
import { formatMoment, type Moment } from '../deadlines/moment.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import type { CompiledClock } from '../rules/compiled.ts';
import { evaluate, eventName, stopValue, type CaseFacts } from '../rules/condition.ts';
import type { Due } from './deadline-cache.ts';
import { before, kept, violation, type JudgeContext } from './judge-common.ts';
import type { JudgedWindow } from './judge-windows.ts';
import type { PlannedClock, VersionPlan } from './plan.ts';
import type { Finding, FindingStatus } from './result.ts';

/** The assumption of a decision clock on a request whose timing rests on the fallback date (docs/check-results.md). */
export const REQUEST_NOT_JUDGED = '送达日期未填，未判定申请是否逾期';

const NONE: readonly string[] = Object.freeze([]);

/** Append an assumption to a list created on first use. */
function assume(list: string[] | undefined, a: string): string[] {
  (list ??= []).push(a);
  return list;
}

/**
 * The extension the clock counts for the case (undefined = none), after its approval and maximum;
 * reports the violations. `claimed` is set when the clock allows the case's 延期天数 at all.
 */
function extensionOf(ctx: JudgeContext, plan: VersionPlan, pc: PlannedClock, c: LedgerCase, start: Moment, claimed: { value: boolean }): Limit | undefined {
  const clock = pc.clock as CompiledClock;
  const rule = clock.extension;
  const days = c.extension_days;
  if (days === undefined || !rule || pc.timed || !clock.limit) return undefined;
  claimed.value = true;
  // approval: none — the 延期天数 alone counts, whatever approval date another clock needed.
  const approved = rule.approval === 'required' ? c.events.extension_approved : undefined;
  if (rule.approval === 'required' && !approved) {
    ctx.sink.extensionProblem(c, 'incomplete');
    return undefined;
  }
  const article = rule.basis ?? clock.basis;
  // A decision the next organ up makes (unscored clock) is not this office's breach: its extension
  // is still applied as the rules allow, without a violation against the office.
  const breach: typeof violation = (...a) => {
    if (clock.scored) violation(...a);
  };
  const original = ctx.cache.get(plan, pc, start, 0);
  if (approved && approved.day > original.due.day) {
    // An extension must be approved before the period runs out; a late approval cannot revive it.
    breach(ctx, plan, c, 'EXTENSION_AFTER_DUE', { clockName: clock.name, approved: formatMoment(approved), due: original.dueText }, article, { clock: clock.id });
    return undefined;
  }
  const requested: Limit = { unit: 'days', amount: days, text: `${days}日` };
  const outcome = allowedExtension(rule, requested);
  if ('refused' in outcome) return undefined;
  let over = outcome.capped;
  if (!over && laterThanMax(rule, requested)) {
    // A maximum in months or working days: the request is over it when it ends later.
    const max = ctx.cache.compute(plan, pc, { start, limit: clock.limit, extension: rule.max! });
    over = ctx.cache.get(plan, pc, start, days).due.day > max.due.day;
  }
  if (!over) return requested;
  // docs/day-counting.md: an approved extension beyond the maximum is a finding; the maximum is applied.
  breach(ctx, plan, c, 'EXTENSION_OVER_MAX', { clockName: clock.name, days, max: rule.max_text ?? rule.max!.text }, article, { clock: clock.id });
  return rule.max!;
}

/**
 * Judge one clock of a case. `windows` are the case's judged petitioner windows (for
 * `request_window`); `claimed` collects whether any clock allows the case's 延期天数.
 */
export function judgeClock(
  ctx: JudgeContext,
  plan: VersionPlan,
  pc: PlannedClock,
  c: LedgerCase,
  facts: CaseFacts,
  windows: ReadonlyMap<string, JudgedWindow> | undefined,
  claimed: { value: boolean },
): void {
  const clock = pc.clock as CompiledClock;
  const ev = c.events;
  const r = evaluate(clock.when?.test, facts, clock.if_empty, plan.nameOf);
  if (r.skippedEmpty) ctx.sink.skipped(clock, r.skippedEmpty, c);
  if (!r.holds) return;
  const recorded = ev[clock.from];
  const start = recorded ?? (clock.from_fallback ? ev[clock.from_fallback] : undefined);
  if (!start) return;
  // Most findings assume nothing: they share one frozen empty list (a million-case ledger).
  let assumed: string[] | undefined = r.assumed.length ? [...r.assumed] : undefined;
  // docs/ledger-columns.md: e.g. 报送领导日期 empty → counted from 登记日期, which is never later, so the finding says so.
  if (!recorded) assumed = assume(assumed, `${eventName(clock.from, 'zh')}未填，按${eventName(clock.from_fallback!, 'zh')}起算`);

  if (clock.request_window) {
    // docs/check-results.md: no decision is owed on a request out of time by a recorded 送达 date (the window
    // lists it); by the fallback date alone it is not decided, so the clock runs, marked.
    const w = windows?.get(clock.request_window);
    if (w && w.entry.status === 'out-of-time') {
      if (w.recorded) return;
      assumed = assume(assumed, REQUEST_NOT_JUDGED);
    }
  }

  const dueBy = clock.due_by ? ev[clock.due_by] : undefined;
  if (!dueBy && !clock.limit) return;
  const extension = dueBy ? undefined : extensionOf(ctx, plan, pc, c, start, claimed);
  const stop = stopValue(clock.until, ev, before);

  let pause: { from: number; until?: number } | undefined;
  // The engine suspends day periods only (docs/day-counting.md counts excluded calendar days); validation
  // refuses a pause on another clock (PAUSE_NOT_DAY_PERIOD), and this keeps compiled JSON made
  // elsewhere from reaching the engine's throw.
  if (clock.pause && ev[clock.pause.from] && (dueBy || canSuspend(clock.limit))) {
    const until = ev[clock.pause.until];
    pause = { from: ev[clock.pause.from]!.day };
    if (until) pause.until = until.day;
    else if (stop) {
      // The decision ends the suspension at the latest.
      pause.until = stop.day;
      assumed = assume(assumed, `${eventName(clock.pause.until, 'zh')}未填，中止计至${formatDay(stop.day)}`);
    }
  }

  const d: Due =
    dueBy || pause || (extension && extension.unit !== 'days')
      ? ctx.cache.compute(plan, pc, {
          start,
          ...(pause ? { pause } : {}),
          ...(dueBy ? { dueBy: dueBy.day } : { limit: clock.limit!, ...(extension ? { extension } : {}) }),
        })
      : ctx.cache.get(plan, pc, start, extension?.amount ?? 0);
  for (const a of d.assumed) assumed = assume(assumed, a);
  if (d.assumed.length && pc.timed && start.minute === undefined) ctx.sink.noTime(clock, c, recorded ? clock.from : clock.from_fallback!);
  if (d.paused) assumed = assume(assumed, `${eventName(clock.pause!.from, 'zh')}已填、${eventName(clock.pause!.until, 'zh')}未填，期限中止计算`);

  let status: FindingStatus;
  let daysLate = 0;
  let dueSoon = false;
  if (stop) {
    status = kept(stop, d.due) ? 'on-time' : 'late';
    if (status === 'late') daysLate = stop.day - d.due.day;
  } else if (ctx.asOf > d.due.day && !d.paused) {
    status = 'overdue';
    daysLate = ctx.asOf - d.due.day;
  } else {
    status = 'pending';
    dueSoon = !d.paused && d.warnFrom !== undefined && ctx.asOf >= d.warnFrom;
  }
  const missed = status === 'late' || status === 'overdue';
  // 说明情况 (clock `explain`): a delay explained on or before the due date is listed, not scored.
  const explainedOn = missed && clock.explain ? ev.delay_explained : undefined;
  const explained = explainedOn && explainedOn.day <= d.due.day ? ctx.cache.text(explainedOn, false) : undefined;
  const finding: Finding = {
    case: c.id,
    clock: clock.id,
    version: plan.version.version,
    start: ctx.cache.text(start, pc.timed),
    due: d.dueText,
    stop: stop ? ctx.cache.text(stop, pc.timed) : null,
    status,
    due_soon: dueSoon,
    days_late: daysLate,
    provisional: d.provisional,
    department: c.department ?? null,
    assumed: assumed ?? NONE,
    // While the interval is open nothing is counted yet: `assumed` says the clock is paused.
    ...(pause && !d.paused ? { paused_days: d.pausedDays } : {}),
    ...(explained ? { explained } : {}),
    // docs/check-results.md: a provisional late/overdue waits for the notice; decided_by superior is
    // information; a lateness counted from the fallback start (登记日期 for an empty 报送领导日期, never
    // later than the real start) may exist only because of that assumption, so it is listed, not scored.
    scored: clock.scored && !explained && !(missed && (d.provisional || !recorded)),
  };
  ctx.sink.finding(finding, c, clock.until.events, d.provisionalYears);
  if (pc.groupReport && missed && finding.scored) {
    violation(
      ctx, plan, c, 'GROUP_NOT_REPORTED',
      { persons: c.persons ?? '', due: d.dueText, ...(finding.stop ? { stop: finding.stop } : { asOf: formatMoment({ day: ctx.asOf }) }) },
      clock.basis, { clock: clock.id },
    );
  }
}
