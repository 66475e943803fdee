/**
 * The appraisal report (考核): one scorecard per 承办部门 and one for the whole organisation,
 * scored by the `appraisal` section of the rule version in force at the end of the period
 * (formula in `appraisal-score.ts`; the KPIs, their definitions and period attribution in
 * `src/kpi/`, counted for the period by `period-kpis.ts`). Pure.
 */
import type { Finding, Violation } from '../check/result.ts';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { kpiDefinitions, type KpiDefinition } from '../kpi/definitions.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import { scoreCard, type AppraisalScheme, type Scorecard } from './appraisal-score.ts';
import { citeArticle } from '../rules/vocabulary.ts';
import { doubtfulCaseIds, inPeriod, judgedFindings, periodViolations, type Period } from './period.ts';
import { periodKpis } from './period-kpis.ts';
import { reportHeader, versionForPeriod, type ReportHeader } from './report-header.ts';
import { namesOf, nearestName, NO_DEPARTMENT, type ReportInput } from './report-input.ts';

/** A department's scorecard. */
export interface DepartmentScore extends Scorecard {
  department: string;
  /** Cases registered in the period. */
  received: number;
  /** 1 = best score; equal scores share a rank (1, 1, 3). */
  rank: number;
}

/** The scorecard of a 承办部门 the rules do not name (a misspelling, or none filled in): shown, never ranked. */
export interface UnrankedScore extends Omit<DepartmentScore, 'rank'> {
  /** The known department it most likely means. */
  nearest?: string;
}

/** The appraisal report: plain JSON, rendered to HTML and XLSX and printed by `--json`. */
export interface AppraisalReport {
  kind: 'appraisal';
  header: ReportHeader;
  /** The score formula in words. */
  formula: string[];
  scheme: { base: number; basis: string; items: { on: string; points: number; cap?: number; basis: string }[]; kpis: { kpi: string; weight: number; target?: number }[] };
  kpi_definitions: KpiDefinition[];
  overall: Omit<DepartmentScore, 'rank'>;
  /** The rules' departments, best score first. */
  departments: DepartmentScore[];
  /** Departments the rules do not name, scored apart. */
  unranked: UnrankedScore[];
}

/** The score formula as printed. */
export const FORMULA = [
  '扣（加）分项小计 = 发生次数 × 每次分值；设有上限的，合计不超过上限（上限与分值同号，如 −30 表示最多扣 30 分）。',
  '单项指标达成度 = min(1, 实际值 ÷ 目标值)；重复信访率越低越好：实际值不高于目标值为 1，否则为 目标值 ÷ 实际值；未设目标值的，达成度取实际值（重复信访率取 1 − 实际值）。',
  '指标综合达成度 A = Σ(权重 × 达成度) ÷ Σ权重，只计有数据的指标（分母为 0 或台账缺少数据的指标不计，其余按权重重新归一）；均无数据时 A = 1。',
  '指标得分 = 基础分 × A（保留两位小数）；考核得分 = 指标得分 + 各扣（加）分项小计之和，最低为 0 分。',
];

/** The counts appraisal items score, per department: findings by status and violations by code. */
function itemCounts(findings: readonly Finding[], violations: readonly { v: Violation; department: string }[], department?: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  // Unscored findings (provisional, explained, decided by the next organ up) are listed, not scored (docs/check-results.md).
  for (const f of findings) if (f.scored && (f.status === 'late' || f.status === 'overdue')) add(f.status);
  for (const { v, department: d } of violations) if (department === undefined || d === department) add(v.code);
  return counts;
}

/** Competition ranks of scores sorted best first: 1 + the number of better scores. */
function ranks(sorted: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) out.push(i > 0 && sorted[i] === sorted[i - 1] ? out[i - 1]! : i + 1);
  return out;
}

