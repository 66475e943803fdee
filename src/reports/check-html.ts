/**
 * The HTML report of `check`, in the order a leader reads it: a one-line verdict, then per
 * department the overdue (red) and due-soon (amber) counts, the overdue list (most days late
 * first) and the due-soon list (earliest first) with 承办人, 到期日 and days, violations by name,
 * the KPIs and the group tables, data problems, and the KPI definitions in an appendix. One
 * self-contained A4 page set (lang="zh-CN", no scripts, no external files, page numbers); every
 * ledger value is escaped; personal data masked by default.
 */
import { parseDay } from '../calendar/day.ts';
import type { Finding, PetitionerEntry } from '../check/result.ts';
import type { TallyJson } from '../check/summary.ts';
import { formatLocation } from '../diagnostics/diagnostic.ts';
import { escapeHtml as esc } from '../io/html.ts';
import { KPI_SCOPE } from '../kpi/definitions.ts';
import { DUE_SOON_NAME, FINDING_STATUSES, STATUS_NAMES, VIOLATION_NAMES } from '../rules/vocabulary.ts';
import type { Capped, ListedFinding } from './check-collect.ts';
import { SEVERITY_ZH, type CheckReportData } from './check-report-model.ts';
import { formatKpi } from './html.ts';
import { maskPersonal } from './mask.ts';

/** Rows shown per list in the HTML (the XLSX workbook holds more). */
const HTML_ROWS = 2000;

const STYLE = `
@page{size:A4 landscape;margin:16mm 14mm 18mm;@bottom-center{content:"第 " counter(page) " 页，共 " counter(pages) " 页";font-size:9pt;color:#555}}
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #333}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#eee}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.k{white-space:nowrap}
.kpis{display:flex;gap:1rem;flex-wrap:wrap}.kpi{border:1px solid #333;padding:.75rem;flex:1 1 14rem}
.kpi .rate{font-size:2rem;font-weight:bold}.kpi dl{font-size:.85rem;margin:.5rem 0 0}.kpi dt{font-weight:bold}.kpi dd{margin:0 0 .25rem}
.note{color:#555;font-size:.85rem}
.verdict{font-size:1.3rem;font-weight:bold;padding:.5rem .75rem;border:2px solid #333}
.red{background:#f7c4c4}.amber{background:#ffe6a8}.ok{background:#d7f0d7}
.appendix{break-before:page}
@media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}
`;

/** A cell; `n` numbers (right-aligned), `k` short values kept on one line (编号, names, dates). */
const td = (v: string | number, cls?: 'n' | 'k') => `<td${cls ? ` class="${cls}"` : ''}>${esc(String(v))}</td>`;

