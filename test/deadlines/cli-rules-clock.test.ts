/** `xinfang deadline --rules DIR --clock ID`: the clock of the version in force on --from. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

const ROOT = join(import.meta.dirname, '../..');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: ROOT });
  return { code, out: out.join('\n').trim(), err: err.join('\n') };
}

describe('deadline --rules --clock', () => {
  it.each([
    // 信访工作条例 第二十三条 15日: 2025-09-16 + 15 = 10-01, 国庆节、中秋节 10-01…10-08 (国办发明电〔2024〕12号) → 10-09.
    ['national', 'notice', '2025-09-16', '2025-10-09'],
    // 信访工作条例 第三十四条 60日: 2024-08-02 + 60 = 10-01, 国庆节 10-01…10-07 (国办发明电〔2023〕7号) → 10-08.
    ['national', 'resolve', '2024-08-02', '2024-10-08'],
    // 2个月: 2024-03-05 → 05-05, inside 劳动节 05-01…05-05 (国办发明电〔2023〕7号) → Monday 05-06.
    ['kunshan-zzb', 'resolve-assigned', '2024-03-05', '2024-05-06'],
    // 30分钟 from 23:50 crosses midnight: 2024-02-09 00:20.
    ['school', 'report-urgent', '2024-02-08T23:50', '2024-02-09T00:20'],
  ])('%s %s from %s is due %s', async (set, clock, from, due) => {
    const r = await run(['deadline', '--rules', `rules/${set}`, '--clock', clock, '--from', from]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(due);
  });

  it('an unknown clock exits 1 naming the clocks that exist', async () => {
    const r = await run(['deadline', '--rules', 'rules/national', '--clock', 'nope', '--from', '2025-01-02']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('UNKNOWN_REFERENCE');
    expect(r.err).toContain('notice');
  });

  it('a clock timed only by the case\'s own 要求办结日期 has no period to count: exit 1 with CLOCK_DUE_BY_ONLY', async () => {
    // company resolve-assigned (四、6 "在规定的时限内"): the due date is the one the assigning body set.
    const r = await run(['deadline', '--rules', 'rules/company', '--clock', 'resolve-assigned', '--from', '2025-01-02']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('CLOCK_DUE_BY_ONLY');
    expect(r.err).toContain('resolve-assigned');
    expect(r.out).toBe('');
  });

  it('a date before the first version exits 1 with NO_VERSION_IN_FORCE', async () => {
    const r = await run(['deadline', '--rules', 'rules/national', '--clock', 'notice', '--from', '2001-01-01']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('NO_VERSION_IN_FORCE');
  });

  it('--clock without --rules is a usage error', async () => {
    expect((await run(['deadline', '--clock', 'notice', '--from', '2025-01-02'])).code).toBe(2);
  });
});
