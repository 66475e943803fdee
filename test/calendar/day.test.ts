/** Day-index arithmetic: exact against Date.UTC, and never dependent on the process's time zone. */
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayFromYmd,
  daysInMonth,
  formatDay,
  isLeapYear,
  isWeekend,
  parseDay,
  weekdayName,
  weekdayOf,
  yearOfDay,
  ymdFromDay,
} from '../../src/calendar/day.ts';

const MS_PER_DAY = 86_400_000;

describe('day index', () => {
  it('agrees with Date.UTC and getUTCDay for every day 1900–2100', () => {
    const wrong: number[] = [];
    for (let d = dayFromYmd(1900, 1, 1); d <= dayFromYmd(2100, 12, 31); d++) {
      const date = new Date(d * MS_PER_DAY);
      const ymd = ymdFromDay(d);
      const ok =
        ymd.year === date.getUTCFullYear() &&
        ymd.month === date.getUTCMonth() + 1 &&
        ymd.day === date.getUTCDate() &&
        dayFromYmd(ymd.year, ymd.month, ymd.day) === d &&
        weekdayOf(d) % 7 === date.getUTCDay();
      if (!ok) wrong.push(d);
    }
    expect(wrong).toEqual([]);
  });

  it('anchors day 0 at Thursday 1970-01-01 and handles days before it', () => {
    expect(formatDay(0)).toBe('1970-01-01');
    expect(weekdayOf(0)).toBe(4);
    expect(formatDay(-1)).toBe('1969-12-31');
    expect(weekdayOf(-1)).toBe(3);
    expect(dayFromYmd(2024, 2, 10)).toBe(19763);
    expect(yearOfDay(dayFromYmd(2022, 12, 31))).toBe(2022);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-1-5', false],
    ['2024/01/05', false],
    ['2024-01-05T10:00', false],
    [' 2024-01-05', false],
    ['', false],
  ] as const)('parseDay(%j) is valid: %s', (text, valid) => {
    const d = parseDay(text);
    expect(d !== undefined).toBe(valid);
    if (valid) expect(formatDay(d!)).toBe(text);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-08-31', 1, '2024-09-30'],
    ['2024-03-05', 2, '2024-05-05'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-01-15', -1, '2023-12-15'],
    ['2024-05-31', 0, '2024-05-31'],
  ] as const)('addMonths(%s, %i) = %s (month-end clamp, 民法典 art. 202)', (from, n, expected) => {
    expect(formatDay(addMonths(parseDay(from)!, n))).toBe(expected);
  });

  it('knows leap years, month lengths, weekends and weekday names', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect([1, 2, 4, 12].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 30, 31]);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(isWeekend(parseDay('2024-02-10')!)).toBe(true);
    expect(isWeekend(parseDay('2024-02-09')!)).toBe(false);
    expect(weekdayName(6, 'zh')).toBe('星期六');
    expect(weekdayName(7, 'en')).toBe('Sunday');
  });
});
