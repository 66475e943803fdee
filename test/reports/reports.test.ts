/**
 * The period reports on a hand-worked fixture (test/reports/fixtures/q2-ledger): every KPI, item
 * and score is worked out below from the ledger and the 2026 holiday notice, then checked in the
 * JSON model, the HTML page and the XLSX workbook alike.
 *
 * Clocks: notice = received → notified, 15日; resolve = received → closed, 30日; both roll to the
 * next working day (docs/day-counting.md). Period 2026Q2 (2026-04-01 … 2026-06-30), as of 2026-06-30.
 *
 *   case dept  received    notice due                      resolve due
 *   C1   办公室 2026-04-01  04-16 (Thu); notified 04-10 ✓   05-01 劳动节 → rolls past 05-01…05-05 to 05-06; closed 05-06 ✓
 *   C2   办公室 2026-04-10  04-25 Sat → 04-27 Mon; 04-27 ✓  05-10 Sun → 05-11; closed 05-12 → late by 1
 *   C3   工会   2026-05-20  06-04 (Thu); notified 06-08 → late  06-19 端午 (06-19…06-21) → 06-22; open → overdue, 8 days
 *   C4   工会   2026-06-20  07-05 Sun → 07-06: pending (Q3)  07-20: pending; 承办人 = 被反映对象 → RECUSAL_CONFLICT
 *   C5   办公室 2026-03-25  04-09; notified 03-30 ✓ (due in Q2) 04-24; closed 04-20 ✓ (due in Q2)
 *   C6   工会   2025-05-06  (2025: outside the period; counts as 去年同期 in the statistics)
 *   C7   办公室 2026-06-29  07-14: pending                   pending
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { parseDay } from '../../src/calendar/day.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import { buildAppraisal, type AppraisalReport } from '../../src/reports/appraisal.ts';
import { appraisalHtml, appraisalXlsx } from '../../src/reports/appraisal-render.ts';
import { buildInspection, type InspectionReport } from '../../src/reports/inspection.ts';
import { inspectionHtml, inspectionXlsx } from '../../src/reports/inspection-render.ts';
import { loadReportInput } from '../../src/reports/load-report-input.ts';
import { parsePeriod } from '../../src/reports/period.ts';
import type { ReportInput } from '../../src/reports/report-input.ts';
import { buildStatistics, type StatisticsReport } from '../../src/reports/statistics.ts';
import { statisticsHtml, statisticsXlsx } from '../../src/reports/statistics-render.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'q2-ledger');
const Q2 = parsePeriod('2026Q2')!;
let input: ReportInput;

beforeAll(async () => {
  const built = await buildRuleSets([join(FIXTURE, 'rules', 'kpi-office')], FIXTURE);
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const loaded = await loadReportInput(join(FIXTURE, 'ledger.csv'), built.compiled[0]!, { asOf: parseDay('2026-06-30')!, displayName: 'ledger.csv' });
  input = loaded.input!;
});

/** All the text of a workbook's cells (values, as SheetJS reads them back). */
function cells(bytes: Uint8Array): (string | number | boolean)[] {
  const book = XLSX.read(bytes, { type: 'array' });
  return book.SheetNames.flatMap((n) => Object.entries(book.Sheets[n]!).filter(([k]) => !k.startsWith('!')).map(([, c]) => (c as XLSX.CellObject).v as string | number | boolean));
}

