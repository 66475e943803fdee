/**
 * `xinfang deadline --rules DIR --clock ID --extension`: the clock's maximum applies exactly as in
 * the ledger check (docs/day-counting.md "the maximum is applied"), a clock without extensions refuses one,
 * and an hour clock started from a date without a time says what it assumes. Fixture:
 * test/ledger/fixtures/extension/rules/ext-check (第三条: 延长期限不得超过30日).
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { packageRoot } from '../../src/paths.ts';

const RULES = 'test/ledger/fixtures/extension/rules/ext-check';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: packageRoot });
  return { code, out: out.join('\n').trim(), err: err.join('\n') };
}

describe('deadline --clock --extension', () => {
  it.each([
    // 60日 + 30日 = 90日: 2025-09-16 + 90 = 12-15 (Mon).
    ['30日', '2025-12-15', false],
    // 40日 asked, 30日 allowed: the same 12-15, not 09-16 + 100 = 12-25.
    ['40日', '2025-12-15', true],
    // 10日: 09-16 + 70 = 11-25 (Tue).
    ['10日', '2025-11-25', false],
    // 1个月 is compared by due date: (60日 then 1个月 from 11-15 = 12-15) = 90日's 12-15: not beyond the maximum.
    ['1个月', '2025-12-15', false],
    // 2个月: 11-15 → 2026-01-15, later than the maximum's 12-15: the maximum applies.
    ['2个月', '2025-12-15', true],
  ])('resolve from 2025-09-16 with %s → %s (capped %s)', async (ext, due, capped) => {
    const r = await run(['deadline', '--rules', RULES, '--clock', 'resolve', '--from', '2025-09-16', '--extension', ext]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(due);
    if (capped) expect(r.err).toMatch(/warning {2}DEADLINE_EXTENSION_CAPPED {2}延长期限 .+ 超过时限“办结”的延长上限 30日，按上限 30日 计算。/);
    else expect(r.err).not.toContain('DEADLINE_EXTENSION_CAPPED');
  });

  it('refuses an extension on a clock that has none (exit 1)', async () => {
    const r = await run(['deadline', '--rules', RULES, '--clock', 'reply', '--from', '2025-09-16', '--extension', '5日']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('error  DEADLINE_NO_EXTENSION  时限“答复”的制度条文未规定延期，不能加 5日。');
  });

  it('an extension on a clock without a maximum is applied as given', async () => {
    // 第五条: 30日, extendable without a cap: 2025-09-16 + 30 + 100 = 130 days = 2026-01-24 (Sat) → 01-26 Mon.
    const r = await run(['deadline', '--rules', RULES, '--clock', 'settle', '--from', '2025-09-16', '--extension', '100日']);
    expect([r.code, r.out, r.err]).toEqual([0, '2026-01-26', '']);
  });

  it('a plain --limit --extension has no clock and is applied as given', async () => {
    // 60日 + 40日 = 100日: 2025-09-16 + 100 = 12-25 (Thu).
    const r = await run(['deadline', '--from', '2025-09-16', '--limit', '60日', '--extension', '40日']);
    expect([r.code, r.out, r.err]).toEqual([0, '2025-12-25', '']);
  });

  it('an hour clock from a date without a time: a warning and the assumption in the output', async () => {
    const r = await run(['deadline', '--rules', RULES, '--clock', 'report', '--from', '2025-09-16', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { due: string; assumed: string[] };
    // 30分钟 from 24:00 of 09-16 = 09-17 00:30.
    expect(json.due).toBe('2025-09-17T00:30');
    expect(json.assumed).toEqual(['无时刻，按当日24时起算']);
    expect(r.err).toContain('warning  DEADLINE_NO_TIME  起算日期 2025-09-16 未写时刻，30分钟 按当日24时起算。');
    const timed = await run(['deadline', '--rules', RULES, '--clock', 'report', '--from', '2025-09-16T10:00', '--json']);
    expect(JSON.parse(timed.out).assumed).toEqual([]);
    expect(timed.err).toBe('');
  });
});
