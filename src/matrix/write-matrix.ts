/**
 * The responsibility matrix as files: CSV (UTF-8 with BOM, so Chinese Excel opens it correctly),
 * XLSX (the one workbook writer, `src/io/xlsx-write.ts`) and a standalone HTML page. Pure: rows in, bytes or text out; writing to disk is the
 * caller's (`writeFileAtomic`).
 */
import Papa from 'papaparse';
import type { Lang } from '../diagnostics/diagnostic.ts';
import { escapeHtml } from '../io/html.ts';
import { writeWorkbook } from '../io/xlsx-write.ts';
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

/** An XLSX workbook with one sheet named 责任矩阵 (Matrix). */
export function matrixXlsx(rows: readonly MatrixRow[], title: string, lang: Lang = 'zh'): Promise<Uint8Array> {
  const widths = MATRIX_COLUMNS.map((c) => (c.key === 'note' || c.key === 'category' ? 40 : 16));
  return writeWorkbook([{ name: lang === 'zh' ? '责任矩阵' : 'Matrix', header: 0, widths, rows: table(rows, lang) }], title);
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
