/** `xinfang deadline`: output, JSON, explanations, batch CSV, exit codes (docs/cli.md). */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/command.ts';
import { deadlineCommand } from '../../src/cli/deadline.ts';

const dir = await mkdtemp(join(tmpdir(), 'xinfang-deadline-'));

async function run(argv: string[], lang: 'zh' | 'en' = 'zh', command = deadlineCommand) {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), lang, cwd: dir, isTTY: false };
  const code = await command.run(argv, ctx);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('xinfang deadline', () => {
  it('prints the due date', async () => {
    expect(await run(['--from', '2024-01-26', '--limit', '15日'])).toEqual({ code: 0, out: '2024-02-18', err: '' });
    expect((await run(['--from', '2025-09-26', '--limit', '1wd'])).out).toBe('2025-09-28');
    expect((await run(['--from', '2024-01-26', '--limit', '15d', '--roll', 'none'])).out).toBe('2024-02-10');
    expect((await run(['--from', '2025-07-03', '--limit', '60日', '--extension', '30日'])).out).toBe('2025-10-09');
    expect((await run(['--from', '2024-03-05 23:50', '--limit', '30分钟'])).out).toBe('2024-03-06T00:20');
    expect((await run(['--from=2024-03-05T14:30', '--limit=当日'])).out).toBe('2024-03-05');
  });

  it('prints JSON with the explanation', async () => {
    const { code, out } = await run(['--from', '2024-01-26', '--limit', '15日', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ from: '2024-01-26', limit: '15日', due: '2024-02-18', provisional: false, provisional_years: [] });
    expect(json.explanation.join('')).toContain('春节放假日（国办发明电〔2023〕7号）');
    const en = JSON.parse((await run(['--from', '2024-01-26', '--limit', '15日', '--json'], 'en')).out);
    expect(en.explanation.join(' ')).toContain('Spring Festival');
  });

  it('explains step by step with --explain', async () => {
    const { out } = await run(['--from', '2025-09-16', '--limit', '15日', '--explain']);
    const lines = out.split('\n');
    expect(lines[0]).toBe('2025-10-09');
    expect(out).toContain('国庆节、中秋节放假日（国办发明电〔2024〕12号）');
    expect(out).toContain('民法典第二百零三条');
  });

  it('warns on stderr when the result is provisional', async () => {
    const { code, out, err } = await run(['--from', '2026-12-20', '--limit', '15日']);
    expect(code).toBe(0);
    expect(out).toBe('2027-01-04');
    expect(err).toMatch(/^warning {2}DEADLINE_PROVISIONAL {2}结果为暂定：2027 年/);
    const json = JSON.parse((await run(['--from', '2026-12-20', '--limit', '15日', '--json'])).out);
    expect(json).toMatchObject({ provisional: true, provisional_years: [2027] });
    expect((await run(['--from', '2026-12-20', '--limit', '15日'], 'en')).err).toContain('Provisional: no State Council holiday notice for 2027');
  });

  it.each([
    [['--limit', '15日'], '缺少 --from'],
    [['--from', '2024-01-26'], '缺少 --limit'],
    [['--from', '2024-01-26', '--limit', '15日', '--roll', 'later'], '--roll 只能是'],
    [['--from', '2024-01-26', '--limit', '15日', '--bogus'], 'bogus'],
    [['--from', '2024-01-26', '--limit', '15日', '--calendar', '../etc'], '--calendar'],
    [['--rules', 'rules/national'], '--rules 与 --clock'],
    [['--batch', 'x.csv', '--from', '2024-01-26'], '--batch 不能'],
  ])('usage error %j → exit 2', async (argv, message) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain('用法：xinfang deadline');
  });

  it('prints --help and exits 0', async () => {
    const { code, out } = await run(['--help'], 'en');
    expect(code).toBe(0);
    expect(out).toContain('Usage: xinfang deadline');
  });

  it.each([
    [['--from', '2024-02-30', '--limit', '15日'], 'DEADLINE_BAD_DATE'],
    [['--from', '2024-01-26', '--limit', '15周年'], 'DEADLINE_BAD_LIMIT'],
    [['--from', '2024-01-26', '--limit', '15日', '--extension', '2小时'], 'DEADLINE_BAD_EXTENSION'],
    [['--from', '2024-01-26', '--limit', '15日', '--calendar', 'nowhere'], 'CALENDAR_NOT_FOUND'],
  ])('invalid input %j → exit 1 with %s', async (argv, code) => {
    const r = await run(argv);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(code);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('--batch appends due and provisional, reports bad rows by row number and exits 1', async () => {
    const csv = '\uFEFFcase,from,limit,roll\nA1,2024-01-26,15日,\nA2,2025-09-26,1个工作日,\nA3,2024-02-30,15日,\nA4,2024-01-26,15日,none\nA5,2026-12-20,15日,\nA6,2024-03-05,两个月,sideways\n';
    await writeFile(join(dir, 'cases.csv'), csv);
    const { code, out, err } = await run(['--batch', 'cases.csv']);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      'case,from,limit,roll,due,provisional',
      'A1,2024-01-26,15日,,2024-02-18,false',
      'A2,2025-09-26,1个工作日,,2025-09-28,false',
      'A3,2024-02-30,15日,,,',
      'A4,2024-01-26,15日,none,2024-02-10,false',
      'A5,2026-12-20,15日,,2027-01-04,true',
      'A6,2024-03-05,两个月,sideways,,',
    ]);
    expect(err).toContain('cases.csv:B4 (from)  error  DEADLINE_BAD_DATE');
    expect(err).toContain('cases.csv:D7 (roll)  error  DEADLINE_BAD_ROLL');
    expect(err).toContain('DEADLINE_PROVISIONAL');
    expect(err).toContain('共 1 行');
  });

  it('--batch exits 0 when every row is good, and 1 for a missing column or file', async () => {
    await writeFile(join(dir, 'good.csv'), 'from,limit\n2024-03-05,2m\n');
    expect(await run(['--batch', 'good.csv'])).toEqual({ code: 0, out: 'from,limit,due,provisional\n2024-03-05,2m,2024-05-06,false', err: '' });
    await writeFile(join(dir, 'nolimit.csv'), 'from,days\n2024-03-05,15\n');
    const missing = await run(['--batch', 'nolimit.csv'], 'en');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('DEADLINE_BATCH_HEADER  The batch file has no "limit" column.');
    const absent = await run(['--batch', 'absent.csv']);
    expect(absent.code).toBe(1);
    expect(absent.err).toContain('DEADLINE_BATCH_UNREADABLE  无法读取批量文件：文件或目录不存在（ENOENT）。');
  });
});
