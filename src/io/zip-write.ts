/**
 * A zip archive built in memory, its parts deflated as they are written: what an `.xlsx` is
 * (`xlsx-write.ts`). A part is given in chunks, so a 200,000-row sheet is never held whole as
 * text, only compressed. Each chunk is deflated on its own with a sync flush, which ends on a byte
 * boundary without a final block: the chunks together are one valid deflate stream (RFC 1951
 * §3.2.3), each chunk's back-references only reaching into its own text. Level 1 (zlib's fastest):
 * sheet XML is repetitive enough that it still shrinks five- to tenfold. Every part has the same fixed
 * date (1980-01-01, the earliest a zip can hold), so the same workbook gives the same bytes.
 * Parts past 4 GB (zip64) are not supported: a workbook's sheet is far smaller.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** zlib's fastest level; see the module comment. */
const LEVEL = 1;
/** Version 2.0 of the zip format (deflate), and bit 11 of the flags: names in UTF-8. */
const VERSION = 20;
const UTF8_NAMES = 0x0800;
/** 1980-01-01 00:00 in MS-DOS date form (time 0). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  compressed: number;
  offset: number;
}

/** A zip being written; `part` adds an entry, `bytes` ends the archive. */
export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly entries: Entry[] = [];
  private length = 0;

  /**
   * Add the part `name`, given as chunks of text or UTF-8 bytes, each deflated before the next is
   * asked for (so the giver may reuse a chunk's bytes after that).
   */
  part(name: string, text: Iterable<string | Uint8Array>): void {
    let crc = 0;
    let size = 0;
    const data: Buffer[] = [];
    let compressed = 0;
    for (const chunk of text) {
      const raw = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      crc = crc32(raw, crc);
      size += raw.length;
      const z = deflateRawSync(raw, { level: LEVEL, finishFlush: constants.Z_SYNC_FLUSH });
      data.push(z);
      compressed += z.length;
    }
    // The final, empty block that ends the stream.
    const end = deflateRawSync(Buffer.alloc(0), { level: LEVEL });
    data.push(end);
    compressed += end.length;
    const entry: Entry = { name: Buffer.from(name, 'utf8'), crc, size, compressed, offset: this.length };
    this.entries.push(entry);
    this.push(localHeader(entry));
    for (const z of data) this.push(z);
  }

  /** The archive: the parts, then the central directory. */
  bytes(): Uint8Array {
    const start = this.length;
    for (const e of this.entries) this.push(centralHeader(e));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.length - start, 12);
    end.writeUInt32LE(start, 16);
    this.push(end);
    return new Uint8Array(Buffer.concat(this.chunks, this.length));
  }

  private push(b: Buffer): void {
    this.chunks.push(b);
    this.length += b.length;
  }
}

/** The fields a local and a central header share, from "version needed" on (26 bytes). */
function common(e: Entry): Buffer {
  const b = Buffer.alloc(26);
  b.writeUInt16LE(VERSION, 0);
  b.writeUInt16LE(UTF8_NAMES, 2);
  b.writeUInt16LE(8, 4); // deflate
  b.writeUInt16LE(0, 6); // time 00:00
  b.writeUInt16LE(DOS_DATE, 8);
  b.writeUInt32LE(e.crc >>> 0, 10);
  b.writeUInt32LE(e.compressed, 14);
  b.writeUInt32LE(e.size, 18);
  b.writeUInt16LE(e.name.length, 22);
  b.writeUInt16LE(0, 24); // no extra field
  return b;
}

function localHeader(e: Entry): Buffer {
  const sig = Buffer.alloc(4);
  sig.writeUInt32LE(0x04034b50, 0);
  return Buffer.concat([sig, common(e), e.name]);
}

function centralHeader(e: Entry): Buffer {
  const head = Buffer.alloc(6);
  head.writeUInt32LE(0x02014b50, 0);
  head.writeUInt16LE(VERSION, 4); // made by: MS-DOS, 2.0
  // Comment length, disk number, internal and external attributes (all 0), then the local header's offset.
  const tail = Buffer.alloc(14);
  tail.writeUInt32LE(e.offset, 10);
  return Buffer.concat([head, common(e), tail, e.name]);
}
