/**
 * `xinfang check --engine duckdb` (docs/sql.md "The DuckDB engine"): the ledger is read by our own
 * reader (src/ledger: the same normalisation and diagnostics as the TypeScript engine, CSV streamed
 * and GB18030 transcoded on the way in, XLSX), appended case by case to an in-memory DuckDB table,
 * and checked there by the compiled SQL (src/sql/run-check.ts). I/O edge: runs the DuckDB module
 * src/io/duckdb-load.ts loaded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBAppender, DuckDBInstance } from '@duckdb/node-api';
import { headerSynonyms, ruleSetLevels, type CheckLedgerOptions, type CheckLedgerResult } from '../check/check-ledger.ts';
import type { LedgerLayout } from '../ledger/assemble.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import type { DuckDb } from '../io/duckdb-load.ts';
import { jsonRowChunks } from '../io/duckdb-rows.ts';
import { readLedger } from '../ledger/read-ledger.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import { CASE_COLUMNS, caseRow } from './ledger-rows.ts';
import { checkWithSql, type SqlDatabase } from './run-check.ts';
import type { SqlRow } from './sql-judge.ts';

/**
 * DuckDB's memory for the ledger and the results; past it, DuckDB spills to a temporary folder
 * (removed afterwards) rather than grow with the ledger.
 */
export const MEMORY_LIMIT = '1GB';

/** The integer columns of the case table; the rest are text (docs/sql.md "Input"). */
const INTEGER_COLUMNS = new Set(['row', 'id_missing']);

/** A case appended as one row of `xinfang_ledger`. */
function append(appender: DuckDBAppender, c: LedgerCase): void {
  const row = caseRow(c);
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v === null || v === undefined) appender.appendNull();
    else if (INTEGER_COLUMNS.has(CASE_COLUMNS[i]!)) appender.appendInteger(Number(v));
    else appender.appendVarchar(String(v));
  }
  appender.endRow();
}

/**
 * An in-memory DuckDB as a {@link SqlDatabase}: one connection per query, so that several stream at
 * once; each row comes as one JSON text (src/io/duckdb-rows.ts).
 */
function database(instance: DuckDBInstance, run: (sql: string) => Promise<void>): SqlDatabase {
  return {
    dialect: 'duckdb',
    run,
    async *ordered(relation) {
      const con = await instance.connect();
      try {
        yield* jsonRowChunks<SqlRow>(con, `SELECT to_json(t) FROM ${relation} t ORDER BY t."row"`);
      } finally {
        con.closeSync();
      }
    },
  };
}

/** Check the ledger at `path` in DuckDB; `outcome` absent when it is not a ledger or the rules do not compile to SQL. */
export async function checkLedgerInDuckDb(duck: DuckDb, path: string, ruleSet: CompiledRuleSet, opts: CheckLedgerOptions): Promise<CheckLedgerResult> {
  const spill = mkdtempSync(join(tmpdir(), 'xinfang-duckdb-'));
  const instance = await duck.DuckDBInstance.create(':memory:', { memory_limit: MEMORY_LIMIT, temp_directory: spill });
  const con = await instance.connect();
  try {
    await con.run(`CREATE TABLE xinfang_ledger (${CASE_COLUMNS.map((c) => `"${c}" ${INTEGER_COLUMNS.has(c) ? 'INTEGER' : 'VARCHAR'}`).join(', ')})`);
    const appender = await con.createAppender('xinfang_ledger');
    let layout: LedgerLayout | undefined;
    const ledger = await readLedger(path, {
      displayName: opts.displayName,
      headers: headerSynonyms(ruleSet),
      levels: ruleSetLevels(ruleSet),
      ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
      onLayout: (l) => (layout = l),
      onCase: (c) => append(appender, c),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
    appender.closeSync();
    if (!ledger.ok) return { ledger, diagnostics: ledger.diagnostics };
    const checked = await checkWithSql(ruleSet, database(instance, async (sql) => void (await con.run(sql))), {
      asOf: opts.asOf,
      lang: opts.lang,
      file: opts.displayName,
      sink: opts.sink,
      ...(layout ? { layout } : {}),
    });
    if (!checked.outcome) return { ledger, diagnostics: [...ledger.diagnostics, ...checked.diagnostics] };
    return { ledger, outcome: checked.outcome, diagnostics: [...ledger.diagnostics, ...checked.diagnostics] };
  } finally {
    con.closeSync();
    instance.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}
