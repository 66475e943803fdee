/**
 * `xinfang deadline`: compute a due date from a start date and a time limit (docs/day-counting.md, docs/cli.md), one
 * at a time or for every row of a CSV (`--batch`). The legal semantics are in `src/deadlines/`;
 * this module only parses flags, loads the calendar and prints.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { argumentError } from './argument-errors.ts';
import Papa from 'papaparse';
import { buildCalendar, type Calendar } from '../calendar/calendar.ts';
import { loadCalendarData } from '../calendar/load-calendars.ts';
import { diagnostic, localize, type Code, type CodeArgs } from '../diagnostics/catalogue.ts';
import { columnLetter, formatDiagnostic, hasErrors, type Diagnostic, type Location } from '../diagnostics/diagnostic.ts';
import { canExtend, computeDeadline, NO_TIME_ASSUMED, type DeadlineInput, type DeadlineResult, type RollMode } from '../deadlines/compute.ts';
import { allowedExtension, laterThanMax } from '../deadlines/extension.ts';
import { explain } from '../deadlines/explain.ts';
import { isLimit, parseLimit } from '../deadlines/limit.ts';
import { formatMoment } from '../deadlines/moment.ts';
import { readFailureReason } from '../io/io-failure.ts';
import { parseDateText } from '../ledger/values.ts';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliContext, type Command } from './command.ts';
import type { ClockSpec } from './deadline-clock.ts';
import { formatDiagnostics, plainDiagnostic } from './print-diagnostics.ts';
import { messages } from '../diagnostics/messages.ts';
import { CLI_MESSAGES } from './messages.ts';

const MESSAGES = messages({
  zh: { assumed: (what: string) => `（${what}）` },
  en: { assumed: (what) => `(assumed: ${what})` },
});

const HELP = {
  zh: `用法：xinfang deadline --from 日期 --limit 时限 [选项]
      xinfang deadline --batch 文件.csv [选项]

按民法典第二百零一至二百零三条计算到期日：起算日不计入；“N日”为日历日，最后一日为休假日的
顺延至下一个工作日；“N个工作日”为起算日后的第 N 个工作日；“N个月”为到期月的对应日（无对应日
取月末）；小时、分钟自起算时刻计算；“当日”为起算日当天。节假日依国务院办公厅年度通知。

选项：
  --from 日期          起算日期 YYYY-MM-DD，可带时刻（2024-03-05T14:30 或 "2024-03-05 14:30"）
  --limit 时限         15日 / 15d、15个工作日 / 15wd、2个月 / 2m、24小时 / 24h、30分钟 / 30min、当日
  --roll 方式          next-workday（默认，顺延至下一工作日）或 none（不顺延）
  --extension 时限     批准延长的期限，加在原期限上（60日 + 30日 = 90日）；与 --clock 同用时按该时限的
                       延长上限计算（超过上限按上限，并警告），时限未规定延期的拒绝计算
  --calendar ID        日历（默认 cn，即 data/calendars/cn/）
  --rules 目录 --clock ID  使用规则集中的时限代替 --limit
  --explain            逐步说明计算过程
  --json               以 JSON 输出 { from, limit, due, provisional, assumed, explanation }
  --batch 文件         读取表头为 from,limit[,roll][,extension] 的 CSV，输出加上 due、provisional 两列
退出码：0 成功，1 输入有误，2 用法错误。所涉年份尚无通知时结果为暂定，并在标准错误输出警告。`,
  en: `Usage: xinfang deadline --from DATE --limit LIMIT [options]
       xinfang deadline --batch FILE.csv [options]

Computes a due date under Civil Code arts. 201-203: the start day is not counted; "N days" are
calendar days, rolled to the next working day when the last one is a rest day; "N working days" is
the N-th working day after the start day; "N months" ends on the corresponding day (or the month's
last day); hours and minutes run from the start time; "same day" is the start day itself. Holidays
follow the State Council's yearly notices.

Options:
  --from DATE          start date YYYY-MM-DD, optionally with a time (2024-03-05T14:30)
  --limit LIMIT        15d / 15日, 15wd / 15个工作日, 2m / 2个月, 24h, 30min, 当日
  --roll MODE          next-workday (default) or none
  --extension LIMIT    an approved extension, added to the limit (60d + 30d = 90d); with --clock the
                       clock's maximum applies (with a warning), and a clock without extensions refuses it
  --calendar ID        calendar (default cn, data/calendars/cn/)
  --rules DIR --clock ID  use a clock of a rule set instead of --limit
  --explain            explain the computation step by step
  --json               print JSON { from, limit, due, provisional, assumed, explanation }
  --batch FILE         read a CSV with header from,limit[,roll][,extension]; print it with due and provisional added
Exit codes: 0 success, 1 invalid input, 2 usage error. A year without a published notice makes the
result provisional, with a warning on stderr.`,
};

const USAGE = {
  zh: '用法：xinfang deadline --from 日期 --limit 时限 [--roll next-workday|none] [--extension 时限] [--calendar ID] [--json] [--explain] 或 --batch 文件（--help 查看说明）',
  en: 'Usage: xinfang deadline --from DATE --limit LIMIT [--roll next-workday|none] [--extension LIMIT] [--calendar ID] [--json] [--explain] or --batch FILE (--help for more)',
};

const OPTIONS = {
  from: { type: 'string' },
  limit: { type: 'string' },
  roll: { type: 'string' },
  extension: { type: 'string' },
  calendar: { type: 'string', default: 'cn' },
  rules: { type: 'string' },
  clock: { type: 'string' },
  batch: { type: 'string' },
  explain: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A usage error, in both languages; `run` prints it with the usage line and exits 2. */
