/**
 * Hostile input files: a rule file that is a link to /dev/zero, a FIFO or a link out of the
 * project; a ledger that is a pipe or a device; an import over a rule file written in flow style or
 * with its `ruleset:` key after a long preamble, or over a file import did not write; a rule-set id
 * that is a path of the public site. Each ends at once in a diagnostic — never a hang, a 7 GB read,
 * "empty", or an overwritten file.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/import.ts';
import { exportCommand } from '../../src/cli/export.ts';
import { readLedger } from '../../src/ledger/read-ledger.ts';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import { HANG_MS } from './hang-bound.ts';

const FIXTURE = join(import.meta.dirname, '../rules/fixtures/minimal/sample');
const BASE = readFileSync(join(FIXTURE, '2024-01-01.yaml'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'xinfang-files-'));
const elsewhere = mkdtempSync(join(tmpdir(), 'xinfang-elsewhere-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

let n = 0;
/** A copy of the minimal rule set whose one file is replaced by `make(path)`. */
async function validateWith(make: (path: string) => void) {
  const dir = join(work, `case${n++}`, 'sample');
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, '2024-01-01.yaml');
  rmSync(file);
  make(file);
  const t0 = performance.now();
  const built = await buildRuleSets([dir], work);
  return { codes: built.diagnostics.map((d) => d.code), ms: performance.now() - t0 };
}

describe('rule files must be regular files inside the project', () => {
  it.each([
    ['a link to /dev/zero', 'INPUT_NOT_REGULAR_FILE', (p: string) => symlinkSync('/dev/zero', p)],
    ['a FIFO', 'INPUT_NOT_REGULAR_FILE', (p: string) => execFileSync('mkfifo', [p])],
    [
      'a link to a rule file outside the project',
      'INPUT_LINK_OUTSIDE',
      (p: string) => {
        writeFileSync(join(elsewhere, 'outside.yaml'), BASE);
        symlinkSync(join(elsewhere, 'outside.yaml'), p);
      },
    ],
  ] as const)('%s → %s', async (_name, code, make) => {
    const { codes, ms } = await validateWith(make);
    expect(codes).toContain(code);
    expect(ms).toBeLessThan(HANG_MS);
  });

  it('a link inside the project is followed', async () => {
    mkdirSync(join(work, 'kept'));
    writeFileSync(join(work, 'kept', 'inside.yaml'), BASE);
    const { codes } = await validateWith((p) => symlinkSync(join(work, 'kept', 'inside.yaml'), p));
    expect(codes).toEqual([]);
  });

  it('a rule-set id that is a site path is refused', async () => {
    const dir = join(work, 'reserved', 'search');
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, '2024-01-01.yaml'), BASE.replace('ruleset: sample', 'ruleset: search'));
    const built = await buildRuleSets([dir], work);
    expect(built.diagnostics.map((d) => [d.code, d.line])).toEqual([['RULESET_ID_RESERVED', 2]]);
  });
});

describe('ledgers must be regular files', () => {
  const read = (path: string) => readLedger(path, { displayName: 'ledger', onCase: () => {} });
  it('a pipe is refused as a pipe, not called empty, and does not block', async () => {
    const fifo = join(work, 'ledger.fifo');
    execFileSync('mkfifo', [fifo]);
    const info = await read(fifo);
    expect(info.ok).toBe(false);
    expect(info.diagnostics.map((d) => d.code)).toEqual(['INPUT_NOT_REGULAR_FILE']);
  });
  it('a device is refused', async () => {
    expect((await read('/dev/zero')).diagnostics.map((d) => d.code)).toEqual(['INPUT_NOT_REGULAR_FILE']);
  });
});

describe('import writes over no file it did not write', () => {
  const ctx = (err: string[]) => ({ stdout: () => {}, stderr: (t: string) => err.push(t), lang: 'zh' as const, cwd: work, isTTY: false });
  beforeAll(async () => {
    mkdirSync(join(work, 'wb'));
    expect(await exportCommand.run([join(packageRoot, 'rules', 'national'), '--xlsx', join(work, 'wb', 'national.xlsx')], ctx([]))).toBe(0);
  });
  const importInto = async (name: string, existing: string, ...flags: string[]) => {
    const out = join(work, 'imports', name, 'national');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, '2005-05-01.yaml'), existing);
    const err: string[] = [];
    let code: number;
    try {
      code = await importCommand.run([join('wb', 'national.xlsx'), '--out', out, ...flags], ctx(err));
    } catch (e) {
      err.push((e as Error).message);
      code = 2;
    }
    return { code, err: err.join('\n'), after: readFileSync(join(out, '2005-05-01.yaml'), 'utf8') };
  };
  it.each([
    ['a rule file in flow style', '{"ruleset": "national", "title": "手写的"}\n', 'OUTPUT_IN_RULE_SET'],
    ['a rule file with ruleset: after 70 KB', `${'# 注释\n'.repeat(10_000)}title: 手写的\nruleset: national\n`, 'OUTPUT_IN_RULE_SET'],
    ['a YAML file that is not a rule file', 'note: 我的笔记\n', 'OUTPUT_NOT_OURS'],
  ])('%s is kept (%s)', async (name, existing, code) => {
    const r = await importInto(name.replace(/\W/g, '-'), existing);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(code);
    expect(r.after).toBe(existing);
  });
  it('--force replaces a file import did not write', async () => {
    const r = await importInto('forced', 'note: 我的笔记\n', '--force');
    expect(r.code).toBe(0);
    expect(r.after).toContain('由 xinfang import 从工作簿生成');
  });
});
