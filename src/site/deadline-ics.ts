/**
 * One computed deadline as an iCalendar file (RFC 5545), for the calculator's "加入日历": the due day
 * as an all-day event (§3.6.1: DTEND the next day, exclusive), or, for an hour or minute limit, the
 * due moment in Asia/Shanghai time. A reminder goes off at 09:00 the day before (the hour before,
 * for a timed one), so an elderly petitioner is told in time. Pure and browser-safe.
 */
import { formatDay, parseDay } from '../calendar/day.ts';
import { calendarHead, compactDate, escapeText, hhmmss, icsText, TZID } from '../schedule/ics-text.ts';

/** What the event says. */
export interface DeadlineEvent {
  /** SUMMARY: 请求复查的最后一天. */
  summary: string;
  /** The due date `YYYY-MM-DD`, or moment `YYYY-MM-DDTHH:MM`. */
  due: string;
  /** DESCRIPTION: how it was counted, and from which article. */
  description: string;
  /** The calculator address that gives this result again. */
  url: string;
  /** DTSTAMP, UTC `YYYYMMDDTHHMMSSZ` (§3.8.7.2). */
  stamp: string;
  /** UID, unique per organisation, item and start (§3.8.4.7). */
  uid: string;
}

/** The .ics text of one deadline (CRLF line endings, folded). */
export function deadlineIcs(e: DeadlineEvent): string {
  const [date, time] = e.due.split('T') as [string, string | undefined];
  const minutes = time ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) : undefined;
  const when = minutes === undefined
    ? [`DTSTART;VALUE=DATE:${compactDate(date)}`, `DTEND;VALUE=DATE:${compactDate(formatDay(parseDay(date)! + 1))}`]
    : [`DTSTART;TZID=${TZID}:${compactDate(date)}T${hhmmss(minutes)}`];
  return icsText([
    ...calendarHead('deadline', e.summary, minutes !== undefined),
    'BEGIN:VEVENT',
    `UID:${e.uid}@xinfang`,
    `DTSTAMP:${e.stamp}`,
    ...when,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(`${e.description}\n${e.url}`)}`,
    `URL:${e.url}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${minutes === undefined ? '-PT15H' : '-PT1H'}`,
    `DESCRIPTION:${escapeText(e.summary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}
