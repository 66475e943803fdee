/** `xinfang compile DIR [--out FILE]`: write a rule set's CompiledRules JSON. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';
import { CLI_MESSAGES } from './messages.ts';

export const compileCommand: Command = {
  help: {
    zh: `用法：xinfang compile <目录> [--out 文件]

校验并编译一个规则集，输出 CompiledRules JSON（时限已解析、条文引用已解析、继承的时限已合并，
并附带工作日历）。不指定 --out 时输出到标准输出。有错误时不写文件，退出码 1。`,
    en: `Usage: xinfang compile DIR [--out FILE]

Validates and compiles one rule set into CompiledRules JSON (limits parsed, article references
resolved, inherited clocks merged, working-day calendar included). Without --out it prints to stdout.
On errors nothing is written and the exit code is 1.`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: true });
    if (positionals.length !== 1) throw new UsageError(CLI_MESSAGES[ctx.lang].oneRuleSet);
    if (values.out) guardOutputs(ctx, { ruleSets: positionals }, { flag: '--out', path: values.out, kind: 'file' });
    const built = await buildRuleSets(positionals, ctx.cwd);
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    const compiled = built.compiled[0];
    if (hasErrors(built.diagnostics) || !compiled) return EXIT_INVALID;
    const json = JSON.stringify(compiled, null, 2) + '\n';
    if (values.out) {
      writeFileAtomic(resolve(ctx.cwd, values.out), json);
      ctx.stderr(CLI_MESSAGES[ctx.lang].wrote(values.out));
    } else ctx.stdout(json);
    return EXIT_OK;
  },
};
