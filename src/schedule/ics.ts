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
import { citeArticle } from '../reports/cite.ts';
import { parseTimeRange, type Schedule, type ScheduleEntry } from './schedule.ts';

/** The one time zone of every timed event (docs/day-counting.md: nothing depends on the machine's zone). */
export const TZID = 'Asia/Shanghai';

/** Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Fold a content line at 75 octets, continuing with CRLF + space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    // The first line holds 75 octets; continuation lines 74 plus the leading space.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** A `YYYY-MM-DD` date in iCalendar's basic form `YYYYMMDD` (RFC 5545 §3.3.4). */
export const compactDate = (date: string): string => date.replace(/-/g, '');
/** Minutes after midnight as iCalendar's local time `HHMMSS` (RFC 5545 §3.3.12). */
export const hhmmss = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}00`;

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

/**
 * The lines that open a VCALENDAR named `name`, with the VTIMEZONE for {@link TZID} when any event
 * is timed (§3.6.5 requires one per TZID used). China has no daylight saving: one STANDARD block.
 */
export function calendarHead(product: string, name: string, timed: boolean): string[] {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//xinfang//${product}//ZH`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...(timed
      ? ['BEGIN:VTIMEZONE', `TZID:${TZID}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'TZNAME:CST', 'END:STANDARD', 'END:VTIMEZONE']
      : []),
  ];
}

/** Content lines as iCalendar text: each folded, CRLF after every line (§3.1). */
export function icsText(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
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
