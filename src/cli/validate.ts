/** `xinfang validate [DIR...]`: check rule sets and print their diagnostics and a summary. */
import { parseArgs } from 'node:util';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { EXIT_INVALID, EXIT_OK, type Command } from './command.ts';
import { countLine, diagnosticsJson, formatDiagnostics } from './print-diagnostics.ts';

export const validateCommand: Command = {
  help: {
    zh: `用法：xinfang validate [目录...] [--json]

校验规则集：YAML 语法、规则格式（JSON Schema）、引用的部门/事项/条文/时限是否存在、
时限写法、重复规则（RRULE）、extends 循环、版本日期、归口表的遗漏与重叠。
不指定目录时校验 rules/ 下的全部规则集。

选项：
  --json    以 JSON 输出诊断信息
退出码：0 通过（可有警告），1 有错误，2 用法错误。`,
    en: `Usage: xinfang validate [DIR...] [--json]

Checks rule sets: YAML syntax, the rule schema, references to departments/categories/articles/clocks,
time limits, RRULEs, extends cycles, version dates, routing gaps and overlaps.
Without DIR, every rule set in rules/ is checked.

Options:
  --json    print diagnostics as JSON
Exit codes: 0 valid (warnings allowed), 1 errors, 2 usage error.`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true });
    const built = await buildRuleSets(positionals, ctx.cwd);
    const ok = !hasErrors(built.diagnostics);
    if (values.json) {
      ctx.stdout(
        JSON.stringify(
          {
            valid: ok,
            rulesets: built.compiled.map((c) => ({ id: c.id, name: c.name, versions: c.versions.map((v) => v.version) })),
            diagnostics: diagnosticsJson(built.diagnostics, ctx.lang),
          },
          null,
          2,
        ),
      );
      return ok ? EXIT_OK : EXIT_INVALID;
    }
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    const zh = ctx.lang === 'zh';
    for (const c of built.compiled) {
      const v = c.versions[c.versions.length - 1]!;
      ctx.stdout(
        zh
          ? `✓ ${c.id.padEnd(18)} ${c.name}：${c.versions.length} 个版本，${v.clocks.length} 个时限，${v.articles.length} 条条文`
          : `✓ ${c.id.padEnd(18)} ${c.name}: ${c.versions.length} version(s), ${v.clocks.length} clocks, ${v.articles.length} articles`,
      );
    }
    const failed = built.requested.length - built.compiled.length;
    ctx.stdout(
      zh
        ? `已校验 ${built.requested.length} 个规则集，${failed} 个未通过；${countLine(built.diagnostics, ctx.lang)}。`
        : `Checked ${built.requested.length} rule set(s), ${failed} failed; ${countLine(built.diagnostics, ctx.lang)}.`,
    );
    return ok ? EXIT_OK : EXIT_INVALID;
  },
};
