/**
 * Plain calendar dates as integer day indices (days since 1970-01-01).
 *
 * docs/day-counting.md: "Dates are plain calendar dates (no timezone shifts)". Everything here is integer
 * arithmetic (Howard Hinnant's civil-from-days algorithms), so results are identical under any TZ:
 * no `new Date(string)`, no local-time `Date` methods.
 */
import type { Lang } from '../diagnostics/diagnostic.ts';

/** Days since 1970-01-01 (day 0 is Thursday 1970-01-01). May be negative. */
export type DayIndex = number;

/** A calendar date split into its parts; month and day are 1-based. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Day index of a calendar date. The parts are not validated; use {@link parseDay} for input. */
export function dayFromYmd(year: number, month: number, day: number): DayIndex {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0, so the leap day falls at the end of the cycle
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Calendar date of a day index. */
export function ymdFromDay(index: DayIndex): Ymd {
  const z = index + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Year of a day index. */
export function yearOfDay(index: DayIndex): number {
  return ymdFromDay(index).year;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(index: DayIndex): number {
  return ((((index + 3) % 7) + 7) % 7) + 1;
}

/** Saturday or Sunday. */
export function isWeekend(index: DayIndex): boolean {
  return weekdayOf(index) >= 6;
}

const WEEKDAYS_ZH = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Weekday name of an ISO weekday (1 = Monday): `星期六` / `Saturday`. */
export function weekdayName(weekday: number, lang: Lang): string {
  return (lang === 'en' ? WEEKDAYS_EN : WEEKDAYS_ZH)[weekday - 1] ?? String(weekday);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` for a day index (years 0–9999). */
export function formatDay(index: DayIndex): string {
  const { year, month, day } = ymdFromDay(index);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse a strict `YYYY-MM-DD` date; undefined when malformed or not a real date (2023-02-29). */
export function parseDay(text: string): DayIndex | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromYmd(year, month, day);
}

/**
 * The same day-of-month `months` later, clamped to the last day of the target month when it has
 * no such day (民法典 art. 202: "没有对应日的，月末日为期间的最后一日"). 2024-01-31 + 1 → 2024-02-29.
 */
export function addMonths(index: DayIndex, months: number): DayIndex {
  const { year, month, day } = ymdFromDay(index);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return dayFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}
