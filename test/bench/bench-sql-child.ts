/**
 * One DuckDB run of the SQL benchmark (test/bench/bench-sql.ts), in a process of its own so that
 * its CPU time and peak RSS are its own: `node --import tsx test/bench/bench-sql-child.ts JSON`
 * with {@link ChildArgs}; prints a {@link ChildReport} as JSON on stdout.
 *
 * The database is in memory as `xinfang check --engine duckdb` opens it (src/sql/duckdb-check.ts:
 * 1GB, spilling to a temporary folder past it), with 2 threads. The ledger is loaded before the
 * clock starts. The engine's runs time the compiled script up to `xinfang_finding_days`, then the
 * rest; the peer's time the calendar tables and the hand-written peer; the two take turns. Then,
 * untimed, the peer's rows and the script's findings are compared by their counts and checksums
 * (FINGERPRINT_SQL).
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { MEMORY_LIMIT } from '../../src/sql/duckdb-check.ts';
import { AS_OF } from './bench-check.ts';
import { FINGERPRINT_SQL, peerSql, scriptParts } from './peer-national.ts';

/** What the parent asks for. */
export interface ChildArgs {
  /** The canonical ledger (test/sql/generate-cases.ts writeCanonicalLedger). */
  csv: string;
  /** The ledger loaded this many times, each copy with other 编号 and rows. */
  copies: number;
  /** The compiled national script (`compileSql(…, { tables: true })`). */
  sqlFile: string;
  /** DuckDB's temporary folder for spilling. */
  spill: string;
  /** Runs of each (everything a run made dropped before the next); the fastest is reported. */
  runs: number;
}

/** Wall and CPU time of a part. */
export interface Timed {
  seconds: number;
  cpuSeconds: number;
}

/** What a child reports. */
export interface ChildReport {
  /** The script up to `xinfang_finding_days`, the whole script, and the findings' rows. */
  engine: { findings: Timed; whole: Timed; rows: number };
  /** The calendar and the peer, its rows, and whether they are the engine's (the same count and checksum). */
  peer: { findings: Timed; rows: number; same: boolean };
  /** Peak RSS when the engine's first run ended (it runs first), and at the end (the peer's runs too). */
  engineRssMb: number;
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

/** Drop every table and view but the ledger, for the next run. */
async function dropAll(): Promise<void> {
  for (const [name] of (await con.runAndReadAll(`SELECT view_name FROM duckdb_views() WHERE NOT internal`)).getRows()) await con.run(`DROP VIEW IF EXISTS "${name}" CASCADE`);
  for (const [name] of (await con.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE table_name <> 'xinfang_ledger'`)).getRows()) await con.run(`DROP TABLE IF EXISTS "${name}" CASCADE`);
}

/** The least of two timings, part by part (a shared machine only slows a run down). */
const least = (a: Timed[] | undefined, b: Timed[]): Timed[] =>
  a ? a.map((x, i) => ({ seconds: Math.min(x.seconds, b[i]!.seconds), cpuSeconds: Math.min(x.cpuSeconds, b[i]!.cpuSeconds) })) : b;

const parts = scriptParts(readFileSync(args.sqlFile, 'utf8'));
const runEngine = async (): Promise<Timed[]> => [await timed(parts.calendar + parts.findings), await timed(parts.rest)];
const runPeer = async (): Promise<Timed[]> => [await timed(parts.calendar + peerSql(AS_OF))];

// The two take turns, each going first in every other round, so that both meet the machine as it is.
let engine: Timed[] | undefined;
let peer: Timed[] | undefined;
let engineRssMb = 0;
let last: 'engine' | 'peer' = 'peer';
const rssMb = () => process.resourceUsage().maxRSS / 1024;
for (let k = 0; k < args.runs; k++) {
  for (const who of k % 2 === 0 ? (['engine', 'peer'] as const) : (['peer', 'engine'] as const)) {
    await dropAll();
    if (who === 'engine') {
      engine = least(engine, await runEngine());
      engineRssMb ||= rssMb();
    } else peer = least(peer, await runPeer());
    last = who;
  }
}
const [findings, rest] = engine!;
// Untimed: the side that ran first in the last round computed again beside the other's tables
// (both read the calendar tables the last run made), then the two compared.
await con.run(last === 'engine' ? peerSql(AS_OF) : parts.findings);
const [peerRows, peerSum, scriptRows, scriptSum] = (await con.runAndReadAll(FINGERPRINT_SQL)).getRows()[0]!.map(String);
const report: ChildReport = {
  engine: { findings: findings!, whole: { seconds: findings!.seconds + rest!.seconds, cpuSeconds: findings!.cpuSeconds + rest!.cpuSeconds }, rows: Number(scriptRows) },
  peer: { findings: peer![0]!, rows: Number(peerRows), same: peerRows === scriptRows && peerSum === scriptSum },
  engineRssMb,
  rssMb: rssMb(),
};
con.closeSync();
instance.closeSync();
process.stdout.write(JSON.stringify(report));
