/** `xinfang validate` / `compile` as a user sees them: exit codes, languages, JSON, no stack traces. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/minimal/sample');
const work = mkdtempSync(join(tmpdir(), 'xinfang-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: work });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function brokenCopy(name: string): string {
  const dir = join(work, name, 'sample');
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, '2024-01-01.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('    until: notified', '    untill: notified'));
  return dir;
}

describe('xinfang validate', () => {
  it('passes the minimal fixture with exit 0', async () => {
    const r = await run(['validate', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('✓ sample');
  });

  it('prints a broken file as path:line:col  severity  CODE  message, in Chinese by default', async () => {
    const r = await run(['validate', brokenCopy('zh')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^zh\/sample\/2024-01-01\.yaml:39:5  error  SCHEMA_UNKNOWN_KEY  未知的键“untill”。是否想写“until”？/m);
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['--lang', 'en', 'validate', brokenCopy('en')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('SCHEMA_UNKNOWN_KEY  Unknown key "untill". Did you mean "until"?');
    expect(r.out).toContain('1 failed');
  });

  it('--json gives the diagnostics as data', async () => {
    const r = await run(['validate', brokenCopy('json'), '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.valid).toBe(false);
    // The misspelt key is unknown where it stands, and the real key is missing from its clock.
    expect(json.diagnostics).toMatchObject([
      { code: 'SCHEMA_MISSING_KEY', line: 36, column: 5, severity: 'error' },
      { code: 'SCHEMA_UNKNOWN_KEY', line: 39, column: 5, severity: 'error' },
    ]);
    expect(json.diagnostics[0].args).toBeUndefined();
  });

  it('an unknown flag is a usage error (exit 2) with the command help', async () => {
    const r = await run(['validate', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('用法：xinfang validate');
  });

  it('a folder without rule files exits 1 with RULES_NOT_FOUND', async () => {
    const r = await run(['validate', work]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('RULES_NOT_FOUND');
  });
});

describe('xinfang compile', () => {
  it('writes CompiledRules JSON with parsed limits', async () => {
    const r = await run(['compile', FIXTURE, '--out', 'out/sample.json']);
    expect(r.code).toBe(0);
    const compiled = JSON.parse(readFileSync(join(work, 'out/sample.json'), 'utf8'));
    expect(compiled.format).toBe('xinfang.compiled/2');
    expect(compiled.versions[0].clocks[0].limit).toEqual({ unit: 'days', amount: 15, text: '15日' });
  });

  it('writes nothing for a broken rule set', async () => {
    const r = await run(['compile', brokenCopy('compile'), '--out', 'out/broken.json']);
    expect(r.code).toBe(1);
    expect(() => readFileSync(join(work, 'out/broken.json'))).toThrow();
  });
});
