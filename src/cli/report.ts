/**
 * `xinfang report appraisal|statistics|inspection --rules DIR --cases FILE --period P`: the period
 * period reports as HTML, XLSX and JSON (or JSON on stdout with `--json`). Reads and checks the
 * ledger, builds the report model (`src/reports/`), and writes every format from that one model.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDay } from '../calendar/day.ts';
import { todayInShanghai } from '../calendar/today.ts';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseDateText } from '../ledger/values.ts';
import { openReportSet, ReportSet } from '../io/report-set.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { buildAppraisal } from '../reports/appraisal.ts';
import { appraisalHtml, appraisalXlsx } from '../reports/appraisal-render.ts';
import { buildInspection } from '../reports/inspection.ts';
import { inspectionHtml, inspectionXlsx } from '../reports/inspection-render.ts';
import { loadReportInput } from '../reports/load-report-input.ts';
import { parsePeriod } from '../reports/period.ts';
import type { ReportInput } from '../reports/report-input.ts';
import { buildStatistics } from '../reports/statistics.ts';
import { statisticsHtml, statisticsXlsx } from '../reports/statistics-render.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';
import { messages } from '../diagnostics/messages.ts';

const MESSAGES = messages({
  zh: {
    nameOne: '请指定一种报告：appraisal、statistics 或 inspection。',
    missing: (flag: string) => `缺少 --${flag}。`,
    badPeriod: (text: string) => `--period 应为 2026、2026Q2 或 2026-04 这样的期间，而不是“${text}”。`,
    badAsOf: (text: string) => `--as-of “${text}”不是有效日期（写成 YYYY-MM-DD）。`,
    more: (n: number) => `……另有 ${n} 条台账问题未列出（用 xinfang check 查看全部）。`,
    wrote: (files: string[], asOf: string) => `已写入 ${files.join('、')}（统计日 ${asOf}）`,
  },
  en: {
    nameOne: 'Name one report: appraisal, statistics or inspection.',
    missing: (flag) => `--${flag} is missing.`,
    badPeriod: (text) => `--period must look like 2026, 2026Q2 or 2026-04, not "${text}".`,
    badAsOf: (text) => `--as-of "${text}" is not a date (write YYYY-MM-DD).`,
    more: (n) => `… ${n} more ledger problems (run xinfang check to see them all).`,
    wrote: (files, asOf) => `Wrote ${files.join(', ')} (as of ${asOf})`,
  },
});

/** Diagnostics printed before the rest are only counted. */
const MAX_PRINTED = 30;

/** A report kind: how to build it and render it. */
interface Kind {
  build: (input: ReportInput, period: NonNullable<ReturnType<typeof parsePeriod>>, showPersonal: boolean) => { report?: object; diagnostics: Diagnostic[] };
  html: (r: never) => string;
  xlsx: (r: never) => Promise<Uint8Array>;
  file: string;
}

const KINDS: Record<string, Kind> = {
  appraisal: { build: (i, p) => buildAppraisal(i, p), html: appraisalHtml, xlsx: appraisalXlsx, file: '考核报告' },
  statistics: { build: (i, p) => buildStatistics(i, p), html: statisticsHtml, xlsx: statisticsXlsx, file: '统计报表' },
  inspection: { build: (i, p, s) => buildInspection(i, p, s), html: inspectionHtml, xlsx: inspectionXlsx, file: '督查清单' },
};

const HELP = {
  zh: `用法：xinfang report appraisal|statistics|inspection --rules 目录 --cases 台账 --period 期间 [选项]

  appraisal    考核报告：各承办部门的指标（及时受理率、按期办结率、答复率、参评率、满意率、
               重复信访率、一次性化解率）、扣分项和考核得分，按规则集的 appraisal 计分
  statistics   统计报表：按来源方式、来源、类别、承办部门、办理状态计数，逐月趋势，
               上述七项指标，均与上期、去年同期比较（内嵌 SVG 图表）
  inspection   督查清单：本期超时、逾期时限和违规事项，附起算日、到期日、计算过程、
               制度版本和所违反条文，按部门分组，附签字栏

期间：2026（年度）、2026Q2（季度）或 2026-04（月份）。时限按到期日、已办结事项按办结日期、
来件按登记日期、违规事项按发生日期归属期间（报告中写明）；时限按截至统计日的最终状态计，
期末后才办结的也照实判定。各指标的公式与 xinfang check 相同，只是按此选取本期事项。

选项：
  --rules 目录              规则集目录
  --cases 文件              台账（CSV 或 XLSX）
  --sheet 名称              XLSX 台账的工作表（默认第一张）
  --period 期间             统计期间
  --as-of 日期              统计日（默认今天，北京时间）
  --out 目录                输出目录（默认 reports/），写入 HTML、XLSX、JSON 三种格式
  --json                    把报告 JSON 输出到标准输出（不写文件，除非同时给出 --out）
  --show-personal-data      显示信访人、联系电话等个人信息（默认打码）
退出码：0 成功，1 输入有误，2 用法错误。`,
  en: `Usage: xinfang report appraisal|statistics|inspection --rules DIR --cases FILE --period P [options]

  appraisal    per-department scorecard (KPIs, deductions, score) from the rule set's appraisal
  statistics   counts by channel, source, category, department and status, monthly trend and
               the seven KPIs, each beside the previous period and the same period last year (SVG charts)
  inspection   late and overdue clocks and violations with their evidence, by department, to sign

P is 2026 (year), 2026Q2 (quarter) or 2026-04 (month). Clocks belong to the period of their due
date (with their final status as of the as-of date), closed cases to that of their closing date,
incoming cases to that of their registration, violations to the day they happened.
The KPIs use the formulas of \`xinfang check\`; only this selection differs (printed in the reports).

Options:
  --rules DIR               rule-set folder
  --cases FILE              ledger (CSV or XLSX)
  --sheet NAME              sheet of an XLSX ledger (default: the first)
  --period P                the period
  --as-of DATE              as-of date (default: today in Beijing time)
  --out DIR                 output folder (default reports/): HTML, XLSX and JSON
  --json                    print the report JSON to stdout (no files unless --out is given)
  --show-personal-data      show petitioner names and phone numbers (masked by default)
Exit codes: 0 success, 1 invalid input, 2 usage error.`,
};

