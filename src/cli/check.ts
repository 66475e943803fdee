/**
 * `xinfang check --rules DIR --cases FILE [--as-of DATE] [--out DIR] [--json] [--sheet NAME]
 * [--show-personal-data]` (docs/check-results.md): check a case ledger against a rule set.
 * `--json` prints the one JSON object; otherwise a short summary on the terminal and the report
 * files (HTML, JSON, XLSX, annotated ledger) in --out. Exit 0 when the ledger could be read (even
 * with problems in cells), 1 when it is not a ledger or the rules are invalid, 2 usage.
 */
import { statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDay } from '../calendar/day.ts';
import { todayInShanghai } from '../calendar/today.ts';
import type { CheckSink } from '../check/checker.ts';
import { diagnostic } from '../diagnostics/catalogue.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { openReportSet, ReportSet, type ReportData } from '../io/report-set.ts';
import { parseDateText } from '../ledger/values.ts';
import { ANNOTATE_MAX_ROWS, annotatedCopyKind, annotatedLedgerXlsx, type AnnotatedCopy } from '../reports/check-annotated.ts';
import { ReportCollector, teeSinks } from '../reports/check-collect.ts';
import { checkHtml } from '../reports/check-html.ts';
import { noticesHtml } from '../reports/check-notices.ts';
import { CheckJsonWriter, printLines } from '../reports/check-json.ts';
import type { CheckReportData } from '../reports/check-report-model.ts';
import { checkXlsx } from '../reports/check-xlsx.ts';
import { formatKpi } from '../reports/html.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { checkLedgerWith, ENGINES, type EngineName } from '../sql/check-engine.ts';
import { checkInPostgres } from '../sql/pg-check.ts';
import { dbRequest, emitDbSql, guardScriptOut } from './check-db.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { progressLine } from './progress.ts';
import { countLine, diagnosticsJson, formatDiagnostics } from './print-diagnostics.ts';
import { messages } from '../diagnostics/messages.ts';
import { DUE_SOON_NAME, STATUS_NAMES } from '../rules/vocabulary.ts';

type Counts = Record<'on-time' | 'late' | 'overdue' | 'pending' | 'due_soon' | 'total' | 'unscored', number>;

