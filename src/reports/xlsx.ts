/**
 * Report workbooks (SheetJS): sheets built from rows of text, numbers and percentages. Rates are
 * stored as numbers with a `0.0%` format and scores as numbers with `0.00`, so the workbook holds
 * the same values as the JSON and shows them rounded as the HTML does. Text that Excel would take
 * for a formula (`=`, `+`, `-`, `@` first) is stored as a string cell, never as a formula, and gets
 * a leading apostrophe like the check report's, so editing or re-saving it as CSV never turns it
 * into one.
 */
import * as XLSX from 'xlsx';
import { KPI_SCOPE, type KpiDefinition } from '../kpi/definitions.ts';
import { neutraliseFormula } from './mask.ts';

/** A percentage cell (0–1), shown as `93.3%`. */
export interface PercentCell {
  percent: number | null;
}
/** A points cell, shown with two decimals. */
export interface PointsCell {
  points: number;
}
/** One cell of a report sheet. */
export type SheetCell = string | number | boolean | null | undefined | PercentCell | PointsCell;

/** A sheet: its name (≤ 31 characters) and rows, the first being the header. */
export interface SheetSpec {
  name: string;
  rows: SheetCell[][];
  /** Column widths in characters. */
  widths?: number[];
}

function toCell(c: SheetCell): XLSX.CellObject | undefined {
  if (c === null || c === undefined || c === '') return undefined;
  if (typeof c === 'number') return { t: 'n', v: c };
  if (typeof c === 'boolean') return { t: 'b', v: c };
  if (typeof c === 'string') return { t: 's', v: neutraliseFormula(c) };
  if ('percent' in c) return c.percent === null ? { t: 's', v: '—' } : { t: 'n', v: c.percent, z: '0.0%' };
  return { t: 'n', v: c.points, z: '0.00' };
}

/** Rows of a 指标定义 sheet: the scope sentence, then one row per KPI (`src/kpi/definitions.ts`). */
export function kpiDefinitionRows(defs: readonly KpiDefinition[]): SheetCell[][] {
  return [[KPI_SCOPE.period.zh], ['指标', '分子', '分母', '不计入', '归属期间'], ...defs.map((d) => [d.name, d.numerator, d.denominator, d.excluded, d.attribution])];
}

/** Build the sheet cell by cell, so no string is ever parsed as a formula or a date. */
function sheetOf(spec: SheetSpec): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  let cols = 0;
  spec.rows.forEach((row, r) => {
    cols = Math.max(cols, row.length);
    row.forEach((value, c) => {
      const cell = toCell(value);
      if (cell) sheet[XLSX.utils.encode_cell({ r, c })] = cell;
    });
  });
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, spec.rows.length - 1), c: Math.max(0, cols - 1) } });
  if (spec.widths) sheet['!cols'] = spec.widths.map((wch) => ({ wch }));
  return sheet;
}

/** A workbook of the given sheets, as bytes. */
export function workbook(sheets: readonly SheetSpec[], title: string): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(book, sheetOf(s), s.name.slice(0, 31));
  book.Props = { Title: title };
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

/** The header block every report workbook starts its first sheet with. */
export function headerRows(h: { title: string; organisation: string; period: { label: string; from: string; to: string }; as_of: string; version: { version: string; title: string }; ledger: string; attribution: string[] }): SheetCell[][] {
  return [
    [h.title],
    ['单位', h.organisation],
    ['统计期间', `${h.period.label}（${h.period.from} 至 ${h.period.to}）`],
    ['统计日', h.as_of],
    ['依据制度', `《${h.version.title}》（${h.version.version} 施行版本）`],
    ['台账', h.ledger],
    ...h.attribution.map((a, i) => [i === 0 ? '统计口径' : '', a]),
    [],
  ];
}
