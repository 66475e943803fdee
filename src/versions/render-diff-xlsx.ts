/**
 * The 修订对照表 as a workbook for staff who revise in Excel: sheet 条文对照 (old / new / 说明 and a
 * 修订标记 column, because SheetJS community edition cannot write rich-text runs — deletions are
 * shown as 〔删:…〕 and insertions as 〔增:…〕 there) and sheet 其他变化 (time limits, routing, contacts).
 */
import * as XLSX from 'xlsx';
import type { DiffSegment } from './char-diff.ts';
import type { VersionDiff } from './diff-versions.ts';
import { AREA_ZH, STATUS_ZH } from './render-diff-html.ts';

/** The revision marks of a diff in plain text. */
export function plainMarks(segments: readonly DiffSegment[]): string {
  return segments.map((s) => (s.op === 'eq' ? s.text : s.op === 'del' ? `〔删:${s.text}〕` : `〔增:${s.text}〕`)).join('');
}

/** The 对照表 workbook as xlsx bytes. */
export function renderDiffXlsx(diff: VersionDiff): Uint8Array {
  const articles = [
    ['原条号', '原条文', '修订后条号', '修订后条文', '说明', '修订标记'],
    ...diff.articles.map((c) => [
      c.old?.number ?? '',
      c.old?.text ?? '',
      c.new?.number ?? '',
      c.new?.text ?? '',
      STATUS_ZH[c.status],
      c.status === 'changed' ? plainMarks(c.segments) : '',
    ]),
  ];
  const changes = [['类别', '项目', '内容', '原', '修订后'], ...diff.changes.map((c) => [AREA_ZH[c.area], c.item, c.field, c.old ?? '', c.new ?? ''])];
  const book = XLSX.utils.book_new();
  const a = XLSX.utils.aoa_to_sheet(articles);
  a['!cols'] = [{ wch: 10 }, { wch: 60 }, { wch: 10 }, { wch: 60 }, { wch: 12 }, { wch: 60 }];
  const c = XLSX.utils.aoa_to_sheet(changes);
  c['!cols'] = [{ wch: 10 }, { wch: 36 }, { wch: 14 }, { wch: 40 }, { wch: 40 }];
  XLSX.utils.book_append_sheet(book, a, '条文对照');
  XLSX.utils.book_append_sheet(book, c, '其他变化');
  book.Props = { Title: `${diff.to.title}修订对照表` };
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}
