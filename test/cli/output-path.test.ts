/**
 * One output-path guard for every command that writes files (src/io/output-path.ts):
 * each bad output below is a usage error (exit 2) printed as a diagnostic at the path as typed,
 * naming what is in the way — and nothing in the working folder changes (every file's hash and
 * every folder's listing are compared before and after).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { outputPathProblem } from '../../src/io/output-path.ts';
import { packageRoot } from '../../src/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-output-path-'));
const elsewhere = mkdtempSync(join(tmpdir(), 'xinfang-output-path-elsewhere-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

async function cli(argv: string[], lang: 'zh' | 'en' = 'zh') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['--lang', lang, ...argv], { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: work, isTTY: false });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Every file under `dir` with its SHA-256, and every folder (symbolic links by their target). */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const found: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    if (e.isSymbolicLink()) found[rel] = 'link';
    else if (e.isDirectory()) Object.assign(found, { [`${rel}/`]: 'dir' }, snapshot(join(dir, e.name), `${rel}/`));
    else found[rel] = createHash('sha256').update(readFileSync(join(dir, e.name))).digest('hex');
  }
  return found;
}

// The working folder: the national rule set (two versions) that the commands read, another rule
// set they do not read, a ledger in in/ and one in data/ledgers/ (for start), a rules workbook,
// an existing file and an existing folder holding a note, and links to the ledger folder's rule set
// and to the workbook.
beforeAll(async () => {
  cpSync(join(packageRoot, 'rules/national'), join(work, 'rules/national'), { recursive: true });
  cpSync(join(packageRoot, 'test/site/fixtures/hostile-text'), join(work, 'rules/other'), { recursive: true });
  mkdirSync(join(work, 'in'));
  cpSync(join(packageRoot, 'data/ledgers/national.csv'), join(work, 'in/ledger.csv'));
  cpSync(join(packageRoot, 'data/ledgers/national.csv'), join(work, 'data/ledgers/national.csv'));
  writeFileSync(join(work, 'existing.txt'), 'keep me');
  mkdirSync(join(work, 'folder'));
  writeFileSync(join(work, 'folder/readme.txt'), 'keep me too');
  symlinkSync(join(work, 'rules/national'), join(work, 'link-to-national'));
  const exported = await cli(['export', 'rules/national', '--xlsx', 'book.xlsx']);
  expect(exported.code, exported.stderr).toBe(0);
  symlinkSync(join(work, 'book.xlsx'), join(work, 'book-link.xlsx'));
});

const CHECK = ['check', '--rules', 'rules/national', '--cases', 'in/ledger.csv', '--as-of', '2026-03-01'];
const REPORT = ['report', 'statistics', '--rules', 'rules/national', '--cases', 'in/ledger.csv', '--period', '2024'];

/** Command, the output that is refused, its code, and the path the message names (besides the location). */
const REFUSED: { argv: string[]; at: string; code: string; names: string; lang?: 'en' }[] = [
  { argv: [...CHECK, '--out', 'in/ledger.csv'], at: 'in/ledger.csv', code: 'OUTPUT_IS_INPUT', names: '台账' },
  { argv: [...CHECK, '--out', 'in'], at: 'in', code: 'OUTPUT_BESIDE_INPUT', names: 'in/ledger.csv' },
  { argv: [...CHECK, '--out', 'existing.txt'], at: 'existing.txt', code: 'OUTPUT_NOT_A_FOLDER', names: 'existing.txt' },
  { argv: [...CHECK, '--out', 'rules/national'], at: 'rules/national', code: 'OUTPUT_IN_RULE_SET', names: 'rules/national' },
  // Regression: ended in "xinfang 内部错误: EEXIST".
  { argv: [...REPORT, '--out', 'existing.txt'], at: 'existing.txt', code: 'OUTPUT_NOT_A_FOLDER', names: 'existing.txt' },
  { argv: [...REPORT, '--out', 'in'], at: 'in', code: 'OUTPUT_BESIDE_INPUT', names: 'in/ledger.csv' },
  { argv: [...REPORT, '--json', '--out', 'rules/national/reports'], at: 'rules/national/reports', code: 'OUTPUT_IN_RULE_SET', names: 'rules/national' },
  { argv: ['compile', 'rules/national', '--out', 'rules/national/2022-05-01.yaml'], at: 'rules/national/2022-05-01.yaml', code: 'OUTPUT_IN_RULE_SET', names: 'rules/national' },
  { argv: ['compile', 'rules/national', '--out', 'rules/national/national.json'], at: 'rules/national/national.json', code: 'OUTPUT_IN_RULE_SET', names: 'rules/national' },
  { argv: ['compile', 'rules/national', '--out', 'folder'], at: 'folder', code: 'OUTPUT_NOT_A_FILE', names: 'folder' },
  { argv: ['compile', 'rules/national', '--out', 'existing.txt/national.json'], at: 'existing.txt/national.json', code: 'OUTPUT_NOT_A_FOLDER', names: 'existing.txt' },
  // Through a symbolic link: the real folder is a rule set.
  { argv: ['compile', 'rules/national', '--out', 'link-to-national/national.json'], at: 'link-to-national/national.json', code: 'OUTPUT_IN_RULE_SET', names: 'rules/national' },
  // Regressions: diff and document overwrote a rule file with HTML.
  { argv: ['diff', 'rules/national', '--out', 'rules/national/2005-05-01.yaml'], at: 'rules/national/2005-05-01.yaml', code: 'OUTPUT_IN_RULE_SET', names: 'rules/national' },
  { argv: ['diff', 'rules/national', '--out', 'rules/other/diff.html'], at: 'rules/other/diff.html', code: 'OUTPUT_IN_RULE_SET', names: 'rules/other', lang: 'en' },
  { argv: ['document', 'rules/national', '--out', 'rules/national/2022-05-01.yaml'], at: 'rules/national/2022-05-01.yaml', code: 'OUTPUT_IN_RULE_SET', names: 'rules/national' },
  { argv: ['schedule', '--rules', 'rules/national', '--year', '2026', '--out', 'rules/national/duties.ics'], at: 'rules/national/duties.ics', code: 'OUTPUT_IN_RULE_SET', names: 'rules/national' },
  { argv: ['matrix', 'rules/national', '--out', 'folder'], at: 'folder', code: 'OUTPUT_NOT_A_FILE', names: 'folder' },
  { argv: ['export', 'rules/national', '--xlsx', 'rules/national/national.xlsx'], at: 'rules/national/national.xlsx', code: 'OUTPUT_IN_RULE_SET', names: 'rules/national' },
  { argv: ['import', 'book.xlsx', '--out', 'book-link.xlsx'], at: 'book-link.xlsx', code: 'OUTPUT_IS_INPUT', names: 'the workbook being imported', lang: 'en' },
  { argv: ['import', 'book.xlsx', '--out', 'rules/national'], at: 'rules/national', code: 'OUTPUT_IN_RULE_SET', names: 'rules/national' },
  { argv: ['import', 'book.xlsx', '--out', '.'], at: '.', code: 'OUTPUT_BESIDE_INPUT', names: 'book.xlsx' },
  { argv: ['version', 'new', 'rules/national', '--effective', '2022-05-01'], at: 'rules/national/2022-05-01.yaml', code: 'OUTPUT_IS_INPUT', names: '已有的规则文件' },
  // The site folder is deleted and replaced: never one holding inputs or anything but an earlier site.
  { argv: ['site', '--out', 'rules'], at: 'rules', code: 'OUTPUT_REPLACES_FOLDER', names: 'rules/national' },
  { argv: ['site', '--out', 'folder'], at: 'folder', code: 'OUTPUT_REPLACES_FOLDER', names: 'folder/readme.txt' },
  { argv: ['site', '--out', 'existing.txt'], at: 'existing.txt', code: 'OUTPUT_NOT_A_FOLDER', names: 'existing.txt' },
  { argv: ['start', '--reports', 'data/ledgers'], at: 'data/ledgers', code: 'OUTPUT_BESIDE_INPUT', names: 'data/ledgers/national.csv' },
  { argv: ['start', '--out', 'data'], at: 'data', code: 'OUTPUT_REPLACES_FOLDER', names: 'data/ledgers/national.csv' },
];

