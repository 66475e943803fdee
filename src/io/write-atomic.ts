/**
 * Write output files atomically: write a temporary file beside the target, then rename it over
 * the target, so an interrupted or failed write (disk full, Ctrl-C) never leaves a half-written file.
 *
 * The temporary name is random and the file is created exclusively (`wx`: O_CREAT|O_EXCL, which
 * never follows a symbolic link), so nobody who can write to a shared output folder can plant a
 * link at the name and redirect the write. Data and then the folder entry are flushed to disk
 * (fsync) before the write counts as done. The temporary file is removed on every way out: an
 * error, `process.exit`, and SIGINT/SIGTERM (`exit-cleanup.ts`: a signal is handled only once the
 * synchronous write has finished, so without a listener it would end the process mid-write).
 */
import crypto from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { removeOnAbnormalExit } from './exit-cleanup.ts';
import { FileAccessError } from './io-failure.ts';

/** Write `data` to `path` atomically, creating the folder if needed. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeFileAtomicChunks(path, (write) => write(typeof data === 'string' ? Buffer.from(data) : data));
}

/**
 * {@link writeFileAtomic} for output too large to hold in memory at once (a million-case check's
 * JSON is ~500 MB): `fill` writes the content in chunks through `write`, and the file appears at
 * `path` only once `fill` has returned. When the file system refuses (EACCES, ENOSPC…) it throws an
 * {@link FileAccessError}, which the CLI prints as `OUTPUT_WRITE_FAILED`; the target is then
 * unchanged and no temporary file is left.
 */
export function writeFileAtomicChunks(path: string, fill: (write: (chunk: Uint8Array) => void) => void): void {
  const dir = dirname(path);
  let tmp: string;
  let fd: number;
  try {
    mkdirSync(dir, { recursive: true });
    ({ tmp, fd } = createTemporary(path));
  } catch (e) {
    throw new FileAccessError('write', path, e as NodeJS.ErrnoException);
  }
  const done = removeOnAbnormalExit(tmp);
  let open = true;
  try {
    fill((chunk) => {
      for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at);
    });
    fsyncSync(fd);
    open = false;
    closeSync(fd);
    renameSync(tmp, path);
    syncFolder(dir);
  } catch (e) {
    if (open) closeSync(fd);
    rmSync(tmp, { force: true });
    // A failure of the file system is the output's; anything else (a bug in `fill`) stays as it is.
    throw (e as NodeJS.ErrnoException).syscall ? new FileAccessError('write', path, e as NodeJS.ErrnoException) : e;
  } finally {
    done();
  }
}

/** Attempts at a fresh temporary name: a name that exists is someone else's, never reused. */
const ATTEMPTS = 3;

/**
 * Create `.report.html.3f9c1a2b7d4e.tmp` beside `report.html` (hidden, random, recognisably ours),
 * exclusively: a file or link already at the name fails with EEXIST and another name is tried.
 */
function createTemporary(path: string): { tmp: string; fd: number } {
  for (let attempt = 1; ; attempt++) {
    const tmp = join(dirname(path), `.${basename(path)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
    try {
      return { tmp, fd: openSync(tmp, 'wx', 0o644) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === ATTEMPTS) throw e;
    }
  }
}

/** Flush the folder entry of a rename to disk; a platform that cannot fsync a folder (Windows) skips it. */
export function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw e;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
