/**
 * Hand-worked findings, one scenario per clock kind. The rule set is the
 * national 2022 version with its clocks replaced by one test clock per kind, each selected by
 * 来源方式 so a row meets exactly one clock. Every due date below is worked out by hand from the
 * State Council notices in data/calendars/cn (quoted where they matter), not copied from output.
 * As of 2026-03-01.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Violation } from '../../src/check/result.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';
import { check, limit, ruleSet } from './check-helpers.ts';

const LEDGER = join(import.meta.dirname, 'fixtures/clock-kinds/ledger.csv');

let rules: CompiledRuleSet;
let findings: Finding[];
let violations: Violation[];

beforeAll(async () => {
  const national = await ruleSet('national');
  const v = national.versions.find((x) => x.version === '2022-05-01')!;
  const base = v.clocks.find((c) => c.id === 'resolve')!;
  const mk = (id: string, channel: string, from: string, until: string, text: string, extra: object = {}) => ({
    ...base,
    id,
    name: id,
    from,
    until: { mode: 'any', events: [until] },
    limit_text: text,
    limit: limit(text),
    when: { test: { channel }, text: { zh: '', en: '' } },
    extension: undefined,
    warn: undefined,
    ...extra,
  });
  rules = {
    ...national,
    versions: [
      {
        ...v,
        clocks: [
          mk('days', '来信', 'received', 'notified', '15日', { warn: limit('3日') }),
          mk('workdays', '来访', 'received', 'replied', '10个工作日'),
          mk('months', '来电', 'received', 'closed', '2个月'),
          mk('minutes', '网上', 'received', 'reported', '30分钟'),
          mk('extension', '其他', 'accepted', 'closed', '60日', { extension: { max: limit('30日'), max_text: '30日', approval: 'required' } }),
        ] as typeof v.clocks,
        windows: [],
      },
    ],
  };
  const r = await check(LEDGER, rules, '2026-03-01');
  findings = r.findings;
  violations = r.violations;
});

const pick = (id: string) => {
  const f = findings.filter((x) => x.case === id);
  expect(f).toHaveLength(1);
  const { start, due, stop, status, due_soon, days_late, clock } = f[0]!;
  return { clock, start, due, stop, status, due_soon, days_late };
};

describe('clock kinds, worked by hand', () => {
  it.each([
    // 15日, 民法典 art. 201: last day = start + 15. 2024-01-26 + 15 = 2024-02-10, inside 春节
    // (2024-02-10 … 02-17 off, 02-18 Sunday a make-up working day) → rolls to 2024-02-18.
    ['C1', { clock: 'days', start: '2024-01-26', due: '2024-02-18', stop: '2024-02-18', status: 'on-time', due_soon: false, days_late: 0 }],
    // 2025-09-16 + 15 = 2025-10-01, 国庆节、中秋节 2025-10-01 … 10-08 → 2025-10-09; told 10-10: 1 day late.
    ['C2', { clock: 'days', start: '2025-09-16', due: '2025-10-09', stop: '2025-10-10', status: 'late', due_soon: false, days_late: 1 }],
    // 2026-02-14 (a make-up Saturday) + 15 = 2026-03-01, a Sunday → Monday 2026-03-02. Not yet due on
    // 03-01; the warn window 3日 opens 2026-02-27 → due soon.
    ['C3', { clock: 'days', start: '2026-02-14', due: '2026-03-02', stop: null, status: 'pending', due_soon: true, days_late: 0 }],
    // 2026-02-12 + 15 = 2026-02-27, a Friday after 春节 (02-15 … 02-23) → due 02-27; as of 03-01: 2 days overdue.
    ['C4', { clock: 'days', start: '2026-02-12', due: '2026-02-27', stop: null, status: 'overdue', due_soon: false, days_late: 2 }],
    // 10个工作日 from Friday 2024-09-27: 09-29 (Sunday make-up) 1, 09-30 2, [国庆 10-01 … 10-07 off],
    // 10-08 3, 10-09 4, 10-10 5, 10-11 6, 10-12 (Saturday make-up) 7, 10-14 8, 10-15 9, 10-16 10.
    ['W1', { clock: 'workdays', start: '2024-09-27', due: '2024-10-16', stop: '2024-10-16', status: 'on-time', due_soon: false, days_late: 0 }],
    ['W2', { clock: 'workdays', start: '2024-09-27', due: '2024-10-16', stop: '2024-10-17', status: 'late', due_soon: false, days_late: 1 }],
    // 2个月, 民法典 art. 202: 2024-12-31 + 2 months → February has no 31st → 2025-02-28 (Friday, a working day).
    ['M1', { clock: 'months', start: '2024-12-31', due: '2025-02-28', stop: '2025-02-28', status: 'on-time', due_soon: false, days_late: 0 }],
    // 2025-03-31 + 2 months → 2025-05-31 (no clamp needed), a Saturday inside 端午节 05-31 … 06-02 → 2025-06-03.
    ['M2', { clock: 'months', start: '2025-03-31', due: '2025-06-03', stop: '2025-06-03', status: 'on-time', due_soon: false, days_late: 0 }],
    // 2024-01-31 + 2 months → 2024-03-31, a Sunday → Monday 2024-04-01. Never closed: overdue on
    // 2026-03-01 by 365 (2024-04-01 → 2025-04-01) + 334 (April 2025 … February 2026) = 699 days.
    ['M3', { clock: 'months', start: '2024-01-31', due: '2024-04-01', stop: null, status: 'overdue', due_soon: false, days_late: 699 }],
    // 30分钟 from 14:30 → 15:00 the same day; reported 14:55.
    ['T1', { clock: 'minutes', start: '2024-03-05T14:30', due: '2024-03-05T15:00', stop: '2024-03-05T14:55', status: 'on-time', due_soon: false, days_late: 0 }],
    // 23:50 + 30 minutes → 00:20 the next day; reported 00:30: late, 0 calendar days.
    ['T2', { clock: 'minutes', start: '2024-03-05T23:50', due: '2024-03-06T00:20', stop: '2024-03-06T00:30', status: 'late', due_soon: false, days_late: 0 }],
    // 60日 + 30日 approved (docs/day-counting.md): 2024-03-01 + 90 = 2024-05-30 (Thursday). Closed 05-20.
    ['E1', { clock: 'extension', start: '2024-03-01', due: '2024-05-30', stop: '2024-05-20', status: 'on-time', due_soon: false, days_late: 0 }],
    // 40日 approved but at most 30日: the maximum is applied → 2024-05-30; closed 06-03: 4 days late.
    ['E2', { clock: 'extension', start: '2024-03-01', due: '2024-05-30', stop: '2024-06-03', status: 'late', due_soon: false, days_late: 4 }],
    // Approved 2024-05-06, after the original due date 2024-03-01 + 60 = 2024-04-30 (Tuesday, before
    // 劳动节 05-01 … 05-05): not applied; closed 05-20: 20 days late.
    ['E3', { clock: 'extension', start: '2024-03-01', due: '2024-04-30', stop: '2024-05-20', status: 'late', due_soon: false, days_late: 20 }],
  ])('%s', (id, expected) => {
    expect(pick(id)).toEqual(expected);
  });

  it('reports the extension violations, and nothing else', () => {
    expect(violations.map((v) => [v.case, v.code, v.details])).toEqual([
      ['E2', 'EXTENSION_OVER_MAX', { clockName: 'extension', days: 40, max: '30日' }],
      ['E3', 'EXTENSION_AFTER_DUE', { clockName: 'extension', approved: '2024-05-06', due: '2024-04-30' }],
    ]);
  });

  it('marks no 2024–2026 deadline provisional (those notices are published)', () => {
    expect(findings.every((f) => !f.provisional)).toBe(true);
  });
});
