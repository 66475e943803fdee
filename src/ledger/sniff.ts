/**
 * What kind of file a ledger is, from its first bytes (not its name): an XLSX/XLS workbook, a
 * Parquet file (its magic `PAR1`), text (CSV) in UTF-8 / UTF-8 with BOM / GB18030, or something
 * that is not a ledger at all (a picture, a PDF). Chinese Excel and WPS save CSV as GB18030; we
 * try UTF-8 first, strictly, and never guess any other encoding, so no text is ever silently
 * garbled.
 */

/** The encodings a CSV ledger may use (docs/ledger-columns.md). */
export type LedgerEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

/** What the first bytes say. */
export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'workbook' }
  | { kind: 'parquet' }
  | { kind: 'text'; encoding: LedgerEncoding }
  | { kind: 'bad-encoding'; offset: number }
  | { kind: 'not-ledger'; zh: string; en: string };

const MAGIC: [number[], string, string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片', 'a PNG picture'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片', 'a JPEG picture'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片', 'a GIF picture'],
  [[0x42, 0x4d], 'BMP 图片', 'a BMP picture'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文档', 'a PDF document'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包', 'a RAR archive'],
  [[0x1f, 0x8b], 'gzip 压缩包', 'a gzip archive'],
];

const startsWith = (b: Uint8Array, m: number[]) => m.every((x, i) => b[i] === x);

/** Offset of the first byte `decoder` rejects in `bytes` (a trailing incomplete character is not an error), or -1. */
export function firstInvalid(bytes: Uint8Array, label: string): number {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes, { stream: true });
    return -1;
  } catch {
    // Find the offset by halving: decoders do not report where they failed.
    let lo = 0;
    let hi = bytes.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      try {
        new TextDecoder(label, { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid;
      }
    }
    return lo;
  }
}

/**
 * Classify a file from its first bytes (the caller passes up to 1 MB). For text, UTF-8 wins when
 * the prefix is valid UTF-8 (GB18030 Chinese text is practically never valid UTF-8); else GB18030
 * when valid; else the offset of the first byte neither accepts.
 */
export function sniff(head: Uint8Array, fileSize: number): Sniffed {
  if (fileSize === 0) return { kind: 'empty' };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: 'workbook' };
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return { kind: 'parquet' };
  for (const [m, zh, en] of MAGIC) if (startsWith(head, m)) return { kind: 'not-ledger', zh, en };
  if (head.subarray(0, 4096).includes(0)) return { kind: 'not-ledger', zh: '二进制文件', en: 'a binary file' };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) {
    const bad = firstInvalid(head.subarray(3), 'utf-8');
    return bad < 0 ? { kind: 'text', encoding: 'utf-8-bom' } : { kind: 'bad-encoding', offset: bad + 3 };
  }
  const badUtf8 = firstInvalid(head, 'utf-8');
  if (badUtf8 < 0) return { kind: 'text', encoding: 'utf-8' };
  const badGb = firstInvalid(head, 'gb18030');
  if (badGb < 0) return { kind: 'text', encoding: 'gb18030' };
  return { kind: 'bad-encoding', offset: Math.max(badUtf8, badGb) };
}

/** The WHATWG label and BOM handling of an encoding. */
export function decoderFor(encoding: LedgerEncoding): TextDecoder {
  return encoding === 'gb18030'
    ? new TextDecoder('gb18030', { fatal: true })
    : new TextDecoder('utf-8', { fatal: true }); // strips a BOM
}
