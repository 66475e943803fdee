/**
 * Argument errors in the user's language, never node's own text: an unknown flag or command names
 * the one meant, a value starting with a dash says how to write it; all are usage errors (exit 2).
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { packageRoot } from '../../src/paths.ts';

async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(args, { stdout: () => {}, stderr: (t) => (stderr += `${t}\n`), cwd: packageRoot, isTTY: false });
  return { code, stderr };
}

describe('argument errors', () => {
  it.each([
    [['check', '--rule', 'rules/national'], '未知选项 --rule，是否想写 --rules？'],
    [['check', '--as-fo', '2026-03-01'], '未知选项 --as-fo，是否想写 --as-of？'],
    [['deadline', '--rules', 'rules/national', '--from', '2026-03-05', '--limit', '-5日'], '--limit 的取值“-5日”以减号开头，会被当作选项；请写成 --limit=-5日。'],
    [['check', '--rules'], '--rules 需要一个取值。'],
    [['chek'], '未知命令“chek”，是否想写 check？'],
    [['--lang', 'en', 'check', '--rule', 'x'], 'Unknown option --rule; did you mean --rules?'],
    [['--lang', 'en', 'valdiate'], 'Unknown command "valdiate"; did you mean validate?'],
  ])('%j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
    expect(r.stderr).not.toMatch(/Unknown option '|is ambiguous|argument missing/);
  });
});
