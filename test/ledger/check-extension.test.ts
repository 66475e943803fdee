/**
 * Extensions in the ledger check, as `xinfang deadline --extension` applies them
 * (test/deadlines/cli-extension.test.ts). Fixture: test/ledger/fixtures/extension — 第三条 办结 60日,
 * extension approved by the 负责人, at most 30日; 第五条 结案 30日, extendable without approval or cap;
 * 第六条 复查 by the next organ up, at most 10日.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import { packageRoot } from '../../src/paths.ts';
import { check } from './check-helpers.ts';

const DIR = join(import.meta.dirname, 'fixtures/extension');
let r: Awaited<ReturnType<typeof check>>;

beforeAll(async () => {
  const built = await buildRuleSets([join(DIR, 'rules/ext-check')], packageRoot);
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  r = await check(join(DIR, 'ledger.csv'), built.compiled[0]!, '2026-03-31');
});

describe('extensions in the check', () => {
  it.each([
    // 延期天数 100 without an approval date: 第五条 needs none, no cap: 09-16 + 130 = 2026-01-24 (Sat) → 01-26.
    ['E1', 'settle', '2026-01-26', 'on-time'],
    // 第三条 needs an approval date: none, so 60日 only: 09-16 + 60 = 11-15 (Sat) → 11-17; closed 2026-01-26 → late.
    ['E1', 'resolve', '2025-11-17', 'late'],
    // 40 approved, 30 at most: 09-16 + 90 = 12-15 (Mon), closed that day.
    ['E2', 'resolve', '2025-12-15', 'on-time'],
    // 第五条 counts all 40: 09-16 + 70 = 11-25 (Tue); closed 12-15 → late.
    ['E2', 'settle', '2025-11-25', 'late'],
    // 第六条: 20 asked, 10 at most: 09-16 + 40 = 10-26 (Sun) → 10-27, decided that day.
    ['E3', 'review', '2025-10-27', 'on-time'],
  ])('%s %s is due %s (%s)', (c, clock, due, status) => {
    const f = r.findings.find((x) => x.case === c && x.clock === clock)!;
    expect([f.due, f.status]).toEqual([due, status]);
  });

  it('does not hold the next organ up\'s extension against this office', () => {
    expect(r.findings.find((x) => x.case === 'E3')!.scored).toBe(false);
    expect(r.violations.filter((v) => v.case === 'E3')).toEqual([]);
  });

  it('reports the cap as a violation and the missing approval as a diagnostic', () => {
    expect(r.violations.map((v) => [v.case, v.code, v.message])).toEqual([['E2', 'EXTENSION_OVER_MAX', '“办结”延期 40 日，超过最长 30日；按 30日 计算。']]);
    expect(r.diagnostics.filter((d) => d.code === 'CHECK_EXTENSION_INCOMPLETE').map((d) => [d.row, d.columnLetter])).toEqual([[2, 'E']]);
  });
});
