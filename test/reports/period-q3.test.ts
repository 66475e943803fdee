/**
 * A past quarter of a cumulative ledger (test/reports/fixtures/q3-ledger, rules of the q2 fixture:
 * notice = received → notified 15日, resolve = received → closed 30日, both rolled to the next working
 * day by the 2026 notice). Period 2026Q3 (07-01 … 09-30); the ledger goes on into the fourth quarter.
 * Every clock due in Q3 counts with its final status; violations count in the quarter they happened.
 * Hand count (weekdays from 2026-07-01 = Wednesday; 中秋 09-25…09-27; 09-20 Sunday is a 国庆 调休 working day):
 *
 *   case dept   received  notice due / notified          resolve due / closed
 *   D1   办公室 07-01     07-16 / 07-10 ✓                  07-31 Fri / 07-30 ✓
 *   D2   办公室 08-20     09-04 / 09-08 late               09-19 Sat → 09-20 (调休 working Sunday) / 10-12 late
 *   D3   工会   09-10     09-25 中秋 → 09-28 / 09-28 ✓      10-10 (Q4)
 *   D4   工会   06-25     07-10 / 07-13 late               07-25 Sat → 07-27 / 07-20 ✓
 *   D5   办公室 09-01     09-16 / 09-02 ✓                  10-01 国庆 → 10-08 (Q4)
 *   D6   工会   08-03     08-18 / never → overdue          09-02 / 10-15 late; extension approved 09-10, after
 *                                                          the due date → EXTENSION_AFTER_DUE in Q3 (and void)
 *   D7   办公室 09-15     09-30 / 09-30 ✓                  10-15 (Q4); extension approved 10-20 → violation in Q4
 *   D8   工会   06-29     07-14 / 07-01 ✓                  07-29 / 08-20 late; extension approved 08-05, after
 *                                                          the due date → EXTENSION_AFTER_DUE in Q3 (registered in Q2)
 *
 *   及时受理率 (notice due in Q3): D1 D3 D5 D7 D8 on time of D1…D8 → 5/8.
 *   按期办结率 (resolve due in Q3: D1 D2 D4 D6 D8): D1 D4 on time → 2/5.
 *   督查清单: late D2 notice, D4 notice, D2 resolve, D6 resolve, D8 resolve (5); overdue D6 notice (1);
 *   violations D6, D8 (2) — the 3 + 3 not on time above, the same items the appraisal deducts for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseDay } from '../../src/calendar/day.ts';
import { buildAppraisal } from '../../src/reports/appraisal.ts';
import { buildInspection } from '../../src/reports/inspection.ts';
import { loadReportInput } from '../../src/reports/load-report-input.ts';
import { parsePeriod } from '../../src/reports/period.ts';
import type { ReportInput } from '../../src/reports/report-input.ts';
import { buildStatistics } from '../../src/reports/statistics.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import { cli } from '../ledger/check-helpers.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const RULES = join(FIXTURES, 'q2-ledger', 'rules', 'kpi-office');
const LEDGER = join(FIXTURES, 'q3-ledger', 'ledger.csv');
const Q3 = parsePeriod('2026Q3')!;

const pair = (kpis: { id: string; numerator: number; denominator: number }[], id: string) => {
  const k = kpis.find((x) => x.id === id)!;
  return [k.numerator, k.denominator];
};

describe('a past quarter with events after its end', () => {
  let input: ReportInput;
  beforeAll(async () => {
    const built = await buildRuleSets([RULES], FIXTURES);
    // Any as-of date after the last event of the ledger (2026-11-10) gives the final statuses.
    input = (await loadReportInput(LEDGER, built.compiled[0]!, { asOf: parseDay('2026-12-01')!, displayName: 'ledger.csv' })).input!;
  });

  it('counts every clock due in the quarter, with its final status, alike in the statistics and the appraisal', () => {
    const statistics = buildStatistics(input, Q3).report!;
    const now = statistics.kpis.map((k) => k.current);
    const appraisal = buildAppraisal(input, Q3).report!.overall.kpis;
    for (const kpis of [now, appraisal]) {
      expect(pair(kpis, 'timely_acceptance')).toEqual([5, 8]);
      expect(pair(kpis, 'on_time_closure')).toEqual([2, 5]);
    }
  });

  it('counts the same items as of the quarter’s last day, when those stopped later were still open', async () => {
    // As of 09-30, D2 and D6 resolve are overdue rather than late: still not on time, so the rates stand.
    const built = await buildRuleSets([RULES], FIXTURES);
    const early = (await loadReportInput(LEDGER, built.compiled[0]!, { asOf: Q3.to, displayName: 'ledger.csv' })).input!;
    const kpis = buildAppraisal(early, Q3).report!.overall.kpis;
    expect([pair(kpis, 'timely_acceptance'), pair(kpis, 'on_time_closure')]).toEqual([[5, 8], [2, 5]]);
  });

  it('lists in the inspection the items the KPIs count as not on time, and the violations that happened in the quarter', () => {
    const report = buildInspection(input, Q3, false).report!;
    expect(report.summary).toMatchObject({ late: 5, overdue: 1, violations: 2 });
    const items = report.departments.flatMap((d) => d.items.map((i) => `${i.case} ${i.clock ?? i.code}`)).sort();
    expect(items).toEqual([
      'D2 notice', 'D2 resolve', 'D4 notice', 'D6 EXTENSION_AFTER_DUE', 'D6 notice', 'D6 resolve', 'D8 EXTENSION_AFTER_DUE', 'D8 resolve',
    ]);
  });

  it('deducts in the appraisal for the same items', () => {
    const items = buildAppraisal(input, Q3).report!.overall.items.map((i) => [i.on, i.count]);
    expect(items).toEqual(expect.arrayContaining([['late', 5], ['overdue', 1]]));
  });
});

describe('report command', () => {
  it('reports a past quarter as of today by default, not as of its last day', async () => {
    // Run after 2026-11-10 (the ledger's last event), today gives the final statuses: D2 resolve is late, not overdue.
    const r = await cli(['report', 'inspection', '--rules', RULES, '--cases', LEDGER, '--period', '2026Q3', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ late: 5, overdue: 1, violations: 2 });
    expect(r.stderr).not.toContain('晚于检查日期');
  });
});
