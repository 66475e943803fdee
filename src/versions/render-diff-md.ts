/**
 * The 修订对照表 as Markdown (`xinfang diff --format md`): one section per changed article with
 * ~~deleted~~ and **inserted** text marked in the sentence (`~~15日~~ **10个工作日**`) and its
 * 修改说明, then a table of changed time limits, routing and contacts. Unchanged articles are
 * counted, not repeated.
 */
import type { DiffSegment } from './token-diff.ts';
import type { ArticleChange, VersionDiff } from './diff-versions.ts';
import { plainText } from '../io/terminal-text.ts';
import { AREA_ZH, NOTE_HEADING, STATUS_ZH, diffHeading, summaryZh } from './render-diff-html.ts';

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
    .map((s, k) => {
      // Markdown emphasis cannot span a line break, so mark each line of a run separately.
      const lines = s.text.split('\n').map((l) => (l && s.op !== 'eq' ? (s.op === 'del' ? `~~${md(l)}~~` : `**${md(l)}**`) : md(l)));
      // A replacement reads `~~15日~~ **10个工作日**`: the space keeps the two marks apart.
      const gap = s.op === 'ins' && segments[k - 1]?.op === 'del' ? ' ' : '';
      return gap + lines.join('  \n');
    })
    .join('');
}

function heading(c: ArticleChange): string {
  if (c.status === 'added') return `${mdLine(c.new!.number)}（新增）`;
  if (c.status === 'deleted') return `原${mdLine(c.old!.number)}（删除）`;
  if (c.old!.number === c.new!.number) return `${mdLine(c.new!.number)}（${STATUS_ZH[c.status]}）`;
  return `原${mdLine(c.old!.number)} → ${mdLine(c.new!.number)}（${STATUS_ZH[c.status]}）`;
}

function cell(text: string | undefined): string {
  return text === undefined ? '—' : mdLine(text);
}

/** The whole 对照表 in Markdown. */
export function renderDiffMarkdown(diff: VersionDiff): string {
  const out = [`# ${mdLine(diffHeading(diff))}`, '', `原版本 ${diff.from.effective_from} → 修订版本 ${diff.to.effective_from}。${summaryZh(diff)}`, ''];
  for (const c of diff.articles) {
    if (c.status === 'unchanged') continue;
    out.push(`## ${heading(c)}`, '');
    if (c.status === 'changed') out.push(marked(c.segments), '');
    else if (c.status === 'renumbered') out.push(md(c.new!.text).replace(/\n/g, '  \n'), '');
    else out.push(marked(c.segments), '');
    if (c.note) out.push(`${NOTE_HEADING}：${md(c.note).replace(/\n/g, '  \n')}`, '');
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
