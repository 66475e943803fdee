/**
 * The deadline engine: when a period that starts at a moment ends (docs/day-counting.md). The legal rules:
 *
 * - 民法典 art. 201 (民事诉讼法 art. 85 by analogy): the start day is not counted; an hour period
 *   runs from the moment it starts.
 * - 民法典 art. 202: a month period ends on the corresponding day of the last month, or on that
 *   month's last day when it has no such day.
 * - 民法典 art. 203: when the last day is a statutory rest day, the period ends on the first day
 *   after the rest days — here, the next working day (unless the clock says `roll: none`); the
 *   last day ends at 24:00.
 *
 * - docs/day-counting.md suspension (复核: "听证所需时间不计算在前款规定的期限内"): the days of an interval
 *   between two events, counted only after the start and on or before the due date as it stood
 *   when the interval began, are added to the period, then the result rolls.
 * - A per-case due date (要求办结日期, a clock's `due_by`) replaces the counted period; it rolls
 *   like a counted last day (民法典 art. 203), so a date set on a rest day never makes a case late.
 *
 * The result carries structured steps so `explain` can say, day by day, how the due date came about.
 */
import type { Calendar, DayInfo, DayKind, NoticeRef } from '../calendar/calendar.ts';
import { addMonths, ymdFromDay, yearOfDay, type DayIndex } from '../calendar/day.ts';
import type { Limit } from './limit.ts';
import { addMinutes, formatMoment, type Moment } from './moment.ts';

/** What happens when a calendar-day or month period ends on a non-working day. */
export type RollMode = 'next-workday' | 'none';

/** An interval whose days do not count (docs/day-counting.md suspension); `until` absent = not ended yet. */
export interface Suspension {
  from: DayIndex;
  until?: DayIndex;
}

interface InputBase {
  start: Moment;
  /** Default `next-workday`. Working-day, hour and minute periods never roll. */
  roll?: RollMode;
  /** An approved extension, added to the period (60日 + 30日 → 90日). Ignored with `dueBy`. */
  extension?: Limit;
  /** A suspension interval; day-unit periods and `dueBy` only (see {@link canSuspend}). */
  pause?: Suspension;
}

/** What to compute: a period of `limit`, or the case's own due date `dueBy` (which overrides the limit). */
export type DeadlineInput = InputBase & ({ limit: Limit; dueBy?: DayIndex } | { limit?: Limit; dueBy: DayIndex });

/** Consecutive non-working days of the same kind and name. */
export interface DayRun {
  from: DayIndex;
  to: DayIndex;
  kind: DayKind;
  name?: string;
  notice?: NoticeRef;
}

/** One step of the computation, for explanations. */
export type DeadlineStep =
  | { kind: 'start'; start: Moment; info: DayInfo }
  /** `total` is set when the extension adds to the limit directly (same unit, or hours with minutes). */
  | { kind: 'extension'; limit: Limit; extension: Limit; total?: Pick<Limit, 'unit' | 'amount'> }
  | { kind: 'count-days'; amount: number; from: DayIndex; info: DayInfo }
  | { kind: 'count-months'; amount: number; from: DayIndex; clamped: boolean; info: DayInfo }
  | { kind: 'count-workdays'; amount: number; from: DayIndex; info: DayInfo; skipped: DayRun[]; makeup: DayInfo[] }
  | { kind: 'landed'; info: DayInfo }
  | { kind: 'roll'; info: DayInfo; to: DayInfo; skipped: DayRun[] }
  | { kind: 'no-roll'; info: DayInfo }
  | { kind: 'count-time'; minutes: number; from: Required<Moment>; to: Required<Moment>; assumedEndOfDay: boolean }
  | { kind: 'same-day'; info: DayInfo }
  | { kind: 'assigned-due'; info: DayInfo }
  /** `days` excluded for the interval `from`…`until`, with the due date as it stood before it. */
  | { kind: 'pause'; from: DayIndex; until: DayIndex; days: number; before: DayIndex }
  /** An interval with no end on or before the due date: the clock is paused. */
  | { kind: 'pause-open'; from: DayIndex }
  | { kind: 'provisional'; years: number[] }
  | { kind: 'due'; due: Moment; info: DayInfo };

/** The assumption of an hour or minute period started from a date without a time (docs/check-results.md `assumed`). */
export const NO_TIME_ASSUMED = '无时刻，按当日24时起算';

