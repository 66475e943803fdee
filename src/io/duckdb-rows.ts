/**
 * Rows out of DuckDB as JSON: a query whose one column holds a JSON text per row (`to_json`), read
 * a chunk at a time. One text per row rather than one value per cell: V8 parses a row's JSON several
 * times faster than the binding converts its values one by one (measured in src/sql/duckdb-check.ts
 * and src/ledger/read-parquet.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** Each chunk of the result of `sql` (one JSON column), its rows parsed. */
export async function* jsonRowChunks<T>(con: DuckDBConnection, sql: string): AsyncGenerator<T[]> {
  const result = await con.stream(sql);
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const column = chunk.getColumnVector(0);
    const rows: T[] = [];
    for (let i = 0; i < chunk.rowCount; i++) rows.push(JSON.parse(column.getItem(i) as string) as T);
    yield rows;
  }
}
