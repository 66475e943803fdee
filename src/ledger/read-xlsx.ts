/**
 * Read a workbook ledger with SheetJS: the first sheet, or the one `--sheet` names. Date cells stay
 * Excel serial numbers (cellDates off: SheetJS would build local-time `Date`s, which a time zone
 * can shift) and are converted with integer arithmetic in `values.ts`. Merged cells are filled in
 * across their range, so a merged header (or a merged 承办部门 spanning several cases) reads as
 * if every covered cell held the value.
 */
import { inflateRawSync } from 'node:zlib';
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
  /** Merged ranges, 0-based sheet coordinates (their values are already copied across, see above). */
  merges: XLSX.Range[];
}

/** What is wrong with a damaged workbook, in both languages (the LEDGER_WORKBOOK_DAMAGED reason). */
export interface Damage {
  zh: string;
  en: string;
}

/**
 * Why a workbook could not be read: not a workbook SheetJS knows (a plain zip, a Word file),
 * damaged (a truncated download, a flipped bit, a zip bomb, a broken sheet), or no such sheet.
 */
export type WorkbookFailure = { error: 'unreadable'; reason: string } | ({ error: 'damaged' } & Damage) | { error: 'no-sheet'; sheets: string[] };

/**
 * Most bytes a workbook's zip may inflate to (zip bombs): SheetJS inflates every part into
 * memory, at about 2.4× the inflated size in RSS. About 250,000 rows of a full 28-column ledger
 * fit (≈ 1 KB of sheet XML a row; larger ledgers belong in CSV); a 300 KB file holding 300 MB of
 * sheet XML does not.
 */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/**
 * What is wrong with a workbook's zip, refused before SheetJS sees it, or undefined. Still needed
 * with SheetJS 0.20.3 (measured with the fixtures of test/hardening/xlsx-hostile.test.ts): its
 * `read` never returns on a damaged deflate stream (a truncated download, one flipped bit: found
 * by the fuzzer), and it inflates every part into memory, whatever size the zip declares (the
 * 300 MB bomb: 12 s and 655 MB; the same bomb declaring 1,000 bytes: 5 s). So the central
 * directory's sizes are summed, and every part is inflated once by Node's zlib — which fails
 * cleanly — bounded by the size the zip declares. Bytes that are not a zip (a legacy .xls) are
 * left to SheetJS.
 */
export function zipProblem(bytes: Uint8Array): Damage | undefined {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557) && end < 0; i--) if (view.getUint32(i, true) === 0x06054b50) end = i;
  if (end < 0) return { zh: '压缩结构没有目录（文件不完整，如下载中断？）', en: 'the zip has no central directory (a truncated file?)' };
  const parts: { method: number; csz: number; usz: number; local: number }[] = [];
  let total = 0;
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return { zh: '压缩目录已损坏', en: 'the zip directory is damaged' };
    parts.push({ method: view.getUint16(at + 10, true), csz: view.getUint32(at + 20, true), usz: view.getUint32(at + 24, true), local: view.getUint32(at + 42, true) });
    total += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (total > MAX_INFLATED_BYTES) {
    const mb = (n: number) => Math.ceil(n / (1 << 20));
    return { zh: `解压后有 ${mb(total)} MB，超过上限 ${mb(MAX_INFLATED_BYTES)} MB`, en: `it inflates to ${mb(total)} MB, more than the ${mb(MAX_INFLATED_BYTES)} MB allowed` };
  }
  for (const p of parts) {
    if (p.local + 30 > bytes.length || view.getUint32(p.local, true) !== 0x04034b50) return { zh: '压缩文件中的一项已损坏', en: 'a zip entry is damaged' };
    const start = p.local + 30 + view.getUint16(p.local + 26, true) + view.getUint16(p.local + 28, true);
    if (start + p.csz > bytes.length) return { zh: '有一部分超出了文件末尾（文件不完整？）', en: 'a part runs past the end of the file (a truncated file?)' };
    if (p.method === 0) continue;
    if (p.method !== 8) return { zh: `使用了不支持的压缩方式 ${p.method}`, en: `unsupported zip compression method ${p.method}` };
    try {
      const out = inflateRawSync(bytes.subarray(start, start + p.csz), { maxOutputLength: Math.max(1, p.usz) });
      if (out.length !== p.usz) return { zh: '有一部分解压后的大小与声明的不符', en: 'a part inflates to a size other than the one declared' };
    } catch {
      return { zh: '有一部分已损坏或比声明的大', en: 'a part is damaged or larger than declared' };
    }
  }
  return undefined;
}

/** Parse a workbook and pick the sheet; pure over the bytes. */
export function readWorkbookSheet(bytes: Uint8Array, sheetName?: string): SheetRows | WorkbookFailure {
  const damage = zipProblem(bytes);
  if (damage) return { error: 'damaged', ...damage };
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'buffer', cellDates: false, cellStyles: false, cellHTML: false, dense: true });
  } catch (e) {
    return { error: 'unreadable', reason: (e as Error).message };
  }
  const name = sheetName ?? wb.SheetNames[0];
  if (name === undefined || !wb.SheetNames.includes(name)) return { error: 'no-sheet', sheets: wb.SheetNames };
  const ws = wb.Sheets[name];
  // A damaged workbook may list a sheet whose part is missing (found by the fuzzer); SheetJS 0.20.3 still lists it.
  if (!ws) return { error: 'damaged', zh: `工作表“${name}”缺少内容部分`, en: `sheet ${name} has no content part` };
  try {
    return sheetRows(ws, name, Boolean(wb.Workbook?.WBProps?.date1904));
  } catch (e) {
    // SheetJS (0.20.3 too) throws from sheet_to_json on cell types it kept but does not know (`t="str32"`).
    return { error: 'damaged', zh: `工作表“${name}”中有无法读取的单元格（${(e as Error).message}）`, en: `a cell of sheet ${name} cannot be read (${(e as Error).message})` };
  }
}

/** Most cells that merged ranges may cover together: each covered cell gets its range's value. */
export const MAX_MERGED_CELLS = 1_000_000;

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
