/**
 * `xinfang codes [CODE] [--format md|json]`: the catalogue of diagnostic codes — the reference page
 * staff look up when a diagnostic names a code. Generated from the catalogue itself, so it is
 * never out of date (after Astro's error reference).
 */
import { parseArgs } from 'node:util';
import { CATALOGUE, type Code } from '../diagnostics/catalogue.ts';
import type { CodeSpec } from '../diagnostics/define.ts';
import { EXAMPLES } from '../diagnostics/examples.ts';
import type { Lang, Severity } from '../diagnostics/diagnostic.ts';
import { EXIT_INVALID, EXIT_OK, type Command } from './command.ts';

/** Severities as the Chinese list names them. */
const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** One code as plain data in a language, its message and hint shown with example values. */
export function describeCode(code: Code, lang: Lang) {
  const entry: CodeSpec<never> = CATALOGUE[code];
  const args = EXAMPLES[code] as never;
  const message = entry[lang].message(args);
  const hint = entry[lang].hint?.(args);
  return { code, severity: entry.severity, title: entry.title[lang], message, ...(hint ? { hint } : {}) };
}

export const codesCommand: Command = {
  help: {
    zh: `用法：xinfang codes [代码] [--format md|json]

列出全部诊断代码（或指定的一个）：严重程度、名称、提示文字和处理建议，文字中的具体内容为示例。`,
    en: `Usage: xinfang codes [CODE] [--format md|json]

Lists every diagnostic code (or the one named): severity, title, message and what to do, the message
shown with example values.`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({ args: argv, options: { format: { type: 'string', default: 'md' } }, allowPositionals: true });
    const wanted = positionals.map((p) => p.toUpperCase());
    const list = (Object.keys(CATALOGUE) as Code[])
      .filter((code) => !wanted.length || wanted.includes(code))
      .sort((a, b) => a.localeCompare(b))
      .map((code) => describeCode(code, ctx.lang));
    if (wanted.length && !list.length) {
      ctx.stderr(ctx.lang === 'zh' ? `没有代码 ${wanted.join('、')}。` : `No such code: ${wanted.join(', ')}.`);
      return EXIT_INVALID;
    }
    if (values.format === 'json') {
      ctx.stdout(JSON.stringify(list, null, 2));
      return EXIT_OK;
    }
    const zh = ctx.lang === 'zh';
    const lines = [zh ? '# xinfang 诊断代码' : '# xinfang diagnostic codes', ''];
    for (const c of list) {
      lines.push(`## ${c.code}`, '', `${zh ? `级别：${SEVERITY_ZH[c.severity]}` : `Severity: ${c.severity}`} · ${c.title}`, '', `${zh ? '例：' : 'Example: '}${c.message}`, '');
      if (c.hint) lines.push(`${zh ? '处理：' : 'What to do: '}${c.hint}`, '');
    }
    ctx.stdout(lines.join('\n'));
    return EXIT_OK;
  },
};
