/**
 * A schedule as an iCalendar file (RFC 5545), for staff to import into their calendar apps.
 *
 * - One VEVENT per held occurrence (entries dropped by `on_holiday: skip` are left out): all-day
 *   events as `DTSTART;VALUE=DATE` (RFC 5545 §3.6.1: DTEND is the next day, exclusive), timed ones
 *   in local time with `TZID=Asia/Shanghai`, described by a VTIMEZONE (§3.6.5 requires one per TZID).
 * - `DTSTAMP` is required (§3.8.7.2); to keep the file reproducible it is the effective date of the
 *   newest version in force, not the moment the file is written.
 * - Text values are escaped (§3.3.11), lines end in CRLF and are folded at 75 octets without
 *   splitting a UTF-8 character (§3.1).
 */
import { formatDay, parseDay } from '../calendar/day.ts';
import { citeArticle } from '../rules/vocabulary.ts';
import { calendarHead, compactDate, escapeText, hhmmss, icsText, TZID } from './ics-text.ts';
import { parseTimeRange, type Schedule, type ScheduleEntry } from './schedule.ts';

function description(entry: ScheduleEntry): string {
  const lines = [
    entry.description,
    entry.host ? `主持/值班：${entry.host}` : undefined,
    entry.department ? `责任部门：${entry.department.name}` : undefined,
    entry.basis ? `依据：${citeArticle(entry.basis)}` : undefined,
  ];
  return lines.filter((l): l is string => !!l).join('\n');
}

function eventLines(entry: ScheduleEntry, ruleset: string, stamp: string, location: string | undefined): string[] {
  const date = compactDate(entry.date);
  const lines = ['BEGIN:VEVENT', `UID:${ruleset}-${entry.kind}-${entry.id}-${date}@xinfang`, `DTSTAMP:${stamp}`];
  if (entry.time) {
    const t = parseTimeRange(entry.time);
    lines.push(`DTSTART;TZID=${TZID}:${date}T${hhmmss(t.start)}`);
    if (t.end !== undefined) lines.push(`DTEND;TZID=${TZID}:${date}T${hhmmss(t.end)}`);
  } else {
    lines.push(`DTSTART;VALUE=DATE:${date}`, `DTEND;VALUE=DATE:${compactDate(formatDay(parseDay(entry.date)! + 1))}`);
  }
  lines.push(`SUMMARY:${escapeText(entry.name)}`);
  const where = entry.place ?? location;
  if (where) lines.push(`LOCATION:${escapeText(where)}`);
  const text = description(entry);
  if (text) lines.push(`DESCRIPTION:${escapeText(text)}`);
  lines.push(`CATEGORIES:${entry.kind === 'reception' ? '接待日' : '工作安排'}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** The schedule as an iCalendar text with CRLF line endings. */
export function scheduleToIcs(schedule: Schedule): string {
  const stamp = `${compactDate(schedule.version)}T000000Z`;
  const held = schedule.entries.filter((e) => !e.skipped);
  return icsText([
    ...calendarHead('schedule', `${schedule.organisation} ${schedule.year}年信访工作日程`, held.some((e) => e.time)),
    ...held.flatMap((e) => eventLines(e, schedule.ruleset, stamp, schedule.address)),
    'END:VCALENDAR',
  ]);
}
