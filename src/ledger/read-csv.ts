/**
 * Stream a CSV ledger: bytes → strict decoder (the encoding `sniff` chose) → papaparse → rows.
 * Memory stays bounded by one chunk of text, so a 1,000,000-row ledger fits (issue 3). A byte the
 * decoder rejects later in the file stops the read with LEDGER_ENCODING rather than garbling text.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { decoderFor, firstInvalid, type LedgerEncoding } from './sniff.ts';

/** Bytes read per chunk. */
const CHUNK = 1 << 20;

/** How a streamed CSV read ended. */
export type CsvEnd = { ok: true } | { ok: false; offset: number } | { ok: false; error: string };

/**
 * Read `path` as CSV in `encoding`, calling `onRow(cells, rowNumber)` for each record (row numbers
 * 1-based, blank lines included, as Excel would number them) and `onBytes` as bytes are consumed.
 */
export function streamCsv(
  path: string,
  encoding: LedgerEncoding,
  onRow: (cells: string[], row: number) => void,
  onBytes?: (bytesRead: number) => void,
): Promise<CsvEnd> {
  const decoder = decoderFor(encoding);
  let offset = 0;
  let failure: CsvEnd | undefined;
  async function* text(): AsyncGenerator<string> {
    const input = createReadStream(path, { highWaterMark: CHUNK });
    try {
      for await (const chunk of input as AsyncIterable<Buffer>) {
        let s: string;
        try {
          s = decoder.decode(chunk, { stream: true });
        } catch {
          const at = firstInvalid(chunk, encoding === 'gb18030' ? 'gb18030' : 'utf-8');
          failure = { ok: false, offset: offset + Math.max(at, 0) };
          return;
        }
        offset += chunk.length;
        onBytes?.(offset);
        if (s) yield s;
      }
      const tail = decoder.decode();
      if (tail) yield tail;
    } catch (e) {
      failure = { ok: false, error: (e as Error).message };
    } finally {
      input.destroy();
    }
  }
  let row = 0;
  return new Promise((resolve) => {
    Papa.parse<string[]>(Readable.from(text()) as unknown as File, {
      header: false,
      skipEmptyLines: false,
      chunk: (results) => {
        const data = results.data;
        for (let i = 0; i < data.length; i++) onRow(data[i]!, ++row);
      },
      complete: () => resolve(failure ?? { ok: true }),
      error: (e: Error) => resolve({ ok: false, error: e.message }),
    });
  });
}
