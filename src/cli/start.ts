/**
 * `xinfang start` (what `npm start` runs): the whole job on a project folder — validate every rule
 * set in rules/, compile each to out/compiled/<id>.json, and say where the results are.
 */
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { EXIT_INVALID, EXIT_OK, type Command } from './command.ts';
import { countLine, formatDiagnostics } from './print-diagnostics.ts';

export const startCommand: Command = {
  name: 'start',
  summary: { zh: '一键运行：校验全部规则集并编译', en: 'run the whole job: validate and compile every rule set' },
  help: {
    zh: `用法：xinfang start [--out 目录]

校验 rules/ 下的全部规则集，把每个规则集编译为 <目录>/compiled/<编号>.json（默认目录 out/），
并说明结果在哪里。`,
    en: `Usage: xinfang start [--out DIR]

Validates every rule set in rules/, compiles each to DIR/compiled/<id>.json (default DIR out/),
and says where the results are.`,
  },
  async run(argv, ctx) {
    const { values } = parseArgs({ args: argv, options: { out: { type: 'string', default: 'out' } } });
    const zh = ctx.lang === 'zh';
    const out = join(ctx.cwd, values.out!);
    const built = await buildRuleSets([], ctx.cwd);
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    ctx.stdout(
      zh
        ? `① 校验规则集：${built.compiled.length}/${built.requested.length} 个通过；${countLine(built.diagnostics, ctx.lang)}。`
        : `① Rule sets: ${built.compiled.length}/${built.requested.length} valid; ${countLine(built.diagnostics, ctx.lang)}.`,
    );
    if (hasErrors(built.diagnostics)) return EXIT_INVALID;
    for (const set of built.compiled) writeFileAtomic(join(out, 'compiled', `${set.id}.json`), JSON.stringify(set, null, 2) + '\n');
    const where = relative(ctx.cwd, join(out, 'compiled')) || '.';
    ctx.stdout(zh ? `② 编译结果：${where}/<规则集>.json` : `② Compiled rules: ${where}/<ruleset>.json`);
    return EXIT_OK;
  },
};
