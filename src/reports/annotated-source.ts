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

/**
 * A CSV or Parquet row (cells as text, a Parquet null as empty) kept as its cells' text joined and
 * where each cell ends, its trailing empty cells left out: 120,000 rows kept as arrays of 40
 * strings are millions of objects that every garbage collection traces (on such a ledger they took
 * 100 MB of heap; packed, 50 MB); the cells are cut out again when the row is written.
 */
class TextRow implements SourceRow {
  readonly r: number;
  private readonly text: string;
  private readonly ends: number[];

  constructor(r: number, cells: readonly (string | null)[]) {
    this.r = r;
    const n = rowEnd(cells, 0);
    this.ends = [];
    let at = 0;
    for (let i = 0; i < n; i++) this.ends.push((at += (cells[i] ?? '').length));
    this.text = (n === cells.length ? cells : cells.slice(0, n)).join('');
  }

  /** Columns the row reaches ({@link rowEnd}). */
  get width(): number {
    return this.ends.length;
  }

  get cells(): string[] {
    const out: string[] = [];
    let from = 0;
    for (const to of this.ends) {
      out.push(this.text.slice(from, to));
      from = to;
    }
    return out;
  }
}

/**
 * Columns `cells` reach counting `firstColumn` leading ones, up to the last filled cell: a sheet
 * declaring `<dimension ref="A1:XFD1048576">` reads as rows of 16,384 cells, nearly all empty.
 */
export function rowEnd(cells: readonly unknown[], firstColumn: number): number {
  let n = cells.length;
  while (n > 0 && (cells[n - 1] === null || cells[n - 1] === undefined || cells[n - 1] === '')) n--;
  return n === 0 ? 0 : firstColumn + n;
}

/** The rows kept, in sheet order, and what the sheet says about its layout. */
export interface LedgerSource {
  rows: SourceRow[];
  /** Columns the rows kept reach ({@link rowEnd}): a loop, never a spread, over 10^5 rows and more. */
  width: number;
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
    let width = 0;
    for (let i = 0; i < s.rows.length && rows.length < limit; i++) {
      if (!wanted(s.firstRow + i)) continue;
      rows.push({ r: s.firstRow + i, cells: s.rows[i]! });
      width = Math.max(width, rowEnd(s.rows[i]!, s.firstColumn));
    }
    return { rows, width, firstColumn: s.firstColumn, merges: s.merges, numberFormat: s.numberFormat!, widths: s.widths!, date1904: s.date1904 };
  }
  let width = 0;
  /** Keep a streamed row if wanted (its 1-based `row`); false once the limit is reached. */
  const keep = (cells: readonly (string | null)[], row: number) => {
    if (wanted(row - 1)) {
      const kept = new TextRow(row - 1, cells);
      rows.push(kept);
      width = Math.max(width, kept.width);
    }
    return rows.length < limit;
  };
  if (info.format === 'parquet') {
    if (info.sha256 !== undefined && (await fileDigest(path)) !== info.sha256) return 'changed';
    return (await streamParquet(path, keep)).ok ? { rows, width, firstColumn: 0, merges: [] } : undefined;
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
  return { rows, width, firstColumn: 0, merges: [] };
}
