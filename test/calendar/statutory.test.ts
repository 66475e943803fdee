/**
 * Years without a notice (docs/day-counting.md): the holidays of 《全国年节及纪念日放假办法》 第二条 and the 补假
 * of 第六条. Expected days are hand-derived from the 办法 and the lunar dates; the lunar table is
 * recomputed with tyme4ts (in this process, whatever its time zone) and with chinese-days (in a
 * child process in Asia/Shanghai: see chinese-days-child.ts).
 */
import { readFileSync } from 'node:fs';
import { LegalHoliday } from 'tyme4ts';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type DayKind } from '../../src/calendar/calendar.ts';
import type { CalendarData } from '../../src/calendar/calendar-data.ts';
import { formatDay, parseDay, ymdFromDay } from '../../src/calendar/day.ts';
import { festivalDatesFromTyme, lunarTableSource } from '../../src/calendar/generate-lunar-table.ts';
import { FESTIVAL_DATES, LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from '../../src/calendar/lunar-table.ts';
import { statutoryDays } from '../../src/calendar/statutory.ts';
import { askChineseDays } from './chinese-days-child.ts';
import { cnCalendar } from './cn-calendar.ts';

const cn = await cnCalendar();
const day = (s: string) => parseDay(s)!;
const years = Array.from({ length: LUNAR_LAST_YEAR - LUNAR_FIRST_YEAR + 1 }, (_, i) => LUNAR_FIRST_YEAR + i);

/** 除夕, 清明, 端午, 中秋 of each year by chinese-days, `YYYY-MM-DD`. */
function chineseDaysFestivals(ys: number[]): string[][] {
  return askChineseDays<string[][]>(`
    const lunar = (y, m, d) => c.getSolarDateFromLunar(y + '-' + m + '-' + d).date;
    const before = (s) => { const t = new Date(s + 'T00:00:00Z'); t.setUTCDate(t.getUTCDate() - 1); return t.toISOString().slice(0, 10); };
    return input.map((y) => [before(lunar(y, '01', '01')), c.getSolarTermDate(y, 4, 'pure_brightness'), lunar(y, '05', '05'), lunar(y, '08', '15')]);`, ys);
}

describe('lunar table', () => {
  it('is what the generator writes from tyme4ts (regenerate, never edit)', () => {
    const file = readFileSync(new URL('../../src/calendar/lunar-table.ts', import.meta.url), 'utf8');
    expect(file).toBe(lunarTableSource(LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR));
  });

  it.each(years)('%i agrees with tyme4ts', (y) => {
    expect(FESTIVAL_DATES[y]).toEqual(festivalDatesFromTyme(y));
  });

  it('agrees with chinese-days for every year (an independent implementation)', () => {
    const theirs = chineseDaysFestivals(years);
    expect(theirs.map((row) => row.map((d) => d.slice(5)))).toEqual(years.map((y) => [...FESTIVAL_DATES[y]!]));
    expect(theirs[years.indexOf(2028)]).toEqual(['2028-01-25', '2028-04-04', '2028-05-28', '2028-10-03']);
  });

  it('spells out hand-checked years: 除夕 is 廿九 in 2026–2029, 中秋 2028 is 10-03', () => {
    expect(FESTIVAL_DATES[2026]).toEqual(['02-16', '04-05', '06-19', '09-25']);
    expect(FESTIVAL_DATES[2027]).toEqual(['02-05', '04-05', '06-09', '09-15']);
    expect(FESTIVAL_DATES[2028]).toEqual(['01-25', '04-04', '05-28', '10-03']);
  });
});

/** Every statutory rest day of 2027 and 2028, hand-derived (see the block at the end of test/deadlines/legal-cases.yaml). */
const HAND: Record<number, [string, string][]> = {
  2027: [
    ['01-01', '元旦'],
    ['02-05', '春节'], ['02-06', '春节'], ['02-07', '春节'], ['02-08', '春节'], ['02-09', '春节（补假）'], ['02-10', '春节（补假）'],
    ['04-05', '清明节'],
    ['05-01', '劳动节'], ['05-02', '劳动节'], ['05-03', '劳动节（补假）'], ['05-04', '劳动节（补假）'],
    ['06-09', '端午节'],
    ['09-15', '中秋节'],
    ['10-01', '国庆节'], ['10-02', '国庆节'], ['10-03', '国庆节'], ['10-04', '国庆节（补假）'], ['10-05', '国庆节（补假）'],
  ],
  2028: [
    ['01-01', '元旦'], ['01-03', '元旦（补假）'],
    ['01-25', '春节'], ['01-26', '春节'], ['01-27', '春节'], ['01-28', '春节'],
    ['04-04', '清明节'],
    ['05-01', '劳动节'], ['05-02', '劳动节'],
    ['05-28', '端午节'], ['05-29', '端午节（补假）'],
    ['10-01', '国庆节、中秋节'], ['10-02', '国庆节、中秋节'], ['10-03', '国庆节、中秋节'],
    ['10-04', '国庆节、中秋节（补假）'], ['10-05', '国庆节、中秋节（补假）'],
  ],
};

describe('statutory rest days', () => {
  it.each([2027, 2028])('%i: exactly the hand-derived days, each a holiday of the cn calendar, provisional', (y) => {
    const expected = HAND[y]!.map(([d, name]) => [`${y}-${d}`, name]);
    const got = statutoryDays(y)!.map((s) => [formatDay(s.day), s.inLieu ? `${s.name}（补假）` : s.name]);
    expect(got).toEqual(expected);
    for (const [date, name] of expected) {
      expect(cn.dayInfo(day(date!)), date).toMatchObject({ kind: 'holiday', workday: false, name, covered: false });
    }
    // No 调休 make-up working day is guessed: every weekend day of the year stays a rest day.
    for (let d = day(`${y}-01-01`); d <= day(`${y}-12-31`); d++) {
      if (cn.dayInfo(d).weekday >= 6) expect(cn.dayInfo(d).workday, formatDay(d)).toBe(false);
    }
  });

  it('cites the article behind each day', () => {
    expect(cn.dayInfo(day('2027-10-01')).notice).toEqual({ number: '《全国年节及纪念日放假办法》第二条' });
    expect(cn.dayInfo(day('2028-10-05')).notice).toEqual({ number: '《全国年节及纪念日放假办法》第六条' });
  });

  it.each([
    ['2031-10-01 中秋 on a Wednesday inside 国庆: one 补假, the Monday after the weekend', 2031, ['2031-10-06']],
    ['2036-10-04 中秋 the day after 国庆: separate holidays, 10-04 (Sat) earns 补假 after 10-05 (Sun); 国庆 itself none', 2036, ['2036-10-06']],
    ['2039-10-02 中秋 on a Sunday inside 国庆 (10-01 Sat): three 补假', 2039, ['2039-10-04', '2039-10-05', '2039-10-06']],
  ] as const)('%s', (_name, y, inLieu) => {
    const autumn = statutoryDays(y)!.filter((s) => s.inLieu && s.day >= day(`${y}-09-01`));
    expect(autumn.map((s) => formatDay(s.day))).toEqual(inLieu);
  });

  it.each([2025, 2026])('%i: every holiday day of the 办法 is a holiday of that year’s notice, in our files and in tyme4ts', (y) => {
    for (const s of statutoryDays(y)!.filter((x) => !x.inLieu)) {
      expect(cn.dayInfo(s.day), formatDay(s.day)).toMatchObject({ kind: 'holiday', covered: true });
      const { year, month, day: d } = ymdFromDay(s.day);
      expect(LegalHoliday.fromYmd(year, month, d)?.isWork(), formatDay(s.day)).toBe(false);
    }
  });

  it('has no library data to compare 2027 with: tyme4ts and chinese-days stop at 2026 (compare here once they have it)', () => {
    expect(LegalHoliday.fromYmd(2026, 10, 1)?.isWork()).toBe(false);
    expect(LegalHoliday.fromYmd(2027, 1, 1)).toBeNull();
    expect(askChineseDays<boolean[]>("return input.map((d) => c.isHoliday(d));", ['2026-10-01', '2027-01-01'])).toEqual([true, false]);
  });

  it('is not applied before 2025 (the amended 办法) nor after the table', () => {
    expect(statutoryDays(2024)).toBeUndefined();
    expect(statutoryDays(LUNAR_LAST_YEAR + 1)).toBeUndefined();
    expect(cn.dayInfo(day('2019-10-01')).kind).toBe('workday');
    expect(cn.dayInfo(day(`${LUNAR_LAST_YEAR + 1}-10-02`)).kind).toBe('workday');
  });
});

describe('calendar precedence in a year without a notice', () => {
  const notice = { number: '国办发明电〔2027〕1号', title: 't', url: 'https://www.gov.cn/x', published: '2027-11-01' };
  const data: CalendarData = { id: 't', years: [{ year: 2028, notice, holidays: [{ name: '元旦', from: '2027-12-31', to: '2028-01-02' }] }] };

  it.each([
    ['2027-12-31', 'holiday', '国办发明电〔2027〕1号', 'a notice reaching back into an uncovered year wins'],
    ['2028-01-03', 'workday', undefined, 'the notice replaces the 办法 in its own year: no 补假'],
    ['2027-10-04', 'holiday', '《全国年节及纪念日放假办法》第六条', 'the uncovered year keeps its statutory days'],
  ] as const)('%s is %s (%s): %s', (date, kind, number, _why) => {
    const info = buildCalendar(data).dayInfo(day(date));
    expect(info.kind as DayKind).toBe(kind);
    expect(info.notice?.number).toBe(number);
  });

  it('an organisation closure and an extra working day still apply', () => {
    const org = buildCalendar(cn.data, {
      closures: [{ name: '盘点', from: '2027-03-01', to: '2027-03-02' }],
      extra_workdays: [{ date: '2027-10-05', name: '值班' }],
    });
    expect(org.dayInfo(day('2027-03-01')).kind).toBe('closure');
    expect(org.dayInfo(day('2027-10-05'))).toMatchObject({ kind: 'makeup-workday', name: '值班' });
  });
});
