/**
 * The report lists of `check` are capped (LIST_CAP) and count the rest; past the cap they build
 * nothing per finding (a million-case ledger used to build an object for every overdue item before
 * the cap threw it away: seconds and hundreds of MB).
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/result.ts';
import type { LedgerCase } from '../../src/ledger/ledger-case.ts';
import { LIST_CAP, ReportCollector } from '../../src/reports/check-collect.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';

const overdue: Finding = {
  case: 'A1', clock: 'notice', version: '2022-05-01', start: '2026-01-05', due: '2026-01-20', stop: null, status: 'overdue',
  due_soon: false, days_late: 3, provisional: false, department: null, assumed: [], scored: true,
};

describe('the report collector', () => {
  it('reads no case context for overdue items past the cap, and counts them', () => {
    const extra = 5;
    const collector = new ReportCollector({ versions: [] } as unknown as CompiledRuleSet);
    let reads = 0;
    const c = {
      row: 2,
      get category() {
        reads++;
        return '建议意见类';
      },
    } as unknown as LedgerCase;
    for (let i = 0; i < LIST_CAP; i++) collector.sink.finding(overdue, c);
    const atCap = reads;
    expect(atCap).toBeGreaterThan(0);
    for (let i = 0; i < extra; i++) collector.sink.finding(overdue, c);
    expect(reads).toBe(atCap);
    expect(collector.overdue.total).toBe(LIST_CAP + extra);
    expect(collector.overdue.items).toHaveLength(LIST_CAP);
    expect(collector.overdue.items[0]).toMatchObject({ case: 'A1', row: 2, category: '建议意见类', clockName: 'notice' });
  });
});
