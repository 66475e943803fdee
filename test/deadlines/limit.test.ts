/** Time-limit parsing: every spelling docs/cli.md accepts, Chinese numerals, and what is rejected. */
import { describe, expect, it } from 'vitest';
import { describeLimitError, formatLimit, isLimit, parseChineseNumber, parseLimit } from '../../src/deadlines/limit.ts';
import { parseMoment, formatMoment, addMinutes } from '../../src/deadlines/moment.ts';
import { parseDay } from '../../src/calendar/day.ts';

const VALID: [string, string, number][] = [
  ['15d', 'days', 15],
  ['15日', 'days', 15],
  ['15天', 'days', 15],
  ['15 日', 'days', 15],
  ['15日内', 'days', 15],
  ['15个自然日', 'days', 15],
  ['15 days', 'days', 15],
  ['1 day', 'days', 1],
  ['１５日', 'days', 15],
  ['十五日', 'days', 15],
  ['二十日', 'days', 20],
  ['三十天', 'days', 30],
  ['六十日', 'days', 60],
  ['一百二十日', 'days', 120],
  ['一百零五日', 'days', 105],
  ['一周', 'days', 7],
  ['两周', 'days', 14],
  ['1个星期', 'days', 7],
  ['15wd', 'workdays', 15],
  ['15个工作日', 'workdays', 15],
  ['15工作日', 'workdays', 15],
  ['十五个工作日', 'workdays', 15],
  ['5 working days', 'workdays', 5],
  ['2m', 'months', 2],
  ['2个月', 'months', 2],
  ['2月', 'months', 2],
  ['两个月', 'months', 2],
  ['三个月', 'months', 3],
  ['1年', 'months', 12],
  ['2 months', 'months', 2],
  ['24h', 'hours', 24],
  ['24小时', 'hours', 24],
  ['24小时内', 'hours', 24],
  ['二十四小时', 'hours', 24],
  ['2 hours', 'hours', 2],
  ['30min', 'minutes', 30],
  ['30分钟', 'minutes', 30],
  ['30分钟内', 'minutes', 30],
  ['三十分钟', 'minutes', 30],
  ['当日', 'same-day', 0],
  ['当天', 'same-day', 0],
  ['same day', 'same-day', 0],
];

const INVALID: [string, string][] = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['15', 'unit'],
  ['日', 'number'],
  ['abc', 'number'],
  ['15周年', 'unit'],
  ['15x', 'unit'],
  ['15 fortnights', 'unit'],
  ['十十日', 'number'],
  ['五五日', 'number'],
  ['0日', 'zero'],
  ['零日', 'zero'],
  ['200000日', 'too-large'],
  ['-5日', 'number'],
  ['1.5日', 'unit'],
];

describe('parseLimit', () => {
  it.each(VALID)('%j → %s %i', (text, unit, amount) => {
    const l = parseLimit(text);
    expect(l).toEqual({ unit, amount, text: text.trim() });
    expect(isLimit(l)).toBe(true);
  });

  it.each(INVALID)('%j is rejected (%s)', (text, error) => {
    const l = parseLimit(text);
    expect(isLimit(l)).toBe(false);
    expect(l).toMatchObject({ error });
    if (!isLimit(l)) {
      expect(describeLimitError(l, 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(describeLimitError(l, 'en')).toMatch(/^[a-z]/);
    }
  });

  it.each([
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十五', 25],
    ['一百', 100],
    ['两百', 200],
    ['一百零五', 105],
    ['一千零一', 1001],
    ['两', 2],
    ['十百', undefined],
    ['三四', undefined],
    ['x', undefined],
  ] as const)('parseChineseNumber(%j) = %s', (text, n) => {
    expect(parseChineseNumber(text)).toBe(n);
  });

  it.each([
    [{ unit: 'days', amount: 15 }, '15日', '15 days'],
    [{ unit: 'days', amount: 1 }, '1日', '1 day'],
    [{ unit: 'workdays', amount: 15 }, '15个工作日', '15 working days'],
    [{ unit: 'months', amount: 2 }, '2个月', '2 months'],
    [{ unit: 'hours', amount: 24 }, '24小时', '24 hours'],
    [{ unit: 'minutes', amount: 30 }, '30分钟', '30 minutes'],
    [{ unit: 'same-day', amount: 0 }, '当日', 'same day'],
  ] as const)('formatLimit(%j) = %s / %s', (limit, zh, en) => {
    expect(formatLimit(limit, 'zh')).toBe(zh);
    expect(formatLimit(limit, 'en')).toBe(en);
  });
});

describe('moments', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T14:30', '2024-03-05T14:30'],
    ['2024-03-05 14:30', '2024-03-05T14:30'],
    ['2024-03-05T9:05', '2024-03-05T09:05'],
    ['2024-03-05T00:00', '2024-03-05T00:00'],
    ['2024-03-05T23:59', '2024-03-05T23:59'],
  ])('parseMoment(%j) → %s', (text, formatted) => {
    expect(formatMoment(parseMoment(text)!)).toBe(formatted);
  });

  it.each(['2024-03-05T24:00', '2024-03-05T12:60', '2024-02-30', '2024-03-05T', '2024-03-05X10:00', '5 March'])('parseMoment(%j) is undefined', (text) => {
    expect(parseMoment(text)).toBeUndefined();
  });

  it('adds minutes across midnight and year ends', () => {
    const day = parseDay('2024-12-31')!;
    expect(formatMoment(addMinutes(day, 23 * 60 + 45, 30))).toBe('2025-01-01T00:15');
    expect(formatMoment(addMinutes(day, 0, 48 * 60))).toBe('2025-01-02T00:00');
  });
});
