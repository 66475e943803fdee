/**
 * The 修订对照表 as a workbook a 法规科 prints for leadership or keeps revising in Excel: sheet
 * 条文对照 with the title, the two versions and the summary above a bordered table 原条号 / 原条文 /
 * 修订后条号 / 修订后条文 / 修改说明, in which deleted words are struck through in red in the old
 * text and inserted words bold and underlined in green in the new one, as in a Word revision; sheet
 * 其他变化 with the changed time limits, routing and contacts. Both print A4 landscape, one page
 * wide, the header row repeated on every page (src/io/xlsx-write.ts).
 */
import { writeWorkbook, type Cell, type Range } from '../io/xlsx-write.ts';
import type { ArticleChange, VersionDiff } from './diff-versions.ts';
import { AREA_ZH, CHANGE_COLUMNS, NOTE_HEADING, STATUS_ZH, diffHeading, summaryZh } from './render-diff-html.ts';

/** One side of a changed article as rich text: kept words plain, the side's own changes marked. */
function marked(change: ArticleChange, which: 'old' | 'new'): Cell {
  const side = change[which];
  if (!side) return '';
  // Whole-article insertions and deletions are told by the 修改说明 column, not by marking everything.
  if (change.status !== 'changed') return side.text;
  const own = which === 'old' ? 'del' : 'ins';
  return { runs: change.segments.filter((s) => s.op === 'eq' || s.op === own).map((s) => (s.op === 'eq' ? { text: s.text } : { text: s.text, mark: s.op })) };
}

const note = (c: ArticleChange): string => (c.note ? `${STATUS_ZH[c.status]}\n${c.note}` : STATUS_ZH[c.status]);

/** A title block of `rows` rows, each merged across `width` columns. */
const titleMerges = (rows: number, width: number): Range[] => Array.from({ length: rows }, (_, r) => ({ s: { r, c: 0 }, e: { r, c: width - 1 } }));

/** The 对照表 workbook as xlsx bytes. */
export function renderDiffXlsx(diff: VersionDiff): Promise<Uint8Array> {
  const heading = diffHeading(diff);
  const span = `原版本：${diff.from.effective_from} 施行　修订版本：${diff.to.effective_from} 施行　${summaryZh(diff)}`;
  const articles: Cell[][] = [
    [heading],
    [span],
    ['原条号', `原条文（${diff.from.effective_from}）`, '修订后条号', `修订后条文（${diff.to.effective_from}）`, NOTE_HEADING],
  ];
  for (const c of diff.articles) articles.push([c.old?.number ?? '', marked(c, 'old'), c.new?.number ?? '', marked(c, 'new'), note(c)]);
  const changes: Cell[][] = [[`${heading}：时限、归口及联系方式的变化`], [...CHANGE_COLUMNS]];
  for (const c of diff.changes) changes.push([AREA_ZH[c.area], c.item, c.field, c.old ?? '—', c.new ?? '—']);
  return writeWorkbook(
    [
      { name: '条文对照', header: 2, grid: true, merges: titleMerges(2, 5), widths: [12, 56, 12, 56, 40], rows: articles },
      { name: '其他变化', header: 1, grid: true, merges: titleMerges(1, 5), widths: [10, 30, 14, 44, 44], rows: changes },
    ],
    heading,
  );
}
