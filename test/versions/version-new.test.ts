/** `xinfang version new`: a draft copied from the version in force before the date, never overwriting. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionCommand } from '../../src/cli/version.ts';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';

let work: string;
const run = (args: string[]) => versionCommand.run(args, { stdout: () => {}, stderr: () => {}, lang: 'zh', cwd: work, isTTY: false });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'xinfang-version-'));
  cpSync(join(packageRoot, 'rules', 'national'), join(work, 'national'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('version new', () => {
  it('copies the version in force before the date (2022-05-01 for 2026-01-01) and validates', async () => {
    expect(await run(['new', 'national', '--effective', '2026-01-01'])).toBe(0);
    const text = readFileSync(join(work, 'national', '2026-01-01.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toMatch(/^effective_from: 2026-01-01$/m);
    expect(text).toMatch(/^title: 信访工作条例$/m); // the 2022 text, not the 2005 one
    // Article 51 of the 2022 text says 本条例自2022年5月1日起施行; the draft must state its own date.
    expect(text).toContain('本条例自2026年1月1日起施行');
    expect(text).not.toContain('本条例自2022年5月1日起施行');
    const built = await buildRuleSets([join(work, 'national')], work);
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(built.compiled[0]!.versions.map((v) => v.effective_from)).toEqual(['2005-05-01', '2022-05-01', '2026-01-01']);
  });

  it('a date between versions copies the earlier one (2010-01-01 ← 2005-05-01)', async () => {
    expect(await run(['new', 'national', '--effective', '2010-01-01'])).toBe(0);
    expect(readFileSync(join(work, 'national', '2010-01-01.yaml'), 'utf8')).toMatch(/^title: 信访条例$/m);
  });

  it('drops each article\'s change_note: it explains the change from the version before the copied one', async () => {
    const base = join(work, 'national', '2026-01-01.yaml');
    const text = readFileSync(base, 'utf8');
    expect(text).toContain('\n  - id: a2\n');
    writeFileSync(base, text.replace('\n  - id: a2\n', '\n    change_note: 为测试而加的修改说明。\n  - id: a2\n'));
    expect(await run(['new', 'national', '--effective', '2030-01-01'])).toBe(0);
    const draft = readFileSync(join(work, 'national', '2030-01-01.yaml'), 'utf8');
    expect(readFileSync(base, 'utf8')).toContain('change_note: 为测试而加的修改说明。');
    expect(draft).not.toContain('change_note');
    expect(draft).toMatch(/^effective_from: 2030-01-01\ndraft: true$/m);
  });

  it('refuses an existing version (a usage error: the output would be an input), and a date before the first version', async () => {
    const before = readFileSync(join(work, 'national', '2022-05-01.yaml'), 'utf8');
    await expect(run(['new', 'national', '--effective', '2022-05-01'])).rejects.toThrow(/OUTPUT_IS_INPUT/);
    expect(readFileSync(join(work, 'national', '2022-05-01.yaml'), 'utf8')).toBe(before);
    expect(await run(['new', 'national', '--effective', '2000-01-01'])).toBe(1);
    expect(existsSync(join(work, 'national', '2000-01-01.yaml'))).toBe(false);
  });
});
