/**
 * Due dates through the deadline engine, memoised per (clock, start, extension). A million cases
 * start on a few thousand distinct days, so the engine (with its explanation steps) runs once per
 * distinct start and the per-case cost is a map lookup (1,000,000 cases in ≤ 15 s, README "Performance").
 * One cache per checker run; nothing global.
 */
import { addMonths, formatDay } from '../calendar/day.ts';
import { computeDeadline, type DeadlineInput, type DeadlineResult } from '../deadlines/compute.ts';
import type { Limit } from '../deadlines/limit.ts';
import { formatTime, type Moment } from '../deadlines/moment.ts';
import type { PlannedClock, VersionPlan } from './plan.ts';

/** The part of a deadline the checker uses. */
export interface Due {
  due: Moment;
  dueText: string;
  provisional: boolean;
  provisionalYears: number[];
  /** First day of the warn window (`due_soon` from this day on), when the clock has one. */
  warnFrom?: number;
  /** The engine's assumptions (无时刻，按当日24时起算); shared between cases: never mutate. */
  assumed: readonly string[];
  /** Days a suspension excluded, and whether an open one pauses the clock. */
  pausedDays: number;
  paused: boolean;
}

/** Start of the warn window: `warn` before the due day (3日, 1个工作日, 1个月; hours/minutes → the due day). */
function warnFrom(plan: VersionPlan, dueDay: number, warn: Limit | undefined): number | undefined {
  if (!warn) return undefined;
  switch (warn.unit) {
    case 'days':
      return dueDay - warn.amount;
    case 'workdays':
      return plan.calendar.addWorkdays(dueDay, -warn.amount);
    case 'months':
      return addMonths(dueDay, -warn.amount);
    default:
      return dueDay;
  }
}

/** Memoised deadlines for one run. */
export class DeadlineCache {
  private readonly maps = new Map<VersionPlan, Map<number, Due>[]>();
  private readonly days = new Map<number, string>();
  /** Engine calls made (for tests and the benchmark). */
  computed = 0;

  /** `YYYY-MM-DD` (with `THH:mm` when `timed` and the moment has a time), memoised per day. */
  text(m: Moment, timed: boolean): string {
    let t = this.days.get(m.day);
    if (t === undefined) this.days.set(m.day, (t = formatDay(m.day)));
    return timed && m.minute !== undefined ? `${t}T${formatTime(m.minute)}` : t;
  }

  /** Due date of `pc` started at `start`, extended by `extensionDays` (0 = none). */
  get(plan: VersionPlan, pc: PlannedClock, start: Moment, extensionDays: number): Due {
    let slots = this.maps.get(plan);
    if (!slots) this.maps.set(plan, (slots = []));
    const map = (slots[pc.slot * 2 + (extensionDays > 0 ? 1 : 0)] ??= new Map());
    // Day clocks depend only on the start day; timed clocks on the minute too (no time = −1). A
    // day clock's key stays a small integer (days of 1900–2199 × 4096 < 2³⁰), so the lookup a
    // million cases make allocates nothing; a timed clock's key may be a heap number.
    const ext = Math.min(extensionDays, 4095);
    const key = pc.timed ? (start.day * 1441 + (start.minute ?? -1) + 1) * 4096 + ext : start.day * 4096 + ext;
    let due = extensionDays < 4096 ? map.get(key) : undefined;
    if (due) return due;
    due = this.compute(plan, pc, {
      start,
      limit: pc.clock.limit!,
      ...(extensionDays > 0 ? { extension: { unit: 'days', amount: extensionDays, text: `${extensionDays}日` } } : {}),
    });
    if (extensionDays < 4096) map.set(key, due);
    return due;
  }

  /**
   * A deadline the memo does not cover: a case's own due date (要求办结日期), a suspension, or an
   * extension in another unit. Rare per ledger, so computed each time.
   */
  compute(plan: VersionPlan, pc: PlannedClock, input: DeadlineInput): Due {
    const clock = pc.clock;
    const r: DeadlineResult = computeDeadline(plan.calendar, { ...input, start: pc.timed ? input.start : { day: input.start.day }, roll: clock.roll });
    this.computed++;
    const w = 'warn' in clock ? warnFrom(plan, r.due.day, clock.warn) : undefined;
    return {
      due: r.due, dueText: r.dueText, provisional: r.provisional, provisionalYears: r.provisionalYears,
      ...(w !== undefined ? { warnFrom: w } : {}), assumed: r.assumed, pausedDays: r.pausedDays, paused: r.paused,
    };
  }
}
