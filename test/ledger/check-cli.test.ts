/**
 * `xinfang check` end to end: the same ledger as UTF-8 CSV, GB18030 CSV and XLSX gives identical
 * JSON; files that are not ledgers exit 1 with a clear message; the input is never modified;
 * personal data is masked in every report unless --show-personal-data.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.ts';
import { cli } from './check-helpers.ts';

const LEDGERS = join(packageRoot, 'data/ledgers');
const BAD = join(import.meta.dirname, 'fixtures/bad-cells/ledger.csv');
/** Temporary folders of this file, removed when it is done. */
const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinfang-check-test-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

async function json(file: string, rules = 'hospital') {
  const r = await cli(['check', '--rules', `rules/${rules}`, '--cases', file, '--as-of', '2026-03-01', '--json']);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.stdout);
  // The location names the file (and the sheet for a workbook); everything else must be equal.
  for (const d of j.diagnostics) {
    delete d.file;
    delete d.sheet;
  }
  return j;
}

describe('xinfang check', () => {
  it('gives identical JSON for the UTF-8, GB18030 and XLSX copies of a ledger', async () => {
    const [utf8, gb, xlsx] = await Promise.all(['hospital.csv', 'hospital.gb18030.csv', 'hospital.xlsx'].map((f) => json(join(LEDGERS, f))));
    expect(utf8.findings.length).toBeGreaterThan(0);
    expect(gb).toEqual(utf8);
    expect(xlsx).toEqual(utf8);
  });

  it.each([
    ['a PNG picture', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'LEDGER_NOT_A_LEDGER'],
    ['an empty file', Buffer.alloc(0), 'LEDGER_EMPTY'],
    ['text without a header', Buffer.from('hello\nworld\n'), 'LEDGER_NO_HEADER'],
    ['neither UTF-8 nor GB18030', Buffer.from([0x41, 0x2c, 0xff, 0xfe, 0x0a]), 'LEDGER_ENCODING'],
  ])('exits 1 for %s', async (_name, bytes, code) => {
    const dir = tmp();
    const file = join(dir, 'input.csv');
    writeFileSync(file, bytes);
    const r = await cli(['check', '--rules', 'rules/national', '--cases', file, '--as-of', '2026-03-01', '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(code);
    expect(r.stderr).toContain('不是可检查的台账');
  });

  it('says in words that a ledger file does not exist', async () => {
    const dir = tmp();
    const r = await cli(['check', '--rules', 'rules/national', '--cases', join(dir, '没有这个台账.csv'), '--as-of', '2026-03-01', '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('LEDGER_UNREADABLE  无法读取台账文件：文件或目录不存在（ENOENT）。');
  });

  it('exits 1 for --sheet with a CSV ledger, which has no sheets (LEDGER_NOT_A_WORKBOOK)', async () => {
    const r = await cli(['check', '--rules', 'rules/national', '--cases', join(LEDGERS, 'national.csv'), '--sheet', '台账', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('LEDGER_NOT_A_WORKBOOK  台账是 CSV 文件，没有工作表，不能按 --sheet“台账”读取。');
  });

  it('exits 1 for a sheet name the workbook does not have', async () => {
    const r = await cli(['check', '--rules', 'rules/hospital', '--cases', join(LEDGERS, 'hospital.xlsx'), '--sheet', '没有这张表', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('LEDGER_SHEET_NOT_FOUND');
  });

  it('exits 2 without --cases, and for a bad --as-of', async () => {
    expect((await cli(['check', '--rules', 'rules/national'])).code).toBe(2);
    expect((await cli(['check', '--rules', 'rules/national', '--cases', BAD, '--as-of', '2026-02-30'])).code).toBe(2);
  });

  it('leaves the input unchanged and masks personal data in every report', async () => {
    const before = sha(BAD);
    const out = join(tmp(), 'reports');
    const r = await cli(['check', '--rules', 'rules/national', '--cases', BAD, '--as-of', '2026-03-01', '--out', out]);
    expect(r.code).toBe(0);
    expect(sha(BAD)).toBe(before);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['ledger.annotated.xlsx', 'ledger.check.html', 'ledger.check.json', 'ledger.check.xlsx', 'ledger.notices.html']);
    const text = (f: string) =>
      f.endsWith('.xlsx')
        ? Object.values(XLSX.read(readFileSync(join(out, f))).Sheets).map((s) => XLSX.utils.sheet_to_csv(s)).join('\n')
        : readFileSync(join(out, f), 'utf8');
    for (const f of files) {
      const t = text(f);
      expect(t, f).not.toContain('张某某');
      expect(t, f).not.toContain('13800005678');
      expect(t, f).not.toContain('999999198001015678');
    }
    // B2 (王某某) is overdue, so the overdue list shows the masked forms.
    expect(text('ledger.check.html')).toContain('王**');
    expect(text('ledger.check.html')).toContain('138****5678');
    expect(text('ledger.annotated.xlsx')).toContain('999***********5678');

    const shown = join(tmp(), 'reports');
    await cli(['check', '--rules', 'rules/national', '--cases', BAD, '--as-of', '2026-03-01', '--out', shown, '--show-personal-data']);
    expect(readFileSync(join(shown, 'ledger.check.html'), 'utf8')).toContain('王某某');
  });
});

describe('xinfang check --lang en', () => {
  it('prints its terminal summary without Chinese, except the data (the sheet name)', async () => {
    const r = await cli(['--lang', 'en', 'check', '--rules', 'rules/hospital', '--cases', join(LEDGERS, 'hospital.xlsx'), '--as-of', '2026-03-01', '--out', join(tmp(), 'out')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(XLSX, sheet "台账")');
    expect(r.stdout.replace('台账', '')).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  });
});
