/**
 * A failed or interrupted write never leaves a half-written output or a temporary file behind, and
 * a link planted at the temporary name cannot redirect it (`src/io/write-atomic.ts`). The random
 * part of the temporary name is pinned with a spy on `crypto.randomBytes` where a case needs to
 * know the name in advance — the only way anyone could.
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { FileAccessError } from '../../src/io/io-failure.ts';
import { writeFileAtomic, writeFileAtomicChunks } from '../../src/io/write-atomic.ts';
import { packageRoot } from '../../src/paths.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'xinfang-atomic-'));
chmodSync(work, 0o755); // the EACCES case runs its child as another user
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

let n = 0;
/** A fresh folder holding `report.html` with known old content. */
function folder(): { dir: string; target: string } {
  const dir = join(work, `case${n++}`);
  mkdirSync(dir);
  const target = join(dir, 'report.html');
  writeFileSync(target, 'OLD REPORT');
  return { dir, target };
}

/** Make `crypto.randomBytes` return `hex` (as bytes) for its next `times` calls. */
function pinRandom(hex: string, times: number): void {
  const real = crypto.randomBytes.bind(crypto);
  let left = times;
  vi.spyOn(crypto, 'randomBytes').mockImplementation(((size: number) => (left-- > 0 ? Buffer.from(hex, 'hex') : real(size))) as typeof crypto.randomBytes);
}

describe('writeFileAtomic: the temporary file', () => {
  it('a symlink planted at the temporary name is not followed: the write goes elsewhere, the link and its target are untouched', () => {
    const { dir, target } = folder();
    const victim = join(work, `victim${n}.txt`);
    writeFileSync(victim, 'VICTIM');
    const planted = join(dir, '.report.html.aaaaaaaaaaaa.tmp');
    symlinkSync(victim, planted);
    pinRandom('aaaaaaaaaaaa', 1);
    writeFileAtomic(target, 'NEW REPORT');
    expect(readFileSync(target, 'utf8')).toBe('NEW REPORT');
    expect(readFileSync(victim, 'utf8')).toBe('VICTIM');
    expect(lstatSync(planted).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['.report.html.aaaaaaaaaaaa.tmp', 'report.html']);
  });

  it('when every name tried is taken, the write fails (EEXIST) without touching the target or the link target', () => {
    const { dir, target } = folder();
    const victim = join(work, `victim${n}.txt`);
    writeFileSync(victim, 'VICTIM');
    symlinkSync(victim, join(dir, '.report.html.bbbbbbbbbbbb.tmp'));
    pinRandom('bbbbbbbbbbbb', 100);
    let thrown: unknown;
    try {
      writeFileAtomic(target, 'NEW REPORT');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FileAccessError);
    expect((thrown as FileAccessError).code).toBe('EEXIST');
    expect(readFileSync(target, 'utf8')).toBe('OLD REPORT');
    expect(readFileSync(victim, 'utf8')).toBe('VICTIM');
  });

  it('two writes of the same target use different temporary names', () => {
    const names = new Set<string>();
    const { dir, target } = folder();
    for (let i = 0; i < 2; i++) {
      writeFileAtomicChunks(target, (write) => {
        for (const f of readdirSync(dir)) if (f.endsWith('.tmp')) names.add(f);
        write(Buffer.from(`v${i}`));
      });
    }
    expect(names.size).toBe(2);
    for (const name of names) expect(name).toMatch(/^\.report\.html\.[0-9a-f]{12}\.tmp$/);
  });
});

