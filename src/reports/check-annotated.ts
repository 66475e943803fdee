/**
 * An annotated copy of the ledger: the office's own sheet (title rows, merged cells, number formats,
 * column widths) with rows that have an overdue clock filled red, rows with a clock due soon amber,
 * cells with a data problem yellow, and a 问题 column right after 编号 saying in Chinese what is wrong
 * with each row (the columns after it move one letter right; the notes cite the copy's letters).
 * A ledger of more than ANNOTATE_MAX_ROWS cases gets instead a workbook of its problem rows only
 * (the header block and at most PROBLEM_ROWS_CAP rows with a problem, each note giving the row's
 * number in the ledger), clearly titled as such: copying a million rows would take longer than the
 * check itself. Personal data is masked unless asked for (known personal columns, extra columns
 * that look personal, phone and ID numbers in any text: `mask.ts`); formula-like text is
 * neutralised. The input file is only read, never written. Rows are generated one at a time for
 * the streaming writer: nothing here copies or spreads an array the size of the ledger.
 */
import XLSX from 'xlsx';
import { columnLetter } from '../diagnostics/diagnostic.ts';
import { writeWorkbook, type Cell, type Mark, type Range } from '../io/xlsx-write.ts';
import type { RawCell } from '../ledger/assemble.ts';
import type { LedgerInfo } from '../ledger/read-ledger.ts';
import { ledgerSource } from './annotated-source.ts';
import type { CheckReportData } from './check-report-model.ts';
import { maskColumn, neutraliseFormula } from './mask.ts';

/** Ledgers up to this many cases get the whole annotated copy; larger ones the problem rows only. */
export const ANNOTATE_MAX_ROWS = 200000;
/** Rows with a problem listed, at most, in the problem-rows workbook of a larger ledger. */
export const PROBLEM_ROWS_CAP = 10000;
/**
 * Merged ranges kept in the copy, at most: the writer checks each new merge against every earlier
 * one, so a hostile sheet of 10^5 merges would take hours; beyond this the copy shows each merged
 * range's value in every cell it covered, as the checker read it.
 */
const MAX_MERGES = 5000;
/** Days from Excel's 1904 epoch to its 1900 one: the copy is a 1900-based workbook. */
const DAYS_1904 = 1462;

/** The workbook written: the whole ledger annotated, or its problem rows only. */
export interface AnnotatedCopy {
  kind: 'annotated' | 'problem-rows';
  bytes: Uint8Array;
}

/** Which workbook a ledger of this size gets. */
export function annotatedCopyKind(info: Pick<LedgerInfo, 'cases'>): AnnotatedCopy['kind'] {
  return info.cases <= ANNOTATE_MAX_ROWS ? 'annotated' : 'problem-rows';
}

/** 0-based column index of Excel column letters (`AB` → 27). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Columns of a worksheet (A … XFD). */
const EXCEL_COLUMNS = 16384;

/** What each row of the ledger gets: notes for the 问题 column, yellow cells (by the copy's column). */
function problems(d: CheckReportData, at: (c: number) => number) {
  const notes = new Map<number, string[]>();
  const badCells = new Map<number, Map<number, Mark>>();
  const addNote = (row: number, text: string) => (notes.get(row) ?? notes.set(row, []).get(row)!).push(text);
  for (const p of d.diagnostics) {
    if (p.row === undefined) continue;
    const c = p.columnLetter ? at(columnIndex(p.columnLetter)) : undefined;
    addNote(p.row, c === undefined ? p.message : `${columnLetter(c)}列${p.header ? `（${p.header}）` : ''}：${p.message}`);
    if (c !== undefined) (badCells.get(p.row) ?? badCells.set(p.row, new Map()).get(p.row)!).set(c, 'bad');
  }
  for (const [row, list] of d.lists.rowNotes) for (const t of list) addNote(row, t);
  return { notes, badCells };
}

/**
 * The annotated workbook (or, for a ledger over ANNOTATE_MAX_ROWS cases, the problem-rows one), or
 * undefined when the ledger cannot be read again or is filled to Excel's last column (no room for
 * the 问题 column: the other reports list every problem); 'changed' when the file is no longer the
 * one checked, so findings would land on the wrong rows. `onRow(done, total)` follows the rows written.
 */
