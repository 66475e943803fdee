/**
 * Read a workbook ledger with SheetJS: the first sheet, or the one `--sheet` names. Date cells stay
 * Excel serial numbers (cellDates off: SheetJS would build local-time `Date`s, which a time zone
 * can shift) and are converted with integer arithmetic in `values.ts`. Merged cells are filled in
 * across their range, so a merged header (or a merged 承办部门 spanning several cases) reads as
 * if every covered cell held the value.
 */
import XLSX from 'xlsx';
import type { RawCell } from './assemble.ts';

/** A sheet as rows of raw cells, with the Excel numbers of its first row and column. */
export interface SheetRows {
  sheet: string;
  rows: RawCell[][];
  /** 0-based index of the sheet's first used row and column (rows[0][0] is that cell). */
  firstRow: number;
  firstColumn: number;
  date1904: boolean;
}

/** Why a workbook could not be read. */
export type WorkbookFailure = { error: 'unreadable'; reason: string } | { error: 'no-sheet'; sheets: string[] };

/**
 * Most bytes a workbook's zip may inflate to (issue 7, zip bombs): SheetJS inflates every part into
 * memory, at about 2.4× the inflated size in RSS. About 250,000 rows of a full 28-column ledger
 * fit (≈ 1 KB of sheet XML a row; larger ledgers belong in CSV); a 300 KB file holding 300 MB of
 * sheet XML does not.
 */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** Total uncompressed size the zip's central directory declares, or undefined when it is not a zip. */
export function declaredInflatedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 65557); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    let at = view.getUint32(end + 16, true);
    let total = 0;
    for (let n = view.getUint16(end + 10, true); n > 0 && at + 46 <= bytes.length; n--) {
      if (view.getUint32(at, true) !== 0x02014b50) break;
      total += view.getUint32(at + 24, true);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return undefined;
}

/** Parse a workbook and pick the sheet; pure over the bytes. */
export function readWorkbookSheet(bytes: Uint8Array, sheetName?: string): SheetRows | WorkbookFailure {
  const inflated = declaredInflatedSize(bytes) ?? 0;
  if (inflated > MAX_INFLATED_BYTES) return { error: 'unreadable', reason: `the workbook inflates to ${inflated} bytes (at most ${MAX_INFLATED_BYTES})` };
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'buffer', cellDates: false, cellStyles: false, cellHTML: false, dense: true });
  } catch (e) {
    return { error: 'unreadable', reason: (e as Error).message };
  }
  const name = sheetName ?? wb.SheetNames[0];
  if (name === undefined || !wb.SheetNames.includes(name)) return { error: 'no-sheet', sheets: wb.SheetNames };
  const ws = wb.Sheets[name];
  // A damaged workbook may list a sheet whose part is missing (found by the fuzzer, issue 7).
  if (!ws) return { error: 'unreadable', reason: `sheet ${name} has no content` };
  try {
    return sheetRows(ws, name, Boolean(wb.Workbook?.WBProps?.date1904));
  } catch (e) {
    // SheetJS throws from sheet_to_json on cell types it kept but does not know (`t="str32"`).
    return { error: 'unreadable', reason: (e as Error).message };
  }
}

function sheetRows(ws: XLSX.WorkSheet, name: string, date1904: boolean): SheetRows {
  if (!ws['!ref']) return { sheet: name, rows: [], firstRow: 0, firstColumn: 0, date1904 };
  const range = XLSX.utils.decode_range(ws['!ref']);
  const rows = XLSX.utils.sheet_to_json<RawCell[]>(ws, { header: 1, raw: true, blankrows: true, defval: null });
  for (const m of ws['!merges'] ?? []) {
    const value = rows[m.s.r - range.s.r]?.[m.s.c - range.s.c];
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = (rows[r - range.s.r] ??= []);
      for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) row[c - range.s.c] = value;
    }
  }
  return { sheet: name, rows, firstRow: range.s.r, firstColumn: range.s.c, date1904 };
}
