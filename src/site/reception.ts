/**
 * Reception days (接待日) for the site: the RRULEs of a compiled version expanded over the next 12
 * months from the build date (passed in — never "today"), holidays skipped where the rule says
 * 节假日除外, and the same schedule as an RFC 5545 calendar to subscribe to. Expansion is
 * `recurrence/expand.ts`'s and the iCalendar text helpers are `schedule/ics.ts`'s; this module adds
 * the subscription form: one VEVENT per rule with its RRULE, bounded by COUNT, and EXDATE for
 * skipped holidays. Pure.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { addMonths, formatDay, type DayIndex } from '../calendar/day.ts';
import { expandRecurrences } from '../recurrence/expand.ts';
import { formatRrule, parseRrule } from '../recurrence/parse-rrule.ts';
import type { CompiledRecurrence } from '../rules/compiled.ts';
import { calendarHead, compactDate, escapeText, hhmmss, icsText, TZID } from '../schedule/ics-text.ts';
import { parseTimeRange } from '../schedule/schedule.ts';

/** A half-open day window [from, to). */
export interface DayWindow {
  from: DayIndex;
  to: DayIndex;
}

/** The next 12 months from a date: [date, date + 12 months). */
export function twelveMonthsFrom(day: DayIndex): DayWindow {
  return { from: day, to: addMonths(day, 12) };
}

/** A recurrence expanded over a window. */
export interface Expansion {
  /** Days it takes place on, ascending. */
  dates: DayIndex[];
  /** Days the RRULE gives but that are skipped as non-working days (on_holiday: skip). */
  skipped: DayIndex[];
  /** Whether some dates are not the RRULE's own (moved to the next working day, or working days only). */
  offRule: boolean;
}

/** Expand one recurrence over a window, skipping non-working days when the rule says so. */
export function expandRecurrence(r: CompiledRecurrence, calendar: Calendar, window: DayWindow): Expansion {
  const all = expandRecurrences([r], calendar, window.from, window.to - 1, { includeSkipped: true });
  return {
    dates: all.filter((o) => !o.skipped).map((o) => o.day),
    skipped: all.filter((o) => o.skipped).map((o) => o.day),
    offRule: r.working_days === true || all.some((o) => o.moved),
  };
}

const compact = (day: DayIndex) => compactDate(formatDay(day));

/** What the .ics needs to know. */
export interface IcsInput {
  /** Rule-set id, used in UIDs. */
  orgId: string;
  orgName: string;
  /** Build date: DTSTAMP, so the file is reproducible. */
  stamp: DayIndex;
  items: { recurrence: CompiledRecurrence; expansion: Expansion; location?: string }[];
}

/**
 * The reception calendar as iCalendar text: per recurrence one VEVENT whose DTSTART is its first
 * date in the window, the rule's RRULE with COUNT = its dates in the window (any COUNT/UNTIL of
 * the rule replaced), and the skipped holidays as EXDATE; a recurrence whose dates are not the
 * RRULE's own (moved to the next working day, or working days only) lists them as RDATE instead.
 * Timed events are in Asia/Shanghai.
 */
export function receptionIcs(input: IcsInput): string {
  const timed = input.items.some((i) => i.recurrence.time);
  const lines = calendarHead('reception days', `${input.orgName} 接待日`, timed);
  for (const { recurrence: r, expansion: e, location } of input.items) {
    const all = [...e.dates, ...e.skipped].sort((a, b) => a - b);
    if (e.dates.length === 0) continue;
    const first = all[0]!;
    const t = r.time ? parseTimeRange(r.time) : undefined;
    const at = (d: DayIndex, minute: number) => `TZID=${TZID}:${compact(d)}T${hhmmss(minute)}`;
    // Rebuilt from the checked parts without COUNT/UNTIL, never the rule file's text (an invalid rule expands to nothing).
    const checked = parseRrule(r.rrule).rule;
    if (!checked) continue;
    const rule = formatRrule(checked, false);
    lines.push('BEGIN:VEVENT', `UID:${input.orgId}-${r.id}@xinfang`, `DTSTAMP:${compact(input.stamp)}T000000Z`);
    if (t) {
      lines.push(`DTSTART;${at(first, t.start)}`);
      if (t.end !== undefined) lines.push(`DTEND;${at(first, t.end)}`);
    } else lines.push(`DTSTART;VALUE=DATE:${compact(first)}`, `DTEND;VALUE=DATE:${compact(first + 1)}`);
    if (e.offRule) {
      const rest = e.dates.slice(1);
      if (rest.length) lines.push(t ? `RDATE;TZID=${TZID}:${rest.map((d) => `${compact(d)}T${hhmmss(t.start)}`).join(',')}` : `RDATE;VALUE=DATE:${rest.map(compact).join(',')}`);
    } else lines.push(`RRULE:${rule};COUNT=${all.length}`);
    if (e.skipped.length) {
      lines.push(t ? `EXDATE;TZID=${TZID}:${e.skipped.map((d) => `${compact(d)}T${hhmmss(t.start)}`).join(',')}` : `EXDATE;VALUE=DATE:${e.skipped.map(compact).join(',')}`);
    }
    lines.push(`SUMMARY:${escapeText(r.name)}`);
    if (location) lines.push(`LOCATION:${escapeText(location)}`);
    const description = [r.time && `时间：${r.time}`, r.host && `接待：${r.host}`, r.description].filter(Boolean).join('\n');
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    lines.push('CATEGORIES:接待日', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return icsText(lines);
}