describe('appraisal on the fixture ledger', () => {
  let report: AppraisalReport;
  beforeAll(() => {
    report = buildAppraisal(input, Q2).report!;
  });

  it('computes the whole-organisation KPIs and score by hand', () => {
    const o = report.overall;
    const kpi = Object.fromEntries(o.kpis.map((k) => [k.id, k]));
    // 及时受理率: notice findings due in Q2 and judged: C1 ✓, C2 ✓, C5 ✓, C3 late (C4, C7 pending) → 3/4.
    expect([kpi.timely_acceptance!.numerator, kpi.timely_acceptance!.denominator]).toEqual([3, 4]);
    // 按期办结率: resolve findings due in Q2: C1 ✓, C5 ✓, C2 late, C3 overdue → 2/4.
    expect([kpi.on_time_closure!.numerator, kpi.on_time_closure!.denominator]).toEqual([2, 4]);
    // Closed in Q2: C1 (05-06), C2 (05-12), C5 (04-20). All replied → 答复率 3/3; all rated → 参评率 3/3.
    expect([kpi.reply!.numerator, kpi.reply!.denominator]).toEqual([3, 3]);
    expect([kpi.rating_participation!.numerator, kpi.rating_participation!.denominator]).toEqual([3, 3]);
    // 满意率: 满意 (C1) + 基本满意 (C5) of 3 rated → 2/3.
    expect([kpi.satisfaction!.numerator, kpi.satisfaction!.denominator]).toEqual([2, 3]);
    // 重复信访率: registered in Q2: C1, C2, C3, C4, C7; C3 repeats C1 (same 身份证号, same 类别) → 1/5.
    expect([kpi.repeat!.numerator, kpi.repeat!.denominator]).toEqual([1, 5]);
    // 一次性化解率: of C1, C2, C5 only C2 (C1 is followed by C3; C5 asked for review) → 1/3.
    expect([kpi.first_time_resolution!.numerator, kpi.first_time_resolution!.denominator]).toEqual([1, 3]);
    // Attainment: 0.75/0.9 = 0.83333, 0.5/0.8 = 0.625, (2/3)/0.9 = 0.74074, repeat 0.2 > 0.1 → 0.1/0.2 = 0.5.
    // A = 0.3×0.83333 + 0.3×0.625 + 0.2×0.74074 + 0.2×0.5 = 0.25 + 0.1875 + 0.148148 + 0.1 = 0.685648.
    expect(o.kpi_attainment).toBeCloseTo(0.685648, 6);
    expect(o.kpi_points).toBe(68.56); // 100 × 0.685648
    // Items: late ×2 (C2 resolve, C3 notice) = −4, capped at −4; overdue ×1 (C3) = −5; recusal ×1 (C4) = −10.
    expect(o.items.map((i) => [i.on, i.count, i.total])).toEqual([['late', 2, -4], ['overdue', 1, -5], ['RECUSAL_CONFLICT', 1, -10]]);
    expect(o.items_total).toBe(-19);
    expect(o.score).toBe(49.56); // 68.56 − 19
  });

  it('scores each department and ranks them', () => {
    const [office, union] = report.departments;
    // 办公室: 受理 3/3 → 1; 办结 2/3 → (2/3)/0.8 = 0.83333; 满意 2/3 → 0.74074; 重复 0/3 → 1.
    // A = 0.3 + 0.25 + 0.148148 + 0.2 = 0.898148 → 89.81; late ×1 (C2) = −2 → 87.81.
    expect(office).toMatchObject({ department: '办公室', received: 3, kpi_points: 89.81, items_total: -2, score: 87.81, rank: 1 });
    // 工会: 受理 0/1 → 0; 办结 0/1 → 0; 满意 no closed case → left out; 重复 1/2 = 0.5 → 0.1/0.5 = 0.2.
    // A = (0 + 0 + 0.2×0.2) ÷ (0.3 + 0.3 + 0.2) = 0.04/0.8 = 0.05 → 5.00; items −2 −5 −10 = −17 → max(0, −12) = 0.
    expect(union).toMatchObject({ department: '工会', received: 2, kpi_points: 5, items_total: -17, score: 0, rank: 2 });
    expect(union!.kpis.find((k) => k.id === 'satisfaction')!.attainment).toBeNull();
  });

  it('prints the same figures in HTML and XLSX', async () => {
    const html = appraisalHtml(report);
    for (const figure of ['68.56', '49.56', '89.81', '87.81', '5.00', '-19.00', '75.0%', '50.0%', '66.7%', '20.0%', '33.3%', '68.6%', '89.8%']) {
      expect(html).toContain(figure);
    }
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('不计（无数据）');
    const values = cells(await appraisalXlsx(report));
    for (const n of [68.56, 49.56, 89.81, 87.81, 5, -19, -17, 0.75, 0.5, 0.2]) expect(values).toContain(n);
    expect(values.some((v) => typeof v === 'number' && Math.abs(v - 0.685648) < 1e-6)).toBe(true);
  });
});