/** Build the appraisal report for `period`. */
export function buildAppraisal(input: ReportInput, period: Period): { report?: AppraisalReport; diagnostics: CatalogueDiagnostic[] } {
  const { version, diagnostics } = versionForPeriod(input.ruleset, period);
  if (!version) return { diagnostics };
  const scheme: AppraisalScheme | undefined = version.appraisal;
  if (!scheme) return { diagnostics: [diagnostic('REPORT_NO_APPRAISAL', { ruleset: input.ruleset.id, version: version.version }, {})] };

  const names = namesOf(input.ruleset);
  const doubtful = doubtfulCaseIds(input.cases, input.doubtful);
  const kpis = periodKpis(input, period, names, (c) => names.department(c.department));
  const byRow = new Map(input.cases.map((c) => [c.row, c]));
  // Violations belong to the period they happened in (report-header.ts ATTRIBUTION).
  const violations = periodViolations(input.violations, byRow, period).map(({ v, c }) => ({ v, department: names.department(c?.department) }));

  const groups = new Map<string, { cases: LedgerCase[]; findings: Finding[] }>();
  const group = (d: string) => groups.get(d) ?? groups.set(d, { cases: [], findings: [] }).get(d)!;
  for (const c of input.cases) group(names.department(c.department)).cases.push(c);
  for (const f of input.findings) group(names.department(f.department)).findings.push(f);

  // Every department in `groups` has cases (a finding's 承办部门 is its case's), so it has KPI values.
  const card = (cases: readonly LedgerCase[], findings: readonly Finding[], department?: string) => ({
    ...scoreCard(scheme, itemCounts(judgedFindings(findings, period, doubtful), violations, department), department === undefined ? kpis.overall : kpis.groups.get(department)!),
    received: cases.filter((c) => inPeriod(period, c.events.received?.day)).length,
  });
  // A department appears when anything of it falls in the period.
  const active = [...groups.entries()].filter(
    ([d, g]) => g.cases.some((c) => inPeriod(period, c.events.received?.day) || inPeriod(period, c.events.closed?.day)) || judgedFindings(g.findings, period, doubtful).length > 0 || violations.some((v) => v.department === d),
  );
  const order = new Map(version.departments.map((d, i) => [d.name, i]));
  const key = (d: string) => (d === NO_DEPARTMENT ? Number.MAX_SAFE_INTEGER : (order.get(d) ?? version.departments.length));
  active.sort(([a], [b]) => key(a) - key(b) || a.localeCompare(b, 'zh'));
  const known = new Set(version.departments.map((d) => d.name));
  const cards = active.map(([d, g]) => ({ department: d, ...card(g.cases, g.findings, d) }));
  // Best score first; equal scores keep the rules' order of departments.
  const ranked = cards.filter((c) => known.has(c.department)).sort((a, b) => b.score - a.score || key(a.department) - key(b.department));
  const rankOf = ranks(ranked.map((c) => c.score));
  const unranked: UnrankedScore[] = [];
  for (const c of cards) {
    if (known.has(c.department)) continue;
    const nearest = c.department === NO_DEPARTMENT ? undefined : nearestName(c.department, [...known]);
    unranked.push({ ...c, ...(nearest ? { nearest } : {}) });
    const cases = groups.get(c.department)!.cases.length;
    diagnostics.push(diagnostic('REPORT_UNKNOWN_DEPARTMENT', { department: c.department, cases, ...(nearest ? { nearest } : {}) }, {}));
  }

  return {
    diagnostics,
    report: {
      kind: 'appraisal',
      header: reportHeader('信访工作考核报告', version, input.ruleset, period, input.asOf, input.ledger),
      formula: FORMULA,
      scheme: {
        base: scheme.base,
        basis: citeArticle(scheme.basis),
        items: (scheme.items ?? []).map((i) => ({ on: i.on, points: i.points, ...(i.cap !== undefined ? { cap: i.cap } : {}), basis: citeArticle(i.basis) })),
        kpis: (scheme.kpis ?? []).map((k) => ({ kpi: k.kpi, weight: k.weight, ...(k.target !== undefined ? { target: k.target } : {}) })),
      },
      kpi_definitions: kpiDefinitions('zh'),
      overall: { department: '全单位', ...card(input.cases, input.findings) },
      departments: ranked.map((c, i) => ({ ...c, rank: rankOf[i]! })),
      unranked,
    },
  };
}
