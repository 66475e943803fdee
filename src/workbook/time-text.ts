/**
 * Times of day as staff type them in a spreadsheet: an Excel time cell (a fraction of a day),
 * `14:30`, `14：30`, `14时30分`, `14点半`, a range joined by `-`, `—`, `–`, `~`, `至` or `到`, and
 * 上午/下午/晚上 before a 12-hour clock (`下午2:30-5:30` is 14:30-17:30). The result is the rules
 * language's `HH:mm` or `HH:mm-HH:mm` (src/rules/rules.schema.json `recurrence.time`); whether a
 * range ends after it starts is the rules stage's check, so a hand-written YAML file gets it too.
 * A bare 12-hour range (`2:30-5:30`) is not guessed: it may mean the morning or the afternoon.
 */

/** Why a time cannot be read: no hours at all (上午 alone), ambiguous 12-hour clock, or not a time. */
export type TimeProblem = 'part-of-day' | 'ambiguous' | 'unreadable';

/** A part of the day written without hours (上午, 下午), kept as words: the 制度 names no hours. */
export const PARTS_OF_DAY = ['上午', '下午', '晚上', '全天'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

const FULL_WIDTH_DIGIT = /[０-９]/g;
const RANGE_JOINER = /\s*(?:-|－|—{1,2}|–|~|～|〜|至|到)\s*/;
const CLOCK = /^(上午|下午|晚上|中午)?\s*(\d{1,2})(?:[:：点时](\d{1,2}|半)?分?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Full-width digits and spaces to ASCII, so an IME in full-width mode types the same as one that is not. */
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').trim();
}

/** One clock time → minutes after midnight, with the part of day it was written with. */
function clock(text: string, inherited?: string): { minutes: number; twelveHour: boolean } | TimeProblem {
  const m = CLOCK.exec(text.trim());
  if (!m) return 'unreadable';
  const part = m[1] ?? inherited;
  let hour = Number(m[2]);
  const minute = m[3] === '半' ? 30 : m[3] === undefined ? 0 : Number(m[3]);
  if (minute > 59 || hour > 23) return 'unreadable';
  if ((part === '下午' || part === '晚上') && hour < 12) hour += 12;
  if (part === '中午' && hour < 6) hour += 12;
  return { minutes: hour * 60 + minute, twelveHour: part === undefined && hour >= 1 && hour <= 7 };
}

const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * Read a time cell's content: a number is an Excel time (fraction of a day), text one of the forms
 * above. Returns `HH:mm` / `HH:mm-HH:mm`, a part of the day without hours, or the problem.
 */
export function parseTimeText(value: string | number): { time: string } | { part: PartOfDay } | { problem: TimeProblem } {
  if (typeof value === 'number') {
    const minutes = Math.round((value - Math.floor(value)) * 1440) % 1440;
    return { time: hhmm(minutes) };
  }
  const text = halfWidth(value).replace(/^(每天|每日)/, '');
  if ((PARTS_OF_DAY as readonly string[]).includes(text)) return { part: text as PartOfDay };
  // 下午 14:30—17:30: a part of the day before a 24-hour range says nothing more.
  const partOnly = /^(上午|下午|晚上|中午)\s+(?=\d)/.exec(text);
  const parts = (partOnly ? text.slice(partOnly[0].length) : text).split(RANGE_JOINER);
  if (parts.length > 2 || parts.some((p) => p === '')) return { problem: 'unreadable' };
  const lead = /^(上午|下午|晚上|中午)/.exec(parts[0]!)?.[1] ?? partOnly?.[1];
  const start = clock(parts[0]!, partOnly?.[1]);
  if (typeof start === 'string') return { problem: start };
  const end = parts[1] === undefined ? undefined : clock(parts[1], lead);
  if (typeof end === 'string') return { problem: end };
  // 2:30-5:30 with no 上午/下午: a 12-hour clock whose half of the day the cell does not say.
  if (!lead && (start.twelveHour || end?.twelveHour)) return { problem: 'ambiguous' };
  return { time: end === undefined ? hhmm(start.minutes) : `${hhmm(start.minutes)}-${hhmm(end.minutes)}` };
}
