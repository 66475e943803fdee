/**
 * Which engine checks a ledger (`xinfang check --engine ts|duckdb|auto`, docs/sql.md "The DuckDB
 * engine"): the TypeScript engine (the reference), or DuckDB running the compiled rules, with the
 * same results. `auto`, the default, is the TypeScript engine for every ledger file, CSV, XLSX or
 * Parquet (which our reader reads through DuckDB for either engine): measured (docs/sql.md), the
 * DuckDB engine fed by our reader is slower at every size, as the reader and the reports cost the
 * same in both and reading the results back out of DuckDB costs more than the TypeScript judge.
 */
import { checkLedgerFile, type CheckLedgerOptions, type CheckLedgerResult } from '../check/check-ledger.ts';
import { diagnostic } from '../diagnostics/catalogue.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { loadDuckDb } from '../io/duckdb-load.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import { compileSql } from './compile-sql.ts';
import { checkLedgerInDuckDb } from './duckdb-check.ts';

/** The engines of `--engine`. */
export const ENGINES = ['ts', 'duckdb', 'auto'] as const;
export type EngineName = (typeof ENGINES)[number];

/** A check's result, or why DuckDB could not run it (its binding missing, a clock SQL cannot express). */
export type EngineCheck = { result: CheckLedgerResult } | { refused: Diagnostic[] };

/** Check the ledger at `path` with `engine`. */
export async function checkLedgerWith(engine: EngineName, path: string, ruleSet: CompiledRuleSet, opts: CheckLedgerOptions): Promise<EngineCheck> {
  if (engine !== 'duckdb') return { result: await checkLedgerFile(path, ruleSet, opts) };
  // Before reading the ledger: a rule set the SQL cannot express is refused at once.
  const unsupported = compileSql(ruleSet, { dialect: 'duckdb' }).diagnostics;
  if (unsupported.length) return { refused: unsupported };
  const loaded = await loadDuckDb();
  if (!loaded.ok) return { refused: [diagnostic('ENGINE_DUCKDB_MISSING', { reason: loaded.reason }, {})] };
  return { result: await checkLedgerInDuckDb(loaded.duck, path, ruleSet, opts) };
}
