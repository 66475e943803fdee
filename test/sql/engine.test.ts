/**
 * `xinfang check --engine duckdb` gives the TypeScript engine's results exactly (docs/sql.md "The
 * DuckDB engine"): the whole `--json` output — findings, petitioner windows, violations with their
 * messages, the summary with every KPI, the diagnostics — byte for byte on every sample ledger (and
 * on the national one as GB18030 and XLSX), and the same results, summary and diagnostics on a
 * generated ledger of every kind of clock (`XINFANG_ENGINE_CASES`, default 2000) for the rule sets
 * with features of their own. A mismatch prints the differing cases with both engines' rows.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.ts';
import type { CheckSink } from '../../src/check/checker.ts';
import { packageRoot } from '../../src/paths.ts';
import { checkLedgerWith, type EngineName } from '../../src/sql/check-engine.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';
import { cli, limit, ruleSet } from '../ledger/check-helpers.ts';
import { differences } from './differential.ts';
import { kindsRuleSet, writeCanonicalLedger } from './generate-cases.ts';

const LEDGERS = join(packageRoot, 'data/ledgers');
const SAMPLES = readdirSync(LEDGERS).filter((f) => /^[a-z-]+\.csv$/.test(f));
const CASES = Number(process.env.XINFANG_ENGINE_CASES ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'xinfang-engine-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines of two JSON texts that differ, with a few lines of context, for a readable failure. */
function jsonDiff(ts: string, duck: string): string {
  const a = ts.split('\n');
  const b = duck.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  if (at < 0 && a.length === b.length) return '';
  const from = Math.max(0, at - 15);
  return [`first difference at line ${at + 1}:`, '--- ts', ...a.slice(from, at + 5), '--- duckdb', ...b.slice(from, at + 5)].join('\n');
}

describe('sample ledgers: check --engine duckdb --json equals --engine ts', () => {
  const files = [...SAMPLES, 'national.gb18030.csv', 'national.xlsx'];
  it.each(files)('%s', { timeout: 120_000 }, async (file) => {
    const id = file.replace(/\..*$/, '');
    const run = (engine: EngineName) => cli(['check', '--rules', `rules/${id}`, '--cases', join(LEDGERS, file), '--as-of', '2026-03-31', '--json', '--engine', engine]);
    const ts = await run('ts');
    const duck = await run('duckdb');
    expect(ts.code).toBe(0);
    expect(JSON.parse(ts.stdout).findings.length).toBeGreaterThan(0);
    expect(jsonDiff(ts.stdout, duck.stdout)).toBe('');
    expect(duck.code).toBe(0);
  });
});

/** Everything a check gives, each finding, window and violation as one JSON line. */
async function results(engine: EngineName, path: string, rules: CompiledRuleSet) {
  const out = { findings: [] as string[], petitioner: [] as string[], violations: [] as string[] };
  const sink: CheckSink = {
    finding: (f) => out.findings.push(JSON.stringify(f)),
    petitioner: (p) => out.petitioner.push(JSON.stringify(p)),
    violation: (v) => out.violations.push(JSON.stringify(v)),
  };
  const r = await checkLedgerWith(engine, path, rules, { asOf: parseDay('2026-03-31')!, lang: 'zh', displayName: 'generated.csv', sink });
  if (!('result' in r) || !r.result.outcome) throw new Error(`${engine} did not check: ${JSON.stringify(r)}`);
  const { summary, versionsUsed } = r.result.outcome;
  return { ...out, summary, versionsUsed, diagnostics: r.result.diagnostics };
}

describe(`generated ledger (${CASES} cases): the DuckDB engine's results equal the TypeScript engine's`, () => {
  const path = join(dir, 'generated.csv');
  writeCanonicalLedger(path, CASES);
  // As test/sql/differential.test.ts: "kinds" has one clock per kind of period; the seed rule sets add
  // 报送领导日期 fallback and 说明情况 (cppcc), their own level, group report and extension without approval
  // (enterprise), 30分钟 (school), 要求办结日期 and windows (community), several stop events (hospital).
  it.each(['kinds', 'cppcc', 'enterprise', 'school', 'community', 'hospital'])('%s', { timeout: 300_000 }, async (id) => {
    const rules = id === 'kinds' ? kindsRuleSet(await ruleSet('national')) : await ruleSet(id);
    const ts = await results('ts', path, rules);
    const duck = await results('duckdb', path, rules);
    expect(ts.findings.length).toBeGreaterThan(CASES / 20);
    for (const k of ['findings', 'petitioner', 'violations'] as const) {
      expect(differences(ts[k], duck[k]), k).toBe('');
      expect(duck[k], `${k} in the same order`).toEqual(ts[k]);
    }
    expect(duck.summary).toEqual(ts.summary);
    expect(duck.versionsUsed).toEqual(ts.versionsUsed);
    expect(duck.diagnostics).toEqual(ts.diagnostics);
  });
});

describe('--engine', () => {
  it('duckdb refuses a rule set the SQL cannot express (SQL_UNSUPPORTED) before reading the ledger', async () => {
    const national = await ruleSet('national');
    // An extension maximum in months: the engine compares it by due dates, the SQL cannot (docs/sql.md).
    const rules: CompiledRuleSet = {
      ...national,
      versions: national.versions.map((v) => ({ ...v, clocks: v.clocks.map((c) => (c.extension ? { ...c, extension: { ...c.extension, max: limit('1个月'), max_text: '1个月' } } : c)) })),
    };
    const r = await checkLedgerWith('duckdb', join(dir, 'absent.csv'), rules, { asOf: parseDay('2026-03-31')!, lang: 'zh', displayName: 'absent.csv', sink: { finding: () => undefined, petitioner: () => undefined, violation: () => undefined } });
    expect('refused' in r && [...new Set(r.refused.map((d) => d.code))]).toEqual(['SQL_UNSUPPORTED']);
  });

  it('takes only ts, duckdb or auto (exit 2)', async () => {
    const r = await cli(['check', '--rules', 'rules/national', '--cases', join(LEDGERS, 'national.csv'), '--json', '--engine', 'sqlite']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--engine');
  });
});
