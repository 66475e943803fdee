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
import { checkedRrule } from './occurs.ts';
import { formatRrule } from './parse-rrule.ts';
import { rrulestr } from '../lib/rrule-lib.ts';

/** What expansion reads of a recurrence (a rule set's `reception` or `schedules` entry). */
export interface RecurrenceRule {
  rrule: string;
  /** `YYYY-MM-DD`, schema-checked upstream. */
  start: string;
  on_holiday?: 'skip' | 'next-workday';
  working_days?: boolean;
}

/** One dated occurrence of a recurrence. */
export interface Occurrence<R extends RecurrenceRule = RecurrenceRule> {
  recurrence: R;
  day: DayIndex;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Set when `on_holiday: skip` drops the occurrence: why the day is not a working day. */
  skipped?: { kind: DayKind; name?: string };
  /** Set when `on_holiday: next-workday` moved the occurrence: the day the rule gave and why it was not a working day. */
  moved?: { from: DayIndex; date: string; kind: DayKind; name?: string };
}

/** Options of {@link expandRecurrences}. */
export interface ExpandOptions<R extends RecurrenceRule = RecurrenceRule> {
  /** Also return occurrences dropped by `on_holiday: skip` (with `skipped` set), e.g. to show them struck out. */
  includeSkipped?: boolean;
  /**
   * Told when a recurrence is not expanded because its RRULE fails our checks (validation was
   * skipped), or when its dates were cut at {@link MAX_OCCURRENCES} or the window at {@link MAX_WINDOW_DAYS}.
   */
  onLimit?: (recurrence: R, what: 'invalid' | 'capped') => void;
}

/** Most dates one recurrence gives in one expansion: a year of every day with room to spare. */
export const MAX_OCCURRENCES = 1000;
/** Longest window expanded at once (about ten years); callers ask for one year or twelve months. */
export const MAX_WINDOW_DAYS = 3660;

const MS_PER_DAY = 86_400_000;
/**
 * How far back a moved occurrence may come from: a rule day up to this many days before the window
 * can land inside it (the longest closure a rule set declares, e.g. a campus's summer, is shorter).
 */
const MOVE_LOOKBACK_DAYS = 366;

const utc = (day: DayIndex): Date => new Date(day * MS_PER_DAY);
const compact = (day: DayIndex): string => formatDay(day).replace(/-/g, '');

/**
 * The days on which one RRULE fires within [fromDay, toDay], ascending. The RRULE is checked again
 * here (occurs.ts) and rrule.js gets the text rebuilt from the checked parts, so a rule that
 * skipped validation can neither hang nor inject; at most {@link MAX_OCCURRENCES} dates.
 */
function ruleDays<R extends RecurrenceRule>(recurrence: R, fromDay: DayIndex, toDay: DayIndex, options: ExpandOptions<R>): DayIndex[] {
  // `start` is schema-checked (format: date) upstream.
  const start = parseDay(recurrence.start)!;
  const from = Math.max(start, fromDay);
  if (from > toDay) return [];
  const { rule } = checkedRrule(recurrence.rrule, start);
  if (!rule) {
    options.onLimit?.(recurrence, 'invalid');
    return [];
  }
  const rrule = rrulestr(`DTSTART:${compact(start)}T000000Z\nRRULE:${formatRrule(rule)}`);
  const days: DayIndex[] = [];
  rrule.between(utc(from), utc(toDay), true, (date) => {
    const day = dayFromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
    // Several times a day (BYHOUR) are one date here.
    if (days[days.length - 1] !== day) days.push(day);
    return days.length <= MAX_OCCURRENCES;
  });
  if (days.length > MAX_OCCURRENCES) {
    days.length = MAX_OCCURRENCES;
    options.onLimit?.(recurrence, 'capped');
  }
  return days;
}

/** The occurrences of one recurrence in [fromDay, toDay], before sorting. */
function occurrencesOf<R extends RecurrenceRule>(recurrence: R, calendar: Calendar, fromDay: DayIndex, toDay: DayIndex, options: ExpandOptions<R>): Occurrence<R>[] {
  const moves = recurrence.on_holiday === 'next-workday';
  const out: Occurrence<R>[] = [];
  let last: DayIndex | undefined;
  for (const ruleDay of ruleDays(recurrence, moves ? fromDay - MOVE_LOOKBACK_DAYS : fromDay, toDay, options)) {
    const info = calendar.dayInfo(ruleDay);
    let day = ruleDay;
    const occurrence: Occurrence<R> = { recurrence, day, date: info.date };
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
export function expandRecurrences<R extends RecurrenceRule>(
  recurrences: readonly R[],
  calendar: Calendar,
  fromDay: DayIndex,
  toDay: DayIndex,
  options: ExpandOptions<R> = {},
): Occurrence<R>[] {
  const out: { occurrence: Occurrence<R>; order: number }[] = [];
  const lastDay = Math.min(toDay, fromDay + MAX_WINDOW_DAYS - 1);
  recurrences.forEach((recurrence, order) => {
    if (lastDay < toDay) options.onLimit?.(recurrence, 'capped');
    for (const occurrence of occurrencesOf(recurrence, calendar, fromDay, lastDay, options)) out.push({ occurrence, order });
  });
  return out.sort((a, b) => a.occurrence.day - b.occurrence.day || a.order - b.order).map((o) => o.occurrence);
}
