/**
 * The XLSX workbook of `check`: sheets 汇总 / 逾期 / 临期 / 违规 / 信访人逾期申请 (information) / 数据问题.
 * Rates are numbers with a % format, statuses, violation types and clocks are named in Chinese; text that a spreadsheet could run as a
 * formula is neutralised (`./xlsx.ts`); personal data masked unless asked for.
 */
import { parseDay } from '../calendar/day.ts';
import type { TallyJson } from '../check/summary.ts';
import { formatLocation } from '../diagnostics/diagnostic.ts';
import { KPI_SCOPE, type KpiDefinition } from '../kpi/definitions.ts';
import { DUE_SOON_NAME, FINDING_STATUSES, STATUS_NAMES, VIOLATION_NAMES } from '../rules/vocabulary.ts';
import type { ListedFinding } from './check-collect.ts';
import { findingRemarks, sortedLists } from './check-html.ts';
import { SEVERITY_ZH, type CheckReportData } from './check-report-model.ts';
import { maskPersonal } from './mask.ts';
import { kpiCell, workbook, type SheetCell, type SheetSpec } from './xlsx.ts';

/** Append a table of counts and rates per group; returns the index of its header row. */
function groupRows(rows: SheetCell[][], title: string, groups: readonly TallyJson[], defs: readonly KpiDefinition[]): number {
  rows.push([]);
  const header = rows.length;
  rows.push([title, '案件数', ...FINDING_STATUSES.map((st) => STATUS_NAMES[st].zh), DUE_SOON_NAME.zh, ...defs.map((k) => k.name)]);
  for (const g of groups) {
    rows.push([g.key, g.cases, g.findings['on-time'], g.findings.late, g.findings.overdue, g.findings.pending, g.findings.due_soon, ...defs.map((k) => kpiCell(g.kpis[k.id]))]);
  }
  return header;
}

function* findingRows(items: readonly ListedFinding[], d: CheckReportData): Iterable<SheetCell[]> {
  const asOf = parseDay(d.asOf)!;
  yield ['编号', '行', '时限', '版本', '承办部门', '承办人', '类别', '起算', '期限', '状态', '逾期天数', '剩余天数', '暂定', '计分', '备注', '信访人', '联系电话'];
  for (const f of items) {
    const left = f.status === 'pending' ? parseDay(f.due.slice(0, 10))! - asOf : null;
    yield [
      f.case, f.row, f.clockName, f.version, f.department ?? '', f.handler ?? '', f.category ?? '', f.start, f.due, STATUS_NAMES[f.status].zh, f.days_late || null, left,
      f.provisional ? '是' : '', f.scored ? '是' : '否', findingRemarks(f), maskPersonal('petitioner', f.petitioner ?? '', d.showPersonal), maskPersonal('phone', f.phone ?? '', d.showPersonal),
    ];
  }
}

const FINDING_WIDTHS = [14, 7, 22, 11, 16, 10, 14, 17, 17, 9, 9, 9, 6, 6, 30, 10, 14];

/** The workbook as bytes. */
export function checkXlsx(d: CheckReportData): Promise<Uint8Array> {
  const s = d.summary;
  const { overdue, dueSoon } = sortedLists(d);
  const summary: SheetCell[][] = [
    ['信访台账检查报告', d.organisation],
    ['台账', d.ledger],
    ['检查日期', d.asOf],
    ['规则集', `${d.ruleset}（${d.versions.join('、')}）`],
    ['案件数', s.cases],
    [[...FINDING_STATUSES.map((st) => STATUS_NAMES[st].zh), DUE_SOON_NAME.zh].join(' / '), `${s.findings['on-time']} / ${s.findings.late} / ${s.findings.overdue} / ${s.findings.pending} / ${s.findings.due_soon}`],
    ['列出但不计分的时限', s.findings.unscored],
    ['因单元格未填不适用的时限', s.skipped_empty.total],
    ['违规', s.violations.total],
    ['信访人申请：期限内 / 逾期提出 / 期限未满 / 期满未申请', `${s.petitioner['in-time']} / ${s.petitioner['out-of-time']} / ${s.petitioner.open} / ${s.petitioner.closed}`],
    [],
    [KPI_SCOPE.ledger.zh],
  ];
  const kpiHeader = summary.length;
  summary.push(['指标', '比率', '分子', '分母', '分子定义', '分母定义', '不计入']);
  for (const k of s.kpi_definitions) summary.push([k.name, kpiCell(s.kpis[k.id]), s.kpis[k.id].numerator, s.kpis[k.id].denominator, k.numerator, k.denominator, k.excluded]);
  const headings = [
    kpiHeader,
    groupRows(summary, '承办部门', s.by_department, s.kpi_definitions),
    groupRows(summary, '类别', s.by_category, s.kpi_definitions),
    groupRows(summary, '登记月份', s.by_month, s.kpi_definitions),
  ];
  // Several small tables: each header dressed, none frozen or filtered.
  const sheets: SheetSpec[] = [
    { name: '汇总', headings, widths: [24, 10, 8, 10, 10, 8, 8, 12, 12, 12, 12, 12, 12, 12], rows: summary },
    { name: '逾期', header: 0, widths: FINDING_WIDTHS, rows: findingRows(overdue, d) },
    { name: '临期', header: 0, widths: FINDING_WIDTHS, rows: findingRows(dueSoon, d) },
    {
      name: '违规',
      header: 0,
      widths: [14, 7, 11, 20, 24, 60, 30],
      rows: (function* () {
        yield ['编号', '行', '版本', '时限', '类型', '说明', '依据'];
        for (const v of d.lists.violations.items) yield [v.case, v.row, v.version, v.clock ? d.lists.clockName(v.version, v.clock) : '', VIOLATION_NAMES[v.code].zh, v.message, v.article ?? ''];
      })(),
    },
    {
      name: '信访人逾期申请',
      header: 0,
      widths: [14, 16, 11, 12, 12, 12, 6, 40],
      rows: (function* () {
        yield ['编号', '申请期限', '版本', '起算', '期满', '申请日期', '暂定', '推定'];
        for (const p of d.lists.outOfTime.items) yield [p.case, d.lists.clockName(p.version, p.window), p.version, p.from, p.due, p.request ?? '', p.provisional ? '是' : '', p.assumed.join('；')];
      })(),
    },
    {
      name: '数据问题',
      header: 0,
      widths: [24, 8, 28, 60, 40],
      rows: (function* () {
        yield ['位置', '级别', '代码', '说明', '建议'];
        for (const p of d.diagnostics) yield [formatLocation(p), SEVERITY_ZH[p.severity] ?? p.severity, p.code, p.message, p.hint ?? ''];
      })(),
    },
  ];
  return workbook(sheets, `信访台账检查报告 ${d.asOf}`);
}
