/**
 * `xinfang sql --rules DIR --dialect duckdb|postgres [--input RELATION] [--as-of DATE] [--out FILE]`
 * (docs/sql.md): write the rule set as one self-contained SQL script that checks a ledger where it
 * lives. Exit 1 when the rules are invalid or a clock cannot be expressed in SQL (SQL_UNSUPPORTED).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDay, parseDay } from '../calendar/day.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { messages } from '../diagnostics/messages.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { parseDateText } from '../ledger/values.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { compileSql } from '../sql/compile-sql.ts';
import { DIALECTS, type DialectName } from '../sql/dialect.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { CLI_MESSAGES } from './messages.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';

const MESSAGES = messages({
  zh: {
    usage: `需要 --rules 目录和 --dialect（${DIALECTS.join(' 或 ')}）。`,
    input: (text: string) => `--input “${text}”不是表名或视图名（字母、数字、下划线和点）。`,
    asOfNotDate: (text: string) => `--as-of “${text}”不是有效日期（写成 YYYY-MM-DD）。`,
  },
  en: {
    usage: `Give --rules DIR and --dialect (${DIALECTS.join(' or ')}).`,
    input: (text) => `--input "${text}" is not a table or view name (letters, digits, underscores and dots).`,
    asOfNotDate: (text) => `--as-of "${text}" is not a date (write YYYY-MM-DD).`,
  },
});

export const sqlCommand: Command = {
  help: {
    zh: `用法：xinfang sql --rules 目录 --dialect duckdb|postgres [--input 表名] [--as-of 日期] [--out 文件]

把规则集编译为一个独立的 SQL 脚本，在数据库里直接检查台账（说明见 docs/sql.md）：工作日历表、
每个版本每项时限一个视图（注释写明时限编号和制度依据），以及 xinfang_findings（时限结果）、
xinfang_petitioner（信访人申请期限）、xinfang_violations（违规）和 xinfang_kpis（指标）视图，
字段与 xinfang check --json 相同；xinfang_unresolved 列出类别、承办部门或登记日期使部分时限可能
不适用的案件（即 xinfang check 的相应警告）。

选项：
  --rules 目录            规则集目录（如 rules/national）
  --dialect 方言          duckdb 或 postgres（PostgreSQL 及兼容数据库，见 docs/sql.md）
  --input 表名            台账所在的表或视图，列为标准台账列（默认 xinfang_ledger）
  --as-of 日期            检查日期（默认：执行查询当天，北京时间）
  --out 文件              写入文件（默认输出到标准输出）
退出码：0 成功，1 规则集有错误或有时限无法用 SQL 准确表达（SQL_UNSUPPORTED），2 用法错误。`,
    en: `Usage: xinfang sql --rules DIR --dialect duckdb|postgres [--input RELATION] [--as-of DATE] [--out FILE]

Compiles a rule set into one self-contained SQL script that checks a ledger inside the database
(docs/sql.md): the working-day calendar as a table, one view per clock of every version (a comment
names the clock and its basis), and the views xinfang_findings, xinfang_petitioner,
xinfang_violations and xinfang_kpis with the fields of xinfang check --json; xinfang_unresolved
lists the cases whose category, department or registration date leaves a clock possibly not
applying (xinfang check's warnings about them).

Options:
  --rules DIR             rule-set folder (e.g. rules/national)
  --dialect NAME          duckdb or postgres (PostgreSQL and compatible engines, see docs/sql.md)
  --input RELATION        table or view holding the ledger with the canonical columns (default xinfang_ledger)
  --as-of DATE            check date (default: the day the views are queried, Beijing time)
  --out FILE              write to a file (default: stdout)
Exit codes: 0 success, 1 invalid rules or a clock SQL cannot express exactly (SQL_UNSUPPORTED), 2 usage error.`,
  },
  async run(argv, ctx) {
    const m = MESSAGES[ctx.lang];
    const { values } = parseArgs({
      args: argv,
      options: { rules: { type: 'string' }, dialect: { type: 'string' }, input: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string' } },
      allowPositionals: false,
    });
    const dialect = values.dialect as DialectName | undefined;
    if (!values.rules || !dialect || !DIALECTS.includes(dialect)) throw new UsageError(m.usage);
    if (values.input !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/.test(values.input)) throw new UsageError(m.input(values.input));
    let asOf: string | undefined;
    if (values['as-of'] !== undefined) {
      const d = parseDay(values['as-of']) ?? parseDateText(values['as-of'])?.day;
      if (d === undefined) throw new UsageError(m.asOfNotDate(values['as-of']));
      asOf = formatDay(d);
    }
    if (values.out) guardOutputs(ctx, { ruleSets: [values.rules] }, { flag: '--out', path: values.out, kind: 'file' });
    const built = await buildRuleSets([values.rules], ctx.cwd);
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    const ruleSet = built.compiled[0];
    if (hasErrors(built.diagnostics) || !ruleSet) return EXIT_INVALID;
    const result = compileSql(ruleSet, { dialect, ...(values.input ? { input: values.input } : {}), ...(asOf ? { asOf } : {}) });
    for (const line of formatDiagnostics(result.diagnostics, ctx.lang)) ctx.stderr(line);
    if (!result.sql) return EXIT_INVALID;
    if (values.out) {
      writeFileAtomic(resolve(ctx.cwd, values.out), result.sql);
      ctx.stderr(CLI_MESSAGES[ctx.lang].wrote(values.out));
    } else ctx.stdout(result.sql);
    return EXIT_OK;
  },
};