const ZH = (k: keyof typeof STATUS_NAMES) => STATUS_NAMES[k].zh;
const MESSAGES = messages({
  zh: {
    usage: '需要 --rules 目录，以及 --cases 台账或 --db 数据库（二者选一）。',
    asOfNotDate: (text: string) => `--as-of “${text}”不是有效日期（写成 YYYY-MM-DD）。`,
    rulesHaveErrors: (dir: string) => `规则集 ${dir} 有错误，未检查台账。`,
    notALedger: (file: string) => `${file} 不是可检查的台账，未生成报告。`,
    comma: '，',
    end: '。',
    more: (n: number) => `……另有 ${n} 条，见报告“数据问题”。`,
    csv: (encoding: string) => `CSV，${encoding}`,
    xlsx: (sheet: string) => `XLSX，工作表“${sheet}”`,
    parquet: 'Parquet',
    database: 'PostgreSQL 数据库',
    ledger: (file: string, source: string, cases: number) => `台账 ${file}（${source}）：案件 ${cases} 件。`,
    ruleSet: (id: string, versions: string[], asOf: string) => `规则集 ${id}（适用版本 ${versions.join('、') || '无'}），检查日期 ${asOf}。`,
    clocks: (f: Counts, skipped: number) =>
      `时限 ${f.total} 项：${ZH('on-time')} ${f['on-time']}，${ZH('late')} ${f.late}，${ZH('overdue')} ${f.overdue}，${ZH('pending')} ${f.pending}（${DUE_SOON_NAME.zh} ${f.due_soon}）；列出但不计分 ${f.unscored} 项；因单元格未填不适用 ${skipped} 项。`,
    petitioner: (total: number, late: number) => `信访人申请期限 ${total} 项（信息，不计入违规和考核）：逾期提出 ${late}。`,
    problems: (violations: number, counts: string) => `违规 ${violations} 项；数据问题 ${counts}。`,
    written: (files: string[], copy: AnnotatedCopy['kind'] | 'database' | undefined) =>
      `报告已写入：${files.join('、')}${copy === 'problem-rows' ? `（台账超过 ${ANNOTATE_MAX_ROWS} 件，标注副本只含有问题的行）` : copy === 'database' ? '（数据库中的台账不生成标注副本）' : copy ? '' : '（台账无法再次读取，未生成标注副本）'}`,
    failOnBad: (word: string) => `--fail-on 只接受 overdue、violations、errors，而不是“${word}”。`,
    engineBad: (word: string) => `--engine 只接受 ts、duckdb、auto，而不是“${word}”。`,
    failOnWord: (c: FailOn) => ({ overdue: '逾期未办', violations: '违规', errors: '数据错误' })[c],
    failOnHeld: (failures: string[], exit: number) => `--fail-on：${failures.join('，')}（退出码 ${exit}）。`,
  },
  en: {
    usage: 'Give --rules DIR, and either --cases FILE or --db URL.',
    asOfNotDate: (text) => `--as-of "${text}" is not a date (write YYYY-MM-DD).`,
    rulesHaveErrors: (dir) => `The rule set ${dir} has errors; the ledger was not checked.`,
    notALedger: (file) => `${file} is not a ledger that can be checked; no report was written.`,
    comma: ', ',
    end: '.',
    more: (n) => `… ${n} more in the report (data problems).`,
    csv: (encoding) => `CSV, ${encoding}`,
    xlsx: (sheet) => `XLSX, sheet "${sheet}"`,
    parquet: 'Parquet',
    database: 'PostgreSQL database',
    ledger: (file, source, cases) => `Ledger ${file} (${source}): ${cases} cases.`,
    ruleSet: (id, versions, asOf) => `Rule set ${id} (versions ${versions.join(', ') || 'none'}), as of ${asOf}.`,
    clocks: (f, skipped) =>
      `${f.total} clocks: ${f['on-time']} on time, ${f.late} late, ${f.overdue} overdue, ${f.pending} pending (${f.due_soon} due soon); ${f.unscored} listed but not scored; ${skipped} not applied (empty cells).`,
    petitioner: (total, late) => `${total} petitioner windows (information, never scored): ${late} requests out of time.`,
    problems: (violations, counts) => `${violations} violations; data problems: ${counts}.`,
    written: (files, copy) =>
      `Reports written: ${files.join(', ')}${copy === 'problem-rows' ? ` (over ${ANNOTATE_MAX_ROWS} cases: the annotated copy has the problem rows only)` : copy === 'database' ? ' (no annotated copy for a ledger in a database)' : copy ? '' : ' (the ledger could not be read again: no annotated copy)'}`,
    failOnBad: (word) => `--fail-on takes overdue, violations or errors, not "${word}".`,
    engineBad: (word) => `--engine takes ts, duckdb or auto, not "${word}".`,
    failOnWord: (c) => ({ overdue: 'overdue', violations: 'violations', errors: 'data errors' })[c],
    failOnHeld: (failures, exit) => `--fail-on: ${failures.join(', ')} (exit code ${exit}).`,
  },
});

/** Exit code when the check finds what `--fail-on` names (scheduled runs tell it from 1, bad input). */
export const EXIT_FAIL_ON = 3;
const FAIL_ON = ['overdue', 'violations', 'errors'] as const;
type FailOn = (typeof FAIL_ON)[number];

/** `--fail-on overdue,violations`: the conditions, or a usage error. */
function parseFailOn(text: string | undefined, m: (typeof MESSAGES)['zh']): FailOn[] {
  if (text === undefined) return [];
  const list = text.split(/[,，、\s]+/).filter(Boolean);
  for (const w of list) {
    if (!(FAIL_ON as readonly string[]).includes(w)) throw new UsageError(m.failOnBad(w));
  }
  return list as FailOn[];
}

/** The conditions of `--fail-on` that hold, as words for the terminal. */
function failed(conditions: readonly FailOn[], counts: Record<FailOn, number>, m: (typeof MESSAGES)['zh']): string[] {
  return conditions.filter((c) => counts[c] > 0).map((c) => `${m.failOnWord(c)} ${counts[c]}`);
}

/** Diagnostics printed on the terminal before pointing to the report. */
const TERMINAL_DIAGNOSTICS = 20;
/** Files above this size get a progress line on a terminal. */
const PROGRESS_BYTES = 5 << 20;

