/**
 * One DuckDB run of the SQL benchmark (test/bench/bench-sql.ts), in a process of its own so that
 * its CPU time and peak RSS are its own: `node --import tsx test/bench/bench-sql-child.ts JSON`
 * with {@link ChildArgs}; prints a {@link ChildReport} as JSON on stdout.
 *
 * The database is in memory as `xinfang check --engine duckdb` opens it (src/sql/duckdb-check.ts:
 * 1GB, spilling to a temporary folder past it), with 2 threads. The ledger is loaded before the
 * clock starts. `engine` times the compiled script up to `xinfang_finding_days`, then the rest;
 * `peer` times the calendar tables and the hand-written peer, then (untimed) builds the script's
 * findings and compares the two.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { MEMORY_LIMIT } from '../../src/sql/duckdb-check.ts';
import { AS_OF } from './bench-check.ts';
import { COMPARE_SQL, peerSql, scriptParts } from './peer-national.ts';

/** What the parent asks for. */
export interface ChildArgs {
  mode: 'engine' | 'peer';
  /** The canonical ledger (test/sql/generate-cases.ts writeCanonicalLedger). */
  csv: string;
  /** The ledger loaded this many times, each copy with other 编号 and rows. */
  copies: number;
  /** The compiled national script (`compileSql(…, { tables: true })`). */
  sqlFile: string;
  /** DuckDB's temporary folder for spilling. */
  spill: string;
  /** The timed part run this many times (everything it made dropped in between); the fastest is reported. */
  runs: number;
}

/** Wall and CPU time of a part. */
export interface Timed {
  seconds: number;
  cpuSeconds: number;
}

/** What a child reports. */
export interface ChildReport {
  /** engine: the script up to `xinfang_finding_days`; peer: the calendar and the peer. */
  findings: Timed;
  /** engine: the whole script (findings, then petitioner windows, violations, KPIs). */
  whole?: Timed;
  /** Rows of `xinfang_finding_days` (engine) or `xinfang_peer` (peer). */
  rows: number;
  /** peer: rows only the peer has, rows only the engine has (multisets), and the engine's count. */
  compare?: { peerOnly: number; engineOnly: number; engineRows: number };
  rssMb: number;
}


const args = JSON.parse(process.argv[2]!) as ChildArgs;
const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: MEMORY_LIMIT, temp_directory: args.spill });
const con = await instance.connect();
const csv = `read_csv('${args.csv.replace(/'/g, "''")}', header = true, all_varchar = true)`;
await con.run(`CREATE TABLE xinfang_ledger AS SELECT * FROM ${csv} LIMIT 0`);
for (let k = 0; k < args.copies; k++) {
  await con.run(`INSERT INTO xinfang_ledger SELECT * REPLACE (CAST(CAST("row" AS BIGINT) + ${k} * 10000000 AS VARCHAR) AS "row", id || '-${k}' AS id) FROM ${csv}`);
}

async function timed(sql: string): Promise<Timed> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await con.run(sql);
  const cpu = process.cpuUsage(c0);
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
const count = async (table: string) => Number((await con.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0]![0]);

/** Drop every table and view but the ledger, for the next run. */
async function dropAll(): Promise<void> {
  for (const [name] of (await con.runAndReadAll(`SELECT view_name FROM duckdb_views() WHERE NOT internal`)).getRows()) await con.run(`DROP VIEW IF EXISTS "${name}" CASCADE`);
  for (const [name] of (await con.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE table_name <> 'xinfang_ledger'`)).getRows()) await con.run(`DROP TABLE IF EXISTS "${name}" CASCADE`);
}

/** The fastest of `args.runs` runs of `part` (wall and CPU time each the least seen: a shared machine only slows a run down). */
async function fastest(part: () => Promise<Timed[]>): Promise<Timed[]> {
  let best: Timed[] | undefined;
  for (let k = 0; k < args.runs; k++) {
    if (k > 0) await dropAll();
    const t = await part();
    best = best ? best.map((b, i) => ({ seconds: Math.min(b.seconds, t[i]!.seconds), cpuSeconds: Math.min(b.cpuSeconds, t[i]!.cpuSeconds) })) : t;
  }
  return best!;
}

const parts = scriptParts(readFileSync(args.sqlFile, 'utf8'));
let report: Omit<ChildReport, 'rssMb'>;
if (args.mode === 'engine') {
  const [findings, rest] = await fastest(async () => [await timed(parts.calendar + parts.findings), await timed(parts.rest)]);
  const whole = { seconds: findings!.seconds + rest!.seconds, cpuSeconds: findings!.cpuSeconds + rest!.cpuSeconds };
  report = { findings: findings!, whole, rows: await count('xinfang_finding_days') };
} else {
  const [findings] = await fastest(async () => [await timed(parts.calendar + peerSql(AS_OF))]);
  const rows = await count('xinfang_peer');
  await con.run(parts.findings);
  const [, engineRows, peerOnly, engineOnly] = (await con.runAndReadAll(COMPARE_SQL)).getRows()[0]!.map(Number);
  report = { findings: findings!, rows, compare: { peerOnly: peerOnly!, engineOnly: engineOnly!, engineRows: engineRows! } };
}
con.closeSync();
instance.closeSync();
process.stdout.write(JSON.stringify({ ...report, rssMb: process.resourceUsage().maxRSS / 1024 } satisfies ChildReport));
