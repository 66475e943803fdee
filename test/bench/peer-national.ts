/**
 * The SQL benchmark's hand-written peer (test/bench/peer-national.sql) and what both the benchmark
 * and test/sql/bench-peer.test.ts need around it: the parts of the compiled national script, and
 * the queries comparing the peer's rows with the script's `xinfang_finding_days`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.ts';

/** The peer's SQL for check date `asOf` (YYYY-MM-DD): it writes the table `xinfang_peer`. */
export function peerSql(asOf: string): string {
  return readFileSync(join(packageRoot, 'test/bench/peer-national.sql'), 'utf8').replaceAll('${AS_OF}', asOf);
}

/** The compiled script cut where docs/sql.md's parts begin. */
export interface ScriptParts {
  /** The calendar tables, which the peer reads too. */
  calendar: string;
  /** Settings, names, cases, clock and window views, `xinfang_finding_days`. */
  findings: string;
  /** The petitioner's windows, violations, KPIs. */
  rest: string;
}

/** Split the compiled script at its comments `-- The check date` and `-- The petitioner's windows`. */
export function scriptParts(script: string): ScriptParts {
  const settings = script.indexOf('-- The check date');
  const petitioner = script.indexOf("-- The petitioner's windows");
  if (settings < 0 || petitioner < settings) throw new Error('the compiled script has lost the comments the benchmark cuts it at');
  return { calendar: script.slice(0, settings), findings: script.slice(settings, petitioner), rest: script.slice(petitioner) };
}

/**
 * Row counts of the peer and the engine, and of the rows each has that the other lacks (as
 * multisets): the peer matches when the last two are 0 and the first two equal.
 */
export const COMPARE_SQL = `SELECT
  (SELECT count(*) FROM xinfang_peer) AS peer,
  (SELECT count(*) FROM xinfang_finding_days) AS engine,
  (SELECT count(*) FROM (SELECT * FROM xinfang_peer EXCEPT ALL SELECT * FROM xinfang_finding_days)) AS peer_only,
  (SELECT count(*) FROM (SELECT * FROM xinfang_finding_days EXCEPT ALL SELECT * FROM xinfang_peer)) AS engine_only`;

/**
 * The peer's and the engine's rows each as a count and a checksum, the sum of every row's hash
 * (equal multisets of rows give equal sums): the benchmark's comparison, which costs one scan of
 * each table where COMPARE_SQL's hash aggregates cost about 30 times as much (3.5 s against 0.1 s
 * on 1,000,000 cases), too much for 10,000,000.
 */
export const FINGERPRINT_SQL = `SELECT
  (SELECT count(*) FROM xinfang_peer) AS peer_rows,
  (SELECT CAST(sum(hash(p)) AS VARCHAR) FROM xinfang_peer p) AS peer_sum,
  (SELECT count(*) FROM xinfang_finding_days) AS engine_rows,
  (SELECT CAST(sum(hash(e)) AS VARCHAR) FROM xinfang_finding_days e) AS engine_sum`;

/** The first `n` rows only one side has, each with its side, in case and clock order. */
export const differingRowsSql = (n: number): string => `SELECT * FROM (
  (SELECT 'peer' AS side, * FROM (SELECT * FROM xinfang_peer EXCEPT ALL SELECT * FROM xinfang_finding_days))
  UNION ALL
  (SELECT 'engine' AS side, * FROM (SELECT * FROM xinfang_finding_days EXCEPT ALL SELECT * FROM xinfang_peer))
) ORDER BY "row", clock, side LIMIT ${n}`;
