/**
 * An annotated copy of the ledger: the office's own rows and merged cells, with rows that have an
 * overdue clock filled red, rows with a clock due soon amber, cells with a data problem yellow, and
 * a 问题 column after the last column saying in Chinese what is wrong with each row (so the column
 * letters that the other reports cite stay those of the original). Personal-data columns are
 * masked unless asked for; formula-like text is neutralised. The input file is only read, never
 * written. Rows are generated one at a time for the streaming writer: nothing here copies or
 * spreads an array the size of the ledger.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { writeWorkbook, type Cell, type Mark, type Range } from '../io/xlsx-write.ts';
import type { RawCell } from '../ledger/assemble.ts';
import { ledgerDigest, type LedgerInfo } from '../ledger/read-ledger.ts';
import { readWorkbookSheet } from '../ledger/read-xlsx.ts';
import { decoderFor } from '../ledger/sniff.ts';
import type { CheckReportData } from './check-report-model.ts';
import { maskPersonal, neutraliseFormula } from './mask.ts';

/** Ledgers larger than this are not copied (the other reports still list every problem). */
export const ANNOTATE_MAX_ROWS = 200000;
/**
 * Merged ranges kept in the copy, at most: the writer checks each new merge against every earlier
 * one, so a hostile sheet of 10^5 merges would take hours; beyond this the copy shows each merged
 * range's value in every cell it covered, as the checker read it.
 */
const MAX_MERGES = 5000;

/** The ledger as rows, row i = Excel row i + 1, and its merged ranges. */
interface Grid {
  rows: RawCell[][];
  /** Index in `rows` of the sheet's first row, and of its first column in each row. */
  firstRow: number;
  firstColumn: number;
  merges: Range[];
}

/** The ledger's grid, or 'changed' when the file no longer has the bytes the check read (saved over mid-run). */
function grid(path: string, info: LedgerInfo): Grid | 'changed' | undefined {
  const bytes = readFileSync(path);
  if (ledgerDigest(bytes) !== info.sha256) return 'changed';
  if (info.format === 'xlsx') {
    const s = readWorkbookSheet(bytes, info.sheet);
    return 'error' in s ? undefined : s;
  }
  const text = decoderFor(info.encoding!).decode(bytes);
  return { rows: Papa.parse<string[]>(text, { header: false, skipEmptyLines: false }).data, firstRow: 0, firstColumn: 0, merges: [] };
}

/** 0-based column index of Excel column letters (`AB` → 27). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The widest row of the grid up to its last filled cell, counting the sheet's leading empty columns
 * (a loop: ledgers have 10^5+ rows). Trailing empty cells do not count: a sheet declaring
 * `<dimension ref="A1:XFD1048576">` reads as rows of 16,384 cells, and a 问题 column after them
 * would be past Excel's last column.
 */
export function gridWidth(g: Pick<Grid, 'rows' | 'firstColumn'>, atLeast: number): number {
  let width = atLeast;
  for (const row of g.rows) {
    let n = row.length;
    while (n > 0 && (row[n - 1] === null || row[n - 1] === undefined || row[n - 1] === '')) n--;
    if (g.firstColumn + n > width) width = g.firstColumn + n;
  }
  return width;
}

/** Columns of a worksheet (A … XFD). */
const EXCEL_COLUMNS = 16384;

/**
 * The annotated workbook as bytes; undefined when the ledger is too large to copy; 'changed' when
 * the file is no longer the one checked, so findings would land on the wrong rows.
 */
export async function annotatedLedgerXlsx(path: string, info: LedgerInfo, d: CheckReportData): Promise<Uint8Array | 'changed' | undefined> {
  const layout = info.layout;
  if (!layout || info.cases > ANNOTATE_MAX_ROWS) return undefined;
  const read = grid(path, info);
  if (!read || read === 'changed') return read;
  const g = read;
  const aliasAt = new Map(layout.columns.map((c) => [c.index, c.alias]));
  const dateColumns = new Set(layout.columns.filter((c) => c.alias && /^(received|forwarded|notified|accepted|instructed|reported|extension_approved|replied|closed|review_)/.test(c.alias)).map((c) => c.index));
  let widest = 0;
  for (const c of layout.columns) widest = Math.max(widest, c.index + 1);
  const problemCol = gridWidth(g, widest);
  // Filled to the last column: no room for the 问题 column (the other reports list every problem).
  if (problemCol >= EXCEL_COLUMNS) return undefined;
  const header = layout.headerRow - 1;

  const notes = new Map<number, string[]>();
  const badCells = new Map<number, Map<number, Mark>>();
  const addNote = (row: number, text: string) => (notes.get(row) ?? notes.set(row, []).get(row)!).push(text);
  for (const p of d.diagnostics) {
    if (p.row === undefined) continue;
    addNote(p.row, p.columnLetter ? `${p.columnLetter}列${p.header ? `（${p.header}）` : ''}：${p.message}` : p.message);
    if (p.columnLetter) (badCells.get(p.row) ?? badCells.set(p.row, new Map()).get(p.row)!).set(columnIndex(p.columnLetter), 'bad');
  }
  for (const [row, list] of d.lists.rowNotes) for (const t of list) addNote(row, t);

  // A merged range keeps its value in its first cell only (the reader copied it across).
  const kept = g.merges.length <= MAX_MERGES ? g.merges : [];
  const covered = new Set<string>();
  for (const m of kept) for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) covered.add(`${r},${c}`);

  function* rows(): Iterable<Cell[]> {
    const last = g!.firstRow + g!.rows.length;
    for (let r = 0; r < last; r++) {
      const source = r < g!.firstRow ? [] : g!.rows[r - g!.firstRow]!;
      const out: Cell[] = [];
      for (let i = 0; i < source.length; i++) {
        const c = g!.firstColumn + i;
        const v = source[i];
        if (v === null || v === undefined || v === '' || (covered.size && covered.has(`${r},${c}`))) continue;
        if (typeof v === 'number') out[c] = dateColumns.has(c) && r > header ? { number: v, format: Number.isInteger(v) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm' } : v;
        else out[c] = neutraliseFormula(r > header ? maskPersonal(aliasAt.get(c), String(v), d.showPersonal) : String(v));
      }
      const note = notes.get(r + 1);
      if (r === header) out[problemCol] = '问题';
      else if (note) out[problemCol] = neutraliseFormula(note.map((t) => t.replace(/。$/, '')).join('；'));
      yield out;
    }
  }

  const widths: number[] = [];
  for (let c = 0; c < problemCol; c++) widths.push(dateColumns.has(c) ? 12 : 14);
  widths.push(60);
  return writeWorkbook(
    [
      {
        name: info.sheet ?? '台账',
        header,
        widths,
        merges: kept,
        rows: rows(),
        marks: (r) => {
          const row = d.lists.rowMarks.get(r + 1);
          const cells = badCells.get(r + 1);
          return row || cells ? { ...(row ? { row } : {}), ...(cells ? { cells } : {}) } : undefined;
        },
      },
    ],
    `${d.ledger}（标注）`,
  );
}