function table(head: string[], rows: string[]): string {
  if (!rows.length) return '<p>无。</p>';
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function groupTable(d: CheckReportData, title: string, groups: TallyJson[]): string {
  const defs = d.summary.kpi_definitions;
  const rows = groups.map(
    (g) =>
      `<tr><th scope="row">${esc(g.key)}</th>${td(g.cases, 'n')}${td(g.findings['on-time'], 'n')}${td(g.findings.late, 'n')}${td(g.findings.overdue, 'n')}${td(g.findings.pending, 'n')}${td(g.findings.due_soon, 'n')}${defs.map((k) => td(formatKpi(g.kpis[k.id]), 'n')).join('')}</tr>`,
  );
  return `<h3>${esc(title)}</h3>${table([title.replace(/^按/, ''), '案件数', ...FINDING_STATUSES.map((st) => STATUS_NAMES[st].zh), DUE_SOON_NAME.zh, ...defs.map((k) => k.name)], rows)}`;
}

function cut<T>(list: Capped<T>): string {
  return list.total > HTML_ROWS ? `<p class="note">共 ${list.total} 项，此处列出前 ${HTML_ROWS} 项；完整清单见 JSON 报告${list.total > list.items.length ? '' : '和 XLSX 工作簿'}。</p>` : '';
}

/** What a finding's 备注 says: provisional, not scored, explained, and its assumptions (docs/check-results.md). */
export function findingRemarks(f: Finding): string {
  const parts: string[] = [];
  if (f.provisional) parts.push('暂定');
  if (!f.scored) parts.push('不计分');
  if (f.explained) parts.push(`已于 ${f.explained} 说明情况`);
  if (f.paused_days) parts.push(`中止 ${f.paused_days} 日不计入`);
  for (const a of f.assumed) parts.push(`推定：${a}`);
  return parts.join('；');
}

/** Days from the as-of date to a due date (`YYYY-MM-DD[THH:mm]`): 0 = due today. */
export function daysRemaining(due: string, asOf: string): number {
  return parseDay(due.slice(0, 10))! - parseDay(asOf)!;
}

/** `days` is the days overdue (overdue list) or remaining (due-soon list). */
function findingRows(items: readonly ListedFinding[], show: boolean, days: (f: ListedFinding) => number): string[] {
  const rows: string[] = [];
  for (const f of items.slice(0, HTML_ROWS)) {
    rows.push(
      `<tr>${td(f.case, 'k')}${td(f.department ?? '')}${td(f.handler ?? '', 'k')}${td(f.clockName)}${td(f.due, 'k')}${td(days(f), 'n')}${td(f.start, 'k')}${td(maskPersonal('petitioner', f.petitioner ?? '', show), 'k')}${td(maskPersonal('phone', f.phone ?? '', show), 'k')}${td(findingRemarks(f))}</tr>`,
    );
  }
  return rows;
}

/** The one-line verdict: what needs action today. */
export function verdict(s: CheckReportData['summary'], asOf: string): { text: string; level: 'red' | 'amber' | 'ok' } {
  const overdue = s.findings.overdue;
  const soon = s.findings.due_soon;
  if (overdue === 0 && soon === 0) return { text: `截至 ${asOf}，没有逾期未办或临期事项；违规 ${s.violations.total} 项。`, level: s.violations.total ? 'amber' : 'ok' };
  return { text: `截至 ${asOf}：逾期未办 ${overdue} 项，临期 ${soon} 项，违规 ${s.violations.total} 项。`, level: overdue ? 'red' : 'amber' };
}

/** Per department: overdue (red) and due-soon (amber) counts, departments with overdue items first. */
function departmentCounts(groups: readonly TallyJson[]): string {
  const rows = groups
    .filter((g) => g.findings.overdue > 0 || g.findings.due_soon > 0)
    .sort((a, b) => b.findings.overdue - a.findings.overdue || b.findings.due_soon - a.findings.due_soon)
    .map((g) => `<tr><th scope="row">${esc(g.key)}</th><td class="n${g.findings.overdue ? ' red' : ''}">${g.findings.overdue}</td><td class="n${g.findings.due_soon ? ' amber' : ''}">${g.findings.due_soon}</td></tr>`);
  return table(['承办部门', '逾期未办', '临期'], rows);
}

/** A petitioner window's line: the request and the window it missed, with assumptions. */
const petitionerRow = (p: PetitionerEntry, lists: CheckReportData['lists']): string =>
  `<tr>${td(p.case, 'k')}${td(lists.clockName(p.version, p.window))}${td(p.from, 'k')}${td(p.due, 'k')}${td(p.request ?? '', 'k')}${td([p.provisional ? '暂定' : '', ...p.assumed.map((a) => `推定：${a}`)].filter(Boolean).join('；'))}</tr>`;

/** The sorted lists of each run's collector: the HTML, the notices and the workbook list the same. */
interface SortedLists {
  overdue: readonly ListedFinding[];
  dueSoon: readonly ListedFinding[];
}
const sorted = new WeakMap<CheckReportData['lists'], SortedLists>();

/** Overdue items, most days late first; due-soon items, earliest due first (sorted once per run, up to LIST_CAP items each). */
export function sortedLists(d: CheckReportData): SortedLists {
  let lists = sorted.get(d.lists);
  if (!lists) {
    const overdue = d.lists.overdue.items.slice().sort((a, b) => b.days_late - a.days_late || (a.case < b.case ? -1 : 1));
    const dueSoon = d.lists.dueSoon.items.slice().sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.case < b.case ? -1 : 1));
    sorted.set(d.lists, (lists = { overdue, dueSoon }));
  }
  return lists;
}

