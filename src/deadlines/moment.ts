/**
 * A moment on the legal calendar: a plain date, optionally with a local (Asia/Shanghai) time of
 * day. Never converted through `Date`, so no timezone can shift it (docs/day-counting.md).
 */
import { formatDay, parseDay, type DayIndex } from '../calendar/day.ts';

/** Minutes in a day. */
export const MINUTES_PER_DAY = 1440;

/** A date, with the minute of the day (0–1439) when a time is known. */
export interface Moment {
  day: DayIndex;
  minute?: number;
}

const MOMENT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2}))?$/;

/** Parse `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DD HH:mm`; undefined when not a real date and time. */
export function parseMoment(text: string): Moment | undefined {
  const m = MOMENT.exec(text.trim());
  if (!m) return undefined;
  const day = parseDay(m[1]!);
  if (day === undefined) return undefined;
  if (m[2] === undefined) return { day };
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (hour > 23 || minute > 59) return undefined;
  return { day, minute: hour * 60 + minute };
}

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when the moment has a time. */
export function formatMoment(m: Moment): string {
  if (m.minute === undefined) return formatDay(m.day);
  return `${formatDay(m.day)}T${formatTime(m.minute)}`;
}

/** `HH:mm` of a minute of the day. */
export function formatTime(minute: number): string {
  const h = Math.floor(minute / 60);
  return `${String(h).padStart(2, '0')}:${String(minute - h * 60).padStart(2, '0')}`;
}

/** Add minutes to a moment with a time, carrying whole days over midnight. */
export function addMinutes(day: DayIndex, minute: number, minutes: number): Required<Moment> {
  const total = minute + minutes;
  const days = Math.floor(total / MINUTES_PER_DAY);
  return { day: day + days, minute: total - days * MINUTES_PER_DAY };
}
