/** The working-day calendar: kinds, precedence, O(1) queries checked against naive counting. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type Calendar } from '../../src/calendar/calendar.ts';
import type { CalendarData } from '../../src/calendar/calendar-data.ts';
import { formatDay, parseDay } from '../../src/calendar/day.ts';
import { cnCalendar } from './cn-calendar.ts';

const day = (s: string) => parseDay(s)!;
const cn = await cnCalendar();

/** The definition, day by day: the n-th working day strictly after `from`. */
function naiveAddWorkdays(c: Calendar, from: number, n: number): number {
  let d = from;
  for (let k = 0; k < n; ) if (c.isWorkday(++d)) k++;
  return d;
}

const NOTICE = { number: '国办发明电〔2099〕1号', title: 't', url: 'https://www.gov.cn/x', published: '2023-01-01' };
const tiny: CalendarData = {
  id: 'tiny',
  years: [{ year: 2024, notice: NOTICE, holidays: [{ name: '春节', from: '2024-02-10', to: '2024-02-17', makeup_days: ['2024-02-04', '2024-02-18'] }] }],
};

describe('buildCalendar', () => {
  it.each([
    ['2024-02-09', 'workday', undefined],
    ['2024-02-10', 'holiday', '春节'],
    ['2024-02-12', 'holiday', '春节'],
    ['2024-02-18', 'makeup-workday', '春节'],
    ['2024-02-24', 'weekend', undefined],
    ['2022-12-31', 'holiday', '元旦'],
    ['2020-02-01', 'holiday', '春节'],
    ['2020-01-19', 'makeup-workday', '春节'],
    ['2025-10-06', 'holiday', '国庆节、中秋节'],
    ['2026-02-28', 'makeup-workday', '春节'],
  ] as const)('cn: %s is %s (%s)', (date, kind, name) => {
    const info = cn.dayInfo(day(date));
    expect(info.kind).toBe(kind);
    expect(info.name).toBe(name);
    expect(info.workday).toBe(kind === 'workday' || kind === 'makeup-workday');
  });

  it('cites the notice behind each day, the amendment where it applies (2020)', () => {
    expect(cn.dayInfo(day('2020-01-30')).notice?.number).toBe('国办发明电〔2019〕16号');
    expect(cn.dayInfo(day('2020-01-31')).notice?.number).toBe('国办发明电〔2020〕1号');
    expect(cn.dayInfo(day('2020-02-01')).notice?.number).toBe('国办发明电〔2020〕1号');
    expect(cn.dayInfo(day('2024-02-18')).notice?.url).toMatch(/^https:\/\/www\.gov\.cn\//);
  });

  it('lists covered years; other years have only the 办法 holidays (from 2025) and are flagged', () => {
    expect(cn.coveredYears).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(cn.isCovered(2027)).toBe(false);
    expect(cn.dayInfo(day('2027-01-01'))).toMatchObject({ kind: 'holiday', name: '元旦', covered: false });
    expect(cn.dayInfo(day('2027-01-02'))).toMatchObject({ kind: 'weekend', covered: false });
    expect(cn.dayInfo(day('2019-10-01'))).toMatchObject({ kind: 'workday', covered: false });
  });

  it('applies organisation overrides: extra working days, then closures (closures win)', () => {
    const c = buildCalendar(tiny, {
      extra_workdays: [{ date: '2024-02-24', name: '校庆加班' }, { date: '2024-03-04', name: '冲突' }],
      closures: [{ name: '校园停电', from: '2024-03-04', to: '2024-03-05' }],
    });
    expect(c.dayInfo(day('2024-02-24'))).toMatchObject({ kind: 'makeup-workday', name: '校庆加班', workday: true });
    expect(c.dayInfo(day('2024-02-24')).notice).toBeUndefined();
    expect(c.dayInfo(day('2024-03-04'))).toMatchObject({ kind: 'closure', name: '校园停电', workday: false });
    expect(formatDay(c.addWorkdays(day('2024-03-01'), 1))).toBe('2024-03-06');
    expect(c.data.closures).toHaveLength(1);
    expect(tiny.closures).toBeUndefined();
  });

  it('rebuilds identically from JSON (compiled rule sets embed CalendarData)', () => {
    const again = buildCalendar(JSON.parse(JSON.stringify(cn.data)) as CalendarData);
    for (let d = day('2020-01-01'); d <= day('2026-12-31'); d++) expect(again.dayInfo(d)).toEqual(cn.dayInfo(d));
  });

  it('addWorkdays, nextWorkdayOnOrAfter and countWorkdays agree with counting day by day', () => {
    const from = fc.integer({ min: day('1995-01-01'), max: day('2055-12-31') });
    fc.assert(
      fc.property(from, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const due = cn.addWorkdays(d, n);
        expect(due).toBe(naiveAddWorkdays(cn, d, n));
        expect(cn.countWorkdays(d, due)).toBe(n);
        let lastOnOrBefore = d;
        while (!cn.isWorkday(lastOnOrBefore)) lastOnOrBefore--;
        expect(cn.addWorkdays(due, -n)).toBe(lastOnOrBefore);
        const next = cn.nextWorkdayOnOrAfter(d);
        expect(cn.isWorkday(next)).toBe(true);
        for (let x = d; x < next; x++) expect(cn.isWorkday(x)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('is exact across the edges of the precomputed span (2000-01-01 and 2049-12-31)', () => {
    for (const edge of ['2000-01-01', '2049-12-31']) {
      for (let d = day(edge) - 20; d <= day(edge) + 20; d++) {
        for (const n of [1, 2, 5, 11]) {
          expect(cn.addWorkdays(d, n)).toBe(naiveAddWorkdays(cn, d, n));
          expect(cn.countWorkdays(d, cn.addWorkdays(d, n))).toBe(n);
        }
      }
    }
  });

  it('counts backwards and zero', () => {
    expect(formatDay(cn.addWorkdays(day('2024-02-18'), -1))).toBe('2024-02-09');
    expect(formatDay(cn.addWorkdays(day('2024-02-19'), -1))).toBe('2024-02-18');
    expect(formatDay(cn.addWorkdays(day('2024-02-12'), -1))).toBe('2024-02-09');
    expect(cn.addWorkdays(day('2024-02-12'), 0)).toBe(day('2024-02-12'));
    expect(cn.countWorkdays(day('2024-02-09'), day('2024-02-18'))).toBe(1);
    expect(cn.countWorkdays(day('2024-02-18'), day('2024-02-09'))).toBe(-1);
    expect(cn.countWorkdays(day('2024-02-09'), day('2024-02-09'))).toBe(0);
  });
});
