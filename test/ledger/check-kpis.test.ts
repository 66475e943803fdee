/**
 * The KPIs of a check, worked out by hand on test/ledger/fixtures/kpis, and the promise that the
 * check and the period reports share one formula: the check's counts are the sum of the period
 * reports' counts over periods that cover every attribution date (src/kpi/definitions.ts).
 *
 * Clocks (calendar days, rolled to the next working day): notice received → notified 15日;
 * resolve received → closed 30日; reply received → replied 20日. As of 2026-03-31 (Tuesday).
 * March 2026 has no holiday (2026 notice: 春节 02-15…02-23, 清明 04-04…04-06).
 *
 *   case dept  received     notice (due)               resolve (due)            reply (due)                  other
 *   K3   办公室 03-04 Wed    03-19; none → overdue       04-03; pending           03-24; none → overdue        张三 by ID, after K1 → repeat
 *   K1   办公室 03-02 Mon    03-17; 03-05 ✓              04-01; 03-20 ✓           03-22 Sun → 03-23; 03-20 ✓   满意; followed by K3
 *   K2   办公室 03-02        03-17; 03-20 → late         04-01; pending           03-23; 03-10 ✓ (open case)   unidentified (no ID, no phone)
 *   K4   办公室 03-25        04-09; 03-26 ✓              04-24; pending           04-14; pending
 *   K5   工会   02-02 Mon    02-17 (in 春节) → rolls; 02-03 ✓   03-04 Wed; 03-03 ✓   02-22 → rolls past 02-23; none → overdue   不满意; review requested 03-10
 *   K7   工会   03-20 Fri    04-04 (清明) → rolls; 03-21 ✓   04-19; pending        04-09; pending               李四 + phone, after K6 → repeat
 *   K6   工会   03-02        03-17; 03-03 ✓              04-01; 03-16 ✓           03-23; 03-16 ✓               基本满意; followed by K7 (phone 139-0000-2222 = 13900002222)
 *   K8   办公室 03-09 Mon    03-24; 03-10 ✓              04-08; 03-13 ✓           03-29 Sun → 03-30; 03-13 ✓   no rating, unidentified
 *
 * K3 and K7 come before the earlier cases they repeat in the file, so the result must not depend on row order.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.ts';
import type { CheckSummary } from '../../src/check/checker.ts';
import { KPI_IDS, kpiDefinitions, type KpiId } from '../../src/kpi/definitions.ts';
import { parsePeriod } from '../../src/reports/period.ts';
import { periodKpis } from '../../src/reports/period-kpis.ts';
import { loadReportInput } from '../../src/reports/load-report-input.ts';
import { namesOf, type ReportInput } from '../../src/reports/report-input.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';
import schema from '../../src/rules/rules.schema.json' with { type: 'json' };
import { check } from './check-helpers.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/kpis');
const LEDGER = join(FIXTURE, 'ledger.csv');
const AS_OF = '2026-03-31';

let rules: CompiledRuleSet;
let summary: CheckSummary;

beforeAll(async () => {
  const built = await buildRuleSets([join(FIXTURE, 'rules/kpi-check')], FIXTURE);
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  rules = built.compiled[0]!;
  summary = (await check(LEDGER, rules, AS_OF)).outcome!.summary;
});

const pairs = (kpis: Record<KpiId, { numerator: number; denominator: number }>) =>
  Object.fromEntries(KPI_IDS.map((id) => [id, [kpis[id].numerator, kpis[id].denominator]]));

describe('check KPIs on the whole ledger', () => {
  it('counts every KPI as worked out by hand', () => {
    expect(pairs(summary.kpis)).toEqual({
      // notice decided: K1 ✓ K2 late K3 overdue K4 ✓ K5 ✓ K6 ✓ K7 ✓ K8 ✓ → 6 on time of 8 (stopped early counts, K4/K7 due in April).
      timely_acceptance: [6, 8],
      // resolve decided: K1 ✓ K5 ✓ K6 ✓ K8 ✓ → 4/4; K2 K3 K4 K7 neither closed nor due by 03-31.
      on_time_closure: [4, 4],
      // due a reply: closed K1 ✓ K5 ✗ K6 ✓ K8 ✓, plus open cases with a decided reply clock K2 ✓ (replied) and K3 ✗ (overdue) → 4/6.
      // K5 is closed *and* its reply clock is overdue: counted once. K4, K7: reply clock pending → left out.
      reply: [4, 6],
      // closed: K1 K5 K6 K8; rated K1 K5 K6 → 3/4.
      rating_participation: [3, 4],
      // rated: 满意 (K1) + 基本满意 (K6) of K1 K5 K6 → 2/3.
      satisfaction: [2, 3],
      // registered by 03-31: all 8; K3 repeats K1 (same ID), K7 repeats K6 (same name, phone digits equal) → 2/8.
      repeat: [2, 8],
      // closed: K1 (followed by K3) ✗, K5 (review) ✗, K6 (followed by K7) ✗, K8 ✓ → 1/4.
      first_time_resolution: [1, 4],
    });
    expect(summary.kpis.reply.rate).toBeCloseTo(4 / 6, 12);
    expect(summary.kpis.repeat.rate).toBe(0.25);
  });

  it('counts each department with the same formulas', () => {
    const by = Object.fromEntries(summary.by_department.map((g) => [g.key, pairs(g.kpis)]));
    expect(by['办公室']).toEqual({
      timely_acceptance: [3, 5], // K1 ✓ K2 late K3 overdue K4 ✓ K8 ✓
      on_time_closure: [2, 2], // K1 ✓ K8 ✓
      reply: [3, 4], // K1 ✓ K8 ✓ (closed), K2 ✓ K3 ✗ (open, reply clock decided)
      rating_participation: [1, 2], // closed K1 K8, rated K1
      satisfaction: [1, 1], // K1 满意
      repeat: [1, 5], // K3 of K1 K2 K3 K4 K8
      first_time_resolution: [1, 2], // K1 followed by K3 ✗, K8 ✓
    });
    expect(by['工会']).toEqual({
      timely_acceptance: [3, 3], // K5 K6 K7 ✓
      on_time_closure: [2, 2], // K5 K6 ✓
      reply: [1, 2], // K5 ✗ K6 ✓
      rating_participation: [2, 2], // K5 K6 rated
      satisfaction: [1, 2], // K5 不满意, K6 基本满意
      repeat: [1, 3], // K7 of K5 K6 K7
      first_time_resolution: [0, 2], // K5 review, K6 followed by K7
    });
  });

  it('prints the definitions it counts by, in both languages', () => {
    expect(summary.kpi_definitions.map((d) => d.id)).toEqual([...KPI_IDS]);
    expect(summary.kpi_definitions.find((d) => d.id === 'reply')!.denominator).toContain('答复时限');
    for (const d of kpiDefinitions('en')) expect(d.name).toMatch(/^[A-Z][a-z -]+rate$/);
  });

  it('offers exactly the KPI ids the rule schema accepts for appraisal weights', () => {
    const found = JSON.stringify(schema).match(/"kpi":\{"enum":(\[[^\]]*\])/);
    expect(JSON.parse(found![1]!)).toEqual([...KPI_IDS]);
  });
});

describe('period KPIs use the same formulas, only selecting by attribution date', () => {
  let input: ReportInput;
  beforeAll(async () => {
    input = (await loadReportInput(LEDGER, rules, { asOf: parseDay(AS_OF)!, displayName: 'ledger.csv' })).input!;
  });
  const period = (id: string) => pairs(Object.fromEntries(periodKpis(input, parsePeriod(id)!, namesOf(rules)).overall.map((v) => [v.id, v])) as never);

  it('attributes clocks by due date: K4 and K7 stopped in March but fall due in April (Q2)', () => {
    // Q1 notices: K1 ✓ K2 late K3 overdue K5 ✓ (due rolled to late February) K6 ✓ K8 ✓ → 4/6; Q2: K4 (04-09) ✓, K7 (04-07 after 清明) ✓ → 2/2.
    expect(period('2026Q1').timely_acceptance).toEqual([4, 6]);
    expect(period('2026Q2').timely_acceptance).toEqual([2, 2]);
    // Every reply item's date (closing date, or the reply clock's due date for K2 03-23, K3 03-24) is in Q1.
    expect(period('2026Q1').reply).toEqual([4, 6]);
    expect(period('2026Q2').reply).toEqual([0, 0]);
  });

  it('adds up, over periods covering every date, to the check of the whole ledger', () => {
    const parts = ['2025', '2026Q1', '2026Q2', '2026Q3', '2026Q4'].map(period);
    const sum = Object.fromEntries(KPI_IDS.map((id) => [id, [0, 1].map((i) => parts.reduce((s, p) => s + p[id]![i]!, 0))]));
    expect(sum).toEqual(pairs(summary.kpis));
  });
});
