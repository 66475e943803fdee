/**
 * The 修订对照表 as a print-ready HTML page: old text left, new text right, deletions struck
 * through (<del>) and insertions underlined (<ins>) within the sentence, then the changed time
 * limits, routing and contacts. Pure (the site renders the same page).
 */
import { printCss } from '../document/print-style.ts';
import { escapeHtml } from '../matrix/write-matrix.ts';
import type { DiffSegment } from './char-diff.ts';
import type { ArticleChange, FieldChange, VersionDiff } from './diff-versions.ts';

/** Chinese label of each article status, as written in the 说明 column. */
export const STATUS_ZH: Record<ArticleChange['status'], string> = {
  unchanged: '未修改',
  renumbered: '条文未改,条号调整',
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

/** The summary sentence: 修改 25 条,新增 24 条 … */
export function summaryZh(diff: VersionDiff): string {
  const s = diff.summary;
  return `修改 ${s.changed} 条,新增 ${s.added} 条,删除 ${s.deleted} 条,仅条号调整 ${s.renumbered} 条,未修改 ${s.unchanged} 条。`;
}

function side(segments: readonly DiffSegment[], which: 'old' | 'new'): string {
  return segments
    .filter((s) => s.op === 'eq' || s.op === (which === 'old' ? 'del' : 'ins'))
    .map((s) => (s.op === 'eq' ? escapeHtml(s.text) : `<${s.op}>${escapeHtml(s.text)}</${s.op}>`))
    .join('');
}

function cell(change: ArticleChange, which: 'old' | 'new'): string {
  const a = change[which];
  if (!a) return '<td class="empty"></td>';
  const title = a.title ? ` ${escapeHtml(a.title)}` : '';
  // Whole-article insertions and deletions are marked by the 说明 column, not by striking everything.
  const body = change.status === 'added' || change.status === 'deleted' ? escapeHtml(a.text) : side(change.segments, which);
  return `<td><span class="no">${escapeHtml(a.number)}${title}</span> ${body}</td>`;
}

function articleRows(diff: VersionDiff): string {
  let chapter: string | undefined;
  const rows: string[] = [];
  for (const c of diff.articles) {
    const ch = (c.new ?? c.old)!.chapter;
    if (ch && ch !== chapter) rows.push(`<tr class="chapter"><th colspan="3" scope="colgroup">${escapeHtml(ch)}</th></tr>`);
    chapter = ch ?? chapter;
    rows.push(`<tr class="${c.status}">${cell(c, 'old')}${cell(c, 'new')}<td class="status">${STATUS_ZH[c.status]}</td></tr>`);
  }
  return rows.join('\n');
}

function changeRows(changes: readonly FieldChange[]): string {
  return changes
    .map(
      (c) =>
        `<tr><td>${AREA_ZH[c.area]}</td><td>${escapeHtml(c.item)}</td><td>${escapeHtml(c.field)}</td><td>${escapeHtml(c.old ?? '—')}</td><td>${escapeHtml(c.new ?? '—')}</td></tr>`,
    )
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
td.status { text-align: center; }
td.empty { background: repeating-linear-gradient(135deg, #fff 0 6px, #f2f2f2 6px 8px); }
.no { font-weight: bold; }
del { color: #a00; text-decoration: line-through; }
ins { color: #060; text-decoration: underline; font-weight: bold; }
col.text { width: 44%; } col.status { width: 12%; }
.changes col.area { width: 9%; } .changes col.item { width: 25%; } .changes col.field { width: 12%; }`;

/** The whole 对照表 page. */
export function renderDiffHtml(diff: VersionDiff): string {
  const title = diff.to.title === diff.from.title ? `《${diff.to.title}》` : `《${diff.from.title}》与《${diff.to.title}》`;
  const heading = `${title}修订对照表`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(heading)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
<p class="meta">原版本:${escapeHtml(diff.from.effective_from)} 施行 → 修订版本:${escapeHtml(diff.to.effective_from)} 施行<br>${escapeHtml(summaryZh(diff))}</p>
<table class="articles">
<colgroup><col class="text"><col class="text"><col class="status"></colgroup>
<thead><tr><th scope="col">原条文(${escapeHtml(diff.from.effective_from)})</th><th scope="col">修订后条文(${escapeHtml(diff.to.effective_from)})</th><th scope="col">说明</th></tr></thead>
<tbody>
${articleRows(diff)}
</tbody>
</table>
<h2>时限、归口及联系方式的变化</h2>
${
  diff.changes.length
    ? `<table class="changes">
<colgroup><col class="area"><col class="item"><col class="field"><col><col></colgroup>
<thead><tr><th scope="col">类别</th><th scope="col">项目</th><th scope="col">内容</th><th scope="col">原</th><th scope="col">修订后</th></tr></thead>
<tbody>
${changeRows(diff.changes)}
</tbody>
</table>`
    : '<p>无变化。</p>'
}
</body>
</html>
`;
}
