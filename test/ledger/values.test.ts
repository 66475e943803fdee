/** Ledger cell values: every docs/ledger-columns.md date format, Excel serials, masks and formula neutralising. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/calendar/day.ts';
import { momentFromSerial, parseDateText, parseIsoDate } from '../../src/ledger/values.ts';
import { maskIdNumber, maskName, maskPersonal, maskPhone, neutraliseFormula } from '../../src/reports/mask.ts';

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
    // Full-width digits and punctuation (a Chinese IME in full-width mode).
    ['２０２６年３月５日', { day: d }],
    ['２０２６／３／５　１４：３０', { day: d, minute: 870 }],
    // 上午/下午 alone name half of the day: the date stands; with a time, 下午 2:30 is 14:30.
    ['2026年3月5日上午', { day: d }],
    ['2026年3月5日下午', { day: d }],
    ['2026-03-05 下午2:30', { day: d, minute: 870 }],
    ['2026-03-05 上午9:05', { day: d, minute: 545 }],
  ])('%s', (text, expected) => expect(parseDateText(text)).toEqual(expected));

  it.each(['2026-02-29', '2026-3/5', '2026-13-01', '待定', '2026-03-05 25:00', '30', '26-3-5', '上午', '２０２６年２月３０日'])('rejects %s', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it('reads serial fractions as times and the 1904 date system', () => {
    expect(momentFromSerial(46086.5)).toEqual({ day: d, minute: 720 });
    // 1904 system: serial 0 = 1904-01-01, so 2026-03-05 is 46086 − 1462.
    expect(momentFromSerial(46086 - 1462, true)).toEqual({ day: d });
  });
});

// The `YYYY-MM-DD` fast path (large ledgers) must read exactly what the general parser reads.
describe('parseIsoDate', () => {
  it.each([
    // 2026-03-05 is day 20517 since 1970-01-01: 56 years of 365 days = 20440, plus 14 leap days
    // (1972 … 2024) = 20454, plus Jan 31 + Feb 28 = 20513, plus 4 days into March.
    ['2026-03-05', { day: 20517 }],
    ['2024-02-29', { day: dayFromYmd(2024, 2, 29) }], // 2024 is a leap year
    ['1900-01-01', { day: dayFromYmd(1900, 1, 1) }], // the earliest year a ledger date may have
    ['2199-12-31', { day: dayFromYmd(2199, 12, 31) }], // the latest
  ])('reads %s', (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
    expect(parseDateText(text)).toEqual(expected);
  });

  it.each([
    ['2026-02-29', 'not a leap year'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-04-31', 'April has 30 days'],
    ['1899-12-31', 'before 1900'],
    ['2200-01-01', 'after 2199'],
    ['２０２６-03-05', 'full-width digits'],
    ['2026-3-05', 'not the fixed width'],
    ['2026/03/05', 'another separator'],
    ['2026-03-05 14:30', 'with a time'],
  ])('leaves %s (%s) to the general parser', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });

  it('agrees with the general parser on every date written both ways', () => {
    // `Y/M/D` never takes the fast path, so the regular expression reads it; days 0–32 and
    // months 0–13 include every invalid edge.
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        expect(parseIsoDate(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)).toEqual(parseDateText(`${y}/${m}/${d}`));
      }),
      { seed: 20260305, numRuns: 5000 },
    );
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
    // 备注 is free text: numbers inside it are masked, other digits (dates, case numbers) are not.
    [maskPersonal('notes', '信访人13812341234，身份证11010119900307123X，2025-03-04回访', false), '信访人138****1234，身份证110***********123X，2025-03-04回访'],
    [maskPersonal('notes', '编号2025031200001234567，电话0571-8888', false), '编号2025031200001234567，电话0571-8888'],
    [maskPersonal('notes', '电话13812341234', true), '电话13812341234'],
    // A mobile number as people write it: with the country code, grouped 3-4-4.
    [maskPersonal('notes', '电话+8613812341234', false), '电话+86*******1234'],
    [maskPersonal('notes', '电话 +86 138 1234 5678。', false), '电话 +86**********5678。'],
    [maskPersonal('notes', '电话138-1234-5678', false), '电话138******5678'],
    [maskPersonal('notes', '电话008613812341234', false), '电话008********1234'],
    // A landline and a date range keep their digits.
    [maskPersonal('notes', '电话0571-88881234，2025-03-04至2025-03-05', false), '电话0571-88881234，2025-03-04至2025-03-05'],
  ])('%s', (got, expected) => expect(got).toBe(expected));
});
