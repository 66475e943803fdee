/**
 * Without DuckDB's native binding (npm may skip optional platform packages): `--engine duckdb` is
 * refused with ENGINE_DUCKDB_MISSING and nothing is checked; `auto` checks with the TypeScript
 * engine as always, without a word about DuckDB; a Parquet ledger, which only DuckDB reads, is not a
 * ledger that can be checked (LEDGER_PARQUET_UNAVAILABLE).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('auto checks with the TypeScript engine, no diagnostic about DuckDB', async () => {
    const r = await checkLedgerWith('auto', LEDGER, await ruleSet('national'), opts);
    if (!('result' in r)) throw new Error('refused');
    expect(r.result.outcome?.summary.findings.total).toBeGreaterThan(0);
    expect(r.result.diagnostics.some((d) => d.code.startsWith('ENGINE_'))).toBe(false);
  });

  it('a Parquet ledger, with either engine: LEDGER_PARQUET_UNAVAILABLE naming the module, nothing checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinfang-parquet-missing-'));
    try {
      const path = join(dir, 'ledger.parquet');
      writeFileSync(path, Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 7)]));
      const r = await checkLedgerWith('ts', path, await ruleSet('national'), opts);
      if (!('result' in r)) throw new Error('refused');
      expect(r.result.outcome).toBeUndefined();
      expect(r.result.diagnostics.map((d) => d.code)).toEqual(['LEDGER_PARQUET_UNAVAILABLE']);
      expect(r.result.diagnostics[0]!.message).toContain('node-bindings-linux-x64');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
