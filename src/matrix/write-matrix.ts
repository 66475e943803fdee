/**
 * The responsibility matrix as files: CSV (UTF-8 with BOM, so Chinese Excel opens it correctly),
 * XLSX (SheetJS) and a standalone HTML page. Pure: rows in, bytes or text out; writing to disk is the
 * caller's (`writeFileAtomic`).
 */
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import type { Lang } from '../diagnostics/diagnostic.ts';
import { escapeHtml } from '../io/html.ts';
import { MATRIX_COLUMNS, type MatrixRow } from './matrix.ts';

/** Output formats of `xinfang matrix`. */
export const MATRIX_FORMATS = ['html', 'csv', 'xlsx'] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];

function table(rows: readonly MatrixRow[], lang: Lang): string[][] {
  return [MATRIX_COLUMNS.map((c) => c[lang]), ...rows.map((r) => MATRIX_COLUMNS.map((c) => r[c.key]))];
}

/** CSV text with a leading BOM and CRLF line ends (what Excel expects). */
export function matrixCsv(rows: readonly MatrixRow[], lang: Lang = 'zh'): string {
  // escapeFormulae: a cell starting with = + - @ gets a leading ' so Excel never runs rule text as a formula.
  return '\uFEFF' + Papa.unparse(table(rows, lang), { newline: '\r\n', escapeFormulae: true }) + '\r\n';
}

/** An XLSX workbook with one sheet named 责任矩阵, header row frozen by being first. */
export function matrixXlsx(rows: readonly MatrixRow[], title: string, lang: Lang = 'zh'): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(table(rows, lang));
  sheet['!cols'] = MATRIX_COLUMNS.map((c) => ({ wch: c.key === 'note' || c.key === 'category' ? 40 : 16 }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, lang === 'zh' ? '责任矩阵' : 'Matrix');
  book.Props = { Title: title };
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

/** A standalone, accessible HTML page holding the matrix as a table. */
export function matrixHtml(rows: readonly MatrixRow[], title: string, lang: Lang = 'zh'): string {
  const head = MATRIX_COLUMNS.map((c) => `<th scope="col">${escapeHtml(c[lang])}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${MATRIX_COLUMNS.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(r[c.key])}</th>` : `<td>${escapeHtml(r[c.key])}</td>`)).join('')}</tr>`)
    .join('\n');
  const heading = escapeHtml(`${title} ${lang === 'zh' ? '信访工作责任矩阵' : 'responsibility matrix'}`);
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${heading}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;margin:1rem;color:#111}table{border-collapse:collapse;width:100%}th,td{border:1px solid #666;padding:.3rem .5rem;text-align:left;vertical-align:top}thead th{background:#e8eef7}</style></head>
<body><main><h1>${heading}</h1>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></main></body></html>
`;
}
