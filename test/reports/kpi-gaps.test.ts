/**
 * A ledger without 答复日期, 评价 or any petitioner identity, with one misspelt 承办部门 (办公 for
 * 办公室). Rules of the q2 fixture: notice 15日 (received → notified), resolve 30日 (received → closed);
 * weights 受理 0.3 (target 90%), 办结 0.3 (80%), 满意 0.2 (90%), 重复 0.2 (10%); late −2 each.
 * Period 2026Q2 as of 2026-06-30. All four registered 04-01 (Wed): notice due 04-16, resolve due
 * 05-01 → 劳动节 05-01…05-05 → 05-06.
 *
 *   K1 办公室  notified 04-10 ✓  closed 04-20 ✓
 *   K2 工会    notified 04-20 late (4 days)  closed 04-20 ✓
 *   K3 办公    notified 04-10 ✓  closed 04-20 ✓   — not a department of the rules: scored apart, never ranked
 *   K4 工会    notified 04-10 ✓  closed 04-20 ✓
 *
 * 办公室: 受理 1/1, 办结 1/1 → attainment 1 each; 满意 and 重复 不适用 → left out → A = 1 → 100.00.
 * 工会: 受理 1/2 = 50% → 0.5/0.9 = 0.5556; 办结 2/2 → 1; A = (0.3×0.5556 + 0.3×1)/0.6 = 0.7778 →
 * 77.78; late ×1 = −2 → 75.78. Ranking: 办公室 1, 工会 2; 办公 (100 points too) in no rank.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDay } from '../../src/calendar/day.ts';
import { NOT_APPLICABLE } from '../../src/kpi/count.ts';
import { buildAppraisal, type AppraisalReport } from '../../src/reports/appraisal.ts';
import { buildInspection } from '../../src/reports/inspection.ts';
import { inspectionHtml } from '../../src/reports/inspection-render.ts';
import { appraisalHtml } from '../../src/reports/appraisal-render.ts';
import { loadReportInput } from '../../src/reports/load-report-input.ts';
import { parsePeriod } from '../../src/reports/period.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CatalogueDiagnostic } from '../../src/diagnostics/catalogue.ts';
import { cli } from '../ledger/check-helpers.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const RULES = join(FIXTURES, 'q2-ledger', 'rules', 'kpi-office');
const LEDGER = join(FIXTURES, 'kpi-gaps', 'ledger.csv');

let report: AppraisalReport;
let diagnostics: CatalogueDiagnostic[];
beforeAll(async () => {
  const built = await buildRuleSets([RULES], FIXTURES);
  const input = (await loadReportInput(LEDGER, built.compiled[0]!, { asOf: parseDay('2026-06-30')!, displayName: 'ledger.csv' })).input!;
  ({ report, diagnostics } = buildAppraisal(input, parsePeriod('2026Q2')!) as { report: AppraisalReport; diagnostics: CatalogueDiagnostic[] });
});

describe('KPIs the ledger has no data for', () => {
  it('are 不适用 with the reason, not 0% or 100%', () => {
    const kpi = Object.fromEntries(report.overall.kpis.map((k) => [k.id, k]));
    expect([kpi.reply!.rate, kpi.reply!.not_applicable]).toEqual([null, NOT_APPLICABLE.reply]);
    expect([kpi.first_time_resolution!.rate, kpi.first_time_resolution!.not_applicable]).toEqual([null, NOT_APPLICABLE.identity]);
    expect(kpi.satisfaction!.not_applicable).toBe(NOT_APPLICABLE.rating);
    // 及时受理率 has its data: K1, K3, K4 on time, K2 late → 3/4.
    expect([kpi.timely_acceptance!.numerator, kpi.timely_acceptance!.denominator, kpi.timely_acceptance!.not_applicable]).toEqual([3, 4, undefined]);
    expect(appraisalHtml(report)).toContain(`不适用（${NOT_APPLICABLE.reply}）`);
  });

  it('are 不适用 in the check summary too', async () => {
    const r = await cli(['check', '--rules', RULES, '--cases', LEDGER, '--as-of', '2026-06-30', '--json']);
    const kpis = JSON.parse(r.stdout).summary.kpis;
    expect([kpis.reply.not_applicable, kpis.first_time_resolution.not_applicable]).toEqual([NOT_APPLICABLE.reply, NOT_APPLICABLE.identity]);
  });
});

describe('the ranking', () => {
  it('ranks only the rules’ departments, best first', () => {
    expect(report.departments.map((d) => [d.rank, d.department, d.score])).toEqual([[1, '办公室', 100], [2, '工会', 75.78]]);
  });

  it('gives equal scores one rank', async () => {
    // K2 notified on time too: 工会 also scores 100.00, so both share rank 1.
    const dir = mkdtempSync(join(tmpdir(), 'xinfang-tie-'));
    writeFileSync(join(dir, 'ledger.csv'), readFileSync(LEDGER, 'utf8').replace('K2,2026-04-01,其他,工会,2026-04-20', 'K2,2026-04-01,其他,工会,2026-04-10'));
    const built = await buildRuleSets([RULES], FIXTURES);
    const input = (await loadReportInput(join(dir, 'ledger.csv'), built.compiled[0]!, { asOf: parseDay('2026-06-30')!, displayName: 'ledger.csv' })).input!;
    const tied = buildAppraisal(input, parsePeriod('2026Q2')!).report!;
    expect(tied.departments.map((d) => [d.rank, d.department, d.score])).toEqual([[1, '办公室', 100], [1, '工会', 100]]);
  });

  it('scores an unknown department apart, names the nearest known one, and warns', () => {
    expect(report.unranked.map((d) => [d.department, d.nearest, d.score])).toEqual([['办公', '办公室', 100]]);
    const w = diagnostics.filter((d) => d.code === 'REPORT_UNKNOWN_DEPARTMENT');
    expect(w.map((d) => d.severity)).toEqual(['warning']);
    expect(w[0]!.message).toContain('是否为“办公室”');
    expect(appraisalHtml(report)).toContain('不参加排名');
  });

  it('colours each KPI against its target', () => {
    const html = appraisalHtml(report);
    // 工会 受理 50% against 90%: attainment 0.56 → red; 100% against 90% → green.
    expect(html).toContain('<span class="red">50.0%（未达标）</span>');
    expect(html).toContain('<span class="ok">100.0%（达标）</span>');
  });
});

describe('a case whose dates contradict each other', () => {
  it('is 无法判定: in no KPI, listed as 数据存疑 in the inspection', async () => {
    // K5 办公室: closed 04-05 before it was registered 04-10. Counted, its notice (notified 04-12,
    // due 04-25 → 04-27) would raise 及时受理率 to 4/5; left out it stays 3/4 (K1 K3 K4 of K1…K4).
    const dir = mkdtempSync(join(tmpdir(), 'xinfang-doubt-'));
    writeFileSync(join(dir, 'ledger.csv'), `${readFileSync(LEDGER, 'utf8')}K5,2026-04-10,其他,办公室,2026-04-12,2026-04-05\n`);
    const built = await buildRuleSets([RULES], FIXTURES);
    const input = (await loadReportInput(join(dir, 'ledger.csv'), built.compiled[0]!, { asOf: parseDay('2026-06-30')!, displayName: 'ledger.csv' })).input!;
    const q2 = parsePeriod('2026Q2')!;
    const kpi = buildAppraisal(input, q2).report!.overall.kpis.find((k) => k.id === 'timely_acceptance')!;
    expect([kpi.numerator, kpi.denominator]).toEqual([3, 4]);
    const inspection = buildInspection(input, q2, false).report!;
    expect(inspection.doubtful.map((d) => [d.case, d.department])).toEqual([['K5', '办公室']]);
    expect(inspection.departments.flatMap((d) => d.items.map((i) => i.case))).not.toContain('K5');
    expect(inspectionHtml(inspection)).toContain('数据存疑');
  });
});

describe('the inspection report', () => {
  it('names violations in Chinese, shows the 承办人 and gives each department its own signed page', async () => {
    const built = await buildRuleSets([RULES], FIXTURES);
    const input = (await loadReportInput(join(FIXTURES, 'q2-ledger', 'ledger.csv'), built.compiled[0]!, { asOf: parseDay('2026-06-30')!, displayName: 'ledger.csv' })).input!;
    const r = buildInspection(input, parsePeriod('2026Q2')!, false).report!;
    // C4 (工会, 承办人 李四 = 被反映对象): RECUSAL_CONFLICT.
    const recusal = r.departments.flatMap((d) => d.items).find((i) => i.code === 'RECUSAL_CONFLICT')!;
    expect(recusal.handler).toBe('李四');
    const html = inspectionHtml(r);
    // Its row: 编号, 承办人, 信访人 (masked), then the violation's name.
    expect(html).toMatch(/<td>C4<\/td><td>李四<\/td><td>[^<]*<\/td><td>应当回避而未回避<\/td>/);
    // Two departments (办公室, 工会): two sections, each with its own signature block.
    expect(html.match(/<section class="department">/g)).toHaveLength(2);
    expect(html.match(/被督查部门负责人（签字）/g)).toHaveLength(2);
    expect(html).toContain('break-before: page');
    // Twelve columns: landscape A4, whole document (a named landscape page left its table's caption behind).
    expect(html).toContain('@page { size: A4 landscape; }');
  });
});