/** The report page. */
export function checkHtml(d: CheckReportData): string {
  const s = d.summary;
  const { overdue, dueSoon } = sortedLists(d);
  const kpis = s.kpi_definitions
    .map((k) => {
      const v = s.kpis[k.id];
      // 不适用 in large type, its reason in small: the card stays the size of the others.
      const value = v.not_applicable ? `<div class="rate">不适用</div><div class="note">${esc(v.not_applicable)}</div>` : `<div class="rate">${esc(formatKpi(v))}</div><div>${v.numerator} / ${v.denominator}</div>`;
      return `<div class="kpi"><div>${esc(k.name)}</div>${value}</div>`;
    })
    .join('');
  const findingHead = ['编号', '承办部门', '承办人', '时限', '到期日'];
  const personHead = ['起算', '信访人', '联系电话', '备注'];
  const violations = d.lists.violations.items.slice(0, HTML_ROWS).map((v) => `<tr>${td(v.case, 'k')}${td(v.row, 'n')}${td(VIOLATION_NAMES[v.code].zh)}${td(v.message)}${td(v.article ?? '')}</tr>`);
  const v = verdict(s, d.asOf);
  const definitions = s.kpi_definitions.map((k) => `<tr>${td(k.name)}${td(k.numerator)}${td(k.denominator)}${td(k.excluded)}</tr>`);
  const problems = d.diagnostics.slice(0, HTML_ROWS).map((p) => `<tr>${td(formatLocation(p))}${td(SEVERITY_ZH[p.severity] ?? p.severity)}${td(p.code)}${td(p.message)}${td(p.hint ?? '')}</tr>`);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`信访台账检查报告 — ${d.organisation}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${esc(`信访台账检查报告 — ${d.organisation}`)}</h1>
<p class="verdict ${v.level}">${esc(v.text)}</p>
<p>台账：${esc(d.ledger)}；检查日期（as-of）：${esc(d.asOf)}；规则集：${esc(d.ruleset)}（适用版本：${esc(d.versions.join('、') || '无')}）。${d.showPersonal ? '本报告含个人信息，请妥善保管。' : '信访人、联系电话、身份证号已脱敏。'}</p>
<h2>各部门逾期、临期件数</h2>
${departmentCounts(s.by_department)}
<h2>逾期未办清单（按逾期天数排序）</h2>
${cut(d.lists.overdue)}${table([...findingHead, '逾期天数', ...personHead], findingRows(overdue, d.showPersonal, (f) => f.days_late))}
<h2>临期清单（按到期日排序）</h2>
${cut(d.lists.dueSoon)}${table([...findingHead, '剩余天数', ...personHead], findingRows(dueSoon, d.showPersonal, (f) => daysRemaining(f.due, d.asOf)))}
<h2>违规</h2>
${cut(d.lists.violations)}${table(['编号', '行', '类型', '说明', '依据'], violations)}
<h2>主要指标</h2>
<p class="note">${esc(KPI_SCOPE.ledger.zh)} 指标定义见附录。</p>
<div class="kpis">${kpis}</div>
<p>案件 ${s.cases} 件；时限 ${s.findings.total} 项：${FINDING_STATUSES.map((st) => `${STATUS_NAMES[st].zh} ${s.findings[st]}`).join('、')}（其中${DUE_SOON_NAME.zh} ${s.findings.due_soon}）；暂定期限 ${s.findings.provisional} 项；列出但不计分 ${s.findings.unscored} 项；因单元格未填不适用 ${s.skipped_empty.total} 项；违规 ${s.violations.total} 项；数据问题 ${d.diagnostics.length} 条。</p>
<h2>分组统计</h2>
${groupTable(d, '按承办部门', s.by_department)}
${groupTable(d, '按类别', s.by_category)}
${groupTable(d, '按登记月份', s.by_month)}
<h2>信访人逾期提出的申请（信息，不计入违规和考核）</h2>
<p class="note">信访人申请期限共 ${s.petitioner.total} 项：期限内 ${s.petitioner['in-time']}、逾期提出 ${s.petitioner['out-of-time']}、期限未满 ${s.petitioner.open}、期满未申请 ${s.petitioner.closed}。依据已填的送达日期逾期提出的申请不再计算办理时限。</p>
${cut(d.lists.outOfTime)}${table(['编号', '申请期限', '起算', '期满', '申请日期', '备注'], d.lists.outOfTime.items.slice(0, HTML_ROWS).map((p) => petitionerRow(p, d.lists)))}
<h2>数据问题</h2>
${d.diagnostics.length > HTML_ROWS ? `<p class="note">共 ${d.diagnostics.length} 条，此处列出前 ${HTML_ROWS} 条。</p>` : ''}${table(['位置', '级别', '代码', '说明', '建议'], problems)}
<section class="appendix">
<h2>附录：指标定义</h2>
<p class="note">${esc(KPI_SCOPE.ledger.zh)}</p>
${table(['指标', '分子', '分母', '不计入'], definitions)}
</section>
</main>
</body>
</html>
`;
}
