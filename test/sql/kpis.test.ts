/**
 * `xinfang_kpis` counts what the engine's summary counts (src/kpi/count.ts): 及时受理率, 按期办结率,
 * 答复率, 参评率 and 满意率, numerator and denominator, on sample ledgers in DuckDB.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.ts';
import { Checker } from '../../src/check/checker.ts';
import { packageRoot } from '../../src/paths.ts';
import { compileSql } from '../../src/sql/compile-sql.ts';
import { ruleSet } from '../ledger/check-helpers.ts';
import { readCases } from './differential.ts';
import { ledgerRow } from '../../src/sql/ledger-rows.ts';
import { openDuck } from './run-duckdb.ts';

const KPIS = ['timely_acceptance', 'on_time_closure', 'reply', 'rating_participation', 'satisfaction'] as const;

describe('xinfang_kpis equals the engine summary', () => {
  it.each(['national', 'cppcc', 'price-bureau'])('%s', { timeout: 120_000 }, async (id) => {
    const rules = await ruleSet(id);
    const cases = await readCases(join(packageRoot, 'data/ledgers', `${id}.csv`), rules);
    const checker = new Checker(rules, { asOf: parseDay('2026-03-31')!, lang: 'zh', file: 'ledger', sink: { finding: () => {}, petitioner: () => {}, violation: () => {} } });
    for (const c of cases) checker.add(c);
    const kpis = checker.finish().summary.kpis;
    const engine = KPIS.map((k) => [k, kpis[k].numerator, kpis[k].denominator]);
    const db = await openDuck();
    try {
      await db.append(cases.map(ledgerRow));
      await db.connection.run(compileSql(rules, { dialect: 'duckdb', asOf: '2026-03-31' }).sql!);
      const rows = (await db.connection.runAndReadAll('SELECT kpi, numerator, denominator FROM xinfang_kpis')).getRowObjectsJS();
      const sql = KPIS.map((k) => {
        const r = rows.find((x) => x.kpi === k)!;
        return [k, Number(r.numerator), Number(r.denominator)];
      });
      expect(sql).toEqual(engine);
      expect(engine.some(([, , d]) => (d as number) > 0)).toBe(true);
    } finally {
      db.close();
    }
  });
});
