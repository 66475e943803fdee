/**
 * The ledger's own rows for its annotated copy, read a second time from the file (the checker kept
 * none): a CSV or Parquet file streamed, keeping only the rows asked for and stopping at the limit; a
 * workbook read with its layout (merged cells, number formats, column widths).
 */
import { readFileSync } from 'node:fs';
import type { Range } from '../io/xlsx-write.ts';
import type { RawCell } from '../ledger/assemble.ts';
import { streamCsv } from '../ledger/read-csv.ts';
import { fileDigest, ledgerDigest, type LedgerInfo } from '../ledger/read-ledger.ts';
import { streamParquet } from '../ledger/read-parquet.ts';
import { createHash } from 'node:crypto';
import { readWorkbookSheet } from '../ledger/read-xlsx.ts';

/** One row of the sheet: its 0-based sheet row and its cells from column `firstColumn` on. */
export interface SourceRow {
  r: number;
  cells: readonly RawCell[];
}

/** The rows kept, in sheet order, and what the sheet says about its layout. */
export interface LedgerSource {
  rows: SourceRow[];
  /** 0-based sheet column of each row's first cell. */
  firstColumn: number;
  merges: Range[];
  numberFormat?: (r: number, c: number) => string | undefined;
  /** Column widths in characters by 0-based sheet column. */
  widths?: (number | undefined)[];
  date1904?: boolean;
}

/**
 * The rows `wanted` (0-based sheet rows) picks, at most `limit` of them; undefined when the file
 * cannot be read again; 'changed' when its bytes are no longer those the check read (`info.sha256`:
 * saved over mid-run). A CSV read that stops at the limit cannot hash the whole file and is not compared.
 */
export async function ledgerSource(path: string, info: LedgerInfo, wanted: (r: number) => boolean, limit: number): Promise<LedgerSource | 'changed' | undefined> {
  const rows: SourceRow[] = [];
  if (info.format === 'xlsx') {
    const bytes = readFileSync(path);
    if (info.sha256 !== undefined && ledgerDigest(bytes) !== info.sha256) return 'changed';
    const s = readWorkbookSheet(bytes, info.sheet, { layout: true });
    if ('error' in s) return undefined;
    for (let i = 0; i < s.rows.length && rows.length < limit; i++) if (wanted(s.firstRow + i)) rows.push({ r: s.firstRow + i, cells: s.rows[i]! });
    return { rows, firstColumn: s.firstColumn, merges: s.merges, numberFormat: s.numberFormat!, widths: s.widths!, date1904: s.date1904 };
  }
  const keep = (cells: readonly RawCell[], row: number) => {
    if (wanted(row - 1)) rows.push({ r: row - 1, cells });
    return rows.length < limit;
  };
  if (info.format === 'parquet') {
    if (info.sha256 !== undefined && (await fileDigest(path)) !== info.sha256) return 'changed';
    return (await streamParquet(path, keep)).ok ? { rows, firstColumn: 0, merges: [] } : undefined;
  }
  const hash = createHash('sha256');
  let stopped = false;
  const end = await streamCsv(
    path,
    info.encoding!,
    (cells, row) => {
      stopped = !keep(cells, row);
      return !stopped;
    },
    (chunk) => hash.update(chunk),
  );
  if (!end.ok) return undefined;
  if (!stopped && info.sha256 !== undefined && hash.digest('hex') !== info.sha256) return 'changed';
  return { rows, firstColumn: 0, merges: [] };
}
