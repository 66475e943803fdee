/**
 * Read a case ledger (docs/ledger-columns.md), CSV, XLSX or Parquet, streaming cases to a callback. I/O edge of the
 * ledger stage. A file that is not a ledger (a picture, empty, no header, wrong sheet, unknown
 * encoding) gives a fatal error diagnostic and `ok: false`; problems in cells give diagnostics
 * and the case is still handed on. Ledgers are inputs only: opened read-only, never written.
 */
import crypto from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, readFileSync, statSync, type Stats } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { LedgerAssembler, type LedgerLayout } from './assemble.ts';
import { headerIndex } from './columns.ts';
import { DiagnosticSink } from './diagnostic-sink.ts';
import type { LedgerCase } from './ledger-case.ts';
import { inputFileProblem } from '../io/input-file.ts';
import { readFailureReason } from '../io/io-failure.ts';
import { MAX_ROW_BYTES, streamCsv } from './read-csv.ts';
import { streamParquet } from './read-parquet.ts';
import { readWorkbookSheet } from './read-xlsx.ts';
import { sniff, type LedgerEncoding } from './sniff.ts';

/** Bytes inspected to tell the file's kind and encoding. */
const SNIFF_BYTES = 1 << 20;

/** Options of {@link readLedger}. */
export interface ReadLedgerOptions {
  /** The path as the user wrote it, for diagnostics. */
  displayName: string;
  /** Sheet to read in a workbook (default: the first). */
  sheet?: string;
  /** The organisation's header synonyms (rule set `ledger.headers`). */
  headers?: Record<string, string[]>;
  /** The rule set's own levels beyond 一般/重大/紧急, accepted in 等级. */
  levels?: readonly string[];
  /** Called once per case, in file order. */
  onCase: (c: LedgerCase) => void;
  /** Called once the header is found, before the first case. */
  onLayout?: (layout: LedgerLayout) => void;
  /** Progress: a CSV's bytes consumed; a workbook once before it is parsed (at once, no count), then its rows; a Parquet file's rows. */
  onProgress?: (done: number, total: number, unit: ReadUnit) => void;
  /** Diagnostics listed per code before the rest are counted (default 1000). */
  capPerCode?: number;
}

/** What a progress report counts. */
export type ReadUnit = 'bytes' | 'workbook' | 'rows';

/** What reading found, besides the cases. */
export interface LedgerInfo {
  /** False when the file is not a readable ledger; the diagnostics say why. */
  ok: boolean;
  format?: 'csv' | 'xlsx' | 'parquet';
  encoding?: LedgerEncoding;
  sheet?: string;
  layout?: LedgerLayout;
  /** Cases handed to `onCase`. */
  cases: number;
  diagnostics: Diagnostic[];
  /** Per-severity totals, including diagnostics over the cap. */
  totals: { error: number; warning: number; info: number };
  /**
   * SHA-256 (hex) of the bytes that were read: what the cases came from. Anything that reads the
   * file again for the same run (the annotated copy) checks it still has these bytes.
   */
  sha256?: string;
}

