/**
 * A failed or interrupted write never leaves a half-written output or a temporary file behind
 * (issue 7, `src/io/write-atomic.ts`). Disk-full is real, not mocked: the temporary file's path is
 * made a symlink to /dev/full, where every write fails with ENOSPC after the file was opened — the
 * moment a naive writer would already have truncated the target.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeFileAtomicChunks } from '../../src/io/write-atomic.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

let n = 0;
/** A fresh folder holding `report.html` with known old content. */
function folder(): { dir: string; target: string } {
  const dir = join(work, `case${n++}`);
  mkdirSync(dir);
  const target = join(dir, 'report.html');
  writeFileSync(target, 'OLD REPORT');
  return { dir, target };
}

const isRoot = process.getuid?.() === 0;

describe('writeFileAtomic under failure', () => {
  it.skipIf(!existsSync('/dev/full'))('disk full (ENOSPC while writing): throws, the old file is intact, no temp file is left', () => {
    const { dir, target } = folder();
    // Pin the clock so the temp name `.report.html.<pid>.<now>.tmp` is known, and point it at /dev/full.
    vi.useFakeTimers({ now: 1_700_000_000_000 });
    symlinkSync('/dev/full', join(dir, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`));
    expect(() => writeFileAtomic(target, 'NEW REPORT '.repeat(100_000))).toThrow(/ENOSPC/);
    expect(readFileSync(target, 'utf8')).toBe('OLD REPORT');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('interrupted mid-write (the chunk producer fails after 3 MB): throws, the old file is intact, no temp file is left', () => {
    const { dir, target } = folder();
    const chunk = new Uint8Array(1 << 20).fill(0x41);
    expect(() =>
      writeFileAtomicChunks(target, (write) => {
        for (let i = 0; i < 3; i++) write(chunk);
        throw new Error('interrupted');
      }),
    ).toThrow('interrupted');
    expect(readFileSync(target, 'utf8')).toBe('OLD REPORT');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('the target is a folder (rename fails): throws, the folder is untouched, no temp file is left', () => {
    const { dir } = folder();
    const target = join(dir, 'sub');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'keep');
    expect(() => writeFileAtomic(target, 'x')).toThrow(/EISDIR|EEXIST|ENOTEMPTY|EPERM/);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('keep');
    expect(readdirSync(dir).sort()).toEqual(['report.html', 'sub']);
  });

  it('the folder cannot be created (a file stands in the way): throws, nothing is written', () => {
    const { dir, target } = folder();
    expect(() => writeFileAtomic(join(target, 'inner.html'), 'x')).toThrow(/ENOTDIR|EEXIST/);
    expect(readFileSync(target, 'utf8')).toBe('OLD REPORT');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it.skipIf(isRoot)('a read-only folder (skipped as root: root ignores permissions): throws, old file intact, no temp file', () => {
    const { dir, target } = folder();
    chmodSync(dir, 0o555);
    try {
      expect(() => writeFileAtomic(target, 'NEW')).toThrow(/EACCES|EPERM/);
      expect(readFileSync(target, 'utf8')).toBe('OLD REPORT');
      expect(readdirSync(dir)).toEqual(['report.html']);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('a successful write replaces the whole file and leaves only the target', () => {
    const { dir, target } = folder();
    writeFileAtomic(target, 'NEW');
    expect(readFileSync(target, 'utf8')).toBe('NEW');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });
});
