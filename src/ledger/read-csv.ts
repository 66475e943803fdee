/**
 * Stream a CSV ledger: bytes → strict decoder (the encoding `sniff` chose) → papaparse → rows.
 * Memory stays bounded by one chunk of text, so a 1,000,000-row ledger fits. A byte the
 * decoder rejects later in the file stops the read with LEDGER_ENCODING rather than garbling text.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { readFailureReason } from '../io/io-failure.ts';
import { decoderFor, firstInvalid, type LedgerEncoding } from './sniff.ts';

/**
 * Bytes read per chunk. Small on purpose: papaparse hands over a chunk's rows all at once, and they
 * stay alive until the last is checked, so with 1 MB chunks some 12,000 rows at a time survived
 * into the old generation — over a million rows, 1.2 s more garbage collection and 180 MB more
 * memory than with 16 KB chunks.
 */
const CHUNK = 1 << 14;

/**
 * Most bytes the parser may take in without completing a row: a 50 MB line or an
 * unclosed quote would otherwise be re-split on every chunk (tens of seconds, GBs of RSS). Excel
 * caps a cell at 32,767 characters, so a real ledger row is far below this.
 */
export const MAX_ROW_BYTES = 4 << 20;

/**
 * How a streamed CSV read ended: read to the end; a byte the encoding rejects (its offset); a row
 * running on past MAX_ROW_BYTES (its 1-based number); or a read error.
 */
export type CsvEnd = { ok: true } | { ok: false; offset: number } | { ok: false; longRow: number } | { ok: false; error: string };

/**
 * Read `path` as CSV in `encoding`, calling `onRow(cells, rowNumber)` for each record (row numbers
 * 1-based, blank lines included, as Excel would number them) and `onBytes` with each chunk of bytes
 * consumed and the total so far. `onRow` returning false stops the read there (an ordinary end: `{ ok: true }`).
 */
export function streamCsv(
  path: string,
  encoding: LedgerEncoding,
  onRow: (cells: string[], row: number) => void | boolean,
  onBytes?: (chunk: Uint8Array, bytesRead: number) => void,
): Promise<CsvEnd> {
  const decoder = decoderFor(encoding);
  let offset = 0;
  let failure: CsvEnd | undefined;
  const sizes: number[] = []; // bytes behind each text chunk yielded and not yet parsed
  let pending = 0;
  async function* text(): AsyncGenerator<string> {
    const input = createReadStream(path, { highWaterMark: CHUNK });
    try {
      for await (const chunk of input as AsyncIterable<Buffer>) {
        if (failure) return;
        let s: string;
        try {
          s = decoder.decode(chunk, { stream: true });
        } catch {
          const at = firstInvalid(chunk, encoding === 'gb18030' ? 'gb18030' : 'utf-8');
          failure = { ok: false, offset: offset + Math.max(at, 0) };
          return;
        }
        offset += chunk.length;
        onBytes?.(chunk, offset);
        pending += chunk.length;
        if (s) {
          sizes.push(pending);
          pending = 0;
          yield s;
        }
      }
      const tail = decoder.decode();
      if (tail) yield tail;
    } catch (e) {
      failure = { ok: false, error: readFailureReason(e) };
    } finally {
      input.destroy();
    }
  }
  let row = 0;
  let sinceRow = 0; // bytes parsed since the parser last completed a row
  return new Promise((resolve) => {
    const source = Readable.from(text());
    Papa.parse<string[]>(source as unknown as File, {
      header: false,
      skipEmptyLines: false,
      chunk: (results, parser) => {
        const data = results.data;
        const size = sizes.shift() ?? 0;
        sinceRow = data.length ? 0 : sinceRow + size;
        if (sinceRow > MAX_ROW_BYTES) {
          failure = { ok: false, longRow: row + 1 };
          parser.abort();
          return;
        }
        for (let i = 0; i < data.length; i++) {
          if (onRow(data[i]!, ++row) !== false) continue;
          parser.abort();
          // Ends the text generator, which closes the file.
          source.destroy();
          return;
        }
      },
      complete: () => resolve(failure ?? { ok: true }),
      error: (e: Error) => resolve({ ok: false, error: readFailureReason(e) }),
    });
  });
}
