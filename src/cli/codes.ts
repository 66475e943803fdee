/**
 * `xinfang codes [CODE] [--format md|json]`: the catalogue of diagnostic codes — the reference page
 * staff look up when a diagnostic names a code. Generated from the catalogue itself, so it is
 * never out of date (after Astro's error reference).
 */
import { parseArgs } from 'node:util';
import '../browser/codes.ts';
import '../calendar/codes.ts';
import '../check/codes.ts';
import '../deadlines/codes.ts';
import { allCodes, type Args, type CodeEntry } from '../diagnostics/catalogue.ts';
import type { Lang } from '../diagnostics/diagnostic.ts';
import '../io/codes.ts';
import '../ledger/codes.ts';
import '../reports/codes.ts';
import '../rules/codes.ts';
import '../workbook/codes.ts';
import { EXIT_INVALID, EXIT_OK, type Command } from './command.ts';

/** Arguments that print as their own names, so a message shows its shape: 时限“‹value›”无法识别. */
const PLACEHOLDER_ARGS = new Proxy({}, { get: (_t, key) => (typeof key === 'string' ? `‹${key}›` : undefined) }) as Args;

/** One code as plain data in a language. */
export function describeCode(code: string, entry: CodeEntry, lang: Lang) {
  const message = lang === 'zh' ? entry.zh(PLACEHOLDER_ARGS) : entry.en(PLACEHOLDER_ARGS);
  const hint = lang === 'zh' ? entry.hintZh?.(PLACEHOLDER_ARGS) : entry.hintEn?.(PLACEHOLDER_ARGS);
  return { code, severity: entry.severity, title: entry.title, message, ...(hint ? { hint } : {}) };
}

export const codesCommand: Command = {
  help: {
    zh: `用法：xinfang codes [代码] [--format md|json]

列出全部诊断代码（或指定的一个）：严重程度、标题、提示文字和处理建议。‹…› 处为具体内容。`,
    en: `Usage: xinfang codes [CODE] [--format md|json]

Lists every diagnostic code (or the one named): severity, title, message and what to do. ‹…› marks
the parts filled in by each diagnostic.`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({ args: argv, options: { format: { type: 'string', default: 'md' } }, allowPositionals: true });
    const wanted = positionals.map((p) => p.toUpperCase());
    const list = [...allCodes()]
      .filter(([code]) => !wanted.length || wanted.includes(code))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, entry]) => describeCode(code, entry, ctx.lang));
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
      lines.push(`## ${c.code}`, '', `${zh ? '级别：' : 'Severity: '}${c.severity} · ${c.title}`, '', c.message, '');
      if (c.hint) lines.push(`${zh ? '处理：' : 'What to do: '}${c.hint}`, '');
    }
    ctx.stdout(lines.join('\n'));
    return EXIT_OK;
  },
};
