/**
 * node's own argument errors (`parseArgs`, ERR_PARSE_ARGS_*) said in the user's language, with the
 * flag meant when one is misspelt (`--rule` → `--rules`). The flags a command takes are those its
 * help text names, which is what the user reads next anyway.
 */
import type { Lang } from '../diagnostics/diagnostic.ts';
import { messages } from '../diagnostics/messages.ts';
import { closest } from '../rules/suggest.ts';

const MESSAGES = messages({
  zh: {
    unknown: (flag: string, meant?: string) => `未知选项 ${flag}${meant ? `，是否想写 ${meant}？` : '。'}`,
    ambiguous: (flag: string, value: string) => `${flag} 的取值“${value}”以减号开头，会被当作选项；请写成 ${flag}=${value}。`,
    missing: (flag: string) => `${flag} 需要一个取值。`,
    noValue: (flag: string) => `${flag} 不带取值。`,
    positional: (arg: string) => `多余的参数“${arg}”。`,
    other: (text: string) => `命令行参数有误：${text}`,
    command: (name: string, meant?: string) => `未知命令“${name}”${meant ? `，是否想写 ${meant}？` : '。'}`,
  },
  en: {
    unknown: (flag, meant) => `Unknown option ${flag}${meant ? `; did you mean ${meant}?` : '.'}`,
    ambiguous: (flag, value) => `The value "${value}" of ${flag} starts with a dash and would be read as an option; write ${flag}=${value}.`,
    missing: (flag) => `${flag} needs a value.`,
    noValue: (flag) => `${flag} takes no value.`,
    positional: (arg) => `Unexpected argument "${arg}".`,
    other: (text) => `Invalid arguments: ${text}`,
    command: (name, meant) => `Unknown command "${name}"${meant ? `; did you mean ${meant}?` : '.'}`,
  },
});

/** The flags a help text names (`--rules`, `--as-of`), with the global ones. */
function flagsOf(help: string): string[] {
  return [...new Set([...(help.match(/--[a-z][a-z-]*/g) ?? []), '--help', '--lang'])];
}

/**
 * The message for a parseArgs error thrown while reading `argv`, or undefined when `e` is not one.
 * `help` is the command's help text in `lang`.
 */
export function argumentError(e: unknown, argv: readonly string[], help: string, lang: Lang): string | undefined {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const m = MESSAGES[lang];
  const text = (e as Error).message;
  const flag = /'(-[^' ]+)/.exec(text)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return m.unknown(flag, flag.startsWith('--') ? closest(flag, flagsOf(help)) : undefined);
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return m.positional(/'([^']*)'/.exec(text)?.[1] ?? '');
  if (text.includes('ambiguous')) return m.ambiguous(flag, argv[argv.indexOf(flag) + 1] ?? '');
  if (text.includes('argument missing')) return m.missing(flag);
  if (text.includes('does not take an argument')) return m.noValue(flag);
  return m.other(text);
}

/** The unknown-command message, with the command meant when it is misspelt (`chek` → `check`). */
export function unknownCommand(name: string, commands: readonly string[], lang: Lang): string {
  return MESSAGES[lang].command(name, closest(name, commands));
}
