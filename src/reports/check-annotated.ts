/**
 * An annotated copy of the ledger: the original rows, a 问题 column saying what is
 * wrong with each row, and a comment on every problem cell. SheetJS community edition cannot
 * write cell fills, so problem cells are marked by comments and the 问题 column instead of a
 * highlight colour. Personal-data columns are masked unless asked for; formula-like text is
 * neutralised. The input file is only read, never written.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import XLSX from 'xlsx';
import type { RawCell } from '../ledger/assemble.ts';
import type { LedgerInfo } from '../ledger/read-ledger.ts';
import { readWorkbookSheet } from '../ledger/read-xlsx.ts';
import { decoderFor } from '../ledger/sniff.ts';
import type { CheckReportData } from './check-report-model.ts';
import { maskPersonal, neutraliseFormula } from './mask.ts';

/** Ledgers larger than this are not copied (the other reports still list every problem). */
export const ANNOTATE_MAX_ROWS = 200000;

/** The ledger's rows as a grid, row i = Excel row i + 1. */
function grid(path: string, info: LedgerInfo): RawCell[][] | undefined {
  const bytes = readFileSync(path);
  if (info.format === 'xlsx') {
    const s = readWorkbookSheet(bytes, info.sheet);
    if ('error' in s) return undefined;
    const pad: null[] = new Array(s.firstColumn).fill(null);
    return [...Array.from({ length: s.firstRow }, () => []), ...s.rows.map((r) => [...pad, ...r])];
  }
  const text = decoderFor(info.encoding!).decode(bytes);
  return Papa.parse<string[]>(text, { header: false, skipEmptyLines: false }).data;
}

/** The annotated workbook as bytes, or undefined when the ledger is too large to copy. */
export function annotatedLedgerXlsx(path: string, info: LedgerInfo, d: CheckReportData): Uint8Array | undefined {
  const layout = info.layout;
  if (!layout || info.cases > ANNOTATE_MAX_ROWS) return undefined;
  const rows = grid(path, info);
  if (!rows) return undefined;
  const aliasAt = new Map(layout.columns.map((c) => [c.index, c.alias]));
  const dateColumns = new Set(layout.columns.filter((c) => c.alias && /^(received|forwarded|notified|accepted|instructed|reported|extension_approved|replied|closed|review_)/.test(c.alias)).map((c) => c.index));
  const width = layout.columns.reduce((w, c) => Math.max(w, c.index + 1), rows.reduce((w, r) => Math.max(w, r.length), 0));
  const problemCol = width;
  const sheet: XLSX.WorkSheet = {};
  const set = (r: number, c: number, cell: XLSX.CellObject) => (sheet[XLSX.utils.encode_cell({ r, c })] = cell);
  rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === '') continue;
      if (typeof v === 'number') set(r, c, { t: 'n', v, ...(dateColumns.has(c) && r + 1 > layout.headerRow ? { z: 'yyyy-mm-dd' } : {}) });
      else {
        const text = r + 1 > layout.headerRow ? maskPersonal(aliasAt.get(c), String(v), d.showPersonal) : String(v);
        set(r, c, { t: 's', v: neutraliseFormula(text) });
      }
    }
  });
  set(layout.headerRow - 1, problemCol, { t: 's', v: '问题' });
  const notes = new Map<number, string[]>();
  const addNote = (row: number, text: string) => (notes.get(row) ?? notes.set(row, []).get(row)!).push(text);
  for (const p of d.diagnostics) {
    if (p.row === undefined) continue;
    addNote(p.row, `${p.columnLetter ?? ''}${p.header ? `(${p.header})` : ''} ${p.message}`.trim());
    if (p.columnLetter) {
      const addr = `${p.columnLetter}${p.row}`;
      const cell = (sheet[addr] ??= { t: 's', v: '' }) as XLSX.CellObject;
      (cell.c ??= []).push({ a: 'xinfang', t: `${p.code}:${p.message}` });
      (cell.c as unknown as { hidden?: boolean }).hidden = true;
    }
  }
  for (const [row, list] of d.lists.rowNotes) for (const t of list) addNote(row, t);
  for (const [row, list] of notes) set(row - 1, problemCol, { t: 's', v: neutraliseFormula(list.join(';')) });
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: problemCol } });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, (info.sheet ?? '台账').slice(0, 31));
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}
