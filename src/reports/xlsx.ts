/**
 * Report workbooks: sheets built from rows of text, numbers and percentages, written by the one
 * workbook writer (`src/io/xlsx-write.ts`: styled and frozen header, filter, A4). Rates are stored
 * as numbers with a `0.0%` format and scores as numbers with `0.00`, so the workbook holds the same
 * values as the JSON and shows them rounded as the HTML does. Text that Excel would take for a
 * formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe like the check report's, so editing
 * or re-saving it as CSV never turns it into one.
 */
import { writeWorkbook, type Cell, type SheetSpec } from '../io/xlsx-write.ts';
import { KPI_SCOPE, type KpiDefinition } from '../kpi/definitions.ts';
import { neutraliseFormula } from './mask.ts';

export type { SheetSpec };
/** One cell of a report sheet. */
export type SheetCell = Cell;

/** Rows of a 指标定义 sheet: the scope sentence, then one row per KPI (`src/kpi/definitions.ts`); its header is row 1. */
export function kpiDefinitionRows(defs: readonly KpiDefinition[]): SheetCell[][] {
  const rows: SheetCell[][] = [[KPI_SCOPE.period.zh], ['指标', '分子', '分母', '不计入', '归属期间']];
  for (const d of defs) rows.push([d.name, d.numerator, d.denominator, d.excluded, d.attribution]);
  return rows;
}

/** A KPI's value as a cell: a number in % format, or the words 不适用 when the ledger lacks its data. */
export function kpiCell(v: { rate: number | null; not_applicable?: string }): SheetCell {
  return v.not_applicable ? `不适用（${v.not_applicable}）` : { percent: v.rate };
}

function* neutralised(rows: Iterable<readonly SheetCell[]>): Iterable<SheetCell[]> {
  for (const row of rows) yield row.map((c) => (typeof c === 'string' ? neutraliseFormula(c) : c));
}

/** A workbook of the given sheets, as bytes. */
export function workbook(sheets: readonly SheetSpec[], title: string): Promise<Uint8Array> {
  return writeWorkbook(
    sheets.map((s) => ({ ...s, rows: neutralised(s.rows) })),
    title,
  );
}

/** The header block every report workbook starts its first sheet with (its table's header row follows it). */
export function headerRows(h: { title: string; organisation: string; period: { label: string; from: string; to: string }; as_of: string; version: { version: string; title: string }; ledger: string; attribution: string[] }): SheetCell[][] {
  const rows: SheetCell[][] = [
    [h.title],
    ['单位', h.organisation],
    ['统计期间', `${h.period.label}（${h.period.from} 至 ${h.period.to}）`],
    ['统计日', h.as_of],
    ['依据制度', `《${h.version.title}》（${h.version.version} 施行版本）`],
    ['台账', h.ledger],
  ];
  h.attribution.forEach((a, i) => rows.push([i === 0 ? '统计口径' : '', a]));
  rows.push([]);
  return rows;
}
