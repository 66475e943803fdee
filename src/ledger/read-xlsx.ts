/**
 * Read a workbook ledger with SheetJS: the first sheet, or the one `--sheet` names. Date cells stay
 * Excel serial numbers (cellDates off: SheetJS would build local-time `Date`s, which a time zone
 * can shift) and are converted with integer arithmetic in `values.ts`. Merged cells are filled in
 * across their range, so a merged header (or a merged 承办部门 spanning several cases) reads as
 * if every covered cell held the value. The input budget (declared cells, merged areas, inflated
 * bytes, zip entries) is checked first, on the zip, by io/workbook-guard.ts.
 */
import XLSX from 'xlsx';
import { MAX_MERGED_CELLS, workbookProblem, type Damage } from '../io/workbook-guard.ts';
import type { RawCell } from './assemble.ts';

/** A sheet as rows of raw cells, with the Excel numbers of its first row and column. */
export interface SheetRows {
  sheet: string;
  rows: RawCell[][];
  /** 0-based index of the sheet's first used row and column (rows[0][0] is that cell). */
  firstRow: number;
  firstColumn: number;
  date1904: boolean;
  /** Merged ranges, 0-based sheet coordinates (their values are already copied across, see above). */
  merges: XLSX.Range[];
  /** With `{ layout: true }`: the number format of a numeric cell (0-based sheet coordinates), unless General. */
  numberFormat?: (r: number, c: number) => string | undefined;
  /** With `{ layout: true }`: column widths in characters, by 0-based sheet column (unset where the sheet has none). */
  widths?: (number | undefined)[];
}

/**
 * Why a workbook could not be read: not a workbook SheetJS knows (a plain zip, a Word file),
 * damaged (a truncated download, a flipped bit, a zip bomb, a broken sheet), or no such sheet.
 */
export type WorkbookFailure = { error: 'unreadable'; reason: string } | ({ error: 'damaged' } & Damage) | { error: 'no-sheet'; sheets: string[] };

/**
 * Parse a workbook and pick the sheet; pure over the bytes. `layout` also reads what the annotated
 * copy keeps of the office's own sheet (number formats, column widths), which checking does not need.
 */
export function readWorkbookSheet(bytes: Uint8Array, sheetName?: string, opts: { layout?: boolean } = {}): SheetRows | WorkbookFailure {
  const damage = workbookProblem(bytes);
  if (damage) return { error: 'damaged', ...damage };
  let wb: XLSX.WorkBook;
  try {
    const layout = Boolean(opts.layout);
    wb = XLSX.read(bytes, { type: 'buffer', cellDates: false, cellStyles: layout, cellNF: layout, cellHTML: false, dense: true });
  } catch (e) {
    return { error: 'unreadable', reason: (e as Error).message };
  }
  const name = sheetName ?? wb.SheetNames[0];
  if (name === undefined || !wb.SheetNames.includes(name)) return { error: 'no-sheet', sheets: wb.SheetNames };
  const ws = wb.Sheets[name];
  // A damaged workbook may list a sheet whose part is missing (found by the fuzzer); SheetJS 0.20.3 still lists it.
  if (!ws) return { error: 'damaged', zh: `工作表“${name}”缺少内容部分`, en: `sheet ${name} has no content part` };
  try {
    // Taken first: SheetJS's sheet_to_json turns numbers with a date format into Dates.
    const layout = opts.layout ? sheetLayout(ws) : undefined;
    const rows = sheetRows(ws, name, Boolean(wb.Workbook?.WBProps?.date1904));
    return layout && !('error' in rows) ? { ...rows, ...layout } : rows;
  } catch (e) {
    // SheetJS (0.20.3 too) throws from sheet_to_json on cell types it kept but does not know (`t="str32"`).
    return { error: 'damaged', zh: `工作表“${name}”中有无法读取的单元格（${(e as Error).message}）`, en: `a cell of sheet ${name} cannot be read (${(e as Error).message})` };
  }
}

function sheetRows(ws: XLSX.WorkSheet, name: string, date1904: boolean): SheetRows | WorkbookFailure {
  const merges = ws['!merges'] ?? [];
  let covered = 0;
  for (const m of merges) covered += (m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1);
  if (covered > MAX_MERGED_CELLS) {
    return { error: 'damaged', zh: `工作表“${name}”的合并单元格共覆盖 ${covered} 个单元格，超过上限 ${MAX_MERGED_CELLS}`, en: `the merged cells of sheet ${name} cover ${covered} cells, more than the ${MAX_MERGED_CELLS} allowed` };
  }
  if (!ws['!ref']) return { sheet: name, rows: [], firstRow: 0, firstColumn: 0, date1904, merges };
  const range = XLSX.utils.decode_range(ws['!ref']);
  const rows = XLSX.utils.sheet_to_json<RawCell[]>(ws, { header: 1, raw: true, blankrows: true, defval: null });
  for (const m of merges) {
    const value = rows[m.s.r - range.s.r]?.[m.s.c - range.s.c];
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = (rows[r - range.s.r] ??= []);
      for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) row[c - range.s.c] = value;
    }
  }
  return { sheet: name, rows, firstRow: range.s.r, firstColumn: range.s.c, date1904, merges };
}

/**
 * Number formats and column widths of a sheet read with `cellNF` and `cellStyles` (dense mode). The
 * formats are moved out of the cells, so the rows read afterwards hold the numbers themselves.
 */
function sheetLayout(ws: XLSX.WorkSheet): Required<Pick<SheetRows, 'numberFormat' | 'widths'>> {
  const formats: (string | undefined)[][] = [];
  const data = ws['!data'] ?? [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell?.z) continue;
      if (cell.t === 'n' && cell.z !== 'General') (formats[r] ??= [])[c] = String(cell.z);
      delete cell.z;
    }
  }
  const numberFormat = (r: number, c: number) => formats[r]?.[c];
  const widths = (ws['!cols'] ?? []).map((col) => (col ? (col.width ?? col.wch) : undefined));
  return { numberFormat, widths };
}
