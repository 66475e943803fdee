/**
 * Write output files atomically: write a temporary file beside the target, then rename it over
 * the target, so an interrupted or failed write (disk full, Ctrl-C) never leaves a half-written file.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Write `data` to `path` atomically, creating the folder if needed. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeFileAtomicChunks(path, (write) => write(typeof data === 'string' ? Buffer.from(data) : data));
}

/**
 * {@link writeFileAtomic} for output too large to hold in memory at once (a million-case check's
 * JSON is ~500 MB, issue 3): `fill` writes the content in chunks through `write`, and the file
 * appears at `path` only once `fill` has returned.
 */
export function writeFileAtomicChunks(path: string, fill: (write: (chunk: Uint8Array) => void) => void): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    const out = (fd = openSync(tmp, 'w'));
    fill((chunk) => {
      for (let at = 0; at < chunk.length; ) at += writeSync(out, chunk, at);
    });
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}
