/**
 * A schedule as a plain-text table for the terminal, columns padded by display width (a Chinese
 * character takes two columns), in Chinese or English.
 */
import { weekdayName } from '../calendar/day.ts';
import { displayWidth } from '../io/display-width.ts';
import type { Lang } from '../diagnostics/diagnostic.ts';
import { citeArticle } from '../rules/vocabulary.ts';
import type { Schedule } from './schedule.ts';
import { messages } from '../diagnostics/messages.ts';

const WORDS = messages({
  zh: {
    header: ['日期', '星期', '时间', '类别', '事项', '地点', '责任部门', '依据', '备注'],
    allDay: '全天',
    reception: '接待日',
    duty: '工作安排',
    skipped: (why: string) => `${why}，不安排`,
    moved: (from: string) => `原定 ${from}，顺延`,
    title: (org: string, year: number, n: number) => `${org} ${year} 年信访工作日程（共 ${n} 项）`,
  },
  en: {
    header: ['Date', 'Weekday', 'Time', 'Kind', 'What', 'Place', 'Department', 'Basis', 'Note'],
    allDay: 'all day',
    reception: 'reception',
    duty: 'duty',
    skipped: (why) => `not held (${why})`,
    moved: (from) => `moved from ${from}`,
    title: (org, year, n) => `${org}: petition-work schedule for ${year} (${n} entries)`,
  },
});

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Rows of cells as aligned lines (two spaces between columns, trailing spaces trimmed). */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) => row.map((cell, i) => pad(cell, widths[i]!)).join('  ').trimEnd());
}

/** The schedule as table lines: a title, a header row, one row per entry. */
export function formatScheduleTable(schedule: Schedule, lang: Lang): string[] {
  const w = WORDS[lang];
  const rows = schedule.entries.map((e) => [
    e.date,
    weekdayName(e.weekday, lang),
    e.time ?? w.allDay,
    e.kind === 'reception' ? w.reception : w.duty,
    e.name,
    e.place ?? '',
    e.department?.name ?? '',
    citeArticle(e.basis),
    e.skipped ? w.skipped(e.skipped) : e.moved ? w.moved(e.moved) : '',
  ]);
  const title = w.title(schedule.organisation, schedule.year, schedule.entries.filter((e) => !e.skipped).length);
  return [title, '', ...alignColumns([w.header, ...rows])];
}
