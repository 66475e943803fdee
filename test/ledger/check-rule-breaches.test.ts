/**
 * One hand-worked ledger row per rule breach and per check diagnostic that no other test raises,
 * against a small rule set made for it (fixtures/rule-breaches/breaches: notice 15日; resolve 60日
 * from 受理 for 直接 matters, extension ≤ 30日; group report 3日 for more than 5 persons; the 复查
 * request window 30日 from 答复; recusal and confidentiality). Each expectation is worked out from
 * the rows and the State Council notices, not copied from output. As of 2030-12-31, so that row
 * R12 (2030, a year without a notice) is provisional.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckLedgerResult } from '../../src/check/check-ledger.ts';
import type { Violation } from '../../src/check/result.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import { check } from './check-helpers.ts';

const DIR = join(import.meta.dirname, 'fixtures/rule-breaches');
let violations: Violation[];
let diagnostics: CheckLedgerResult['diagnostics'];

beforeAll(async () => {
  const built = await buildRuleSets([join(DIR, 'breaches')], DIR);
  expect(built.diagnostics).toEqual([]);
  const r = await check(join(DIR, 'ledger.csv'), built.compiled[0]!, '2030-12-31');
  violations = r.violations;
  diagnostics = r.diagnostics;
});

describe('rule breaches (violations), one row each', () => {
  it.each([
    // Row 2: a 检举控告 matter forwarded (转送单位) to 工会, the unit it complains about (被反映对象).
    ['R1', 'CONFIDENTIALITY_BREACH', 2, { subject: '工会' }],
    // Row 3: 8 persons, registered Monday 2024-04-01; + 3日 = 04-04, 清明 (04-04 … 04-06 off,
    // 国办发明电〔2023〕7号), rolls to Sunday 04-07, a make-up working day. Reported 04-08: late.
    ['R2', 'GROUP_NOT_REPORTED', 3, { persons: 8, due: '2024-04-07', stop: '2024-04-08' }],
    // Row 5: replied 2024-05-10; + 30日 = 06-09, a Sunday → 06-10 端午 → due Tuesday 06-11.
    // Requested 06-12: one day out of time.
    ['R4', 'REVIEW_OUT_OF_TIME', 5, { windowName: '请求复查', requested: '2024-06-12', due: '2024-06-11' }],
    // Row 7: 办结 2024-07-05 before 登记 2024-07-10.
    ['R6', 'EVENTS_OUT_OF_ORDER', 7, { earlier: 'received', earlierDate: '2024-07-10', later: 'closed', laterDate: '2024-07-05' }],
  ] as const)('%s: %s at row %i', (id, code, row, details) => {
    const hits = violations.filter((v) => v.case === id);
    expect(hits.map((v) => [v.code, v.row])).toEqual([[code, row]]);
    expect(hits[0]!.details).toMatchObject(details);
  });

  it('rows that keep the rules raise none: R3 (6 persons reported 04-03, due 04-07) and R5 (requested 06-11, the rolled due date)', () => {
    expect(violations.filter((v) => v.case === 'R3' || v.case === 'R5')).toEqual([]);
  });

  it('no other row breaches a rule', () => {
    expect(violations.map((v) => v.case).sort()).toEqual(['R1', 'R2', 'R4', 'R6']);
  });
});

describe('check diagnostics, at their row, column and header', () => {
  it.each([
    // Row 8: 延期天数 20 with no 延期批准日期 on a clock that allows an extension.
    ['CHECK_EXTENSION_INCOMPLETE', 8, 'O', '延期天数', '20'],
    // Row 9: a 交办 matter: only notice applies, which allows no extension.
    ['CHECK_EXTENSION_NOT_ALLOWED', 9, 'O', '延期天数', '10'],
    // Row 10: 宣传部 is not one of the departments.
    ['CHECK_UNKNOWN_DEPARTMENT', 10, 'F', '承办部门', '宣传部'],
    // Row 11: 类别 empty.
    ['CHECK_EMPTY_CATEGORY', 11, 'E', '类别', '类别未填'],
    // Row 12: registered 2023-06-01, before the only version (2024-01-01).
    ['CHECK_NO_VERSION', 12, 'B', '登记日期', '2023-06-01'],
  ] as const)('%s at row %i, column %s (%s)', (code, row, columnLetter, header, subject) => {
    const hits = diagnostics.filter((d) => d.code === code);
    expect(hits.map((d) => ({ row: d.row, columnLetter: d.columnLetter, header: d.header, severity: d.severity }))).toEqual([{ row, columnLetter, header, severity: 'warning' }]);
    expect(hits[0]!.message).toContain(subject);
  });

  it('CHECK_PROVISIONAL counts the one deadline in 2030, a year with no notice (row 12: 2030-03-01 + 15日)', () => {
    const hits = diagnostics.filter((d) => d.code === 'CHECK_PROVISIONAL');
    expect(hits).toHaveLength(1);
    expect((hits[0] as { args?: unknown }).args).toEqual({ count: 1, years: '2030' });
  });
});
