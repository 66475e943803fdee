/**
 * Reception days and duties as a 制度 words them — 每周三下午 14:30—17:30, 每月第一个工作日上午,
 * 每季度末, 工作日均可 — turned into what the rules language stores: an RRULE, and where the words
 * say so a time of day, `working_days` or `on_holiday` (rules/AUTHORING.md, "Reception days and
 * schedules"). The words are kept beside the RRULE (`pattern`), so the rule file shows both.
 * 第一个工作日 is day 1 moved to the next working day (`on_holiday: next-workday`): the calendar,
 * not the RRULE, knows which days are worked. Anything else is refused, never guessed.
 */
import { halfWidth, parseTimeText, type TimeProblem } from './time-text.ts';

/** What a pattern stands for in the rules language. */
export interface RecurrenceFields {
  rrule: string;
  time?: string;
  working_days?: true;
  on_holiday?: 'next-workday';
}

/** Why a pattern cannot be read: not a pattern this notation knows, or its time is unreadable. */
export type PatternProblem = { problem: 'unknown' } | { problem: 'time'; time: TimeProblem };

const WEEKDAY: Record<string, string> = { 一: 'MO', 二: 'TU', 三: 'WE', 四: 'TH', 五: 'FR', 六: 'SA', 日: 'SU', 天: 'SU' };
const ORDINAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 最后一: -1, 1: 1, 2: 2, 3: 3, 4: 4 };
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 15, 十五, 二十八 → the number; undefined when it is not one. */
function number(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([二三])?十([一二三四五六七八九])?$/.exec(text);
  if (m) return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[2] ? DIGITS[m[2]]! : 0);
  return DIGITS[text];
}

const DAY_LIST = '([一二三四五六日天](?:[、,，和及]?(?:周|星期|礼拜)?[一二三四五六日天])*)';
const WEEKDAYS = `(?:周|星期|礼拜)${DAY_LIST}`;
const days = (list: string) => [...list.replace(/周|星期|礼拜|[、,，和及]/g, '')].map((d) => WEEKDAY[d]!).join(',');

/** The repetition part (before any time of day) → RRULE fields. */
const RULES: readonly [RegExp, (m: RegExpExecArray) => Omit<RecurrenceFields, 'time'> | undefined][] = [
  [/^(?:每个?工作日|工作日(?:均可|每天)?|每天工作日)$/, () => ({ rrule: 'FREQ=DAILY', working_days: true })],
  [/^(?:每天|每日)$/, () => ({ rrule: 'FREQ=DAILY' })],
  [new RegExp(`^每${WEEKDAYS}$`), (m) => ({ rrule: `FREQ=WEEKLY;BYDAY=${days(m[1]!)}` })],
  [new RegExp(`^(?:每两周|隔周)(?:的)?(?:周|星期|礼拜)?${DAY_LIST}$`), (m) => ({ rrule: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${days(m[1]!)}` })],
  [
    new RegExp(`^每月(?:的)?第?(一|二|三|四|最后一|[1-4])个?${WEEKDAYS}$`),
    (m) => ({ rrule: `FREQ=MONTHLY;BYDAY=${days(m[2]!)};BYSETPOS=${ORDINAL[m[1]!]!}` }),
  ],
  [/^每月(?:的)?第一个工作日$/, () => ({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=1', on_holiday: 'next-workday' })],
  [/^每月(?:末|底|最后一[日天])$/, () => ({ rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' })],
  [/^每月(?:的)?(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]$/, (m) => monthDay(m[1]!)],
  [/^每季度?(?:末|最后一[日天])$/, () => ({ rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1' })],
  [/^每季度?(?:初|第一[日天])$/, () => ({ rrule: 'FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=1' })],
  [/^每年(?:末|底)$/, () => ({ rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31' })],
  [/^每年(\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})[日号]$/, (m) => yearDay(m[1]!, m[2]!)],
];

function monthDay(text: string): Omit<RecurrenceFields, 'time'> | undefined {
  const d = number(text);
  return d !== undefined && d >= 1 && d <= 31 ? { rrule: `FREQ=MONTHLY;BYMONTHDAY=${d}` } : undefined;
}

function yearDay(monthText: string, dayText: string): Omit<RecurrenceFields, 'time'> | undefined {
  const [month, day] = [number(monthText), number(dayText)];
  if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { rrule: `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${day}` };
}

/** Where the repetition ends and the time of day (上午, 下午 14:30—17:30, 9:00-11:30) begins. */
const TIME_START = /(上午|下午|晚上|中午|全天|\d{1,2}[:：点时])/;

/**
 * Read a repetition in words. The time of day, when the words give hours, comes back as `time`;
 * 上午/下午 alone stay in the words only (the 制度 names no hours, and none are made up).
 */
export function parseRecurrenceText(text: string): RecurrenceFields | PatternProblem {
  const t = halfWidth(text).replace(/\s+/g, ' ');
  const at = t.search(TIME_START);
  const head = (at < 0 ? t : t.slice(0, at)).replace(/[，,]$/, '').trim();
  const tail = at < 0 ? '' : t.slice(at).trim();
  for (const [re, make] of RULES) {
    const m = re.exec(head);
    const fields = m && make(m);
    if (!fields) continue;
    if (!tail) return fields;
    const time = parseTimeText(tail);
    if ('problem' in time) return { problem: 'time', time: time.problem };
    return 'time' in time ? { ...fields, time: time.time } : fields;
  }
  return { problem: 'unknown' };
}

/**
 * The 重复规则 and 时间 cells of a reception day or duty: its words when they still say exactly what
 * the rule file holds (then a time they give is not written twice), else its RRULE and time.
 */
export function recurrenceCells(r: { rrule: string; pattern?: string; time?: string; working_days?: boolean; on_holiday?: string }): { rrule: string; time?: string } {
  const words = r.pattern === undefined ? undefined : parseRecurrenceText(r.pattern);
  const same =
    words !== undefined &&
    !('problem' in words) &&
    words.rrule === r.rrule &&
    (words.time === undefined || words.time === r.time) &&
    (words.working_days === undefined || r.working_days === true) &&
    (words.on_holiday === undefined || r.on_holiday === words.on_holiday);
  if (!same) return { rrule: r.rrule, ...(r.time !== undefined ? { time: r.time } : {}) };
  return { rrule: r.pattern!, ...(r.time !== undefined && words.time === undefined ? { time: r.time } : {}) };
}
