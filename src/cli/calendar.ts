/** `xinfang calendar import NOTICE.txt [--out FILE]`: a State Council holiday notice's text → a calendar year file. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCalendarsRoot } from '../calendar/load-calendars.ts';
import { parseNotice } from '../calendar/notice.ts';
import { parseCalendarFile } from '../calendar/parse-calendar-file.ts';
import { formatYearFile } from '../calendar/year-file.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';
import { messages } from '../diagnostics/messages.ts';

const MESSAGES = messages({
  zh: {
    usage: '用法：xinfang calendar import <通知.txt>。',
    cannotRead: (file: string) => `读不到通知文件 ${file}。`,
    exists: (file: string) => `${file} 已存在；确需替换时加 --force。`,
    wrote: (file: string, year: string, notice: string, ranges: number, makeup: number) =>
      `已写入 ${file}：${year} 年，${notice}，${ranges} 项放假安排，${makeup} 个调休上班日。`,
  },
  en: {
    usage: 'Usage: xinfang calendar import NOTICE.txt.',
    cannotRead: (file) => `Cannot read the notice file ${file}.`,
    exists: (file) => `${file} exists; add --force to replace it.`,
    wrote: (file, year, notice, ranges, makeup) => `Wrote ${file}: ${year}, ${notice}, ${ranges} holiday ranges, ${makeup} make-up working days.`,
  },
});

export const calendarCommand: Command = {
  help: {
    zh: `用法：xinfang calendar import <通知.txt> [--out 文件] [--url 地址] [--force]

读取国务院办公厅节假日安排通知的原文（从中国政府网复制的全文：标题、文号、正文、落款日期），
生成日历年度文件，默认写入 data/calendars/cn/<年份>.yaml。边读边核对：“共N天”与起止日期相符，
括号中的星期与日期相符，调休上班日是星期六或星期日，同一天不重复出现；问题按通知的行:列报告。
正文中其他带日期的句子不导入，会给出警告，请核对。

  --out 文件    写到指定文件（文件名应为年份，如 2027.yaml）
  --url 地址    通知在中国政府网上的地址；也可写在通知文本首行：# https://www.gov.cn/…
  --force       覆盖已有文件（默认不覆盖）

有错误时不写文件，退出码 1。`,
    en: `Usage: xinfang calendar import NOTICE.txt [--out FILE] [--url URL] [--force]

Reads the text of a State Council holiday notice (the whole text copied from www.gov.cn: title,
document number, body, date) and writes a calendar year file, by default data/calendars/cn/<year>.yaml.
Checked as it is read: each "共N天" matches its dates, each bracketed weekday matches its date, make-up
working days are Saturdays or Sundays, no day is listed twice; problems are reported at line:col of the
notice. Other sentences with a date are not imported and are reported as warnings to check.

  --out FILE    write to FILE (named after the year, e.g. 2027.yaml)
  --url URL     the notice's address on www.gov.cn; or a first line "# https://www.gov.cn/…" in the text
  --force       replace an existing file (never replaced otherwise)

On errors nothing is written and the exit code is 1.`,
  },
  async run(argv, ctx) {
    const m = MESSAGES[ctx.lang];
    const { values, positionals } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, url: { type: 'string' }, force: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (positionals[0] !== 'import' || positionals.length !== 2) {
      throw new UsageError(m.usage);
    }
    const input = positionals[1]!;
    if (values.out) guardOutputs(ctx, {}, { flag: '--out', path: values.out, kind: 'file' });
    let text: string;
    try {
      text = readFileSync(resolve(ctx.cwd, input), 'utf8').replace(/^\uFEFF/, '');
    } catch {
      throw new UsageError(m.cannotRead(input));
    }

    const parsed = parseNotice(text, input, values.url ? { url: values.url } : {});
    for (const line of formatDiagnostics(parsed.diagnostics, ctx.lang)) ctx.stderr(line);
    const year = parsed.value;
    if (!year || hasErrors(parsed.diagnostics)) return EXIT_INVALID;

    const out = values.out ? resolve(ctx.cwd, values.out) : join(defaultCalendarsRoot(), 'cn', `${year.year}.yaml`);
    const shown = relative(ctx.cwd, out) || out;
    if (existsSync(out) && !values.force) {
      throw new UsageError(m.exists(shown));
    }
    // The file is read back as every calendar file is, so it can only be written if it loads.
    const yaml = formatYearFile(year);
    const check = parseCalendarFile(yaml, shown);
    for (const line of formatDiagnostics(check.diagnostics, ctx.lang)) ctx.stderr(line);
    if (check.diagnostics.length) return EXIT_INVALID;
    writeFileAtomic(out, yaml);
    const makeup = year.holidays.reduce((n, h) => n + (h.makeup_days?.length ?? 0), 0);
    ctx.stderr(m.wrote(shown, `${year.year}`, year.notice.number, year.holidays.length, makeup));
    return EXIT_OK;
  },
};
