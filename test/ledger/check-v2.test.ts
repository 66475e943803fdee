/**
 * The checker on the rules language v2 (docs/day-counting.md, §7). Fixture: test/ledger/fixtures/v2-check
 * (rules quoted in its articles; ledger as of 2027-03-31). Every expected date is counted by hand
 * from the State Council notices: 2025 国办发明电〔2024〕12号 (劳动节 05-01…05-05; 国庆节、中秋节
 * 10-01…10-08); 2027 has no notice yet (provisional: weekends only).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.ts';
import { buildInspection } from '../../src/reports/inspection.ts';
import { loadReportInput } from '../../src/reports/load-report-input.ts';
import { parsePeriod } from '../../src/reports/period.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';
import { packageRoot } from '../../src/paths.ts';
import { check } from './check-helpers.ts';

const DIR = join(import.meta.dirname, 'fixtures/v2-check');
let r: Awaited<ReturnType<typeof check>>;
let rules: CompiledRuleSet;

beforeAll(async () => {
  const built = await buildRuleSets([join(DIR, 'rules/v2-check')], packageRoot);
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  rules = built.compiled[0]!;
  r = await check(join(DIR, 'ledger.csv'), rules, '2027-03-31');
});

const finding = (c: string, clock: string) => r.findings.find((f) => f.case === c && f.clock === clock);
const pick = (c: string, clock: string) => {
  const f = finding(c, clock);
  return f && { due: f.due, status: f.status, days_late: f.days_late, assumed: f.assumed, scored: f.scored, paused_days: f.paused_days, explained: f.explained };
};

describe('v2 findings', () => {
  it.each([
    // 第三条 60日 only for 申诉求决类: 03-03 + 60 = 05-02, in 劳动节 05-01…05-05 → 05-06; closed 05-10 → 4 days late.
    ['C1', 'resolve', { due: '2025-05-06', status: 'late', days_late: 4, assumed: [], scored: true }],
    // Empty 类别 with if_empty assume: the clock runs and says so; stop on the first of 办结/答复 (答复 04-01).
    ['C3', 'resolve', { due: '2025-05-06', status: 'on-time', days_late: 0, assumed: ['类别未填，按申诉求决类计算'], scored: true }],
    // 不能按期办结的，应当说明情况: explained 04-20 ≤ due 05-06 → listed, not scored; 05-06 → 2027-03-31 = 365 + 329 days.
    ['C5', 'resolve', { due: '2025-05-06', status: 'overdue', days_late: 694, assumed: [], scored: false, explained: '2025-04-20' }],
    // 40 days asked, 30日 at most: 09-16 + 90 = 12-15 (Mon); closed 12-20 → 5 days late.
    ['C6', 'resolve', { due: '2025-12-15', status: 'late', days_late: 5, assumed: [], scored: true }],
    // Request 07-08 late only by the 答复日期 (06-03 + 30 = 07-03): the 复查 clock runs (07-08 + 30 = 08-07),
    // marked, and the decision is the next organ up's (decided_by superior, not in ledger.decides).
    ['C8', 'review', { due: '2025-08-07', status: 'on-time', days_late: 0, assumed: ['送达日期未填，未判定申请是否逾期'], scored: false }],
    // 复核 30日 from 03-03 = 04-02; 听证 03-10…03-12 (3 days) → 33日 = 04-05 (清明节 04-04…04-06) → 04-07; this ledger decides 复核.
    ['C9', 'recheck', { due: '2025-04-07', status: 'on-time', days_late: 0, assumed: [], scored: true, paused_days: 3 }],
    // 06-03 + 30 = 07-03; 听证 06-10…06-12 → 33日 = 07-06 (Sun) → 07-07; decided 07-10 → 3 days late.
    ['C22', 'recheck', { due: '2025-07-07', status: 'late', days_late: 3, assumed: [], scored: true, paused_days: 3 }],
    // 听证 began 06-10, before the due date 07-03, and has not ended: paused, pending even as of 2027.
    ['C10', 'recheck', { due: '2025-07-03', status: 'pending', days_late: 0, assumed: ['听证开始日期已填、听证结束日期未填，期限中止计算'], scored: true }],
    // A letter with an empty 是否署名 is not an anonymous one: 03-03 + 15 = 03-18; notified 03-20 → 2 days late.
    ['C15', 'notice', { due: '2025-03-18', status: 'late', days_late: 2, assumed: [], scored: true }],
    // 30分钟 from a date without a time: from 24:00 → 03-04 00:30; the report dated 03-04 (no time) keeps it.
    ['C17', 'report', { due: '2025-03-04T00:30', status: 'on-time', days_late: 0, assumed: ['无时刻，按当日24时起算'], scored: true }],
    // 要求办结日期 10-01 (国庆节) rolls to 10-09: closed 10-09 is on time.
    ['C18', 'assigned', { due: '2025-10-09', status: 'on-time', days_late: 0, assumed: [], scored: true }],
    // 12-01 + 60 = 2027-01-30 (Sat) → 02-01, provisional: late by 9 days, listed but not scored.
    ['C20', 'resolve', { due: '2027-02-01', status: 'late', days_late: 9, assumed: [], scored: false }],
  ])('%s %s', (c, clock, want) => {
    expect(pick(c, clock)).toEqual({ paused_days: undefined, explained: undefined, ...want });
  });

  it.each([
    ['C2', 'resolve', '建议意见类: 第三条 does not apply'],
    ['C4', 'resolve', '分流 诉讼: 已分流的不适用本条'],
    ['C7', 'review', 'requested 07-15, after 06-10 (送达) + 30 = 07-10: no decision is owed'],
    ['C14', 'notice', 'an anonymous letter (是否署名 否)'],
    ['C16', 'notice', '来源方式 empty with if_empty skip'],
    ['C19', 'assigned', '交办 without 要求办结日期, and the clock has no limit of its own'],
  ])('%s has no %s finding (%s)', (c, clock) => {
    expect(finding(c, clock)).toBeUndefined();
  });

  it('lists the petitioner windows apart, never as violations', () => {
    expect(r.petitioner.map((p) => [p.case, p.from, p.due, p.request, p.status, p.assumed])).toEqual([
      // 答复 04-01 + 30 = 05-01 (劳动节) → 05-06; no request by 2027: closed; from the fallback date.
      ['C3', '2025-04-01', '2025-05-06', null, 'closed', ['答复送达日期未填，按答复日期推算']],
      ['C7', '2025-06-10', '2025-07-10', '2025-07-15', 'out-of-time', []],
      ['C8', '2025-06-03', '2025-07-03', '2025-07-08', 'out-of-time', ['答复送达日期未填，按答复日期推算']],
    ]);
    expect(r.violations.map((v) => v.code)).not.toContain('REVIEW_OUT_OF_TIME');
  });

  it('limits 保密 to 检举控告 material, checking an empty 类别 as assumed', () => {
    expect(r.violations.map((v) => [v.case, v.code, v.assumed])).toEqual([
      ['C6', 'EXTENSION_OVER_MAX', []],
      ['C11', 'CONFIDENTIALITY_BREACH', []],
      ['C13', 'CONFIDENTIALITY_BREACH', ['类别未填，按检举控告类检查']],
      ['C21', 'EVENTS_OUT_OF_ORDER', []],
      ['C21', 'EVENTS_OUT_OF_ORDER', []],
      ['C21', 'EVENTS_OUT_OF_ORDER', []],
    ]);
  });

  it('orders 复核 after 复查 and 听证 within 复核', () => {
    expect(r.violations.filter((v) => v.case === 'C21').map((v) => v.message)).toEqual([
      '复核申请日期（2025-05-06）早于复查意见日期（2025-05-10）。',
      '听证开始日期（2025-05-01）早于复核申请日期（2025-05-06）。',
      '复核意见日期（2025-05-20）早于听证结束日期（2025-05-25）。',
    ]);
  });

  it('counts unscored findings, petitioner windows and skipped clocks in the summary', () => {
    const s = r.outcome!.summary;
    expect([s.findings.total, s.findings.unscored, s.findings.provisional]).toEqual([13, 3, 1]);
    expect(s.petitioner).toEqual({ total: 3, 'in-time': 0, 'out-of-time': 2, open: 0, closed: 1 });
    expect(s.skipped_empty).toEqual({ total: 1, by_clock: { notice: 1 } });
  });

  it('counts only scored findings in the KPIs', () => {
    const k = r.outcome!.summary.kpis;
    // 按期办结率: clocks stopped by 办结 — resolve C1 (late), C3 (on time), C6 (late), assigned C18 (on time);
    // C5 (explained) and C20 (provisional) are listed but not counted.
    expect([k.on_time_closure.numerator, k.on_time_closure.denominator]).toEqual([2, 4]);
    // 及时受理率: notice C15 (late).
    expect([k.timely_acceptance.numerator, k.timely_acceptance.denominator]).toEqual([0, 1]);
  });

  it('says where a clock was skipped and where a minute clock had no time', () => {
    const d = r.diagnostics.filter((x) => x.code === 'CHECK_SKIPPED_EMPTY' || x.code === 'CHECK_NO_TIME');
    expect(d.map((x) => [x.code, x.severity, x.row, x.columnLetter, x.message])).toEqual([
      ['CHECK_SKIPPED_EMPTY', 'info', 17, 'C', '来源方式未填，时限“受理告知”按制度（if_empty: skip）不适用；已计入汇总 skipped_empty。'],
      ['CHECK_NO_TIME', 'warning', 18, 'B', '时限“紧急报告”按小时或分钟计算，起算日期未写时刻；按当日24时起算（不早于真实期限），结果注明为推定。'],
    ]);
  });

  it('explains a suspended due date in the 督查清单 as the check counted it', async () => {
    const loaded = await loadReportInput(join(DIR, 'ledger.csv'), rules, { asOf: parseDay('2025-12-31')!, displayName: 'ledger.csv' });
    const report = buildInspection(loaded.input!, parsePeriod('2025Q3')!, false).report!;
    const item = report.departments.flatMap((d) => d.items).find((i) => i.case === 'C22')!;
    expect(item.due).toBe('2025-07-07');
    expect(item.explanation).toContain('2025-06-10 至 2025-06-12 中止计算：其中起算日之后、原到期日 2025-07-03 之前（含）的 3 日不计入期限，期间相应延长 3 日。');
  });
});
