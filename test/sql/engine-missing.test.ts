/**
 * Without DuckDB's native binding (npm may skip optional platform packages): `--engine duckdb` is
 * refused with ENGINE_DUCKDB_MISSING and nothing is checked; `auto` on a ledger large enough for
 * DuckDB checks it with the TypeScript engine, saying so with ENGINE_FALLBACK (info), the rest of
 * the results unchanged.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseDay } from '../../src/calendar/day.ts';
import type { CheckSink } from '../../src/check/checker.ts';
import { packageRoot } from '../../src/paths.ts';
import { ruleSet } from '../ledger/check-helpers.ts';

// The module loads; its binding fails at first use, as when the platform package is absent.
vi.doMock('@duckdb/node-api', () => ({
  DuckDBInstance: {
    create: () => Promise.reject(new Error("Cannot find module '@duckdb/node-bindings-linux-x64'")),
  },
}));
const { checkLedgerWith } = await import('../../src/sql/check-engine.ts');

const LEDGER = join(packageRoot, 'data/ledgers/national.csv');
const sink: CheckSink = { finding: () => undefined, petitioner: () => undefined, violation: () => undefined };
const opts = { asOf: parseDay('2026-03-31')!, lang: 'zh' as const, displayName: 'national.csv', sink };

describe('DuckDB binding missing', () => {
  it('--engine duckdb is refused with ENGINE_DUCKDB_MISSING naming the module', async () => {
    const r = await checkLedgerWith('duckdb', LEDGER, await ruleSet('national'), opts);
    expect('refused' in r && r.refused.map((d) => [d.code, d.severity])).toEqual([['ENGINE_DUCKDB_MISSING', 'error']]);
    expect('refused' in r && r.refused[0]!.message).toContain('node-bindings-linux-x64');
  });

  it('auto falls back to the TypeScript engine with ENGINE_FALLBACK (info)', async () => {
    const rules = await ruleSet('national');
    const r = await checkLedgerWith('auto', LEDGER, rules, opts, 0);
    const ts = await checkLedgerWith('ts', LEDGER, rules, opts);
    if (!('result' in r) || !('result' in ts)) throw new Error('not checked');
    expect(r.result.diagnostics[0]).toMatchObject({ code: 'ENGINE_FALLBACK', severity: 'info' });
    expect(r.result.diagnostics.slice(1)).toEqual(ts.result.diagnostics);
    expect(r.result.outcome!.summary).toEqual(ts.result.outcome!.summary);
  });

  it('auto below the size keeps to the TypeScript engine, without a diagnostic', async () => {
    const r = await checkLedgerWith('auto', LEDGER, await ruleSet('national'), opts);
    expect('result' in r && r.result.diagnostics.some((d) => d.code.startsWith('ENGINE_'))).toBe(false);
  });
});