describe('writeFileAtomic under failure', () => {
  it('a file-system error mid-write (ENOSPC after 3 MB): FileAccessError, the old file is intact, no temp file is left', () => {
    const { dir, target } = folder();
    const chunk = new Uint8Array(1 << 20).fill(0x41);
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    let thrown: unknown;
    try {
      writeFileAtomicChunks(target, (write) => {
        for (let i = 0; i < 3; i++) write(chunk);
        throw enospc;
      });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(FileAccessError);
    expect((thrown as FileAccessError).path).toBe(target);
    expect((thrown as FileAccessError).code).toBe('ENOSPC');
    expect(readFileSync(target, 'utf8')).toBe('OLD REPORT');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('interrupted mid-write (the chunk producer fails after 3 MB): the error is passed on as it is, the old file is intact, no temp file is left', () => {
    const { dir, target } = folder();
    const chunk = new Uint8Array(1 << 20).fill(0x41);
    expect(() =>
      writeFileAtomicChunks(target, (write) => {
        for (let i = 0; i < 3; i++) write(chunk);
        throw new Error('interrupted');
      }),
    ).toThrow(/^interrupted$/);
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

  it('a successful write replaces the whole file and leaves only the target', () => {
    const { dir, target } = folder();
    writeFileAtomic(target, 'NEW');
    expect(readFileSync(target, 'utf8')).toBe('NEW');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });
});

describe('writeFileAtomic when the process is told to stop mid-write', () => {
  const child = (target: string, how: string) =>
    run(process.execPath, ['--import', 'tsx/esm', join(packageRoot, 'test/hardening/write-atomic-child.ts'), target, how], { cwd: packageRoot }).then(
      (r) => ({ code: 0, signal: null, stdout: r.stdout }),
      (e: { code: number | null; signal: string | null; stdout: string }) => ({ code: e.code, signal: e.signal, stdout: e.stdout }),
    );

  it.each([
    // A signal is held back until the synchronous write is done: the file is complete, then the
    // signal ends the process (without xinfang's listener it would die mid-write, leaving the temporary file).
    ['sigint', { code: null, signal: 'SIGINT', stdout: '' }, 4 << 20],
    ['sigterm', { code: null, signal: 'SIGTERM', stdout: '' }, 4 << 20],
    // process.exit inside the write: the exit handler removes the temporary file; the old file stays.
    ['exit', { code: 3, signal: null, stdout: '' }, 'OLD REPORT'.length],
  ] as const)('%s: no temporary file is left', async (how, expected, size) => {
    const { dir, target } = folder();
    expect(await child(target, how)).toEqual(expected);
    expect(readdirSync(dir)).toEqual(['report.html']);
    expect(readFileSync(target).length).toBe(size);
  });
});

describe('the CLI when the file system refuses an output', () => {
  const isRoot = process.getuid?.() === 0;

  it('a folder without write permission (EACCES): OUTPUT_WRITE_FAILED with a Chinese hint, exit 1, nothing left behind', async () => {
    const { dir } = folder();
    chmodSync(dir, 0o555);
    try {
      // Root ignores permissions, so as root the CLI runs as nobody (uid 65534).
      const r = await run(process.execPath, [join(packageRoot, 'src/cli/xinfang.js'), 'compile', 'rules/national', '--out', join(dir, 'national.json')], {
        cwd: packageRoot,
        env: { ...process.env, HOME: work },
        ...(isRoot ? { uid: 65534, gid: 65534 } : {}),
      }).then(
        (x) => ({ code: 0, stderr: x.stderr }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
      expect(r.code).toBe(1);
      const [head, hint] = r.stderr.trim().split('\n');
      expect(head).toBe(`${join(dir, 'national.json')}  error  OUTPUT_WRITE_FAILED  无法写入 ${join(dir, 'national.json')}：没有权限（EACCES）。`);
      expect(hint).toMatch(/^ {4}请换一个有写入权限的目录/);
      expect(r.stderr).not.toMatch(/内部错误/);
      expect(readdirSync(dir)).toEqual(['report.html']);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it.skipIf(!existsSync('/sys/kernel'))('a folder that cannot be created (mkdir under /sys: EPERM), in English with --lang en', async () => {
    const err: string[] = [];
    const code = await main(['--lang', 'en', 'compile', 'rules/national', '--out', '/sys/xinfang-out/national.json'], {
      stdout: () => {},
      stderr: (t) => err.push(t),
      cwd: packageRoot,
      isTTY: false,
    });
    expect(code).toBe(1);
    expect(err[0]).toBe(
      '/sys/xinfang-out/national.json  error  OUTPUT_WRITE_FAILED  Cannot write /sys/xinfang-out/national.json: permission denied (EPERM).\n' +
        '    Write to a folder you may write to (e.g. your documents folder), or ask an administrator for access; existing files are unchanged.',
    );
    expect(err.join('\n')).not.toMatch(/internal error|[\u4e00-\u9fff]/);
  });
});