describe('a refused output is a usage error and changes nothing', () => {
  it.each(REFUSED)('$argv.0 … $at → $code', async ({ argv, at, code, names, lang }) => {
    const before = snapshot(work);
    const r = await cli(argv, lang);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${at}  error  ${code}  `);
    expect(r.stderr.split('\n')[0]).toContain(names);
    expect(r.stderr).not.toMatch(/内部错误|internal error|\n\s+at /);
    expect(snapshot(work)).toEqual(before);
  });

  it('the protected files keep their bytes (the snapshot compares every hash; spelled out for the rule file and ledger)', () => {
    expect(readFileSync(join(work, 'rules/national/2022-05-01.yaml'))).toEqual(readFileSync(join(packageRoot, 'rules/national/2022-05-01.yaml')));
    expect(readFileSync(join(work, 'in/ledger.csv'))).toEqual(readFileSync(join(packageRoot, 'data/ledgers/national.csv')));
    expect(readFileSync(join(work, 'existing.txt'), 'utf8')).toBe('keep me');
  });
});

describe('allowed outputs', () => {
  it('outside the working folder (an absolute path on another drive or share)', async () => {
    const r = await cli(['diff', 'rules/national', '--out', join(elsewhere, 'national-diff.html')]);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(join(elsewhere, 'national-diff.html')).size).toBeGreaterThan(0);
  });

  it('a new file beside the rule sets, not in one', async () => {
    const r = await cli(['compile', 'rules/national', '--out', 'national.compiled.json']);
    expect(r.code, r.stderr).toBe(0);
  });

  it.each([
    ['a missing folder', 'dist-new', () => {}],
    ['an empty folder', 'dist-empty', () => mkdirSync(join(work, 'dist-empty'))],
    ['an earlier site (holds the marker)', 'dist-old', () => {
      mkdirSync(join(work, 'dist-old/pagefind'), { recursive: true });
      writeFileSync(join(work, 'dist-old/pagefind/pagefind-entry.json'), '{}');
      writeFileSync(join(work, 'dist-old/index.html'), '<!doctype html>');
    }],
  ])('a site folder that is %s', (_name, path, make) => {
    make();
    expect(outputPathProblem({ flag: '--out', path, kind: 'folder', replaces: { marker: 'pagefind/pagefind-entry.json' } }, { ruleSets: ['rules/national'] }, work)).toBeUndefined();
  });

  it('a new rule file in its rule-set folder (version new), but not an existing one', () => {
    const target = (path: string) => outputPathProblem({ flag: '--effective', path, kind: 'file', ruleFile: true }, { ruleSets: ['rules/national'] }, work);
    expect(target('rules/national/2030-01-01.yaml')).toBeUndefined();
    expect(target('rules/national/2005-05-01.yaml')?.code).toBe('OUTPUT_IS_INPUT');
  });
});
