/**
 * The 修订对照表 as a print-ready HTML page: old text left, new text right, deletions struck
 * through (<del>) and insertions underlined (<ins>) within the sentence, then the changed time
 * limits, routing and contacts. Beside each article, the 修改说明 column: what kind of change it is and
 * the new version's note on why (Article.change_note). Pure (the site renders the same page).
 */
import { printCss } from '../document/print-style.ts';
import { escapeHtml } from '../io/html.ts';
import type { DiffSegment } from './token-diff.ts';
import type { ArticleChange, FieldChange, VersionDiff } from './diff-versions.ts';

/** Chinese label of each article status, as written in the 修改说明 column. */
export const STATUS_ZH: Record<ArticleChange['status'], string> = {
  unchanged: '未修改',
  renumbered: '条文未改，条号调整',
  changed: '修改',
  added: '新增',
  deleted: '删除',
};

/** Chinese label of each area of field changes. */
export const AREA_ZH: Record<FieldChange['area'], string> = {
  document: '文件信息',
  clock: '时限',
  window: '期限',
  routing: '归口',
  department: '部门',
  contact: '联系方式',
};

/** The summary sentence: 修改 25 条，新增 24 条 … */
export function summaryZh(diff: VersionDiff): string {
  const s = diff.summary;
  return `修改 ${s.changed} 条，新增 ${s.added} 条，删除 ${s.deleted} 条，仅条号调整 ${s.renumbered} 条，未修改 ${s.unchanged} 条。`;
}

/**
 * How a row is written for the screen as well as for print. `marks`: each <del>/<ins> starts with a
 * visually hidden 删除：/新增： (class `sr`), so the change is not told by colour or line alone
 * (WCAG 1.4.1) and screen readers announce it. `labels`: each cell carries `data-label`, so a
 * stylesheet can stack the columns on a narrow screen and still name them.
 */
export interface RowOptions {
  marks?: boolean;
  labels?: { old: string; new: string; status: string };
}

const MARK_ZH = { del: '删除：', ins: '新增：' } as const;

function side(segments: readonly DiffSegment[], which: 'old' | 'new', marks: boolean): string {
  return segments
    .filter((s) => s.op === 'eq' || s.op === (which === 'old' ? 'del' : 'ins'))
    .map((s) =>
      s.op === 'eq' ? escapeHtml(s.text) : `<${s.op}>${marks ? `<span class="sr">${MARK_ZH[s.op]}</span>` : ''}${escapeHtml(s.text)}</${s.op}>`,
    )
    .join('');
}

function cell(change: ArticleChange, which: 'old' | 'new', options: RowOptions): string {
  const a = change[which];
  const label = options.labels ? ` data-label="${escapeHtml(options.labels[which])}"` : '';
  if (!a) return `<td class="empty"${label}></td>`;
  const title = a.title ? ` ${escapeHtml(a.title)}` : '';
  // Whole-article insertions and deletions are marked by the 说明 column, not by striking everything.
  const body = change.status === 'added' || change.status === 'deleted' ? escapeHtml(a.text) : side(change.segments, which, options.marks === true);
  return `<td${label}><span class="no">${escapeHtml(a.number)}${title}</span> ${body}</td>`;
}

/** The heading of the third column. */
export const NOTE_HEADING = '修改说明';

/** One row of the article table: old text, new text, 修改说明 (the kind of change, then the note on why). */
export function articleRowHtml(change: ArticleChange, options: RowOptions = {}): string {
  const label = options.labels ? ` data-label="${escapeHtml(options.labels.status)}"` : '';
  const note = change.note ? `<span class="note">${escapeHtml(change.note)}</span>` : '';
  return `<tr class="${change.status}">${cell(change, 'old', options)}${cell(change, 'new', options)}<td class="status"${label}><span class="kind">${STATUS_ZH[change.status]}</span>${note}</td></tr>`;
}