/** `xinfang report`. */
export const reportCommand: Command = {
  help: HELP,
  async run(argv, ctx) {
    const m = MESSAGES[ctx.lang];
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        rules: { type: 'string' },
        cases: { type: 'string' },
        sheet: { type: 'string' },
        period: { type: 'string' },
        'as-of': { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        'show-personal-data': { type: 'boolean' },
      },
    });
    const name = positionals[0];
    const kind = name ? KINDS[name] : undefined;
    if (!kind || positionals.length !== 1) throw new UsageError(m.nameOne);
    for (const flag of ['rules', 'cases', 'period'] as const) if (!values[flag]) throw new UsageError(m.missing(flag));
    const period = parsePeriod(values.period!);
    if (!period) throw new UsageError(m.badPeriod(String(values.period)));
    // As of today by default, also for a past period: every clock due in it is counted with its
    // final status, whatever happened after the period ended (a cumulative ledger keeps going).
    const asOf = values['as-of'] === undefined ? todayInShanghai() : parseDateText(values['as-of'])?.day;
    if (asOf === undefined) throw new UsageError(m.badAsOf(String(values['as-of'])));
    const outDir = values.out ?? 'reports';
    const writes = !values.json || values.out !== undefined;
    if (writes) guardOutputs(ctx, { files: [{ path: values.cases!, kind: 'ledger' }], ruleSets: [values.rules!] }, { flag: '--out', path: outDir, kind: 'folder' });

    const built = await buildRuleSets([values.rules!], ctx.cwd);
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    const ruleset = built.compiled[0];
    if (hasErrors(built.diagnostics) || !ruleset) return EXIT_INVALID;

    const loaded = await loadReportInput(resolve(ctx.cwd, values.cases!), ruleset, { asOf, displayName: values.cases!, ...(values.sheet ? { sheet: values.sheet } : {}) });
    const lines = formatDiagnostics(loaded.diagnostics, ctx.lang);
    for (const line of lines.slice(0, MAX_PRINTED)) ctx.stderr(line);
    if (lines.length > MAX_PRINTED) ctx.stderr(m.more(lines.length - MAX_PRINTED));
    if (!loaded.input) return EXIT_INVALID;

    const { report, diagnostics } = kind.build(loaded.input, period, values['show-personal-data'] ?? false);
    for (const line of formatDiagnostics(diagnostics, ctx.lang)) ctx.stderr(line);
    if (!report) return EXIT_INVALID;

    const json = JSON.stringify(report, null, 2) + '\n';
    if (values.json) ctx.stdout(json);
    if (writes) {
      const dir = resolve(ctx.cwd, outDir);
      const base = `${kind.file}-${ruleset.id}-${period.id}`;
      const files: [string, string | Uint8Array][] = [
        [`${base}.html`, kind.html(report as never)],
        [`${base}.xlsx`, await kind.xlsx(report as never)],
        [`${base}.json`, json],
      ];
      // The three files appear together or not at all, one run at a time (io/report-set.ts).
      const set = openReportSet(dir, outDir);
      if (!(set instanceof ReportSet)) {
        for (const line of formatDiagnostics([set], ctx.lang)) ctx.stderr(line);
        return EXIT_INVALID;
      }
      try {
        for (const [file, data] of files) set.put(file, data);
        ctx.stderr(m.wrote(set.commit(), formatDay(asOf)));
      } finally {
        set.close();
      }
    }
    return EXIT_OK;
  },
};
