/**
 * iCalendar text (RFC 5545) without any schedule logic, so the browser's calculator can write a
 * deadline's .ics with it too: escaping (§3.3.11), folding at 75 octets without splitting a UTF-8
 * character (§3.1), dates and times in iCalendar's basic forms, and the calendar's opening lines.
 */

/** The one time zone of every timed event (docs/day-counting.md: nothing depends on the machine's zone). */
export const TZID = 'Asia/Shanghai';

/**
 * Escape a TEXT value: backslash, semicolon, comma and line breaks — CRLF, a lone LF and a lone CR
 * alike — (RFC 5545 §3.3.11); other control characters are not allowed in TEXT (§3.3.11 ESCAPED-CHAR
 * / TSAFE-CHAR exclude CTLs) and are dropped.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
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
