/**
 * Read a State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知) from its own text, as
 * published on www.gov.cn, into a `YearNotice` (docs/day-counting.md, `xinfang calendar import`). Each numbered
 * item "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。
 * 2月14日（周六）、2月28日（周六）上班。" gives one holiday range and its make-up working days.
 *
 * Checked as it is read, with diagnostics at line:col of the notice: "共N天" (or "放假N天") equals the
 * range; a weekday in brackets ("周日", "星期六") is the date's weekday; each 上班 day is a Saturday or
 * Sunday; no day is listed twice. A sentence with a date that is neither the 放假 range nor the 上班
 * days (2024: "鼓励……安排职工在除夕（2月9日）休息") is not imported and is reported, so a reader can
 * confirm it does not make a rest day. Lines starting with `#` are comments (for the source address).
 * Half-width colons, commas and brackets are accepted as well (texts copied from news sites).
 */
import { LineCounter } from 'yaml';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import type { Result } from '../diagnostics/diagnostic.ts';
import { FESTIVALS, type Holiday, type YearNotice } from './calendar-data.ts';
import './codes.ts';
import { dayFromYmd, daysInMonth, formatDay, weekdayOf, type DayIndex } from './day.ts';

const TITLE = /国务院办公厅关于\s*(\d{4})\s*年\s*部分节假日安排的通知/;
const NUMBER = /国办发明电\s*〔\s*(\d{4})\s*〕\s*(\d+)\s*号/;
const SIGNED = /^[ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*$/gm;
const ITEM = /^[ \t\u3000]*[一二三四五六七八九十]+、([^：:\n]+)[：:]([^\n]*)$/gm;
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:[（(]([^）)]*)[）)])?/g;
/** A gov.cn address inside a comment line, and the whole of an address given with --url. */
const GOV_URL = /https?:\/\/(?:www\.)?gov\.cn\/\S+/;
const GOV_URL_ONLY = /^https?:\/\/(?:www\.)?gov\.cn\/\S+$/;
const WEEKDAYS = '一二三四五六日';

/** Options of {@link parseNotice}. */
export interface NoticeOptions {
  /** The notice's address on www.gov.cn; default: a gov.cn address in a `#` comment line. */
  url?: string;
}

/** A date as written in the notice, with its offset in the text. */
interface Written {
  at: number;
  year?: number;
  month?: number;
  day: number;
  /** The bracket after it: `农历腊月二十八、周日`. */
  note?: string;
}

