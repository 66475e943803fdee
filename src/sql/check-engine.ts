/**
 * Which engine checks a ledger (`xinfang check --engine ts|duckdb|auto`, docs/sql.md "The DuckDB
 * engine"): the TypeScript engine (the reference), DuckDB running the compiled rules, or — `auto`,
 * the default — DuckDB for a ledger file of AUTO_DUCKDB_BYTES or more, when it can run (its native
 * binding is installed and the rule set compiles to SQL), else the TypeScript engine with an info
 * diagnostic saying why. Both give the same results.
 */
import { statSync } from 'node:fs';
import { checkLedgerFile, type CheckLedgerOptions, type CheckLedgerResult } from '../check/check-ledger.ts';
import { diagnostic } from '../diagnostics/catalogue.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import { compileSql } from './compile-sql.ts';
import { checkLedgerInDuckDb, loadDuckDb } from './duckdb-check.ts';

/** The engines of `--engine`. */
export const ENGINES = ['ts', 'duckdb', 'auto'] as const;
export type EngineName = (typeof ENGINES)[number];

/** `auto` picks DuckDB from this file size on (measured: docs/sql.md "The DuckDB engine"). */
export const AUTO_DUCKDB_BYTES = 64 << 20;

/** A check's result, or why the engine asked for could not run (`--engine duckdb`). */
export type EngineCheck = { result: CheckLedgerResult } | { refused: Diagnostic[] };

/** Check the ledger at `path` with `engine`; `auto` picks DuckDB from `autoBytes` on. */
export async function checkLedgerWith(engine: EngineName, path: string, ruleSet: CompiledRuleSet, opts: CheckLedgerOptions, autoBytes = AUTO_DUCKDB_BYTES): Promise<EngineCheck> {
  if (engine === 'ts' || (engine === 'auto' && fileSize(path) < autoBytes)) return { result: await checkLedgerFile(path, ruleSet, opts) };
  const fallback = async (why: Diagnostic[], reasonZh: string, reasonEn: string): Promise<EngineCheck> => {
    if (engine === 'duckdb') return { refused: why };
    const result = await checkLedgerFile(path, ruleSet, opts);
    return { result: { ...result, diagnostics: [diagnostic('ENGINE_FALLBACK', { reasonZh, reasonEn }, {}), ...result.diagnostics] } };
  };
  const unsupported = compileSql(ruleSet, { dialect: 'duckdb' }).diagnostics;
  if (unsupported.length) return fallback(unsupported, '规则集有 SQL 尚不能表达的时限', 'the rule set has a clock SQL cannot express yet');
  const duck = await loadDuckDb();
  if (!('DuckDBInstance' in duck)) return fallback([duck], 'DuckDB 的本机组件未安装', 'the native part of DuckDB is not installed');
  return { result: await checkLedgerInDuckDb(duck, path, ruleSet, opts) };
}

/** The file's size in bytes; 0 when it cannot be read (the reader reports why). */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