class Usage extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(en);
  }
}

const ROLLS: readonly string[] = ['next-workday', 'none'];

/** Print diagnostics in the context's language; a location-less one prints without the empty prefix. */
function report(ctx: CliContext, list: readonly Diagnostic[]): void {
  for (const d of list) {
    const hasLocation = d.file !== undefined || d.row !== undefined || d.line !== undefined;
    ctx.stderr(hasLocation ? formatDiagnostics([d], ctx.lang)[0]! : formatDiagnostic(plainDiagnostic(localize(d, ctx.lang))).trimStart());
  }
}

/** One computation's inputs as text, checked; diagnostics carry `where` as their location. */
function prepare(
  text: { from: string; limit: string; roll?: string; extension?: string },
  where: (field: string) => Location,
): { input?: DeadlineInput; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const bad = <C extends Code>(code: C, args: CodeArgs<C>, field: string) => diagnostics.push(diagnostic(code, args, where(field)));
  // The ledger's date reader, so --from and --batch accept what a ledger cell does (docs/ledger-columns.md).
  const start = parseDateText(text.from);
  if (!start) bad('DEADLINE_BAD_DATE', { value: text.from }, 'from');
  const limit = parseLimit(text.limit);
  if (!isLimit(limit)) bad('DEADLINE_BAD_LIMIT', { value: text.limit, reason: limit.error }, 'limit');
  const roll = text.roll || 'next-workday';
  if (!ROLLS.includes(roll)) bad('DEADLINE_BAD_ROLL', { value: roll }, 'roll');
  const extension = text.extension ? parseLimit(text.extension) : undefined;
  if (extension && !isLimit(extension)) bad('DEADLINE_BAD_LIMIT', { value: text.extension!, reason: extension.error }, 'extension');
  if (isLimit(limit) && extension && isLimit(extension) && !canExtend(limit, extension)) {
    bad('DEADLINE_BAD_EXTENSION', { limit: text.limit, extension: text.extension! }, 'extension');
  }
  if (diagnostics.length || !start || !isLimit(limit)) return { diagnostics };
  return { input: { start, limit, roll: roll as RollMode, ...(extension && isLimit(extension) ? { extension } : {}) }, diagnostics };
}

function provisionalWarning(ctx: CliContext, years: Set<number>, rows?: number): void {
  const list = [...years].sort((a, b) => a - b).join(CLI_MESSAGES[ctx.lang].listSep);
  report(ctx, [diagnostic('DEADLINE_PROVISIONAL', { years: list, ...(rows ? { rows } : {}) }, {})]);
}