/** Parse the notice `text`; `file` is the path shown in diagnostics. */
export function parseNotice(text: string, file: string, options: NoticeOptions = {}): Result<YearNotice | undefined> {
  const diagnostics: CatalogueDiagnostic[] = [];
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  const report = (code: string, args: Record<string, string | number>, offset: number) => {
    const { line, col } = lines.linePos(offset);
    diagnostics.push(diagnostic(code, args, { file, line, column: col }));
  };

  // Comment lines are blanked (same length) so that offsets stay those of the file.
  const comments = text.match(/^[ \t]*#.*$/gm) ?? [];
  const body = text.replace(/^[ \t]*#.*$/gm, (c) => ' '.repeat(c.length));

  const title = TITLE.exec(body);
  if (!title) {
    report('NOTICE_NO_TITLE', {}, 0);
    return { value: undefined, diagnostics };
  }
  const year = Number(title[1]);
  const number = NUMBER.exec(body);
  if (!number) report('NOTICE_NO_NUMBER', {}, title.index);
  const signed = [...body.matchAll(SIGNED)].pop();
  if (!signed) report('NOTICE_NO_DATE', {}, title.index);
  const url = options.url ?? comments.map((c) => GOV_URL.exec(c)?.[0]).find((u) => u !== undefined);
  if (!url || !GOV_URL_ONLY.test(url)) report('NOTICE_URL', { url: url ?? '' }, 0);

  const claimed = new Map<DayIndex, string>();
  const claim = (d: DayIndex, what: string, at: number) => {
    const first = claimed.get(d);
    if (first !== undefined) report('CALENDAR_OVERLAP', { date: formatDay(d), first, second: what }, at);
    else claimed.set(d, what);
  };
  /** A written date as a day index, checked against its bracketed weekday; undefined when not a date. */
  const dayOf = (w: Written, base: { year: number; month?: number }): DayIndex | undefined => {
    const y = w.year ?? base.year;
    const m = w.month ?? base.month;
    if (m === undefined || m < 1 || m > 12 || w.day < 1 || w.day > daysInMonth(y, m)) {
      report('NOTICE_DATES', {}, w.at);
      return undefined;
    }
    const d = dayFromYmd(y, m, w.day);
    const stated = /(?:周|星期)([一二三四五六日天])/.exec(w.note ?? '');
    const weekday = stated ? WEEKDAYS.indexOf(stated[1] === '天' ? '日' : stated[1]!) + 1 : 0;
    if (weekday && weekday !== weekdayOf(d)) report('NOTICE_WEEKDAY', { date: formatDay(d), stated: stated![0], weekday: weekdayOf(d) }, w.at);
    return d;
  };

  const holidays: Holiday[] = [];
  for (const item of body.matchAll(ITEM)) {
    const nameAt = item.index + item[0].indexOf(item[1]!);
    const name = item[1]!.trim();
    if (!name.split('、').every((n) => FESTIVALS.includes(n))) {
      report('NOTICE_HOLIDAY_NAME', { name }, nameAt);
      continue;
    }
    const textAt = item.index + item[0].length - item[2]!.length;
    const holiday = readItem(name, item[2]!, textAt);
    if (holiday) holidays.push(holiday);
  }
  if (!holidays.length && !diagnostics.some((d) => d.code === 'NOTICE_HOLIDAY_NAME')) report('NOTICE_NO_HOLIDAYS', {}, title.index);

  /** One numbered item: its 放假 sentence, its 上班 sentence, nothing else with a date. */
  function readItem(name: string, sentence: string, at: number): Holiday | undefined {
    let range: { from: DayIndex; to: DayIndex } | undefined;
    const makeup: DayIndex[] = [];
    for (const s of sentence.matchAll(/[^。]+/g)) {
      const part = s[0];
      const partAt = at + s.index;
      const dates: Written[] = [...part.matchAll(DATE)].map((m) => ({
        at: partAt + m.index,
        day: Number(m[3]),
        ...(m[1] ? { year: Number(m[1]) } : {}),
        ...(m[2] ? { month: Number(m[2]) } : {}),
        ...(m[4] ? { note: m[4] } : {}),
      }));
      const off = part.indexOf('放假');
      if (!range && off >= 0) {
        const before = dates.filter((w) => w.at < partAt + off);
        const joined = before.length === 2 && part.slice(before[0]!.at - partAt, before[1]!.at - partAt).includes('至');
        if (before.length !== 1 && !joined) {
          report('NOTICE_DATES', {}, partAt);
          return undefined;
        }
        // "10月1日至7日": the end date takes the year and month of the start when it omits them.
        const [first, last] = before as [Written, Written | undefined];
        const from = dayOf(first, { year });
        if (from === undefined) return undefined;
        const to = last ? dayOf(last, { year: first.year ?? year, ...(first.month !== undefined ? { month: first.month } : {}) }) : from;
        if (to === undefined) return undefined;
        if (to < from) report('CALENDAR_RANGE_ORDER', { from: formatDay(from), to: formatDay(to) }, last!.at);
        const count = /(?:共|放假)(\d+)天/.exec(part);
        if (count && Number(count[1]) !== to - from + 1) {
          report('NOTICE_DAY_COUNT', { count: count[1]!, from: formatDay(from), to: formatDay(to), days: to - from + 1 }, partAt + count.index);
        }
        for (let d = from; d <= to; d++) claim(d, name, first.at);
        range = { from, to };
      } else if (/上班\s*$/.test(part) && dates.length) {
        let month: number | undefined;
        for (const w of dates) {
          const d = dayOf(w, { year, ...(month !== undefined ? { month } : {}) });
          month = w.month ?? month;
          if (d === undefined) continue;
          if (weekdayOf(d) < 6) report('CALENDAR_MAKEUP_NOT_WEEKEND', { date: formatDay(d), weekday: weekdayOf(d) }, w.at);
          claim(d, `${name} 调休上班`, w.at);
          makeup.push(d);
        }
      } else if (dates.length) {
        report('NOTICE_SENTENCE_SKIPPED', { sentence: part.trim() }, partAt);
      }
    }
    if (!range) {
      report('NOTICE_DATES', {}, at);
      return undefined;
    }
    return {
      name,
      from: formatDay(range.from),
      to: formatDay(range.to),
      ...(makeup.length ? { makeup_days: makeup.map(formatDay) } : {}),
      text: sentence.trim(),
    };
  }

  const failed = diagnostics.some((d) => d.severity === 'error');
  if (failed || !number || !signed || !url) return { value: undefined, diagnostics };
  const published = formatDay(dayFromYmd(Number(signed[1]), Number(signed[2]), Number(signed[3])));
  return {
    value: {
      year,
      notice: { number: `国办发明电〔${number[1]}〕${number[2]}号`, title: title[0].replace(/\s+/g, ''), url, published },
      holidays,
    },
    diagnostics,
  };
}
