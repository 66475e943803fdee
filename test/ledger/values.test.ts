/** Ledger cell values: every DESIGN §6 date format, Excel serials, masks and formula neutralising. */
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/calendar/day.ts';
import { momentFromSerial, parseDateText } from '../../src/ledger/values.ts';
import { maskIdNumber, maskName, maskPhone, neutraliseFormula } from '../../src/reports/mask.ts';

const d = dayFromYmd(2026, 3, 5);

describe('parseDateText', () => {
  it.each([
    ['2026-03-05', { day: d }],
    ['2026/3/5', { day: d }],
    ['2026.3.5', { day: d }],
    ['2026年3月5日', { day: d }],
    ['20260305', { day: d }],
    ['2026-03-05 14:30', { day: d, minute: 870 }],
    ['2026年3月5日14:30', { day: d, minute: 870 }],
    ['2026/3/5 14时30分', { day: d, minute: 870 }],
    ['2026-03-05T09:05:00', { day: d, minute: 545 }],
    // Excel serial 46086 = 2026-03-05: days since 1899-12-30 (Excel's day 0 after its 1900 leap bug).
    ['46086', { day: d }],
  ])('%s', (text, expected) => expect(parseDateText(text)).toEqual(expected));

  it.each(['2026-02-29', '2026-3/5', '2026-13-01', '待定', '2026-03-05 25:00', '30', '26-3-5'])('rejects %s', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it('reads serial fractions as times and the 1904 date system', () => {
    expect(momentFromSerial(46086.5)).toEqual({ day: d, minute: 720 });
    // 1904 system: serial 0 = 1904-01-01, so 2026-03-05 is 46086 − 1462.
    expect(momentFromSerial(46086 - 1462, true)).toEqual({ day: d });
  });
});

describe('masks', () => {
  it.each([
    [maskName('张某某'), '张**'],
    [maskPhone('13812341234'), '138****1234'],
    [maskIdNumber('110101199003071234'), '110***********1234'],
    [neutraliseFormula('=HYPERLINK("x")'), `'=HYPERLINK("x")`],
    [neutraliseFormula('@SUM(A1)'), `'@SUM(A1)`],
    [neutraliseFormula('信访科'), '信访科'],
  ])('%s', (got, expected) => expect(got).toBe(expected));
});