async function runBatch(file: string, calendar: Calendar, defaults: { roll?: string; extension?: string }, ctx: CliContext): Promise<number> {
  let text: string;
  try {
    text = (await readFile(resolve(ctx.cwd, file), 'utf8')).replace(/^\uFEFF/, '');
  } catch (e) {
    report(ctx, [diagnostic('DEADLINE_BATCH_UNREADABLE', { reason: readFailureReason(e) }, { file })]);
    return EXIT_INVALID;
  }
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const fields = parsed.meta.fields ?? [];
  const missing = ['from', 'limit'].filter((c) => !fields.includes(c));
  if (missing.length) {
    report(ctx, missing.map((column) => diagnostic('DEADLINE_BATCH_HEADER', { column }, { file, row: 1 })));
    return EXIT_INVALID;
  }
  const out = [...fields, ...['due', 'provisional'].filter((f) => !fields.includes(f))];
  // A stray quote swallows the rest of the file and a short row loses fields: each is an error at its line, never a silent drop.
  const diagnostics: Diagnostic[] = parsed.errors.map((e) => {
    const line = e.index !== undefined ? lineAt(text, e.index) : (e.row ?? 0) + 2;
    return diagnostic('DEADLINE_BATCH_MALFORMED', { line, problem: e.type === 'Quotes' ? 'quote' : e.type === 'FieldMismatch' ? 'fields' : 'other' }, { file, line });
  });
  const years = new Set<number>();
  let provisionalRows = 0;
  const rows = parsed.data.map((row, i) => {
    const where = (header: string): Location => ({ file, row: i + 2, columnLetter: columnLetter(Math.max(0, fields.indexOf(header))), header });
    const prepared = prepare(
      { from: row.from ?? '', limit: row.limit ?? '', roll: row.roll || defaults.roll, extension: row.extension || defaults.extension },
      where,
    );
    for (const d of prepared.diagnostics) diagnostics.push(d);
    const result = prepared.input && computeDeadline(calendar, prepared.input);
    if (result) for (const d of noTime(result, row.limit ?? '', where('from'))) diagnostics.push(d);
    if (result?.provisional) {
      provisionalRows++;
      result.provisionalYears.forEach((y) => years.add(y));
    }
    return { ...row, due: result?.dueText ?? '', provisional: result ? String(result.provisional) : '' };
  });
  // escapeFormulae: an echoed cell starting with = + - @ gets a leading ' so a spreadsheet never runs it.
  ctx.stdout(Papa.unparse({ fields: out, data: rows.map((r) => out.map((f) => (r as Record<string, string>)[f] ?? '')) }, { newline: '\n', escapeFormulae: true }));
  report(ctx, diagnostics);
  if (years.size) provisionalWarning(ctx, years, provisionalRows);
  return hasErrors(diagnostics) ? EXIT_INVALID : EXIT_OK;
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** DEADLINE_NO_TIME when an hour or minute period started from a date without a time (docs/check-results.md). */
function noTime(result: DeadlineResult, limitText: string, where: Location): Diagnostic[] {
  if (!result.assumed.includes(NO_TIME_ASSUMED)) return [];
  return [diagnostic('DEADLINE_NO_TIME', { from: formatMoment(result.start), limit: limitText }, where)];
}

function printResult(result: DeadlineResult, limitText: string, json: boolean, withExplanation: boolean, ctx: CliContext): void {
  if (json) {
    ctx.stdout(
      JSON.stringify(
        {
          from: formatMoment(result.start),
          limit: limitText,
          roll: result.roll,
          ...(result.extension ? { extension: result.extension.text } : {}),
          due: result.dueText,
          provisional: result.provisional,
          provisional_years: result.provisionalYears,
          assumed: result.assumed,
          explanation: explain(result, ctx.lang),
        },
        null,
        2,
      ),
    );
    return;
  }
  ctx.stdout(result.dueText);
  for (const a of result.assumed) ctx.stdout(MESSAGES[ctx.lang].assumed(a));
  if (withExplanation) for (const line of explain(result, ctx.lang)) ctx.stdout(line);
  if (result.provisional) provisionalWarning(ctx, new Set(result.provisionalYears));
}

/**
 * The clock's extension rule applied to --extension exactly as the ledger check applies it
 * (src/deadlines/extension.ts): beyond the maximum the maximum counts, with a warning; a clock
 * without extensions refuses one (undefined, after an error); no maximum = applied as given. A
 * maximum in another unit than the request is compared by the due dates it gives.
 */
function withClockExtension(clock: ClockSpec, input: DeadlineInput, calendar: Calendar, ctx: CliContext): DeadlineInput | undefined {
  const requested = input.extension;
  if (!requested) return input;
  const outcome = allowedExtension(clock.extension, requested);
  if ('refused' in outcome) {
    report(ctx, [diagnostic('DEADLINE_NO_EXTENSION', { clock: clock.name, extension: requested.text }, {})]);
    return undefined;
  }
  let applied = outcome.applied;
  const max = clock.extension?.max;
  if (max && laterThanMax(clock.extension, requested) && canExtend(clock.limit, max)) {
    const due = (extension: typeof requested) => computeDeadline(calendar, { ...input, extension }).due.day;
    if (due(requested) > due(max)) applied = max;
  }
  if (applied !== requested) report(ctx, [diagnostic('DEADLINE_EXTENSION_CAPPED', { clock: clock.name, extension: requested.text, max: max!.text }, {})]);
  return { ...input, extension: applied };
}

/** `xinfang deadline`. */
export const deadlineCommand: Command = {
    help: HELP,
    async run(argv, ctx) {
      try {
        let values;
        try {
          values = parseArgs({ args: argv, options: OPTIONS, strict: true }).values;
        } catch (e) {
          const said = (lang: 'zh' | 'en') => argumentError(e, argv, HELP[lang], lang) ?? (e as Error).message;
          throw new Usage(said('zh'), said('en'));
        }
        if (values.help) {
          ctx.stdout(HELP[ctx.lang]);
          return EXIT_OK;
        }
        if (values.roll !== undefined && !ROLLS.includes(values.roll)) {
          throw new Usage(`--roll 只能是 next-workday 或 none，而不是“${values.roll}”。`, `--roll must be next-workday or none, not "${values.roll}".`);
        }
        if (!/^[a-z0-9][a-z0-9_-]*$/i.test(values.calendar)) {
          throw new Usage(`--calendar 应为日历目录名（如 cn），而不是“${values.calendar}”。`, `--calendar must be a calendar folder name (such as cn), not "${values.calendar}".`);
        }
        if ((values.rules === undefined) !== (values.clock === undefined)) {
          throw new Usage('--rules 与 --clock 须同时给出。', '--rules and --clock go together.');
        }
        if (values.batch !== undefined && (values.from !== undefined || values.limit !== undefined || values.json || values.rules !== undefined)) {
          throw new Usage('--batch 不能与 --from、--limit、--json、--rules 同时使用。', '--batch cannot be combined with --from, --limit, --json or --rules.');
        }

        let clock: ClockSpec | undefined;
        if (values.rules !== undefined && values.clock !== undefined) {
          if (values.from === undefined) throw new Usage('缺少 --from。', '--from is missing.');
          // Loaded only here: the rules compiler (ajv, the schema) adds ~0.16 s to a plain deadline's start-up.
          const { clockFromRules } = await import('./deadline-clock.ts');
          const found = await clockFromRules(values.rules, values.clock, values.from, ctx);
          report(ctx, found.diagnostics);
          if (!found.value || hasErrors(found.diagnostics)) return EXIT_INVALID;
          clock = found.value;
        } else if (values.batch === undefined && (values.from === undefined || values.limit === undefined)) {
          const flag = values.from === undefined ? '--from' : '--limit';
          throw new Usage(`缺少 ${flag}。`, `${flag} is missing.`);
        }

        let data = clock?.calendar;
        if (!data) {
          const loaded = await loadCalendarData(values.calendar, { cwd: ctx.cwd });
          report(ctx, loaded.diagnostics);
          if (hasErrors(loaded.diagnostics)) return EXIT_INVALID;
          data = loaded.value;
        }
        const calendar = buildCalendar(data);
        if (values.batch !== undefined) return await runBatch(values.batch, calendar, values, ctx);

        const limitText = values.limit ?? clock!.limit.text;
        const prepared = prepare(
          {
            from: values.from!,
            limit: limitText,
            roll: values.roll ?? clock?.roll,
            extension: values.extension,
          },
          () => ({}),
        );
        report(ctx, prepared.diagnostics);
        if (!prepared.input) return EXIT_INVALID;
        const input = clock ? withClockExtension(clock, prepared.input, calendar, ctx) : prepared.input;
        if (!input) return EXIT_INVALID;
        const result = computeDeadline(calendar, input);
        report(ctx, noTime(result, limitText, {}));
        printResult(result, limitText, values.json ?? false, values.explain ?? false, ctx);
        return EXIT_OK;
      } catch (e) {
        if (!(e instanceof Usage)) throw e;
        ctx.stderr(`${e[ctx.lang]}\n${USAGE[ctx.lang]}`);
        return EXIT_USAGE;
      }
    },
};
