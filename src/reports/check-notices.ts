/**
 * 督办通知单 of `check` (docs/check-results.md): one printable A4 notice per 承办部门, each starting on
 * a new page, listing the department's overdue (逾期未办) and due-soon (临期) clock items with 承办人,
 * 到期日 and the days overdue or left, and a sign-off block for the 督办 and the receiving
 * department. It states only what the check found; it sets no deadline of its own.
 */
import { parseDay } from '../calendar/day.ts';
import { escapeHtml } from '../io/html.ts';
import { DUE_SOON_NAME, STATUS_NAMES } from '../rules/vocabulary.ts';
import type { ListedFinding } from './check-collect.ts';
import { sortedLists } from './check-html.ts';
import type { CheckReportData } from './check-report-model.ts';
import { page, raw, table, type Cell } from './html.ts';

/** The department line of items whose 承办部门 cell is empty. */
export const NO_DEPARTMENT = '（未填承办部门）';

/** Items by department, in first-seen order of the sorted lists (overdue first, most days late first; then due soon, soonest first). */
function byDepartment(items: readonly ListedFinding[]): Map<string, ListedFinding[]> {
  const out = new Map<string, ListedFinding[]>();
  for (const f of items) {
    const key = f.department ?? NO_DEPARTMENT;
    (out.get(key) ?? out.set(key, []).get(key)!).push(f);
  }
  return out;
}

function notice(d: CheckReportData, department: string, items: readonly ListedFinding[], asOf: number, n: number): string {
  const overdue = items.filter((f) => f.status === 'overdue').length;
  const soon = items.length - overdue;
  const rows: Cell[][] = items.map((f, i) => {
    const late = f.status === 'overdue';
    const days = late ? `逾期 ${f.days_late} 天` : `剩余 ${parseDay(f.due.slice(0, 10))! - asOf} 天`;
    const status = late ? STATUS_NAMES.overdue.zh : DUE_SOON_NAME.zh;
    return [i + 1, f.case, f.clockName, f.handler ?? '', f.start, f.due, raw(`<span class="${late ? 'red' : 'amber'}">${escapeHtml(status)}</span>`), days];
  });
  return `<section class="notice">
<h1>信访事项督办通知单</h1>
<dl class="meta"><dt>编号</dt><dd>督办〔${escapeHtml(d.asOf)}〕第 ${n} 号</dd><dt>致</dt><dd>${escapeHtml(department)}</dd><dt>督办单位</dt><dd>${escapeHtml(d.organisation)}</dd><dt>检查日期</dt><dd>${escapeHtml(d.asOf)}</dd></dl>
<p>截至 ${escapeHtml(d.asOf)}，按规则集 ${escapeHtml(d.ruleset)}（${escapeHtml(d.versions.join('、'))}）核对台账 ${escapeHtml(d.ledger)}，贵部门承办的信访事项中，<strong>逾期未办 ${overdue} 项</strong>、<strong>临期 ${soon} 项</strong>，见下表。请抓紧办理；已办结、已告知或已批准延期而台账未登记的，请补登台账。</p>
${table('逾期未办和临期事项', ['序号', '编号', '时限', '承办人', '起算', '到期日', '状态', '逾期/剩余'], rows)}
<div class="signature"><div>督办人（签字）：</div><div>日期：</div><div>签收人（${escapeHtml(department)}）：</div><div>签收日期：</div></div>
</section>`;
}

/** The notices as one HTML page (one section per department). */
export function noticesHtml(d: CheckReportData): string {
  const { overdue, dueSoon } = sortedLists(d);
  const asOf = parseDay(d.asOf)!;
  const sections: string[] = [];
  let n = 0;
  const all: ListedFinding[] = [];
  for (const f of overdue) all.push(f);
  for (const f of dueSoon) all.push(f);
  for (const [department, items] of byDepartment(all)) sections.push(notice(d, department, items, asOf, ++n));
  const cut = d.lists.overdue.total > d.lists.overdue.items.length || d.lists.dueSoon.total > d.lists.dueSoon.items.length;
  const body = sections.length
    ? `${cut ? `<p class="verdict">逾期未办 ${d.lists.overdue.total} 项、临期 ${d.lists.dueSoon.total} 项，本通知单只列出检查报告清单中的前 ${d.lists.overdue.items.length + d.lists.dueSoon.items.length} 项；全部事项见检查报告的 XLSX 和 JSON。</p>` : ''}${sections.join('\n')}`
    : `<h1>信访事项督办通知单</h1><p>截至 ${escapeHtml(d.asOf)}，台账 ${escapeHtml(d.ledger)} 中没有逾期未办或临期事项，无需督办。</p>`;
  return page(`信访事项督办通知单 ${d.asOf}`, body);
}
