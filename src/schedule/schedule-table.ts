/**
 * A schedule as a plain-text table for the terminal, columns padded by display width (a Chinese
 * character takes two columns), in Chinese or English.
 */
import { weekdayName } from '../calendar/day.ts';
import type { Lang } from '../diagnostics/diagnostic.ts';
import { citeArticle } from '../rules/vocabulary.ts';
import type { Schedule } from './schedule.ts';

/** Terminal columns a string takes: East Asian wide and full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Rows of cells as aligned lines (two spaces between columns, trailing spaces trimmed). */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) => row.map((cell, i) => pad(cell, widths[i]!)).join('  ').trimEnd());
}

/** The schedule as table lines: a title, a header row, one row per entry. */
export function formatScheduleTable(schedule: Schedule, lang: Lang): string[] {
  const zh = lang === 'zh';
  const header = zh
    ? ['日期', '星期', '时间', '类别', '事项', '地点', '责任部门', '依据', '备注']
    : ['Date', 'Weekday', 'Time', 'Kind', 'What', 'Place', 'Department', 'Basis', 'Note'];
  const rows = schedule.entries.map((e) => [
    e.date,
    weekdayName(e.weekday, lang),
    e.time ?? (zh ? '全天' : 'all day'),
    e.kind === 'reception' ? (zh ? '接待日' : 'reception') : zh ? '工作安排' : 'duty',
    e.name,
    e.place ?? '',
    e.department?.name ?? '',
    citeArticle(e.basis),
    e.skipped ? (zh ? `${e.skipped}，不安排` : `not held (${e.skipped})`) : e.moved ? (zh ? `原定 ${e.moved}，顺延` : `moved from ${e.moved}`) : '',
  ]);
  const title = zh
    ? `${schedule.organisation} ${schedule.year} 年信访工作日程（共 ${schedule.entries.filter((e) => !e.skipped).length} 项）`
    : `${schedule.organisation}: petition-work schedule for ${schedule.year} (${schedule.entries.filter((e) => !e.skipped).length} entries)`;
  return [title, '', ...alignColumns([header, ...rows])];
}