export async function annotatedLedgerXlsx(
  path: string,
  info: LedgerInfo,
  d: CheckReportData,
  onRow?: (done: number, total: number) => void,
): Promise<AnnotatedCopy | 'changed' | undefined> {
  const layout = info.layout;
  if (!layout) return undefined;
  const whole = annotatedCopyKind(info) === 'annotated';
  const header = layout.headerRow - 1;
  // The 问题 column goes right after 编号, moving the later columns one right; without 编号 it is the last column.
  const idColumn = layout.columns.find((c) => c.alias === 'id')?.index;
  const at = (c: number) => (idColumn !== undefined && c > idColumn ? c + 1 : c);
  const { notes, badCells } = problems(d, at);
  const hasProblem = (r: number) => notes.has(r + 1) || badCells.has(r + 1) || d.lists.rowMarks.has(r + 1);
  const read = await ledgerSource(path, info, whole ? () => true : (r) => r <= header || hasProblem(r), whole ? Infinity : header + 1 + PROBLEM_ROWS_CAP);
  if (!read || read === 'changed') return read;
  const g = read;
  let widest = 0;
  for (const c of layout.columns) widest = Math.max(widest, c.index + 1);
  // Trailing empty cells do not count (`rowEnd`): a 问题 column after them would be past Excel's last column.
  const width = Math.max(g.width, widest);
  if (width + 1 > EXCEL_COLUMNS) return undefined;
  const problemCol = idColumn === undefined ? width : idColumn + 1;

  const columnAt = new Map(layout.columns.map((c) => [c.index, c]));
  /** A number shown as text and masked: in a personal column, or a mobile number in any column but 编号. */
  const personalNumber = (v: number, c: number) => {
    const col = columnAt.get(c);
    return !d.showPersonal && col?.alias !== 'id' && (col?.personal !== undefined || /^(petitioner|phone|id_number)$/.test(col?.alias ?? '') || /^1[3-9]\d{9}$/.test(String(v)));
  };
  const dateColumns = new Set(layout.columns.filter((c) => c.alias && /^(received|forwarded|notified|accepted|instructed|reported|extension_approved|replied|closed|review_)/.test(c.alias)).map((c) => c.index));
  // A merged range keeps its value in its first cell only (the reader copied it across). The
  // problem-rows workbook keeps those of the header block, one row down under its title.
  const shift = whole ? 0 : 1;
  const kept = (g.merges.length <= MAX_MERGES ? g.merges : []).filter((m) => whole || m.e.r <= header);
  const covered = new Set<string>();
  for (const m of kept) for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) covered.add(`${r},${c}`);
  const merges: Range[] = kept.map((m) => ({ s: { r: m.s.r + shift, c: at(m.s.c) }, e: { r: m.e.r + shift, c: at(m.e.c) } }));

  /** A number as the sheet showed it: its own format, else a date format in a date column. */
  const numberCell = (v: number, r: number, c: number): Cell => {
    const own = g.numberFormat?.(r, c);
    const format = own ?? (dateColumns.has(c) && r > header ? (Number.isInteger(v) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm') : undefined);
    if (format === undefined) return v;
    return { number: g.date1904 && XLSX.SSF.is_date(format) ? v + DAYS_1904 : v, format };
  };
  const copyRow = (r: number, source: readonly RawCell[]): Cell[] => {
    const out: Cell[] = [];
    for (let i = 0; i < source.length; i++) {
      const c = g.firstColumn + i;
      const v = source[i];
      if (v === null || v === undefined || v === '' || (covered.size && covered.has(`${r},${c}`))) continue;
      if (typeof v === 'number' && !(r > header && personalNumber(v, c))) out[at(c)] = numberCell(v, r, c);
      else out[at(c)] = neutraliseFormula(r > header ? maskColumn(columnAt.get(c), String(v), d.showPersonal) : String(v));
    }
    const note = notes.get(r + 1);
    if (r === header) out[problemCol] = '问题';
    else if (note) out[problemCol] = neutraliseFormula(`${whole ? '' : `第 ${r + 1} 行：`}${note.map((t) => t.replace(/。$/, '')).join('；')}`);
    return out;
  };

  /** Sheet row of each output row (for the fills), filled as rows are written. */
  const sheetRowOf: number[] = [];
  function* rows(): Iterable<Cell[]> {
    if (!whole) {
      sheetRowOf.push(-1);
      yield [`台账共 ${info.cases} 件，超过 ${ANNOTATE_MAX_ROWS} 件，未生成完整的标注副本。本表只列出有问题的行（按台账顺序，至多 ${PROBLEM_ROWS_CAP} 行），“问题”列写明原台账行号；完整清单见检查报告 JSON。`];
    }
    // Every sheet row up to the last kept (whole copy) or to the header (problem rows), empty ones
    // included, so those rows keep their numbers; then the problem rows one after another.
    const upTo = whole ? (g!.rows.at(-1)?.r ?? -1) + 1 : header + 1;
    const total = whole ? upTo : g!.rows.length;
    let next = 0;
    for (let r = 0; r < upTo; r++) {
      const row = g!.rows[next]?.r === r ? g!.rows[next++] : undefined;
      sheetRowOf.push(r);
      onRow?.(r + 1, total);
      yield row ? copyRow(r, row.cells) : [];
    }
    for (; next < g!.rows.length; next++) {
      const row = g!.rows[next]!;
      sheetRowOf.push(row.r);
      onRow?.(next + 1, total);
      yield copyRow(row.r, row.cells);
    }
  }

  const widths: number[] = [];
  for (let c = 0; c < width; c++) widths[at(c)] = g.widths?.[c] ?? (dateColumns.has(c) ? 12 : 14);
  widths[problemCol] = 60;
  const bytes = await writeWorkbook(
    [
      {
        name: whole ? (info.sheet ?? '台账') : '问题行',
        header: header + shift,
        widths,
        merges,
        rows: rows(),
        marks: (out) => {
          const r = sheetRowOf[out] ?? -1;
          const row = d.lists.rowMarks.get(r + 1);
          const cells = badCells.get(r + 1);
          return row || cells ? { ...(row ? { row } : {}), ...(cells ? { cells } : {}) } : undefined;
        },
      },
    ],
    whole ? `${d.ledger}（标注）` : `${d.ledger}（问题行）`,
  );
  return { kind: whole ? 'annotated' : 'problem-rows', bytes };
}
