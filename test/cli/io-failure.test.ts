/**
 * Which exceptions are the machine's (a diagnostic, exit 1) and which are bugs (an internal error):
 * real errors from real file-system calls, classified by `ioFailure` (src/io/io-failure.ts). For
 * outputs, the CLI's side (diagnostic printed, exit 1) is tested in test/hardening/write-atomic.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { FileAccessError, ioFailure, readInputFile } from '../../src/io/io-failure.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-io-failure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
mkdirSync(join(work, 'folder'));
writeFileSync(join(work, 'file.txt'), 'x');

/** The error `f` throws. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('ioFailure', () => {
  it.each([
    ['reading a missing file', () => readFileSync(join(work, 'missing.csv')), 'INPUT_READ_FAILED', 'missing.csv', 'ENOENT'],
    ['reading a folder as a file', () => readFileSync(join(work, 'folder')), 'INPUT_READ_FAILED', '', 'EISDIR'],
    ['creating a folder under a file', () => mkdirSync(join(work, 'file.txt', 'sub')), 'OUTPUT_WRITE_FAILED', 'file.txt/sub', 'ENOTDIR'],
    ['an input read by readInputFile that is a folder', () => readInputFile(join(work, 'folder')), 'INPUT_READ_FAILED', 'folder', 'EISDIR'],
    [
      'an output the atomic writer could not write',
      () => {
        throw new FileAccessError('write', join(work, 'out', 'report.html'), Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'open' }));
      },
      'OUTPUT_WRITE_FAILED',
      'out/report.html',
      'EACCES',
    ],
  ])('%s: the code, and the path relative to the working folder', (_name, f, code, path, reason) => {
    const d = ioFailure(thrown(f), work);
    expect(d).toMatchObject({ code, severity: 'error', args: { path, reason } });
    if (path) expect(d!.file).toBe(path);
  });

  it.each([
    ['a TypeError (a bug)', () => (null as unknown as { x: number }).x],
    ['an error with an unexpected code', () => { throw Object.assign(new Error('boom'), { code: 'ERR_SOMETHING' }); }],
    [
      'a thrown string',
      () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a non-Error is the case under test
        throw 'text';
      },
    ],
  ])('%s is not an I/O failure', (_name, f) => {
    expect(ioFailure(thrown(f), work)).toBeUndefined();
  });
});

describe('the CLI prints a failed read as a diagnostic', () => {
  it.each([
    ['zh', 'missing.xlsx', `missing.xlsx  error  INPUT_READ_FAILED  无法读取 missing.xlsx：文件或目录不存在（ENOENT）。`, '    请检查路径拼写，以及文件是否已被移动或删除。'],
    ['en', 'folder', 'folder  error  INPUT_READ_FAILED  Cannot read folder: it is a folder, where a file is needed (EISDIR).', '    Name a file inside that folder.'],
  ])('import of an unreadable workbook (--lang %s): INPUT_READ_FAILED with its hint, exit 1', async (lang, file, head, hint) => {
    const err: string[] = [];
    const code = await main(['--lang', lang, 'import', file, '--out', 'out'], { stdout: () => {}, stderr: (t) => err.push(t), cwd: work, isTTY: false });
    expect(code).toBe(1);
    expect(err.join('\n').split('\n')).toEqual([head, hint]);
  });
});
