/**
 * Loading DuckDB, for the DuckDB engine (src/sql/duckdb-check.ts) and the Parquet reader
 * (src/ledger/read-parquet.ts), each of which turns a failure into its own diagnostic. The native
 * binding lives in an optional platform package that npm may have skipped, so the module is imported
 * on demand, and an in-memory database is opened and closed at once: a missing binding fails either
 * at the import or only at that first use.
 */

/** The `@duckdb/node-api` module. */
export type DuckDb = typeof import('@duckdb/node-api');

/** The loaded module, or why it could not be loaded. */
export type DuckDbLoad = { ok: true; duck: DuckDb } | { ok: false; reason: string };

/** The first line of an error's message (DuckDB's carry a stack of context after it). */
export const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/** Import DuckDB and try its binding once; the module, or the first line of the error. */
export async function loadDuckDb(): Promise<DuckDbLoad> {
  try {
    const duck = await import('@duckdb/node-api');
    (await duck.DuckDBInstance.create(':memory:')).closeSync();
    return { ok: true, duck };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
}
