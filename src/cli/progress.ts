/**
 * Progress of a long `check` on a terminal: one line on stderr, redrawn in place, while the ledger
 * is read (a CSV by bytes; a workbook while it is parsed, then by rows) and while the reports are
 * written (each file by name, the annotated copy by rows). Nothing is drawn when stderr's reader is
 * not a terminal or the ledger is small.
 */
import type { Lang } from '../diagnostics/diagnostic.ts';
import { messages } from '../diagnostics/messages.ts';
import type { ReadUnit } from '../ledger/read-ledger.ts';

const MESSAGES = messages({
  zh: {
    bytes: '读取台账',
    workbook: '解析工作簿（大文件需要一些时间）……',
    rows: '逐行检查',
    writing: (file: string) => `写出报告 ${file}`,
  },
  en: {
    bytes: 'Reading the ledger',
    workbook: 'Parsing the workbook (a large file takes a while)…',
    rows: 'Checking rows',
    writing: (file) => `Writing ${file}`,
  },
});

/** A progress line; every method does nothing when the line is off. */
export interface Progress {
  /** Reading: `done` of `total` in `unit` (a workbook's parse has no count: the words alone). */
  read(done: number, total: number, unit: ReadUnit): void;
  /** Writing the report file `name`; `done` of `total` rows when it is written row by row. */
  write(name: string, done?: number, total?: number): void;
  /** Ends the line (before the summary is printed). */
  end(): void;
}

/** A progress line writing through `write` (stderr), or a silent one when `on` is false. */
export function progressLine(on: boolean, lang: Lang, write: (text: string) => void = (t) => process.stderr.write(t)): Progress {
  const m = MESSAGES[lang];
  let shown = '';
  let open = false;
  const draw = (text: string) => {
    if (!on || text === shown) return;
    // Pad over the previous text so a shorter line leaves no tail behind.
    write(`\r${text.padEnd(shown.length)}`);
    shown = text;
    open = true;
  };
  const bar = (label: string, done: number, total: number) => {
    const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
    return `${label} [${'#'.repeat(Math.floor(pct / 5)).padEnd(20, '.')}] ${pct}%`;
  };
  return {
    read: (done, total, unit) => draw(unit === 'workbook' ? m.workbook : bar(m[unit], done, total)),
    write: (name, done, total) => draw(total === undefined ? m.writing(name) : bar(m.writing(name), done ?? 0, total)),
    end: () => {
      if (open) write('\n');
      open = false;
      shown = '';
    },
  };
}
