/**
 * `xinfang schedule --rules DIR --year YYYY [--format table|ics|json] [--out FILE]`: the reporting
 * and duty dates of a rule set's RRULEs for one year. The expansion is in
 * `src/schedule/`; this module parses flags, compiles the rules and writes the output.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { scheduleToIcs } from '../schedule/ics.ts';
import { buildSchedule } from '../schedule/schedule.ts';
import { formatScheduleTable } from '../schedule/schedule-table.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';

const FORMATS = ['table', 'ics', 'json'] as const;

const HELP = {
  zh: `用法：xinfang schedule --rules 目录 --year 年份 [--format table|ics|json] [--out 文件]

列出规则集在该年度的接待日和工作安排（季度统计、每月排摸等）：按该年内施行的各版本制度中的
reception 与 schedules 重复规则（RRULE）展开；标明“节假日除外”（on_holiday: skip）的，落在
节假日、周末或本单位停止办公日的日期不安排（表格中注明，日历文件中不列）；标明顺延
（on_holiday: next-workday）的，改在其后第一个工作日（表格中注明原定日期）；标明每个工作日
（working_days）的，只列工作日，含调休上班日。

选项：
  --rules 目录      规则集目录（如 rules/town）
  --year 年份       年度，如 2026
  --format 格式     table（默认，终端表格）、ics(RFC 5545 日历文件，可导入日历软件)或 json
  --out 文件        写入文件（原子写入）；不指定时输出到标准输出
退出码：0 成功，1 规则集有误，2 用法错误。`,
  en: `Usage: xinfang schedule --rules DIR --year YYYY [--format table|ics|json] [--out FILE]

Lists a rule set's reception days and duties (quarterly statistics, monthly screening …) for one
year, expanded from the reception and schedules RRULEs of every version in force during the year.
Entries marked on_holiday: skip are not held on holidays, weekends or closures (the table notes them;
the calendar file leaves them out); on_holiday: next-workday moves them to the next working day (the
table notes the day the rule gave); working_days lists working days only, make-up days included.

Options:
  --rules DIR       rule-set folder (e.g. rules/town)
  --year YYYY       the year, e.g. 2026
  --format FORMAT   table (default), ics (RFC 5545 calendar file) or json
  --out FILE        write to a file (atomically) instead of stdout
Exit codes: 0 success, 1 invalid rule set, 2 usage error.`,
};

/** `xinfang schedule`. */
export const scheduleCommand: Command = {
  help: HELP,
  async run(argv, ctx) {
    const zh = ctx.lang === 'zh';
    const { values } = parseArgs({
      args: argv,
      options: { rules: { type: 'string' }, year: { type: 'string' }, format: { type: 'string', default: 'table' }, out: { type: 'string' } },
      strict: true,
    });
    if (!values.rules) throw new UsageError(zh ? '缺少 --rules。' : '--rules is missing.');
    if (!values.year || !/^\d{4}$/.test(values.year)) {
      throw new UsageError(zh ? `--year 应为四位年份，如 2026${values.year ? `,而不是“${values.year}”` : ''}。` : `--year must be a four-digit year such as 2026${values.year ? `, not "${values.year}"` : ''}.`);
    }
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(zh ? `--format 只能是 table、ics 或 json。` : '--format must be table, ics or json.');
    if (values.out) guardOutputs(ctx, { ruleSets: [values.rules] }, { flag: '--out', path: values.out, kind: 'file' });

    const built = await buildRuleSets([values.rules], ctx.cwd);
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    const ruleset = built.compiled[0];
    if (hasErrors(built.diagnostics) || !ruleset) return EXIT_INVALID;

    const schedule = buildSchedule(ruleset, Number(values.year));
    const text =
      format === 'ics'
        ? scheduleToIcs(schedule)
        : format === 'json'
          ? JSON.stringify(schedule, null, 2) + '\n'
          : formatScheduleTable(schedule, ctx.lang).join('\n') + '\n';
    if (values.out) {
      writeFileAtomic(resolve(ctx.cwd, values.out), text);
      ctx.stderr(zh ? `已写入 ${values.out}（${schedule.entries.length} 项）` : `Wrote ${values.out} (${schedule.entries.length} entries)`);
    } else {
      ctx.stdout(format === 'ics' ? text : text.replace(/\n$/, ''));
    }
    if (!schedule.entries.length) ctx.stderr(zh ? `${values.year} 年没有施行中的接待日或工作安排。` : `No reception days or duties in force in ${values.year}.`);
    return EXIT_OK;
  },
};
