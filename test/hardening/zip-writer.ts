/**
 * A minimal ZIP writer for hostile workbooks: stored or deflated entries, where a deflated
 * entry may be fed from a generator of chunks, so a part that inflates to hundreds of MB is built
 * in bounded memory (a zip bomb). Not for production output (that is SheetJS's job).
 */
import { crc32, createDeflateRaw } from 'node:zlib';

/** One entry: its name and its bytes, or chunks to deflate as they come. */
export interface ZipEntry {
  name: string;
  data: Uint8Array | (() => Iterable<Uint8Array>);
  /** Uncompressed size to declare instead of the true one (a zip that lies about its size). */
  declaredSize?: number;
}

/** Deflate the chunks; returns the compressed bytes, the CRC-32 and the inflated size. */
async function deflate(chunks: Iterable<Uint8Array>): Promise<{ bytes: Buffer; crc: number; size: number }> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => (z.on('end', resolve), z.on('error', reject)));
  let crc = 0;
  let size = 0;
  for (const c of chunks) {
    crc = crc32(c, crc);
    size += c.length;
    if (!z.write(c)) await new Promise((resolve) => z.once('drain', resolve));
  }
  z.end();
  await done;
  return { bytes: Buffer.concat(out), crc, size };
}

/** Build a ZIP archive (no ZIP64: every entry under 4 GB). */
export async function zip(entries: readonly ZipEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const chunks = typeof e.data === 'function' ? e.data() : [e.data];
    const { bytes, crc, size } = await deflate(chunks);
    const name = Buffer.from(e.name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt32LE(crc >>> 0, 14);
    head.writeUInt32LE(bytes.length, 18);
    head.writeUInt32LE(e.declaredSize ?? size, 22);
    head.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc >>> 0, 16);
    dir.writeUInt32LE(bytes.length, 20);
    dir.writeUInt32LE(e.declaredSize ?? size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(head, name, bytes);
    central.push(dir, name);
    offset += head.length + name.length + bytes.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}
