/**
 * Expand a rule set's RRULEs (reception days, reporting duties) into dated occurrences (docs/rules-language.md,
 * `reception` / `schedules`). Pure and time-zone free: RRULEs are expanded on UTC midnights, so a
 * `Date` only ever carries a plain calendar date, read back with `getUTC*`.
 *
 * `skip_holidays` (节假日除外, rules.schema.json) drops an occurrence that falls on a non-working day
 * of the rule set's calendar — a holiday, weekend or closure — instead of moving it: the 制度 says
 * the event is not held on rest days, not that it is held the day after.
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
  /** Set when `skip_holidays` drops the occurrence: why the day is not a working day. */
  skipped?: { kind: DayKind; name?: string };
}

/** Options of {@link expandRecurrences}. */
export interface ExpandOptions {
  /** Also return occurrences dropped by `skip_holidays` (with `skipped` set), e.g. to show them struck out. */
  includeSkipped?: boolean;
}

const MS_PER_DAY = 86_400_000;

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

/**
 * Every occurrence of `recurrences` on days `fromDay … toDay` (inclusive), sorted by day and then
 * by the order the recurrences are listed in. Occurrences on non-working days of `calendar` are
 * dropped when the recurrence says `skip_holidays` (kept, marked `skipped`, with `includeSkipped`).
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
    for (const day of ruleDays(recurrence, fromDay, toDay)) {
      const info = calendar.dayInfo(day);
      const occurrence: Occurrence = { recurrence, day, date: info.date };
      if (recurrence.skip_holidays && !info.workday) {
        if (!options.includeSkipped) continue;
        occurrence.skipped = { kind: info.kind, ...(info.name ? { name: info.name } : {}) };
      }
      out.push({ occurrence, order });
    }
  });
  return out.sort((a, b) => a.occurrence.day - b.occurrence.day || a.order - b.order).map((o) => o.occurrence);
}
