/** Reporting periods and how findings and cases are attributed to them, across quarter and year boundaries. */
import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from '../../src/calendar/day.ts';
import type { Finding } from '../../src/check/result.ts';
import { KpiCounter, newKpiCounts } from '../../src/kpi/count.ts';
import type { LedgerCase } from '../../src/ledger/ledger-case.ts';
import { inPeriod, judgedFindings, parsePeriod, periodLabel, previousPeriod, samePeriodLastYear, trendMonths } from '../../src/reports/period.ts';

const span = (id: string) => {
  const p = parsePeriod(id)!;
  return [p.id, formatDay(p.from), formatDay(p.to)];
};

describe('parsePeriod', () => {
  it.each([
    ['2026', ['2026', '2026-01-01', '2026-12-31']],
    ['2026Q1', ['2026Q1', '2026-01-01', '2026-03-31']],
    ['2026q4', ['2026Q4', '2026-10-01', '2026-12-31']],
    ['2024-Q1', ['2024Q1', '2024-01-01', '2024-03-31']],
    ['2024-02', ['2024-02', '2024-02-01', '2024-02-29']], // leap year
    ['2026-2', ['2026-02', '2026-02-01', '2026-02-28']],
  ])('%s', (text, expected) => expect(span(text)).toEqual(expected));

  it.each(['2026Q5', '2026-13', '26Q1', 'Q2', '2026-00', ''])('rejects %j', (text) => expect(parsePeriod(text)).toBeUndefined());

  it('labels periods in Chinese', () => {
    expect(['2026', '2026Q2', '2026-04'].map((t) => periodLabel(parsePeriod(t)!))).toEqual(['2026年度', '2026年第二季度', '2026年4月']);
  });
});

describe('comparison periods', () => {
  it.each([
    ['2026Q1', '2025Q4', '2025Q1'], // the previous quarter lies in the previous year
    ['2026Q3', '2026Q2', '2025Q3'],
    ['2026-01', '2025-12', '2025-01'],
    ['2026', '2025', '2025'],
  ])('%s: previous %s, same period last year %s', (id, prev, last) => {
    const p = parsePeriod(id)!;
    expect([previousPeriod(p).id, samePeriodLastYear(p).id]).toEqual([prev, last]);
  });

  it('trends over the period’s months, or the twelve months ending with a month', () => {
    expect(trendMonths(parsePeriod('2026Q2')!).map((m) => m.month)).toEqual([4, 5, 6]);
    const rolling = trendMonths(parsePeriod('2026-03')!);
    expect([rolling.length, rolling[0], rolling[11]]).toEqual([12, { year: 2025, month: 4 }, { year: 2026, month: 3 }]);
  });
});

const finding = (due: string, status: Finding['status']): Finding => ({
  case: due, clock: 'resolve', version: '2024-01-01', start: '2025-11-01', due, stop: null, status, due_soon: false, days_late: 0, provisional: false, department: null, assumed: [], scored: true,
});
const closedCase = (closed?: string): LedgerCase => ({
  row: 2, id: 'X', idMissing: false, events: { received: { day: parseDay('2025-11-01')! }, ...(closed ? { closed: { day: parseDay(closed)! } } : {}) },
});

describe('attribution', () => {
  const findings = [
    finding('2025-12-31', 'overdue'),
    finding('2026-01-01', 'late'),
    finding('2026-03-31', 'on-time'),
    finding('2026-04-01', 'on-time'),
    finding('2026-02-10', 'pending'), // not yet judged: never counted
    finding('2026-03-05T14:30', 'late'), // a minute clock: its due day counts
  ];
  it.each([
    ['2025Q4', ['2025-12-31']],
    ['2025', ['2025-12-31']],
    ['2026Q1', ['2026-01-01', '2026-03-31', '2026-03-05T14:30']],
    ['2026-03', ['2026-03-31', '2026-03-05T14:30']],
    ['2026Q2', ['2026-04-01']],
  ])('a finding belongs to the period of its due date: %s', (id, dues) => {
    expect(judgedFindings(findings, parsePeriod(id)!).map((f) => f.due)).toEqual(dues);
  });

  /** Whether the case counts as closed in the period: the 参评率 denominator counts exactly the closed cases. */
  const closedIn = (c: LedgerCase, id: string, asOf: string): boolean => {
    const period = parsePeriod(id)!;
    const target = { kpi: newKpiCounts() };
    new KpiCounter(parseDay(asOf)!, (day) => inPeriod(period, day)).case([target], c, '');
    return target.kpi.rating_participation.denominator === 1;
  };

  it('a closed case belongs to the period of its 办结日期; an open case to none', () => {
    const asOf = '2026-06-30';
    expect([closedIn(closedCase('2025-12-31'), '2025Q4', asOf), closedIn(closedCase('2025-12-31'), '2026Q1', asOf)]).toEqual([true, false]);
    expect([closedIn(closedCase('2026-01-01'), '2025Q4', asOf), closedIn(closedCase('2026-01-01'), '2026Q1', asOf)]).toEqual([false, true]);
    expect([closedIn(closedCase(), '2025Q4', asOf), closedIn(closedCase(), '2026Q1', asOf)]).toEqual([false, false]);
    // Closed after the as-of date: not yet closed as far as the report knows.
    expect(closedIn(closedCase('2026-03-20'), '2026Q1', '2026-03-10')).toBe(false);
  });

  it('period bounds are inclusive', () => {
    const q = parsePeriod('2026Q2')!;
    expect(['2026-03-31', '2026-04-01', '2026-06-30', '2026-07-01'].map((d) => inPeriod(q, parseDay(d)))).toEqual([false, true, true, false]);
  });
});
