/** `xinfang export DIR --xlsx FILE`: a rule set as an editable workbook. */
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { loadRuleSets } from '../rules/load-rulesets.ts';
import { writeRulesWorkbook } from '../workbook/write-workbook.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';

export const exportCommand: Command = {
  help: {
    zh: `用法：xinfang export <目录> --xlsx 文件

把规则集的全部版本导出为一个工作簿：说明、基本信息（每个版本一列）、部门、联系电话、事项类别、
事项与归口、时限、期限、接待日、日程、条文、考核，枚举列带下拉选项。
改好后用 xinfang import 文件 --out <目录> 转回规则文件。规则集有错误时不导出，退出码 1。`,
    en: `Usage: xinfang export DIR --xlsx FILE

Writes every version of the rule set into one workbook: 说明 (instructions), 基本信息 (one column
per version), departments, phones, categories, routing, clocks, windows, reception days, schedules,
articles and appraisal, with dropdowns for enumerations. Turn it back into rule files with
xinfang import FILE --out DIR. A rule set with errors is not exported (exit 1).`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({ args: argv, options: { xlsx: { type: 'string' } }, allowPositionals: true });
    const zh = ctx.lang === 'zh';
    if (positionals.length !== 1) throw new UsageError(zh ? '需要且只需要一个规则集目录。' : 'Give exactly one rule-set folder.');
    if (!values.xlsx) throw new UsageError(zh ? '需要 --xlsx 文件。' : '--xlsx FILE is required.');
    guardOutputs(ctx, { ruleSets: positionals }, { flag: '--xlsx', path: values.xlsx, kind: 'file' });
    const dir = resolve(ctx.cwd, positionals[0]!);
    const { value: sets, diagnostics } = loadRuleSets([dir], ctx.cwd);
    for (const line of formatDiagnostics(diagnostics, ctx.lang)) ctx.stderr(line);
    const set = sets.get(basename(dir));
    if (hasErrors(diagnostics) || !set || !set.versions.length) return EXIT_INVALID;
    writeFileAtomic(resolve(ctx.cwd, values.xlsx), await writeRulesWorkbook(set.versions.map((v) => v.rules)));
    ctx.stderr(zh ? `已写入 ${values.xlsx}（${set.id}，${set.versions.length} 个版本）` : `Wrote ${values.xlsx} (${set.id}, ${set.versions.length} version(s))`);
    return EXIT_OK;
  },
};