function articleRows(diff: VersionDiff): string {
  let chapter: string | undefined;
  const rows: string[] = [];
  for (const c of diff.articles) {
    const ch = (c.new ?? c.old)!.chapter;
    if (ch && ch !== chapter) rows.push(`<tr class="chapter"><th colspan="3" scope="colgroup">${escapeHtml(ch)}</th></tr>`);
    chapter = ch ?? chapter;
    rows.push(articleRowHtml(c));
  }
  return rows.join('\n');
}

/** Column headings of the table of changed time limits, routing and contacts. */
export const CHANGE_COLUMNS = ['类别', '项目', '内容', '原', '修订后'] as const;

/** The body rows of that table; `labelled` adds each column's heading as `data-label` (see RowOptions). */
export function changeRowsHtml(changes: readonly FieldChange[], labelled = false): string {
  return changes
    .map((c) => {
      const cells = [AREA_ZH[c.area], escapeHtml(c.item), escapeHtml(c.field), escapeHtml(c.old ?? '—'), escapeHtml(c.new ?? '—')];
      return `<tr>${cells.map((v, i) => `<td${labelled ? ` data-label="${CHANGE_COLUMNS[i]}"` : ''}>${v}</td>`).join('')}</tr>`;
    })
    .join('\n');
}

const CSS = `${printCss(true)}
html { font-size: 11pt; line-height: 1.6; }
h1 { font-size: 18pt; margin: 0 0 .3em; }
p.meta { text-align: center; margin: 0 0 1em; }
table { width: calc(100% - 2px); border-collapse: collapse; table-layout: fixed; margin-bottom: 1.5em; }
th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; white-space: pre-wrap; overflow-wrap: anywhere; }
thead th { text-align: center; background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
tr.chapter th { text-align: center; background: #f6f6f6; }
td.status .kind { display: block; text-align: center; }
td.status .note { display: block; text-align: justify; margin-top: .3em; }
td.empty { background: repeating-linear-gradient(135deg, #fff 0 6px, #f2f2f2 6px 8px); }
.no { font-weight: bold; }
del { color: #a00; text-decoration: line-through; }
ins { color: #060; text-decoration: underline; font-weight: bold; }
col.text { width: 40%; } col.status { width: 20%; }
.changes col.area { width: 9%; } .changes col.item { width: 25%; } .changes col.field { width: 12%; }`;

/** The table's title: 《信访条例》与《信访工作条例》修订对照表 (one title when it did not change). */
export function diffHeading(diff: Pick<VersionDiff, 'from' | 'to'>): string {
  const title = diff.to.title === diff.from.title ? `《${diff.to.title}》` : `《${diff.from.title}》与《${diff.to.title}》`;
  return `${title}修订对照表`;
}

/** The whole 对照表 page. */
export function renderDiffHtml(diff: VersionDiff): string {
  const heading = diffHeading(diff);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(heading)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
<p class="meta">原版本：${escapeHtml(diff.from.effective_from)} 施行 → 修订版本：${escapeHtml(diff.to.effective_from)} 施行<br>${escapeHtml(summaryZh(diff))}</p>
<table class="articles">
<colgroup><col class="text"><col class="text"><col class="status"></colgroup>
<thead><tr><th scope="col">原条文（${escapeHtml(diff.from.effective_from)}）</th><th scope="col">修订后条文（${escapeHtml(diff.to.effective_from)}）</th><th scope="col">${NOTE_HEADING}</th></tr></thead>
<tbody>
${articleRows(diff)}
</tbody>
</table>
<h2>时限、归口及联系方式的变化</h2>
${
  diff.changes.length
    ? `<table class="changes">
<colgroup><col class="area"><col class="item"><col class="field"><col><col></colgroup>
<thead><tr>${CHANGE_COLUMNS.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${changeRowsHtml(diff.changes)}
</tbody>
</table>`
    : '<p>无变化。</p>'
}
</body>
</html>
`;
}
