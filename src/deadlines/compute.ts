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
 * The result carries structured steps so `explain` can say, day by day, how the due date came about.
 */
import type { Calendar, DayInfo, DayKind, NoticeRef } from '../calendar/calendar.ts';
import { addMonths, ymdFromDay, yearOfDay, type DayIndex } from '../calendar/day.ts';
import type { Limit } from './limit.ts';
import { addMinutes, formatMoment, type Moment } from './moment.ts';

/** What happens when a calendar-day or month period ends on a non-working day. */
export type RollMode = 'next-workday' | 'none';

/** What to compute. */
export interface DeadlineInput {
  start: Moment;
  limit: Limit;
  /** Default `next-workday`. Working-day, hour and minute periods never roll. */
  roll?: RollMode;
  /** An approved extension, added to the period (60日 + 30日 → 90日). */
  extension?: Limit;
}

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
  | { kind: 'provisional'; years: number[] }
  | { kind: 'due'; due: Moment; info: DayInfo };

/** A computed deadline. Plain data. */
export interface DeadlineResult {
  start: Moment;
  limit: Limit;
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

/** Compute a deadline. Throws a RangeError only for an extension {@link canExtend} rejects. */
export function computeDeadline(calendar: Calendar, input: DeadlineInput): DeadlineResult {
  const { start, limit, extension } = input;
  const roll = input.roll ?? 'next-workday';
  if (extension && !canExtend(limit, extension)) {
    throw new RangeError(`cannot extend ${limit.unit} by ${extension.unit}`);
  }
  const steps: DeadlineStep[] = [{ kind: 'start', start, info: calendar.dayInfo(start.day) }];
  let due: Moment;

  if (limit.unit === 'same-day') {
    // 当日: by 24:00 of the start day (民法典 art. 203 para. 2).
    steps.push({ kind: 'same-day', info: calendar.dayInfo(start.day) });
    due = { day: start.day };
  } else if (TIME_UNITS.has(limit.unit)) {
    // Hours and minutes run from the moment the period starts (民法典 art. 201 para. 2). With no
    // time known, we count from the end of the start day: never earlier than the true deadline.
    const minutesOf = (l: Limit) => (l.unit === 'hours' ? l.amount * 60 : l.amount);
    const minutes = minutesOf(limit) + (extension ? minutesOf(extension) : 0);
    if (extension) {
      const unit = limit.unit === extension.unit ? limit.unit : 'minutes';
      const total = { unit, amount: unit === 'minutes' ? minutes : minutes / 60 };
      steps.push({ kind: 'extension', limit, extension, total });
    }
    const assumedEndOfDay = start.minute === undefined;
    const from = assumedEndOfDay ? { day: start.day + 1, minute: 0 } : { day: start.day, minute: start.minute! };
    const to = addMinutes(from.day, from.minute, minutes);
    steps.push({ kind: 'count-time', minutes, from, to, assumedEndOfDay });
    due = to;
  } else {
    // An approved extension adds to the period (60日 + 30日 → 90日); in another day unit it is
    // counted on from the last day of the original period (2个月 + 15日).
    const combined = extension !== undefined && extension.unit === limit.unit;
    const total = { unit: limit.unit, amount: limit.amount + (extension?.amount ?? 0) };
    if (extension) steps.push({ kind: 'extension', limit, extension, ...(combined ? { total } : {}) });
    const segments = !extension ? [limit] : combined ? [{ ...limit, ...total }] : [limit, extension];
    let last = start.day;
    for (const segment of segments) last = countSegment(calendar, last, segment, steps);
    const lastUnit = segments[segments.length - 1]!.unit;
    const info = calendar.dayInfo(last);
    if (lastUnit === 'workdays' || info.workday) {
      if (lastUnit !== 'workdays') steps.push({ kind: 'landed', info });
      due = { day: last };
    } else if (roll === 'none') {
      steps.push({ kind: 'no-roll', info });
      due = { day: last };
    } else {
      // 民法典 art. 203: a last day on a rest day moves to the first working day after it.
      const to = calendar.nextWorkdayOnOrAfter(last);
      steps.push({ kind: 'roll', info, to: calendar.dayInfo(to), skipped: runsOf(calendar, last, to - 1) });
      due = { day: to };
    }
  }

  const provisionalYears: number[] = [];
  for (let y = yearOfDay(start.day); y <= yearOfDay(due.day); y++) {
    if (!calendar.isCovered(y)) provisionalYears.push(y);
  }
  if (provisionalYears.length) steps.push({ kind: 'provisional', years: provisionalYears });
  steps.push({ kind: 'due', due, info: calendar.dayInfo(due.day) });
  return {
    start,
    limit,
    ...(extension ? { extension } : {}),
    roll,
    due,
    dueText: formatMoment(due),
    provisional: provisionalYears.length > 0,
    provisionalYears,
    steps,
  };
}

