/**
 * Expand a rule set's RRULEs (reception days, reporting duties) into dated occurrences (docs/rules-language.md,
 * `reception` / `schedules`). Pure and time-zone free: RRULEs are expanded on UTC midnights, so a
 * `Date` only ever carries a plain calendar date, read back with `getUTC*`.
 *
 * What a non-working day of the rule set's calendar (a holiday, weekend or closure) does to an
 * occurrence is the recurrence's to say (rules/AUTHORING.md "接待日"):
 * - `on_holiday: skip` (节假日除外) drops it: the event is not held on rest days;
 * - `on_holiday: next-workday` moves it to the next working day: a rule such as "每月不少于1次"
 *   never loses a month to a holiday;
 * - `working_days: true` (with FREQ=DAILY) keeps the working days only: holidays are not
 *   occurrences at all, and the 调休 make-up working days on weekends are;
 * - none of these: the occurrence stays on its day.
 */
import type { Calendar, DayKind } from '../calendar/calendar.ts';
import { dayFromYmd, formatDay, parseDay, type DayIndex } from '../calendar/day.ts';
import type { CompiledRecurrence } from '../rules/compiled.ts';
import { rrulestr } from './rrule-lib.ts';

/** One dated occurrence of a recurrence. */
export interface Occurrence {
  recurrence: CompiledRecurrence;
  day: DayIndex;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Set when `on_holiday: skip` drops the occurrence: why the day is not a working day. */
  skipped?: { kind: DayKind; name?: string };
  /** Set when `on_holiday: next-workday` moved the occurrence: the day the rule gave and why it was not a working day. */
  moved?: { from: DayIndex; date: string; kind: DayKind; name?: string };
}

/** Options of {@link expandRecurrences}. */
export interface ExpandOptions {
  /** Also return occurrences dropped by `on_holiday: skip` (with `skipped` set), e.g. to show them struck out. */
  includeSkipped?: boolean;
}

const MS_PER_DAY = 86_400_000;
/**
 * How far back a moved occurrence may come from: a rule day up to this many days before the window
 * can land inside it (the longest closure a rule set declares, e.g. a campus's summer, is shorter).
 */
const MOVE_LOOKBACK_DAYS = 366;

const utc = (day: DayIndex): Date => new Date(day * MS_PER_DAY);
const compact = (day: DayIndex): string => formatDay(day).replace(/-/g, '');

/** The days on which one RRULE fires within [fromDay, toDay], ascending. */
function ruleDays(recurrence: CompiledRecurrence, fromDay: DayIndex, toDay: DayIndex): DayIndex[] {
  // `start` is schema-checked (format: date) upstream.
  const start = parseDay(recurrence.start)!;
  const from = Math.max(start, fromDay);
  if (from > toDay) return [];
  // The compiler has already checked the RRULE (INVALID_RRULE), so parsing cannot fail here.
  const rule = rrulestr(`DTSTART:${compact(start)}T000000Z\nRRULE:${recurrence.rrule}`);
  return rule.between(utc(from), utc(toDay), true).map((date) => dayFromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()));
}

/** The occurrences of one recurrence in [fromDay, toDay], before sorting. */
function occurrencesOf(recurrence: CompiledRecurrence, calendar: Calendar, fromDay: DayIndex, toDay: DayIndex, options: ExpandOptions): Occurrence[] {
  const moves = recurrence.on_holiday === 'next-workday';
  const out: Occurrence[] = [];
  let last: DayIndex | undefined;
  for (const ruleDay of ruleDays(recurrence, moves ? fromDay - MOVE_LOOKBACK_DAYS : fromDay, toDay)) {
    const info = calendar.dayInfo(ruleDay);
    let day = ruleDay;
    const occurrence: Occurrence = { recurrence, day, date: info.date };
    if (!info.workday) {
      if (recurrence.working_days) continue;
      if (recurrence.on_holiday === 'skip') {
        if (!options.includeSkipped) continue;
        occurrence.skipped = { kind: info.kind, ...(info.name ? { name: info.name } : {}) };
      } else if (moves) {
        day = calendar.nextWorkdayOnOrAfter(ruleDay);
        Object.assign(occurrence, { day, date: formatDay(day), moved: { from: ruleDay, date: info.date, kind: info.kind, ...(info.name ? { name: info.name } : {}) } });
      }
    }
    // Two rule days moved onto the same working day are held once.
    if (day < fromDay || day > toDay || day === last) continue;
    last = day;
    out.push(occurrence);
  }
  return out;
}

/**
 * Every occurrence of `recurrences` on days `fromDay … toDay` (inclusive), sorted by day and then
 * by the order the recurrences are listed in, with non-working days treated as each recurrence
 * says (see the top of this file).
 */
export function expandRecurrences(
  recurrences: readonly CompiledRecurrence[],
  calendar: Calendar,
  fromDay: DayIndex,
  toDay: DayIndex,
  options: ExpandOptions = {},
): Occurrence[] {
  const out: { occurrence: Occurrence; order: number }[] = [];
  recurrences.forEach((recurrence, order) => {
    for (const occurrence of occurrencesOf(recurrence, calendar, fromDay, toDay, options)) out.push({ occurrence, order });
  });
  return out.sort((a, b) => a.occurrence.day - b.occurrence.day || a.order - b.order).map((o) => o.occurrence);
}
