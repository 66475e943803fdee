/** `xinfang codes`: every catalogue entry renders in both languages and is listed. */
import { describe, expect, it } from 'vitest';
import { codesCommand, describeCode } from '../../src/cli/codes.ts';
import { CATALOGUE, isCode, type Code } from '../../src/diagnostics/catalogue.ts';

async function run(args: string[], lang: 'zh' | 'en' = 'zh') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await codesCommand.run(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), lang, cwd: '.', isTTY: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('xinfang codes', () => {
  it('lists the codes of every stage', async () => {
    const { code, out } = await run([]);
    expect(code).toBe(0);
    // One code from each stage's catalogue.
    for (const c of ['YAML_SYNTAX', 'CALENDAR_SCHEMA', 'DEADLINE_BAD_DATE', 'UNKNOWN_REFERENCE', 'WORKBOOK_MERGED_CELLS']) {
      expect(isCode(c), c).toBe(true);
      expect(out).toContain(`## ${c}`);
    }
  });

  it.each(['zh', 'en'] as const)('renders every code in %s with example values, no placeholder left', async (lang) => {
    const { out } = await run([], lang);
    for (const code of Object.keys(CATALOGUE) as Code[]) expect(out).toContain(`## ${code}`);
    expect(out).not.toMatch(/undefined|NaN|null|\[object|‹|›/);
    for (const code of Object.keys(CATALOGUE) as Code[]) {
      const d = describeCode(code, lang);
      expect(d.message.length, code).toBeGreaterThan(5);
    }
  });

  it('names the severity and the title in the reader\'s language', async () => {
    const zh = await run(['YAML_SYNTAX']);
    expect(zh.out).toContain('级别：错误 · YAML 语法错误');
    expect(zh.out).not.toMatch(/Severity|error/);
    const en = await run(['YAML_SYNTAX'], 'en');
    expect(en.out).toContain('Severity: error · YAML syntax error');
  });

  it('shows no English title in the Chinese list', async () => {
    const { out } = await run([]);
    for (const code of Object.keys(CATALOGUE) as Code[]) {
      const { title } = CATALOGUE[code];
      expect(out, code).toContain(`· ${title.zh}\n`);
      expect(out, code).not.toContain(title.en);
    }
  });

  it('shows one code on request and fails on an unknown one', async () => {
    const one = await run(['invalid_limit'], 'en');
    expect(one.out).toContain('Example: The time limit "15天天" cannot be read');
    expect(one.out.match(/^## /gm)).toHaveLength(1);
    expect((await run(['NO_SUCH_CODE'])).code).toBe(1);
  });
});
