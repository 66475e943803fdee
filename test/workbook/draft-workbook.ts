/**
 * Test helper: a rules workbook typed as a clerk would, built cell by cell with SheetJS in the
 * layout `xinfang export` writes (src/workbook/layout.ts) — 基本信息 by row label, every table sheet
 * by column header, each row of the one version. Only the values a clerk types are given.
 */
import * as XLSX from 'xlsx';
import { INFO_FIELDS, INFO_SHEET, README_SHEET, TABLES, VERSION_HEADER } from '../../src/workbook/layout.ts';

/** A typed value: text, a number, or an Excel time cell (a fraction of a day, as Excel stores 14:30). */
export type Typed = string | number | { excelTime: number };

/** What the clerk typed: 基本信息 by row label, each sheet's rows by column header. */
export interface Draft {
  effective: string;
  info: Record<string, Typed>;
  sheets: Record<string, Record<string, Typed>[]>;
}

function cell(v: Typed): XLSX.CellObject {
  if (typeof v === 'string') return { t: 's', v };
  if (typeof v === 'number') return { t: 'n', v };
  return { t: 'n', v: v.excelTime, z: 'hh:mm' };
}

function sheet(rows: (Typed | undefined)[][]): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let width = 1;
  rows.forEach((row, r) => {
    width = Math.max(width, row.length);
    row.forEach((v, c) => {
      if (v !== undefined) ws[XLSX.utils.encode_cell({ r, c })] = cell(v);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, rows.length - 1), c: width - 1 } });
  return ws;
}

/** The workbook's bytes. Unknown labels or headers throw: they are mistakes in the test. */
export function draftWorkbook(d: Draft): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet([['说明']]), README_SHEET);
  for (const label of Object.keys(d.info)) if (!INFO_FIELDS.some((f) => f.header === label)) throw new Error(`no 基本信息 row ${label}`);
  const info = [['项目', '字段', d.effective], ...INFO_FIELDS.map((f) => [f.header, f.key, d.info[f.header]])];
  XLSX.utils.book_append_sheet(book, sheet(info), INFO_SHEET);
  for (const name of Object.keys(d.sheets)) if (!TABLES.some((t) => t.sheet === name)) throw new Error(`no sheet ${name}`);
  for (const t of TABLES) {
    const headers = t.columns.map((c) => c.header);
    const rows = (d.sheets[t.sheet] ?? []).map((row) => {
      for (const h of Object.keys(row)) if (!headers.includes(h)) throw new Error(`no column ${t.sheet}!${h}`);
      return [d.effective, ...headers.map((h) => row[h])];
    });
    XLSX.utils.book_append_sheet(book, sheet([[VERSION_HEADER, ...headers], ...rows]), t.sheet);
  }
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}
