/**
 * The SQL benchmark's hand-written peer (test/bench/peer-national.sql) computes exactly the
 * compiled national script's `xinfang_finding_days`, row for row, on 20,000 generated cases
 * (test/sql/generate-cases.ts: both versions, empty and keyword 类别, extensions over the maximum
 * and after the due date, open and closed hearings, requests out of time, events after the check
 * date), so that the benchmark's ratio compares like with like. A difference prints the first
 * differing rows of each side.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSql } from '../../src/sql/compile-sql.ts';
import { COMPARE_SQL, differingRowsSql, FINGERPRINT_SQL, peerSql, scriptParts } from '../bench/peer-national.ts';
import { ruleSet } from '../ledger/check-helpers.ts';
import { writeCanonicalLedger } from './generate-cases.ts';

const CASES = 20_000;

/** Rows showing each finer point of docs/check-results.md the peer computes, one count each. */
const FEATURES_SQL = `SELECT
  count(*) FILTER (status = 'on-time') AS on_time, count(*) FILTER (status = 'late') AS late,
  count(*) FILTER (status = 'overdue') AS overdue, count(*) FILTER (status = 'pending') AS pending,
  count(*) FILTER (due_soon) AS due_soon, count(*) FILTER (provisional) AS provisional,
  count(*) FILTER (NOT scored AND kpi IS NOT NULL) AS unscored_own,
  count(*) FILTER (clock = 'resolve' AND due_day - start_day > 70) AS extended,
  count(*) FILTER (list_contains(assumed, '类别未填，按投诉请求计算')) AS category_assumed_2005,
  count(*) FILTER (list_contains(assumed, '类别未填，按申诉求决类计算')) AS category_assumed_2022,
  count(*) FILTER (list_contains(assumed, '送达日期未填，未判定申请是否逾期')) AS request_not_judged,
  count(*) FILTER (list_contains(assumed, '听证开始日期已填、听证结束日期未填，期限中止计算')) AS paused,
  count(*) FILTER (len(list_filter(assumed, x -> x LIKE '听证结束日期未填，中止计至%')) > 0) AS pause_closed_by_decision,
  count(*) FILTER (paused_days > 0) AS hearing_days,
  count(*) FILTER (paused_days = 0) AS hearing_after_due,
  count(*) FILTER ("row" IN (SELECT CAST("row" AS INTEGER) FROM xinfang_ledger WHERE received IS NULL)) AS version_by_first_event
FROM xinfang_peer`;
let dir: string;
let csv: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xinfang-bench-peer-'));
  csv = join(dir, 'national.csv');
  writeCanonicalLedger(csv, CASES);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`the benchmark's peer equals the compiled script's findings (${CASES} generated cases)`, () => {
  // 2026-03-31: cases of both versions, some events after the check date (they run to 2028);
  // 2023-06-30: a year after the 2022 version took effect, most later events not yet happened.
  it.each(['2026-03-31', '2023-06-30'])('as of %s', { timeout: 60_000 }, async (asOf) => {
    const parts = scriptParts(compileSql(await ruleSet('national'), { dialect: 'duckdb', asOf, tables: true }).sql!);
    const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
    const con = await instance.connect();
    try {
      await con.run(`CREATE TABLE xinfang_ledger AS SELECT * FROM read_csv('${csv}', header = true, all_varchar = true)`);
      await con.run(parts.calendar);
      await con.run(peerSql(asOf));
      await con.run(parts.findings);
      const [peer, engine, peerOnly, engineOnly] = (await con.runAndReadAll(COMPARE_SQL)).getRows()[0]!.map(Number);
      // On a difference, the first differing rows, one line each, side by side in case order.
      const shown = peerOnly! + engineOnly! > 0 ? (await con.runAndReadAll(differingRowsSql(12))).getRowObjectsJson().map((r) => JSON.stringify(r)) : [];
      expect({ peerOnly, engineOnly, shown }).toEqual({ peerOnly: 0, engineOnly: 0, shown: [] });
      expect(peer).toBe(engine);
      // The benchmark's cheaper comparison agrees, and tells one changed cell from none.
      const fingerprint = async () => (await con.runAndReadAll(FINGERPRINT_SQL)).getRowObjectsJson()[0]!;
      const same = await fingerprint();
      expect([same.peer_rows, same.peer_sum]).toEqual([same.engine_rows, same.engine_sum]);
      await con.run(`UPDATE xinfang_peer SET days_late = days_late + 1 WHERE rowid = (SELECT min(rowid) FROM xinfang_peer)`);
      const changed = await fingerprint();
      expect(changed.peer_rows).toBe(same.peer_rows);
      expect(changed.peer_sum).not.toBe(same.peer_sum);
      await con.run(`UPDATE xinfang_peer SET days_late = days_late - 1 WHERE rowid = (SELECT min(rowid) FROM xinfang_peer)`);
      // Every clock of both versions is exercised, so that a clock the peer leaves out cannot pass.
      const clocks = (await con.runAndReadAll(`SELECT DISTINCT version || ' ' || clock FROM xinfang_peer ORDER BY 1`)).getRows().map((r) => r[0]);
      expect(clocks).toEqual([
        '2005-05-01 forward',
        '2005-05-01 notice',
        '2005-05-01 recheck',
        '2005-05-01 report-urgent',
        '2005-05-01 resolve',
        '2005-05-01 review',
        ...(asOf >= '2022-05-01' ? ['2022-05-01 forward', '2022-05-01 notice', '2022-05-01 recheck', '2022-05-01 resolve', '2022-05-01 review'] : []),
      ]);
      // And every finer point the peer writes by hand occurs, so that none is compared on no rows.
      const features = (await con.runAndReadAll(FEATURES_SQL)).getRowObjectsJson()[0]!;
      expect(Object.entries(features).filter(([, n]) => Number(n) === 0).map(([k]) => k)).toEqual([]);
    } finally {
      con.closeSync();
      instance.closeSync();
    }
  });
});
