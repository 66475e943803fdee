/**
 * `xinfang template --rules DIR --out 台账.xlsx [--as-of DATE]`: a blank ledger workbook generated
 * from the rule version in force (`src/ledger/template.ts`), so the office types only what the
 * rules know (dropdowns) in the columns its clocks need.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDay } from '../calendar/day.ts';
import { todayInShanghai } from '../calendar/today.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { writeWorkbook } from '../io/xlsx-write.ts';
import { templateSheet } from '../ledger/template.ts';
import { parseDateText } from '../ledger/values.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { versionInForce } from '../rules/version-in-force.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';

export const templateCommand: Command = {
  help: {
    zh: `用法：xinfang template --rules 目录 --out 台账.xlsx [--as-of 日期]

按制度生成空白台账（Excel）：只含本制度时限用到的列；来源方式、来源、等级、类别、承办部门为下拉选择。
  --rules 目录     规则集目录
  --out 文件       写入的 .xlsx 文件
  --as-of 日期     按该日施行的版本生成（默认今天，北京时间）
退出码：0 成功，1 规则集有错误，2 用法错误。`,
    en: `Usage: xinfang template --rules DIR --out LEDGER.xlsx [--as-of DATE]

Writes a blank ledger workbook from the rules: only the columns their clocks need, with dropdowns for
channel, source, level, category and department.
  --rules DIR      rule-set folder
  --out FILE       the .xlsx file to write
  --as-of DATE     use the version in force on this day (default: today in Beijing time)
Exit codes: 0 success, 1 invalid rules, 2 usage error.`,
  },
  async run(argv, ctx) {
    const zh = ctx.lang === 'zh';
    const { values } = parseArgs({ args: argv, options: { rules: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' } } });
    if (!values.rules || !values.out) throw new UsageError(zh ? '需要 --rules 目录 和 --out 文件。' : 'Give --rules DIR and --out FILE.');
    const day = values['as-of'] === undefined ? todayInShanghai() : parseDateText(values['as-of'])?.day;
    if (day === undefined) throw new UsageError(zh ? `--as-of “${values['as-of']}”不是有效日期。` : `--as-of "${values['as-of']}" is not a date.`);
    guardOutputs(ctx, { ruleSets: [values.rules] }, { flag: '--out', path: values.out, kind: 'file' });
    const built = await buildRuleSets([values.rules], ctx.cwd);
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    const ruleset = built.compiled[0];
    if (hasErrors(built.diagnostics) || !ruleset) return EXIT_INVALID;
    const version = versionInForce(ruleset.versions, formatDay(day)) ?? ruleset.versions[0]!;
    const path = resolve(ctx.cwd, values.out);
    writeFileAtomic(path, await writeWorkbook([templateSheet(version)], `${version.organisation.name}信访台账`));
    ctx.stderr(zh ? `已写入 ${path}（${version.version} 施行版本）` : `Wrote ${path} (version ${version.version})`);
    return EXIT_OK;
  },
};