/** A computed deadline. Plain data. */
export interface DeadlineResult {
  start: Moment;
  /** The limit counted; absent when the case's own due date (`dueBy`) was used. */
  limit?: Limit;
  extension?: Limit;
  roll: RollMode;
  /** Due moment: a date (by 24:00 of it), or a date and time for hour and minute periods. */
  due: Moment;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` for hour and minute periods. */
  dueText: string;
  /** True when the window start … due touches a year without a published notice. */
  provisional: boolean;
  /** Those years, ascending. */
  provisionalYears: number[];
  /** What the result assumes, in Chinese words (docs/check-results.md): {@link NO_TIME_ASSUMED} or nothing. */
  assumed: string[];
  /** Days excluded by the suspension interval (0 when none applied). */
  pausedDays: number;
  /** The suspension interval began on or before the due date and has not ended: the clock is paused. */
  paused: boolean;
  steps: DeadlineStep[];
}

const DAY_UNITS = new Set(['days', 'workdays', 'months']);
const TIME_UNITS = new Set(['hours', 'minutes']);

/** Whether an extension can be added to a limit: day units to day units, hours/minutes to each other. */
export function canExtend(limit: Limit, extension: Limit): boolean {
  return (
    (DAY_UNITS.has(limit.unit) && DAY_UNITS.has(extension.unit)) ||
    (TIME_UNITS.has(limit.unit) && TIME_UNITS.has(extension.unit))
  );
}

/** Whether a suspension can apply to a limit: calendar-day, working-day and month periods. */
export function canSuspend(limit: Limit | undefined): boolean {
  return limit === undefined || DAY_UNITS.has(limit.unit);
}

/** Non-working days in [a, b], grouped into runs. */
function runsOf(calendar: Calendar, a: DayIndex, b: DayIndex): DayRun[] {
  const runs: DayRun[] = [];
  for (let d = a; d <= b; d++) {
    const info = calendar.dayInfo(d);
    if (info.workday) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === d - 1 && last.kind === info.kind && last.name === info.name && last.notice?.number === info.notice?.number) {
      last.to = d;
    } else {
      runs.push({ from: d, to: d, kind: info.kind, ...(info.name ? { name: info.name } : {}), ...(info.notice ? { notice: info.notice } : {}) });
    }
  }
  return runs;
}

/** Count one day-unit segment on from `from`; returns the last day. */
function countSegment(calendar: Calendar, from: DayIndex, limit: Limit, steps: DeadlineStep[]): DayIndex {
  const amount = limit.amount;
  if (limit.unit === 'workdays') {
    // N个工作日: the N-th working day strictly after the start day; never rolled.
    const to = calendar.addWorkdays(from, amount);
    const makeup: DayInfo[] = [];
    for (let d = from + 1; d <= to; d++) {
      const info = calendar.dayInfo(d);
      if (info.kind === 'makeup-workday') makeup.push(info);
    }
    steps.push({ kind: 'count-workdays', amount, from, info: calendar.dayInfo(to), skipped: runsOf(calendar, from + 1, to), makeup });
    return to;
  }
  if (limit.unit === 'months') {
    // 民法典 art. 202: the corresponding day of the last month, else that month's last day.
    const to = addMonths(from, amount);
    const clamped = ymdFromDay(to).day !== ymdFromDay(from).day;
    steps.push({ kind: 'count-months', amount, from, clamped, info: calendar.dayInfo(to) });
    return to;
  }
  // N日: 民法典 art. 201, the start day is not counted, so the last day is start + N.
  const to = from + amount;
  steps.push({ kind: 'count-days', amount, from, info: calendar.dayInfo(to) });
  return to;
}

/** Roll a last day that is not a working day (民法典 art. 203), unless `roll: none`; records the step. */
function settle(calendar: Calendar, last: DayIndex, roll: RollMode, steps: DeadlineStep[] | undefined): DayIndex {
  const info = calendar.dayInfo(last);
  if (info.workday) {
    steps?.push({ kind: 'landed', info });
    return last;
  }
  if (roll === 'none') {
    steps?.push({ kind: 'no-roll', info });
    return last;
  }
  // 民法典 art. 203: a last day on a rest day moves to the first working day after it.
  const to = calendar.nextWorkdayOnOrAfter(last);
  steps?.push({ kind: 'roll', info, to: calendar.dayInfo(to), skipped: runsOf(calendar, last, to - 1) });
  return to;
}

/** A day-unit period (or the case's own due date), with its suspension; returns the due day. */
function dayPeriod(calendar: Calendar, input: DeadlineInput, roll: RollMode, steps: DeadlineStep[], pause: { days: number; open: boolean }): DayIndex {
  const { start, limit, extension } = input;
  let last: DayIndex;
  let lastUnit: string;
  if (input.dueBy !== undefined) {
    last = input.dueBy;
    lastUnit = 'days';
    steps.push({ kind: 'assigned-due', info: calendar.dayInfo(last) });
  } else {
    // An approved extension adds to the period (60日 + 30日 → 90日); in another day unit it is
    // counted on from the last day of the original period (2个月 + 15日).
    const l = limit!;
    const combined = extension !== undefined && extension.unit === l.unit;
    const total = { unit: l.unit, amount: l.amount + (extension?.amount ?? 0) };
    if (extension) steps.push({ kind: 'extension', limit: l, extension, ...(combined ? { total } : {}) });
    const segments = !extension ? [l] : combined ? [{ ...l, ...total }] : [l, extension];
    last = start.day;
    for (const segment of segments) last = countSegment(calendar, last, segment, steps);
    lastUnit = segments[segments.length - 1]!.unit;
  }
  const p = input.pause;
  if (p) {
    // docs/day-counting.md: only days after the start and on or before the due date as it stood when the
    // interval began count; an interval that has not ended by then pauses the clock.
    const before = lastUnit === 'workdays' ? last : settle(calendar, last, roll, undefined);
    const from = Math.max(p.from, start.day + 1);
    if (p.until === undefined) {
      if (p.from <= before) {
        pause.open = true;
        steps.push({ kind: 'pause-open', from: p.from });
      }
    } else {
      const days = Math.max(0, Math.min(p.until, before) - from + 1);
      if (days > 0) {
        pause.days = days;
        steps.push({ kind: 'pause', from: p.from, until: p.until, days, before });
        last += days;
        lastUnit = 'days';
      }
    }
  }
  if (lastUnit === 'workdays') return last;
  return settle(calendar, last, roll, steps);
}

/** Compute a deadline. Throws a RangeError only for an extension {@link canExtend} or a pause {@link canSuspend} rejects. */
export function computeDeadline(calendar: Calendar, input: DeadlineInput): DeadlineResult {
  const { start, limit } = input;
  const extension = input.dueBy === undefined ? input.extension : undefined;
  const roll = input.roll ?? 'next-workday';
  if (limit && extension && !canExtend(limit, extension)) {
    throw new RangeError(`cannot extend ${limit.unit} by ${extension.unit}`);
  }
  if (input.pause && input.dueBy === undefined && !canSuspend(limit)) {
    throw new RangeError(`cannot suspend a ${limit!.unit} period`);
  }
  const steps: DeadlineStep[] = [{ kind: 'start', start, info: calendar.dayInfo(start.day) }];
  const pause = { days: 0, open: false };
  const assumed: string[] = [];
  let due: Moment;

  if (input.dueBy === undefined && limit!.unit === 'same-day') {
    // 当日: by 24:00 of the start day (民法典 art. 203 para. 2).
    steps.push({ kind: 'same-day', info: calendar.dayInfo(start.day) });
    due = { day: start.day };
  } else if (input.dueBy === undefined && TIME_UNITS.has(limit!.unit)) {
    // Hours and minutes run from the moment the period starts (民法典 art. 201 para. 2). With no
    // time known, we count from the end of the start day: never earlier than the true deadline.
    const minutesOf = (l: Limit) => (l.unit === 'hours' ? l.amount * 60 : l.amount);
    const minutes = minutesOf(limit!) + (extension ? minutesOf(extension) : 0);
    if (extension) {
      const unit = limit!.unit === extension.unit ? limit!.unit : 'minutes';
      const total = { unit, amount: unit === 'minutes' ? minutes : minutes / 60 };
      steps.push({ kind: 'extension', limit: limit!, extension, total });
    }
    const assumedEndOfDay = start.minute === undefined;
    if (assumedEndOfDay) assumed.push(NO_TIME_ASSUMED);
    const from = assumedEndOfDay ? { day: start.day + 1, minute: 0 } : { day: start.day, minute: start.minute! };
    const to = addMinutes(from.day, from.minute, minutes);
    steps.push({ kind: 'count-time', minutes, from, to, assumedEndOfDay });
    due = to;
  } else {
    due = { day: dayPeriod(calendar, input, roll, steps, pause) };
  }

  const provisionalYears: number[] = [];
  for (let y = yearOfDay(start.day); y <= yearOfDay(due.day); y++) {
    if (!calendar.isCovered(y)) provisionalYears.push(y);
  }
  if (provisionalYears.length) steps.push({ kind: 'provisional', years: provisionalYears });
  steps.push({ kind: 'due', due, info: calendar.dayInfo(due.day) });
  return {
    start,
    ...(input.dueBy === undefined && limit ? { limit } : {}),
    ...(extension ? { extension } : {}),
    roll,
    due,
    dueText: formatMoment(due),
    provisional: provisionalYears.length > 0,
    provisionalYears,
    assumed,
    pausedDays: pause.days,
    paused: pause.open,
    steps,
  };
}

