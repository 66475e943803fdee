/**
 * The 修订对照表 as Markdown (`xinfang diff --format md`): one section per changed article with
 * ~~deleted~~ and **inserted** text marked in the sentence, then a table of changed time limits,
 * routing and contacts. Unchanged articles are counted, not repeated.
 */
import type { DiffSegment } from './char-diff.ts';
import type { ArticleChange, VersionDiff } from './diff-versions.ts';
import { plainText } from '../io/terminal-text.ts';
import { AREA_ZH, STATUS_ZH, summaryZh } from './render-diff-html.ts';

/**
 * Escape characters Markdown would read as formatting (CommonMark §2.4: any ASCII punctuation may be
 * backslash-escaped), including a list, heading or block marker that starts a line, and drop control
 * and bidi characters (io/terminal-text.ts). Line breaks are kept for the caller to lay out.
 */
function md(text: string): string {
  return text
    .split('\n')
    .map((line) => plainText(line).replace(/([\\`*_~[\]|<>#&!()])/g, '\\$1').replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)\./, '$1\\.'))
    .join('\n');
}

/** One line of data for a heading or a table cell. */
const mdLine = (text: string): string => md(text).replace(/\n/g, ' ');

/** Marked text: kept as is, deletions ~~struck~~, insertions **bold**; each paragraph a line. */
function marked(segments: readonly DiffSegment[]): string {
  return segments
    .map((s) => {
      // Markdown emphasis cannot span a line break, so mark each line of a run separately.
      const lines = s.text.split('\n').map((l) => (l && s.op !== 'eq' ? (s.op === 'del' ? `~~${md(l)}~~` : `**${md(l)}**`) : md(l)));
      return lines.join('  \n');
    })
    .join('');
}

function heading(c: ArticleChange): string {
  if (c.status === 'added') return `${mdLine(c.new!.number)}(新增)`;
  if (c.status === 'deleted') return `原${mdLine(c.old!.number)}(删除)`;
  if (c.old!.number === c.new!.number) return `${mdLine(c.new!.number)}(${STATUS_ZH[c.status]})`;
  return `原${mdLine(c.old!.number)} → ${mdLine(c.new!.number)}(${STATUS_ZH[c.status]})`;
}

function cell(text: string | undefined): string {
  return text === undefined ? '—' : mdLine(text);
}

/** The whole 对照表 in Markdown. */
export function renderDiffMarkdown(diff: VersionDiff): string {
  const title = diff.to.title === diff.from.title ? `《${mdLine(diff.to.title)}》` : `《${mdLine(diff.from.title)}》与《${mdLine(diff.to.title)}》`;
  const out = [`# ${title}修订对照表`, '', `原版本 ${diff.from.effective_from} → 修订版本 ${diff.to.effective_from}。${summaryZh(diff)}`, ''];
  for (const c of diff.articles) {
    if (c.status === 'unchanged') continue;
    out.push(`## ${heading(c)}`, '');
    if (c.status === 'changed') out.push(marked(c.segments), '');
    else if (c.status === 'renumbered') out.push(md(c.new!.text).replace(/\n/g, '  \n'), '');
    else out.push(marked(c.segments), '');
  }
  out.push('## 时限、归口及联系方式的变化', '');
  if (!diff.changes.length) out.push('无变化。', '');
  else {
    out.push('| 类别 | 项目 | 内容 | 原 | 修订后 |', '|---|---|---|---|---|');
    for (const c of diff.changes) out.push(`| ${AREA_ZH[c.area]} | ${cell(c.item)} | ${cell(c.field)} | ${cell(c.old)} | ${cell(c.new)} |`);
    out.push('');
  }
  return out.join('\n');
}
