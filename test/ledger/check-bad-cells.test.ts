/**
 * A ledger with every kind of bad cell: one diagnostic per problem, at its row, column letter and
 * header; the good fields of every row are still checked and no case vanishes.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check, ruleSet } from './check-helpers.ts';

const LEDGER = join(import.meta.dirname, 'fixtures/bad-cells/ledger.csv');
let r: Awaited<ReturnType<typeof check>>;

beforeAll(async () => {
  r = await check(LEDGER, await ruleSet('national'), '2026-03-01');
});

describe('a ledger with bad cells', () => {
  it('gives one diagnostic per problem, with row, column letter and header', () => {
    const got = r.diagnostics.map((d) => [d.code, d.row, d.columnLetter, d.header]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['LEDGER_BAD_DATE', 3, 'B', '登记日期'], // 2024-02-30 does not exist
        ['LEDGER_BAD_VALUE', 4, 'C', '来源'], // 自来
        ['LEDGER_BAD_VALUE', 4, 'D', '等级'], // 紧要
        ['LEDGER_BAD_NUMBER', 4, 'E', '人数'], // 两人
        ['LEDGER_BAD_NUMBER', 4, 'F', '延期天数'], // 三十
        ['LEDGER_MISSING_ID', 5, 'A', '编号'],
        ['LEDGER_MISSING_RECEIVED', 6, 'B', '登记日期'],
        ['CHECK_DUPLICATE_ID', 7, 'A', '编号'],
        ['CHECK_UNKNOWN_CATEGORY', 8, 'G', '类别'],
        ['CHECK_EMPTY_DEPARTMENT', 8, 'H', '承办部门'],
        ['LEDGER_FOOTER_ROWS', 9, undefined, undefined], // 制表人：李某某
      ]),
    );
    // Exactly one per problem: no code repeats for the same cell.
    const keys = got.map((g) => g.join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps every case row (7) and checks the good fields of the bad rows', () => {
    expect(r.ledger.cases).toBe(7);
    // B2's bad 登记日期 leaves no start for the notice clock, but its 受理日期 still starts resolve:
    // 2024-03-02 + 60 = 2024-05-01 (劳动节 05-01 … 05-05) → 2024-05-06; never closed → overdue.
    expect(r.findings.filter((f) => f.case === 'B2').map((f) => [f.clock, f.due, f.status])).toEqual([['resolve', '2024-05-06', 'overdue']]);
    // B3: bad 来源/等级/人数 do not stop the date clocks.
    expect(r.findings.filter((f) => f.case === 'B3').map((f) => f.clock)).toEqual(['notice', 'resolve']);
    // The row without 编号 is reported under a stand-in name.
    expect(r.findings.some((f) => f.case === '第5行')).toBe(true);
    expect(r.violations.map((v) => [v.case, v.code, v.row])).toContainEqual(['B1', 'DUPLICATE_CASE', 7]);
  });
});