/** SHA-256 of `bytes`, hex. */
export function ledgerDigest(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 (hex) of the file at `path`, streamed (a Parquet ledger is read by DuckDB, not by us). */
export async function fileDigest(path: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Whether the file at `path` is no longer the one `before` described (saved over while being read). */
function changedSince(path: string, before: Stats): boolean {
  try {
    const now = statSync(path);
    return now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.ino !== before.ino;
  } catch {
    return true;
  }
}

function head(path: string): { bytes: Uint8Array; size: number; stat: Stats } {
  const stat = statSync(path);
  const size = stat.size;
  const fd = openSync(path, 'r');
  try {
    const bytes = new Uint8Array(Math.min(size, SNIFF_BYTES));
    const n = readSync(fd, bytes, 0, bytes.length, 0);
    return { bytes: bytes.subarray(0, n), size, stat };
  } finally {
    closeSync(fd);
  }
}

/** Read a ledger file, calling `onCase` for every case. Never throws for bad input. */
export async function readLedger(path: string, opts: ReadLedgerOptions): Promise<LedgerInfo> {
  const sink = new DiagnosticSink(opts.displayName, opts.capPerCode);
  const done = (info: Partial<LedgerInfo>, ok: boolean): LedgerInfo => ({
    ok,
    cases: 0,
    ...info,
    diagnostics: sink.finish(),
    totals: sink.totals(),
  });
  // A pipe would be read as size 0 ("empty") or block; a device would never end.
  const refused = inputFileProblem(path, opts.displayName, {});
  if (refused) {
    sink.add(refused.code, refused.args, {});
    return done({}, false);
  }
  let h: ReturnType<typeof head>;
  try {
    h = head(path);
  } catch (e) {
    sink.add('LEDGER_UNREADABLE', { reason: readFailureReason(e) }, {});
    return done({}, false);
  }
  // Saved over while being read: the cases would mix two versions of the file.
  const changed = () => {
    sink.add('LEDGER_CHANGED', {}, {});
    return done({}, false);
  };
  const kind = sniff(h.bytes, h.size);
  const headers = headerIndex(opts.headers);
  /** The assembler of the rows read, whatever the format; a workbook's sheet and date system besides. */
  const assembler = (workbook?: { sheet: string; date1904: boolean }) =>
    new LedgerAssembler({ headers, sink, ...workbook, ...(opts.levels ? { levels: opts.levels } : {}), onCase: opts.onCase, ...(opts.onLayout ? { onLayout: opts.onLayout } : {}) });
  // --sheet names a sheet of a workbook; a CSV or Parquet ledger has none.
  if (opts.sheet !== undefined && (kind.kind === 'text' || kind.kind === 'parquet')) {
    sink.add('LEDGER_NOT_A_WORKBOOK', { sheet: opts.sheet, format: kind.kind === 'text' ? 'CSV' : 'Parquet' }, {});
    return done({}, false);
  }
  switch (kind.kind) {
    case 'empty':
      sink.add('LEDGER_EMPTY', {}, {});
      return done({}, false);
    case 'not-ledger':
      sink.add('LEDGER_NOT_A_LEDGER', { kindZh: kind.zh, kindEn: kind.en }, {});
      return done({}, false);
    case 'bad-encoding':
      sink.add('LEDGER_ENCODING', { offset: kind.offset }, {});
      return done({}, false);
    case 'workbook': {
      opts.onProgress?.(0, h.size, 'workbook');
      const bytes = readFileSync(path);
      if (changedSince(path, h.stat)) return changed();
      const sheet = readWorkbookSheet(bytes, opts.sheet);
      if ('error' in sheet) {
        if (sheet.error === 'no-sheet') sink.add('LEDGER_SHEET_NOT_FOUND', { sheet: opts.sheet ?? '', sheets: sheet.sheets.join('、') }, {});
        else if (sheet.error === 'damaged') sink.add('LEDGER_WORKBOOK_DAMAGED', { reasonZh: sheet.zh, reasonEn: sheet.en }, {});
        else sink.add('LEDGER_NOT_A_LEDGER', { kindZh: '无法读取的压缩文件或工作簿', kindEn: 'an unreadable archive or workbook' }, {});
        return done({ format: 'xlsx' }, false);
      }
      const asm = assembler({ sheet: sheet.sheet, date1904: sheet.date1904 });
      const pad: null[] = new Array(sheet.firstColumn).fill(null);
      const total = sheet.rows.length;
      sheet.rows.forEach((cells, i) => {
        asm.push(pad.length ? [...pad, ...cells] : cells, sheet.firstRow + i + 1);
        opts.onProgress?.(i + 1, total, 'rows');
      });
      const layout = asm.end();
      return done({ format: 'xlsx', sheet: sheet.sheet, cases: asm.cases, sha256: ledgerDigest(bytes), ...(layout ? { layout } : {}) }, layout !== undefined);
    }
    case 'parquet': {
      const asm = assembler();
      const end = await streamParquet(path, (cells, row) => asm.push(cells, row), (n, total) => opts.onProgress?.(n, total, 'rows'));
      if (changedSince(path, h.stat)) return changed();
      if (!end.ok) {
        if ('unavailable' in end) sink.add('LEDGER_PARQUET_UNAVAILABLE', { reason: end.unavailable }, {});
        else if ('pattern' in end) sink.add('LEDGER_PARQUET_NAME_PATTERN', {}, {});
        else sink.add('LEDGER_PARQUET_DAMAGED', { reason: end.error }, {});
        return done({ format: 'parquet', cases: asm.cases }, false);
      }
      const layout = asm.end();
      return done({ format: 'parquet', cases: asm.cases, sha256: await fileDigest(path), ...(layout ? { layout } : {}) }, layout !== undefined);
    }
    case 'text': {
      const asm = assembler();
      const hash = crypto.createHash('sha256');
      const end = await streamCsv(
        path,
        kind.encoding,
        (cells, row) => asm.push(cells, row),
        (chunk, n) => {
          hash.update(chunk);
          opts.onProgress?.(n, h.size, 'bytes');
        },
      );
      if (changedSince(path, h.stat)) return changed();
      if (!end.ok) {
        if ('offset' in end) sink.add('LEDGER_ENCODING', { offset: end.offset }, {});
        else if ('longRow' in end) sink.add('LEDGER_ROW_TOO_LONG', { max: MAX_ROW_BYTES >> 20 }, { row: end.longRow });
        else sink.add('LEDGER_UNREADABLE', { reason: end.error }, {});
        return done({ format: 'csv', encoding: kind.encoding, cases: asm.cases }, false);
      }
      const layout = asm.end();
      return done({ format: 'csv', encoding: kind.encoding, cases: asm.cases, sha256: hash.digest('hex'), ...(layout ? { layout } : {}) }, layout !== undefined);
    }
  }
}
