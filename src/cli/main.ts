/**
 * `xinfang <command>`: global flags (--lang, --help, --version), dispatch, and the promise of
 * docs/cli.md that nothing reaches the user as a stack trace.
 */
import { readFileSync } from 'node:fs';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError, type CliContext, type Command } from './command.ts';
import { COMMANDS } from './commands.ts';
import { ioFailure } from '../io/io-failure.ts';
import { packageRoot } from '../paths.ts';
import { messages } from '../diagnostics/messages.ts';
import { formatDiagnostics } from './print-diagnostics.ts';
import { argumentError, unknownCommand } from './argument-errors.ts';

const MESSAGES = messages({
  zh: {
    help: (commands: string) =>
      ['用法：xinfang <命令> [选项]', '', '命令：', commands, '', '全局选项：', '  --lang zh|en   输出语言（默认中文）', '  --help         显示帮助（也可用于每个命令）', '  --version      显示版本', '', '运行 xinfang <命令> --help 查看某个命令的用法。'].join('\n'),
    internal: (message: string) => `xinfang 内部错误：${message}\n请把此信息和所用文件报告给维护者（设置 XINFANG_DEBUG=1 可显示详细堆栈）。`,
  },
  en: {
    help: (commands) =>
      ['Usage: xinfang <command> [options]', '', 'Commands:', commands, '', 'Global options:', '  --lang zh|en   output language (default Chinese)', '  --help         show help (works on every command)', '  --version      show the version', '', "Run xinfang <command> --help for a command's options."].join('\n'),
    internal: (message) => `xinfang internal error: ${message}\nPlease report this with the files used (set XINFANG_DEBUG=1 for the stack trace).`,
  },
});

function globalHelp(lang: 'zh' | 'en'): string {
  const width = COMMANDS.reduce((w, c) => Math.max(w, c.name.length), 0);
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`);
  return MESSAGES[lang].help(lines.join('\n'));
}

/** Pull `--lang X` / `--lang=X` out of argv. */
function takeLang(argv: string[]): { lang: 'zh' | 'en'; rest: string[] } {
  const rest: string[] = [];
  let lang: 'zh' | 'en' = 'zh';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[++i] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === undefined) {
      rest.push(a);
      continue;
    }
    if (value !== 'zh' && value !== 'en') throw new UsageError(`--lang ${value ?? ''}: zh | en`);
    lang = value;
  }
  return { lang, rest };
}

/** Run the CLI; returns the exit code. */
export async function main(argv: string[], ctx: Partial<CliContext> = {}): Promise<number> {
  const out: CliContext = {
    stdout: ctx.stdout ?? ((t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n')),
    // Bytes go to the real stdout only when the caller does not capture stdout as text.
    stdoutBytes: ctx.stdoutBytes ?? (ctx.stdout ? undefined : (b) => process.stdout.write(b)),
    stderr: ctx.stderr ?? ((t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n')),
    lang: 'zh',
    cwd: ctx.cwd ?? process.cwd(),
    isTTY: ctx.isTTY ?? Boolean(process.stdout.isTTY),
  };
  let command: Command | undefined;
  try {
    const { lang, rest } = takeLang(argv);
    out.lang = lang;
    const [name, ...args] = rest;
    if (name === '--version' || name === '-v') {
      out.stdout(JSON.parse(readFileSync(`${packageRoot}/package.json`, 'utf8')).version);
      return EXIT_OK;
    }
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      out.stdout(globalHelp(lang));
      return name ? EXIT_OK : EXIT_USAGE;
    }
    const entry = COMMANDS.find((c) => c.name === name);
    if (!entry) {
      out.stderr(`${unknownCommand(name, COMMANDS.map((c) => c.name), lang)}\n\n${globalHelp(lang)}`);
      return EXIT_USAGE;
    }
    command = await entry.load();
    if (args.includes('--help') || args.includes('-h')) {
      out.stdout(command.help[lang]);
      return EXIT_OK;
    }
    return await command.run(args, out);
  } catch (e) {
    const help = command ? command.help[out.lang] : globalHelp(out.lang);
    const message = e instanceof UsageError ? e.message : argumentError(e, argv, help, out.lang);
    if (message !== undefined) {
      out.stderr(`${message}\n\n${help}`);
      return EXIT_USAGE;
    }
    // The machine refused a read or a write (no permission, disk full…): the user's to fix, not a bug.
    const io = ioFailure(e, out.cwd);
    if (io) {
      for (const line of formatDiagnostics([io], out.lang)) out.stderr(line);
      return EXIT_INVALID;
    }
    // Anything else is an internal bug: say so plainly, keep the trace out of the user's way unless asked for.
    out.stderr(MESSAGES[out.lang].internal((e as Error).message));
    if (process.env.XINFANG_DEBUG) out.stderr(String((e as Error).stack));
    return EXIT_INVALID;
  }
}
