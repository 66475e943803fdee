/**
 * A PostgreSQL server as the engine that runs the compiled rules (`xinfang check --db`, docs/sql.md
 * "Checking a database"), through the `pg` client (pure JavaScript). Dates and times come back as
 * the server's text (never as JavaScript dates, which would move them by the machine's time zone);
 * a query is read in batches through a cursor, so that a large ledger is never held whole. The URL
 * is shown with its password masked, in diagnostics and reports alike. I/O edge.
 */
import pg from 'pg';
import { diagnostic } from '../diagnostics/catalogue.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SqlDatabase } from './run-check.ts';
import type { SqlRow } from './sql-judge.ts';

/** Rows fetched from a cursor at a time. */
export const FETCH_BATCH = 10_000;
/** How long to wait for the server to answer the connection. */
const CONNECT_TIMEOUT_MS = 15_000;

/** Type OIDs read as the server's text: date, timestamp, timestamptz, time, timetz, interval. */
const AS_TEXT = new Set([1082, 1114, 1184, 1083, 1266, 1186]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (AS_TEXT.has(oid) ? (v: string) => v : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser,
};

/** The URL as it may be shown: the password (URL or `password=` keyword) replaced by `***`. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const key of [...u.searchParams.keys()]) if (/^password$/i.test(key)) u.searchParams.set(key, '***');
    return u.toString().replace(/%2A%2A%2A/g, '***');
  } catch {
    return url.replace(/(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)/gi, '$1***');
  }
}

/** The query that reads a relation for the checker: every row, in the order of its column `row`. */
export const orderedQuery = (relation: string): string => `SELECT * FROM ${relation} ORDER BY "row"`;

/** An open connection: the database, a small query's rows, one statement alone, and how to end it. */
export interface PgConnection {
  db: SqlDatabase;
  rows: (sql: string) => Promise<SqlRow[]>;
  /** Run `sql` as exactly one statement (the extended protocol refuses a second one). */
  single: (sql: string) => Promise<void>;
  close: () => Promise<void>;
}

/** Why a server error happened, in one line (its message, and its detail or hint when it has one). */
export function serverError(e: unknown): string | undefined {
  if (!(e instanceof Error)) return undefined;
  if (e instanceof pg.DatabaseError) return [e.message, e.detail, e.hint].filter(Boolean).join(' — ');
  // Socket and DNS failures (ECONNREFUSED, ENOTFOUND, ETIMEDOUT …) and the client's own (timeout, closed).
  const sys = (e as NodeJS.ErrnoException).code;
  return sys || /connection|timeout|terminated/i.test(e.message) ? e.message : undefined;
}

/** Connect to the server at `url`; a diagnostic (password masked) when it cannot be reached or refuses. */
export async function connectPostgres(url: string): Promise<PgConnection | Diagnostic> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, types, application_name: 'xinfang' });
  // A connection lost later surfaces as the failing query's error; this keeps it from being thrown at the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => undefined);
    const reason = serverError(e) ?? (e instanceof Error ? e.message : String(e));
    return diagnostic('DB_CONNECT_FAILED', { url: maskUrl(url), reason: maskUrl(reason) }, {});
  }
  let cursors = 0;
  const db: SqlDatabase = {
    dialect: 'postgres',
    run: async (sql) => {
      await client.query(sql);
    },
    async *ordered(relation) {
      const name = `xinfang_cursor_${++cursors}`;
      await client.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${orderedQuery(relation)}`);
      for (;;) {
        const { rows } = await client.query<SqlRow>(`FETCH ${FETCH_BATCH} FROM ${name}`);
        if (!rows.length) break;
        yield rows;
      }
      await client.query(`CLOSE ${name}`);
    },
  };
  return {
    db,
    rows: async (sql) => (await client.query<SqlRow>(sql)).rows,
    single: async (sql) => {
      // The extended protocol has no use for the closing semicolon of a script. (`queryMode` is pg's, missing from @types/pg.)
      const config: pg.QueryConfig & { queryMode: 'extended' } = { text: sql.replace(/\n;\s*$/, ''), queryMode: 'extended' };
      await client.query(config);
    },
    close: () => client.end().catch(() => undefined),
  };
}
