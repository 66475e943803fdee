/**
 * The XLSX workbook of `check`: sheets 汇总 / 逾期 / 临期 / 违规 / 数据问题. Text that a
 * spreadsheet could run as a formula is neutralised; personal data masked unless asked for.
 */
import XLSX from 'xlsx';
import type { TallyJson } from '../check/summary.ts';
import { formatLocation } from '../diagnostics/diagnostic.ts';
import { KPI_SCOPE, type KpiDefinition } from '../kpi/definitions.ts';
import type { ListedFinding } from './check-collect.ts';
import { sortedLists } from './check-html.ts';
import { SEVERITY_ZH, type CheckReportData } from './check-report-model.ts';
import { formatPercent } from './html.ts';
import { maskPersonal, neutraliseFormula } from './mask.ts';

type Cell = string | number;

/** A sheet from rows; strings neutralised against formula injection. */
export function safeSheet(rows: Cell[][]): XLSX.WorkSheet {
  return XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((c) => (typeof c === 'string' ? neutraliseFormula(c) : c))));
}

const groupRows = (title: string, groups: TallyJson[], defs: KpiDefinition[]): Cell[][] => [
  [],
  [title, '案件数', '按期', '超期办结', '逾期未办', '在办', '临期', ...defs.map((k) => k.name)],
  ...groups.map((g) => [g.key, g.cases, g.findings['on-time'], g.findings.late, g.findings.overdue, g.findings.pending, g.findings.due_soon, ...defs.map((k) => formatPercent(g.kpis[k.id].rate))]),
];

function findingSheet(items: ListedFinding[], show: boolean): XLSX.WorkSheet {
  return safeSheet([
    ['编号', '行', '时限', '版本', '承办部门', '承办人', '类别', '起算', '期限', '状态', '逾期天数', '暂定', '信访人', '联系电话'],
    ...items.map((f) => [
      f.case, f.row, f.clockName, f.version, f.department ?? '', f.handler ?? '', f.category ?? '', f.start, f.due, f.status, f.days_late,
      f.provisional ? '是' : '', maskPersonal('petitioner', f.petitioner ?? '', show), maskPersonal('phone', f.phone ?? '', show),
    ]),
  ]);
}

/** The workbook as bytes. */
export function checkXlsx(d: CheckReportData): Uint8Array {
  const s = d.summary;
  const { overdue, dueSoon } = sortedLists(d);
  const book = XLSX.utils.book_new();
  const summary: Cell[][] = [
    ['信访台账检查报告', d.organisation],
    ['台账', d.ledger],
    ['检查日期', d.asOf],
    ['规则集', `${d.ruleset}(${d.versions.join('、')})`],
    ['案件数', s.cases],
    ['按期 / 超期办结 / 逾期未办 / 在办 / 临期', `${s.findings['on-time']} / ${s.findings.late} / ${s.findings.overdue} / ${s.findings.pending} / ${s.findings.due_soon}`],
    ['违规', s.violations.total],
    [],
    [KPI_SCOPE.ledger.zh],
    ['指标', '比率', '分子', '分母', '分子定义', '分母定义', '不计入'],
    ...s.kpi_definitions.map((k) => [k.name, formatPercent(s.kpis[k.id].rate), s.kpis[k.id].numerator, s.kpis[k.id].denominator, k.numerator, k.denominator, k.excluded]),
    ...groupRows('承办部门', s.by_department, s.kpi_definitions),
    ...groupRows('类别', s.by_category, s.kpi_definitions),
    ...groupRows('登记月份', s.by_month, s.kpi_definitions),
  ];
  XLSX.utils.book_append_sheet(book, safeSheet(summary), '汇总');
  XLSX.utils.book_append_sheet(book, findingSheet(overdue, d.showPersonal), '逾期');
  XLSX.utils.book_append_sheet(book, findingSheet(dueSoon, d.showPersonal), '临期');
  XLSX.utils.book_append_sheet(
    book,
    safeSheet([['编号', '行', '版本', '时限', '类型', '说明', '依据'], ...d.lists.violations.items.map((v) => [v.case, v.row, v.version, v.clock ?? '', v.code, v.message, v.article ?? ''])]),
    '违规',
  );
  XLSX.utils.book_append_sheet(
    book,
    safeSheet([['位置', '级别', '代码', '说明', '建议'], ...d.diagnostics.map((p) => [formatLocation(p), SEVERITY_ZH[p.severity] ?? p.severity, p.code, p.message, p.hint ?? ''])]),
    '数据问题',
  );
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}
