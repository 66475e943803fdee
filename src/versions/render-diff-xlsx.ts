/**
 * The 修订对照表 as a workbook for staff who revise in Excel: sheet 条文对照 (old / new / 说明 and a
 * 修订标记 column in which deleted text is struck through in red and inserted text underlined in
 * green, as in a Word revision) and sheet 其他变化 (time limits, routing, contacts).
 */
import { writeWorkbook, type Cell } from '../io/xlsx-write.ts';
import type { VersionDiff } from './diff-versions.ts';
import { AREA_ZH, STATUS_ZH } from './render-diff-html.ts';

/** The 对照表 workbook as xlsx bytes. */
export function renderDiffXlsx(diff: VersionDiff): Promise<Uint8Array> {
  const articles: Cell[][] = [['原条号', '原条文', '修订后条号', '修订后条文', '说明', '修订标记']];
  for (const c of diff.articles) {
    const marks: Cell = c.status === 'changed' ? { runs: c.segments.map((s) => ({ text: s.text, ...(s.op === 'eq' ? {} : { mark: s.op }) })) } : '';
    articles.push([c.old?.number ?? '', c.old?.text ?? '', c.new?.number ?? '', c.new?.text ?? '', STATUS_ZH[c.status], marks]);
  }
  const changes: Cell[][] = [['类别', '项目', '内容', '原', '修订后']];
  for (const c of diff.changes) changes.push([AREA_ZH[c.area], c.item, c.field, c.old ?? '', c.new ?? '']);
  return writeWorkbook(
    [
      { name: '条文对照', header: 0, widths: [10, 60, 10, 60, 12, 60], rows: articles },
      { name: '其他变化', header: 0, widths: [10, 36, 14, 40, 40], rows: changes },
    ],
    `${diff.to.title}修订对照表`,
  );
}