describe('statistics on the fixture ledger', () => {
  let report: StatisticsReport;
  beforeAll(() => {
    report = buildStatistics(input, Q2).report!;
  });

  it('counts the period, the previous period and the same period last year', () => {
    // Q2 2026: C1, C2, C3, C4, C7; Q1 2026: C5; Q2 2025: C6.
    expect(report.total).toMatchObject({ current: 5, previous: 1, last_year: 1 });
    expect(report.change).toEqual({ previous: 4, last_year: 4 }); // (5 − 1) ÷ 1
    const channel = report.breakdowns.find((b) => b.dimension === 'channel')!.rows;
    expect(channel.map((r) => [r.label, r.current, r.previous, r.last_year])).toEqual([
      ['来信', 1, 1, 0], ['来访', 2, 0, 1], ['来电', 1, 0, 0], ['网上', 1, 0, 0], ['其他', 0, 0, 0],
    ]);
    // As of 06-30: C1, C2 closed; C3 open with an overdue clock; C4, C7 open and not yet due.
    const status = report.breakdowns.find((b) => b.dimension === 'status')!.rows;
    expect(status.map((r) => [r.label, r.current])).toEqual([['已办结', 2], ['办理中', 2], ['逾期未办结', 1]]);
    // April: C1, C2; May: C3; June: C4, C7. A year earlier only May (C6).
    expect(report.trend).toEqual({ months: ['2026-04', '2026-05', '2026-06'], current: [2, 1, 2], last_year: [0, 1, 0] });
  });

  it('gives the KPIs of the three periods, by the formulas of the appraisal', () => {
    const kpi = Object.fromEntries(report.kpis.map((k) => [k.id, [k.current, k.previous, k.last_year].map((v) => [v.numerator, v.denominator])]));
    // 2026Q2 is the appraisal's whole-organisation column above. 2026Q1 (previous): no clock falls due
    // (C5's are due 04-09 and 04-24) and nothing closes; only C5 is registered, a first petition → 重复 0/1.
    // 2025Q2 (same period last year): C6 notice due 2025-05-21, notified 05-08 ✓; resolve due 06-05, closed 05-20 ✓;
    // closed 05-20 without 答复日期 or 评价 → 答复 0/1, 参评 0/1, 满意 0/0; no petitioner, no review → 一次性化解 1/1.
    expect(kpi).toEqual({
      timely_acceptance: [[3, 4], [0, 0], [1, 1]],
      on_time_closure: [[2, 4], [0, 0], [1, 1]],
      reply: [[3, 3], [0, 0], [0, 1]],
      rating_participation: [[3, 3], [0, 0], [0, 1]],
      satisfaction: [[2, 3], [0, 0], [0, 0]],
      repeat: [[1, 5], [0, 1], [0, 1]],
      first_time_resolution: [[1, 3], [0, 0], [1, 1]],
    });
    expect(report.kpis.find((k) => k.id === 'satisfaction')!.last_year.rate).toBeNull();
  });

  it('prints the same figures in HTML and XLSX', async () => {
    const html = statisticsHtml(report);
    expect(html).toContain('一次性化解率');
    expect(html).toContain('33.3%（1/3）'); // 一次性化解率 this quarter
    expect(html).toContain('0.0%（0/1）'); // 答复率 a year earlier
    expect(html).toContain('本期登记信访事项 5 件；上期 1 件，环比 +400.0%');
    expect(html).not.toContain('<script');
    const book = XLSX.read(await statisticsXlsx(report), { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['总表']!, { header: 1 });
    expect(rows).toContainEqual(['合计', '合计', 5, 1, 1]);
    expect(rows).toContainEqual(['按来源方式', '来访', 2, 0, 1]);
    expect(rows).toContainEqual(['按办理状态（截至 2026-06-30）', '逾期未办结', 1, 0, 0]);
    const kpiRows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['指标']!, { header: 1 });
    expect(kpiRows).toContainEqual(['重复信访率', 0.2, 1, 5, 0, 0, 1, 0, 0, 1]); // 1/5 now; 0/1 in 2026Q1 and in 2025Q2
  });
});

describe('inspection on the fixture ledger', () => {
  let report: InspectionReport;
  beforeAll(() => {
    report = buildInspection(input, Q2, false).report!;
  });

  it('lists late and overdue clocks and violations with their evidence, by department', () => {
    expect(report.summary).toEqual({ late: 2, overdue: 1, violations: 1, departments: 2 });
    const office = report.departments.find((d) => d.department === '办公室')!;
    const c2 = office.items.find((i) => i.case === 'C2')!;
    expect(c2).toMatchObject({ clock: 'resolve', start: '2026-04-10', due: '2026-05-11', stop: '2026-05-12', status: '超时完成', days_late: 1, version: '2024-01-01', article: '《考核示例单位信访工作制度》第三条' });
    // The engine's own account of the roll over the weekend of 05-10.
    expect(c2.explanation.join('\n')).toContain('2026-05-10（星期日）');
    expect(c2.explanation.at(-1)).toContain('2026-05-11');
    const union = report.departments.find((d) => d.department === '工会')!;
    expect(union.items.map((i) => [i.case, i.kind, i.status ?? i.code])).toEqual([
      ['C3', 'finding', '逾期未完成'], ['C3', 'finding', '超时完成'], ['C4', 'violation', 'RECUSAL_CONFLICT'],
    ]);
    // Personal data is masked by default.
    expect(union.items[0]!.petitioner).toBe('张*');
    expect(JSON.stringify(report)).not.toContain('110101199001011234');
  });

  it('shows personal data only when asked', () => {
    const shown = buildInspection(input, Q2, true).report!;
    expect(shown.departments.flatMap((d) => d.items).find((i) => i.case === 'C3')!.petitioner).toBe('张三');
  });

  it('renders the same items in HTML and XLSX, with a signature block', async () => {
    const html = inspectionHtml(report);
    expect(html).toContain('督查人（签字）');
    expect(html).toContain('2026-05-11');
    expect(html).not.toContain('张三');
    const values = cells(await inspectionXlsx(report));
    expect(values).toContain('应当回避而未回避'); // the violation named in Chinese
    expect(values).toContain('2026-06-22');
    expect(values).toContain(8); // C3's days late: 06-30 − 06-22
  });
});
