/**
 * Independent cross-check: for every day 2020-01-01 … 2026-12-31, our calendar (transcribed by
 * hand from the notices) and the `chinese-days` package agree on whether it is a working day.
 * chinese-days is asked in Asia/Shanghai (see chinese-days-child.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from '../../src/calendar/day.ts';
import { chineseDaysWorkdays } from './chinese-days-child.ts';
import { cnCalendar } from './cn-calendar.ts';

/**
 * Days on which chinese-days is wrong according to the notice, with the reason. None as of
 * chinese-days 1.5.7: it agrees with every notice 2020–2026, including the 2020 Spring Festival
 * extension (国办发明电〔2020〕1号) that turned Saturday 2020-02-01 from a working day into a holiday.
 */
const EXCEPTIONS: Record<string, string> = {};

const first = parseDay('2020-01-01')!;
const last = parseDay('2026-12-31')!;
const dates = Array.from({ length: last - first + 1 }, (_, i) => formatDay(first + i));

describe('cross-check with chinese-days', () => {
  it('agrees on every day 2020–2026, except documented exceptions', async () => {
    const cn = await cnCalendar();
    const theirs = chineseDaysWorkdays(dates);
    expect(theirs).toHaveLength(dates.length);
    const disagreements = dates.filter((date, i) => theirs[i] !== cn.isWorkday(first + i) && !(date in EXCEPTIONS));
    expect(disagreements).toEqual([]);
    // The check is not vacuous: both sides see the 2020 extension and 2024's Sunday make-up day.
    expect(theirs[dates.indexOf('2020-02-01')]).toBe(false);
    expect(theirs[dates.indexOf('2024-02-18')]).toBe(true);
  });
});