export const checkCommand: Command = {
  help: {
    zh: `用法：xinfang check --rules 目录 --cases 台账 [--as-of 日期] [--out 目录] [--json] [--sheet 工作表] [--show-personal-data] [--engine ts|duckdb|auto]
      xinfang check --rules 目录 --db 连接串 (--table 表名 | --query 查询) [--as-of 日期] [--out 目录] [--json] [--emit-sql]

按规则集检查信访台账（CSV:UTF-8/GB18030;Excel .xlsx;或 Parquet，由内嵌 DuckDB 读取）：每件按其登记日期适用当时有效的制度版本，
逐项计算时限（按期、超期办结、逾期未办、在办、临期），找出违规（延期超限或逾期后批准、应回避未回避、
转送给被反映对象、集体访未及时报告、超期申请复查、日期顺序颠倒、编号重复），统计及时受理率、按期办结率、答复率、
参评率、满意率、重复信访率、一次性化解率（截至检查日的全部台账；定义与考核报告相同，写在报告中）。

选项：
  --rules 目录            规则集目录（如 rules/national）
  --cases 台账            台账文件（CSV、.xlsx 或 .parquet）；只读取，不会被修改
  --as-of 日期            检查日期（默认今天，北京时间）
  --out 目录              报告目录（默认 reports/）:HTML、JSON、XLSX、各承办部门的督办通知单
                          和标注问题的台账副本（超过 200000 件时为只含问题行的工作簿）
  --json                  只在标准输出打印一个 JSON 对象（不写文件）
  --sheet 工作表          Excel 台账的工作表名（默认第一个）
  --show-personal-data    报告中显示信访人、联系电话、身份证号（默认脱敏）
  --engine 引擎           ts（TypeScript）或 duckdb（内嵌 DuckDB 运行编译成 SQL 的规则），结果相同；
                          默认 auto：台账文件（含 Parquet）一律用 TypeScript 引擎（实测更快）
  --db 连接串             在 PostgreSQL（及兼容数据库）中检查台账，如 postgres://用户@主机/库名（密码可用
                          PGPASSWORD）：只建临时表和视图，检查后全部撤销，不改动库中数据；报告写在本机
  --table 表名            台账所在的表或视图（列名按台账列名识别，见 docs/ledger-columns.md）
  --query 查询            或者：返回台账的 SELECT 查询（ORDER BY 决定行序）
  --emit-sql              不连接数据库，只输出将要执行的全部 SQL（到标准输出，或 --out 文件）
  --fail-on 条件          供定时任务使用：有逾期未办（overdue）、违规（violations）或数据错误（errors）时
                          以退出码 3 结束（可用逗号列出多个），报告照常写出
退出码：0 已完成检查（台账中可有问题），1 不是台账或规则集有错误，2 用法错误，3 出现 --fail-on 所列情况。`,
    en: `Usage: xinfang check --rules DIR --cases FILE [--as-of DATE] [--out DIR] [--json] [--sheet NAME] [--show-personal-data] [--engine ts|duckdb|auto]
       xinfang check --rules DIR --db URL (--table NAME | --query SQL) [--as-of DATE] [--out DIR] [--json] [--emit-sql]

Checks a case ledger (CSV in UTF-8/GB18030, .xlsx, or Parquet read by the embedded DuckDB) against a rule set: each case by the version in
force on its registration date; every clock's status (on-time, late, overdue, pending, due soon); the
violations; and the KPIs (timely acceptance, on-time closure, reply, rating participation, satisfaction,
repeat petitions, first-time resolution) over the whole ledger as of the check date — the definitions the
appraisal report uses, printed in the report.

Options:
  --rules DIR             rule-set folder (e.g. rules/national)
  --cases FILE            the ledger (CSV, .xlsx or .parquet); only read, never modified
  --as-of DATE            check date (default: today in Beijing time)
  --out DIR               report folder (default reports/): HTML, JSON, XLSX, a 督办通知单 per department and an
                          annotated copy of the ledger (its problem rows only over 200,000 cases)
  --json                  print one JSON object on stdout (no files)
  --sheet NAME            sheet of an Excel ledger (default: the first)
  --show-personal-data    show petitioner, phone and ID number in reports (masked by default)
  --engine ENGINE         ts (TypeScript) or duckdb (the rules compiled to SQL, in embedded DuckDB): the same
                          results; default auto: the TypeScript engine for every ledger file, Parquet too (measured faster)
  --db URL                check a ledger in PostgreSQL (or a compatible engine), e.g. postgres://user@host/db
                          (password from PGPASSWORD if you like): only temporary tables and views are created,
                          and all is rolled back; the database is not changed; reports are written here
  --table NAME            the table or view holding the ledger (columns matched by name, docs/ledger-columns.md)
  --query SQL             or: a SELECT returning the ledger (its ORDER BY gives the row order)
  --emit-sql              connect to nothing; print the whole SQL a check runs (stdout, or --out FILE)
  --fail-on WHAT          for scheduled runs: exit 3 when there are overdue items (overdue), violations
                          (violations) or data errors (errors); comma-separated; reports are written all the same
Exit codes: 0 checked (the ledger may have problems), 1 not a ledger or invalid rules, 2 usage error, 3 a --fail-on condition holds.`,
  },
  async run(argv, ctx) {
    const m = MESSAGES[ctx.lang];
    const { values } = parseArgs({
      args: argv,
      options: {
        rules: { type: 'string' },
        cases: { type: 'string' },
        'as-of': { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        sheet: { type: 'string' },
        'show-personal-data': { type: 'boolean' },
        'fail-on': { type: 'string' },
        engine: { type: 'string' },
        db: { type: 'string' },
        table: { type: 'string' },
        query: { type: 'string' },
        'emit-sql': { type: 'boolean' },
      },
      allowPositionals: false,
    });
    const failOn = parseFailOn(values['fail-on'], m);
    const db = dbRequest(values, ctx);
    if (!values.rules || (db === undefined) === (values.cases === undefined)) throw new UsageError(m.usage);
    const engine = (values.engine ?? 'auto') as EngineName;
    if (!ENGINES.includes(engine)) throw new UsageError(m.engineBad(engine));
    let asOf = todayInShanghai();
    if (values['as-of'] !== undefined) {
      const d = parseDateText(values['as-of'])?.day;
      if (d === undefined) throw new UsageError(m.asOfNotDate(values['as-of']));
      asOf = d;
    }
    const name = db?.display ?? values.cases!;
    const ledgerPath = db ? undefined : resolve(ctx.cwd, name);
    const out = values.out ?? 'reports';
    const outDir = resolve(ctx.cwd, out);
    if (values['emit-sql']) {
      if (values.out !== undefined) guardScriptOut(ctx, values.rules, values.out);
    } else if (!values.json) guardOutputs(ctx, { files: ledgerPath ? [{ path: name, kind: 'ledger' }] : [], ruleSets: [values.rules] }, { flag: '--out', path: out, kind: 'folder' });

    const built = await buildRuleSets([values.rules], ctx.cwd);
    const ruleSet = built.compiled[0];
    if (hasErrors(built.diagnostics) || !ruleSet) {
      for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
      ctx.stderr(m.rulesHaveErrors(values.rules));
      return EXIT_INVALID;
    }
    if (db && values['emit-sql']) return emitDbSql(db, ruleSet, asOf, values.out, ctx);

    // The report files appear together or not at all, one run at a time (io/report-set.ts).
    const set = values.json ? undefined : openReportSet(outDir, out);
    if (set && !(set instanceof ReportSet)) {
      for (const line of formatDiagnostics([set], ctx.lang)) ctx.stderr(line);
      return EXIT_INVALID;
    }
    const json = new CheckJsonWriter();
    const lists = new ReportCollector(ruleSet);
    try {
      let size = 0;
      try {
        if (ledgerPath) size = statSync(ledgerPath).size;
      } catch {
        /* the reader reports it */
      }
      const bar = progressLine(!values.json && ctx.isTTY && size >= PROGRESS_BYTES, ctx.lang);
      const jsonSink: CheckSink = { finding: (f) => json.finding(f), petitioner: (p) => json.petitioner(p), violation: (v) => json.violation(v) };
      const sink = values.json ? jsonSink : teeSinks(jsonSink, lists.sink);
      const checked = db
        ? { result: await checkInPostgres(db.url, ruleSet, { source: db.source, asOf, lang: ctx.lang, sink }) }
        : await checkLedgerWith(engine, ledgerPath!, ruleSet, {
            asOf,
            lang: ctx.lang,
            displayName: name,
            ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
            sink,
            onProgress: bar.read,
          });
      bar.end();
      if ('refused' in checked) {
        for (const line of formatDiagnostics(checked.refused, ctx.lang)) ctx.stderr(line);
        return EXIT_INVALID;
      }
      const { result } = checked;
      const ledger = 'ledger' in result ? result.ledger : undefined;
      if (!result.outcome) {
        for (const line of formatDiagnostics(result.diagnostics, ctx.lang)) ctx.stderr(line);
        // A database's diagnostics say themselves that nothing was checked (unreachable, refused, no 登记日期).
        if (!db) ctx.stderr(m.notALedger(name));
        return EXIT_INVALID;
      }
      const { summary, versionsUsed } = result.outcome;
      const asOfText = formatDay(asOf);
      const head = { as_of: asOfText, rules: { ruleset: ruleSet.id, name: ruleSet.name, versions: versionsUsed } };
      const diagnostics = diagnosticsJson(result.diagnostics, ctx.lang);
      const failures = failed(failOn, { overdue: summary.findings.overdue, violations: summary.violations.total, errors: result.diagnostics.filter((d) => d.severity === 'error').length }, m);
      const exit = () => {
        if (!failures.length) return EXIT_OK;
        ctx.stderr(m.failOnHeld(failures, EXIT_FAIL_ON));
        return EXIT_FAIL_ON;
      };
      if (values.json) {
        json.write(head, summary.cases, diagnostics, summary, ctx.stdoutBytes ?? printLines(ctx.stdout));
        return exit();
      }

      const stem = db?.stem ?? basename(name, extname(name));
      const files: string[] = [];
      // Data, or a function writing it in chunks (the JSON: ~500 MB for a million cases, never held whole).
      const put = (name: string, data: ReportData) => {
        set!.put(name, data);
        const path = join(outDir, name);
        files.push(relative(ctx.cwd, path) || path);
      };
      const data: CheckReportData = {
        asOf: asOfText,
        ruleset: ruleSet.id,
        organisation: ruleSet.name,
        versions: versionsUsed,
        ledger: name,
        summary,
        lists,
        diagnostics,
        showPersonal: Boolean(values['show-personal-data']),
      };
      bar.write(`${stem}.check.html`);
      put(`${stem}.check.html`, checkHtml(data));
      bar.write(`${stem}.check.json`);
      put(`${stem}.check.json`, (write) => json.write(head, summary.cases, diagnostics, summary, write));
      bar.write(`${stem}.notices.html`);
      put(`${stem}.notices.html`, noticesHtml(data));
      bar.write(`${stem}.check.xlsx`);
      put(`${stem}.check.xlsx`, await checkXlsx(data));
      const copyName = ledger && `${stem}.${annotatedCopyKind(ledger)}.xlsx`;
      let annotated: Awaited<ReturnType<typeof annotatedLedgerXlsx>> | undefined;
      if (ledger && copyName) {
        bar.write(copyName);
        annotated = await annotatedLedgerXlsx(ledgerPath!, ledger, data, (done, total) => bar.write(copyName, done, total));
        bar.end();
      }
      if (annotated === 'changed') {
        for (const line of formatDiagnostics([diagnostic('LEDGER_CHANGED', {}, { file: name })], ctx.lang)) ctx.stderr(line);
        return EXIT_INVALID;
      }
      // Whichever copy this run did not write must not stay from an earlier run beside these reports.
      for (const kind of ['annotated', 'problem-rows'] as const) {
        const name = `${stem}.${kind}.xlsx`;
        if (annotated && name === copyName) put(name, annotated.bytes);
        else set!.omit(name);
      }
      set!.commit();

      const f = summary.findings;
      const kpiLine = summary.kpi_definitions.map((d) => `${d.name} ${formatKpi(summary.kpis[d.id])}`).join(m.comma);
      const shown = formatDiagnostics(result.diagnostics, ctx.lang);
      for (const line of shown.slice(0, TERMINAL_DIAGNOSTICS)) ctx.stderr(line);
      if (shown.length > TERMINAL_DIAGNOSTICS) ctx.stderr(m.more(shown.length - TERMINAL_DIAGNOSTICS));
      const source = !ledger ? m.database : ledger.format === 'csv' ? m.csv(String(ledger.encoding)) : ledger.format === 'parquet' ? m.parquet : m.xlsx(String(ledger.sheet));
      ctx.stdout(
        [
          m.ledger(name, source, summary.cases),
          m.ruleSet(ruleSet.id, versionsUsed, asOfText),
          m.clocks(f, summary.skipped_empty.total),
          m.petitioner(summary.petitioner.total, summary.petitioner['out-of-time']),
          `${kpiLine}${m.end}`,
          m.problems(summary.violations.total, countLine(result.diagnostics, ctx.lang)),
          m.written(files, db ? 'database' : annotated?.kind),
        ].join('\n'),
      );
      return exit();
    } finally {
      set?.close();
      json.dispose();
    }
  },
};
