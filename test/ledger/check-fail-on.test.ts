/**
 * `check --fail-on` for scheduled runs, on the Q3 fixture (test/reports/fixtures/q3-ledger; counts
 * worked out in test/reports/check-html-first-screen.test.ts): as of 2026-09-30 there are 3 overdue
 * items and 2 violations and no data error; as of 2026-07-05 nothing is overdue yet (the first due
 * date, D4's notice, is 07-10) and no extension has been approved.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './check-helpers.ts';

const FIXTURES = join(import.meta.dirname, '..', 'reports', 'fixtures');
const base = ['check', '--rules', join(FIXTURES, 'q2-ledger/rules/kpi-office'), '--cases', join(FIXTURES, 'q3-ledger/ledger.csv'), '--json'];

describe('check --fail-on', () => {
  it.each([
    ['2026-09-30', 'overdue', 3, '逾期未办 3'],
    ['2026-09-30', 'violations', 3, '违规 2'],
    ['2026-09-30', 'overdue,violations', 3, '逾期未办 3，违规 2'],
    ['2026-09-30', 'errors', 0, undefined],
    ['2026-07-05', 'overdue,violations', 0, undefined],
  ])('as of %s, --fail-on %s exits %i', async (asOf, what, code, said) => {
    const r = await cli([...base, '--as-of', asOf, '--fail-on', what]);
    expect(r.code).toBe(code);
    if (said) expect(r.stderr).toContain(`--fail-on：${said}（退出码 3）`);
    expect(JSON.parse(r.stdout).as_of).toBe(asOf); // the report is printed all the same
  });

  it('rejects an unknown condition as a usage error', async () => {
    const r = await cli([...base, '--fail-on', 'late']);
    expect(r.code).toBe(2);
  });
});
