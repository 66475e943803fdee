/**
 * The statistics report (季度统计报表): cases registered in the period counted by 来源方式,
 * 来源, 类别, 承办部门 and 办理状态, a month-by-month trend, and each count beside the previous
 * period and the same period of the previous year, and the KPIs of the three periods (counted by
 * `period-kpis.ts` with the definitions of `src/kpi/`). Cases belong to the period of their 登记日期;
 * status is as of the as-of date (`report-header.ts`). Pure.
 */
import { formatDay } from '../calendar/day.ts';
import type { Finding } from '../check/result.ts';
import type { CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import type { KpiValue } from '../kpi/count.ts';
import { kpiDefinitions, type KpiDefinition, type KpiId } from '../kpi/definitions.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import { CHANNELS, SOURCES } from '../rules/model.ts';
import { inPeriod, monthKey, monthOf, periodLabel, previousPeriod, samePeriodLastYear, trendMonths, type Period } from './period.ts';
import { periodKpis } from './period-kpis.ts';
import { reportHeader, versionForPeriod, type ReportHeader } from './report-header.ts';
import { namesOf, NO_CATEGORY, NO_DEPARTMENT, type ReportInput } from './report-input.ts';

/** One row of a breakdown: a value and its counts in the three periods compared. */
export interface CountRow {
  label: string;
  current: number;
  previous: number;
  last_year: number;
}

/** Counts by one dimension. */
export interface Breakdown {
  dimension: 'channel' | 'source' | 'category' | 'department' | 'status';
  title: string;
  rows: CountRow[];
}

/** One KPI in the three periods compared (each counted as of the report's as-of date). */
export interface KpiRow {
  id: KpiId;
  name: string;
  current: KpiValue;
  previous: KpiValue;
  last_year: KpiValue;
}

/** The statistics report: plain JSON, rendered to HTML and XLSX and printed by `--json`. */
export interface StatisticsReport {
  kind: 'statistics';
  header: ReportHeader;
  /** Labels of the periods compared. */
  periods: { current: string; previous: string; last_year: string };
  total: CountRow;
  /** (current − previous) ÷ previous; null when previous is 0. */
  change: { previous: number | null; last_year: number | null };
  breakdowns: Breakdown[];
  /** Cases registered per month; `last_year` is the same month a year earlier. */
  trend: { months: string[]; current: number[]; last_year: number[] };
  kpis: KpiRow[];
  kpi_definitions: KpiDefinition[];
}

/** Label of an empty cell. */
export const NOT_GIVEN = '（未填）';
/** Status labels, in report order. */
export const STATUSES = ['已办结', '办理中', '逾期未办结'] as const;

const change = (now: number, before: number): number | null => (before > 0 ? (now - before) / before : null);

/** Build the statistics report for `period`. */
export function buildStatistics(input: ReportInput, period: Period): { report?: StatisticsReport; diagnostics: CatalogueDiagnostic[] } {
  const { version, diagnostics } = versionForPeriod(input.ruleset, period);
  if (!version) return { diagnostics };
  const names = namesOf(input.ruleset);
  const previous = previousPeriod(period);
  const lastYear = samePeriodLastYear(period);
  const overdue = new Set(input.findings.filter((f: Finding) => f.status === 'overdue').map((f) => f.case));
  const status = (c: LedgerCase): string =>
    c.events.closed && c.events.closed.day <= input.asOf ? '已办结' : overdue.has(c.id) ? '逾期未办结' : '办理中';

  const registered = (p: Period) => input.cases.filter((c) => inPeriod(p, c.events.received?.day));
  const sets = { current: registered(period), previous: registered(previous), last_year: registered(lastYear) };

  const breakdown = (dimension: Breakdown['dimension'], title: string, labelOf: (c: LedgerCase) => string, order: readonly string[]): Breakdown => {
    const count = (list: LedgerCase[]) => {
      const m = new Map<string, number>();
      for (const c of list) m.set(labelOf(c), (m.get(labelOf(c)) ?? 0) + 1);
      return m;
    };
    const counts = { current: count(sets.current), previous: count(sets.previous), last_year: count(sets.last_year) };
    const seen = new Set([...counts.current.keys(), ...counts.previous.keys(), ...counts.last_year.keys()]);
    // Known values in their usual order (always shown, zeros included), then others, then blanks.
    const extra = [...seen].filter((l) => !order.includes(l) && l !== NOT_GIVEN && l !== NO_CATEGORY && l !== NO_DEPARTMENT).sort((a, b) => a.localeCompare(b, 'zh'));
    const blanks = [NOT_GIVEN, NO_CATEGORY, NO_DEPARTMENT].filter((l) => seen.has(l));
    const rows = [...order, ...extra, ...blanks].map((label) => ({
      label,
      current: counts.current.get(label) ?? 0,
      previous: counts.previous.get(label) ?? 0,
      last_year: counts.last_year.get(label) ?? 0,
    }));
    return { dimension, title, rows };
  };

  const months = trendMonths(period);
  const perMonth = (shift: number) =>
    months.map((m) => {
      const key = monthKey({ year: m.year - shift, month: m.month });
      return input.cases.filter((c) => c.events.received && monthKey(monthOf(c.events.received.day)) === key).length;
    });
  const total = { label: '合计', current: sets.current.length, previous: sets.previous.length, last_year: sets.last_year.length };
  const definitions = kpiDefinitions('zh');
  const [now, before, yearAgo] = [period, previous, lastYear].map((p) => periodKpis(input, p, names).overall);
  const kpis = definitions.map((d, i): KpiRow => ({ id: d.id, name: d.name, current: now![i]!, previous: before![i]!, last_year: yearAgo![i]! }));

  return {
    diagnostics,
    report: {
      kind: 'statistics',
      header: reportHeader('信访统计报表', version, input.ruleset, period, input.asOf, input.ledger),
      periods: { current: periodLabel(period), previous: periodLabel(previous), last_year: periodLabel(lastYear) },
      total,
      change: { previous: change(total.current, total.previous), last_year: change(total.current, total.last_year) },
      breakdowns: [
        breakdown('channel', '按来源方式', (c) => c.channel ?? NOT_GIVEN, CHANNELS),
        breakdown('source', '按来源', (c) => c.source ?? NOT_GIVEN, SOURCES),
        breakdown('category', '按类别', (c) => names.category(c.category), version.categories.map((c) => c.name)),
        breakdown('department', '按承办部门', (c) => names.department(c.department), version.departments.map((d) => d.name)),
        breakdown('status', `按办理状态（截至 ${formatDay(input.asOf)}）`, status, STATUSES),
      ],
      trend: { months: months.map(monthKey), current: perMonth(0), last_year: perMonth(1) },
      kpis,
      kpi_definitions: definitions,
    },
  };
}
