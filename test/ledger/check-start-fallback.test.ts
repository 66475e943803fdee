/**
 * A clock's start falling back to another event (DESIGN §6: 报送领导日期 starts the 阅批 clock;
 * empty → 登记日期, marked assumed), on cppcc's `instruct` (三、2 领导阅批时间一般不超过三天: 3日,
 * from submitted, fallback received). Due dates worked by hand: March 2025 has no holiday in the
 * State Council notice (data/calendars/cn/2025.yaml), so only weekends roll. As of 2026-03-01.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.ts';
import type { Finding } from '../../src/check/result.ts';
import { buildInspection } from '../../src/reports/inspection.ts';
import { loadReportInput } from '../../src/reports/load-report-input.ts';
import { parsePeriod } from '../../src/reports/period.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';
import { check, ruleSet } from './check-helpers.ts';

const LEDGER = join(import.meta.dirname, 'fixtures/submitted-fallback/ledger.csv');

let rules: CompiledRuleSet;
let instruct: Finding[];

beforeAll(async () => {
  rules = await ruleSet('cppcc');
  const r = await check(LEDGER, rules, '2026-03-01');
  instruct = r.findings.filter((f) => f.clock === 'instruct');
});

describe('instruct starts on 报送领导日期, else on 登记日期 (assumed)', () => {
  it.each([
    // Sent Wednesday 2025-03-05 + 3 = Saturday 03-08 → Monday 03-10; instructed Friday 03-07.
    ['S1', { start: '2025-03-05', due: '2025-03-10', stop: '2025-03-07', status: 'on-time', days_late: 0, scored: true, assumed: [] }],
    // No 报送领导日期: registered Monday 2025-03-03 + 3 = Thursday 03-06; instructed 03-07, a day late —
    // but only by the assumed start (the real 报送 may have been later): listed, not scored.
    ['S2', { start: '2025-03-03', due: '2025-03-06', stop: '2025-03-07', status: 'late', days_late: 1, scored: false, assumed: ['报送领导日期未填，按登记日期起算'] }],
  ])('%s', (id, expected) => {
    const f = instruct.filter((x) => x.case === id);
    expect(f).toHaveLength(1);
    const { start, due, stop, status, days_late, scored, assumed } = f[0]!;
    expect({ start, due, stop, status, days_late, scored, assumed }).toEqual(expected);
  });

  it('a 一般 matter never sent to a leader has no 阅批 clock, fallback or not', () => {
    expect(instruct.filter((x) => x.case === 'S3')).toEqual([]);
  });

  it('the 督查清单 names the column the clock was counted from', async () => {
    const loaded = await loadReportInput(LEDGER, rules, { asOf: parseDay('2026-03-01')!, displayName: 'ledger.csv' });
    const report = buildInspection(loaded.input!, parsePeriod('2025Q1')!, false).report!;
    const item = report.departments.flatMap((d) => d.items).find((i) => i.case === 'S2' && i.clock === 'instruct')!;
    expect(item).toMatchObject({ counted: '登记日期（报送领导日期未填） → 批示日期', start: '2025-03-03', due: '2025-03-06' });
  });
});
