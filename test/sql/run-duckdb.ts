/**
 * Embedded DuckDB (`@duckdb/node-api`) for the differential tests: an in-memory database whose
 * input table `xinfang_ledger` is filled through an appender.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { INPUT_COLUMNS } from '../../src/sql/cases-sql.ts';
import type { InputValue } from '../../src/sql/ledger-rows.ts';

/** An open DuckDB database with the input table `xinfang_ledger` created. */
export interface DuckSession {
  connection: DuckDBConnection;
  /** Append rows (in `INPUT_COLUMNS` order) to the input table. */
  append: (rows: Iterable<InputValue[]>) => Promise<void>;
  close: () => void;
}

/** Open an in-memory database with an empty input table (`row` INTEGER, every other column text). */
export async function openDuck(): Promise<DuckSession> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const cols = INPUT_COLUMNS.map((c) => (c === 'row' ? '"row" INTEGER' : `${c} VARCHAR`));
  await connection.run(`CREATE TABLE xinfang_ledger (${cols.join(', ')})`);
  return {
    connection,
    append: async (rows) => {
      const appender = await connection.createAppender('xinfang_ledger');
      for (const row of rows) {
        appender.appendInteger(row[0] as number);
        for (let i = 1; i < row.length; i++) {
          const v = row[i];
          if (v === null || v === undefined) appender.appendNull();
          else appender.appendVarchar(String(v));
        }
        appender.endRow();
      }
      appender.closeSync();
    },
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
