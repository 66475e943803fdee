/**
 * Cell values of a ledger: dates in every docs/ledger-columns.md format (with an optional time), Excel serial
 * numbers, and the enumerated columns with their English aliases. Pure; no `Date`, so no time
 * zone can shift a date (docs/day-counting.md).
 */
import { dayFromYmd, daysInMonth } from '../calendar/day.ts';
import type { Moment } from '../deadlines/moment.ts';
import { CHANNELS, LEVELS, SOURCES } from '../rules/model.ts';

// 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日 (the separators may not mix), then an optional
// time 14:30, 14:30:00, 14时30分 after a space, a T, or nothing (2026年3月5日14:30).
const DATE =
  /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号]?)(?:(?:\s*|T)(\d{1,2})(?::|时)(\d{1,2})(?::\d{1,2}(?:\.\d+)?|分(?:\d{1,2}秒)?)?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/** Day index of 1899-12-30, Excel's serial 0 in the 1900 date system (after its 1900-02-29 bug). */
const EXCEL_EPOCH_1900 = dayFromYmd(1899, 12, 30);
/** Day index of 1904-01-01, serial 0 in the 1904 date system (old Mac workbooks). */
const EXCEL_EPOCH_1904 = dayFromYmd(1904, 1, 1);
/** Serials accepted as dates: 1954-10-… to 2119-…, so a count such as 延期天数 30 is never a date. */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;

function moment(y: number, mo: number, d: number, h?: string, mi?: string): Moment | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || y < 1900 || y > 2199) return undefined;
  const day = dayFromYmd(y, mo, d);
  if (h === undefined) return { day };
  const hour = Number(h);
  const minute = Number(mi);
  if (hour > 23 || minute > 59) return undefined;
  return { day, minute: hour * 60 + minute };
}

/** An Excel serial date (fraction = time of day) as a moment; `date1904` for the 1904 system. */
export function momentFromSerial(serial: number, date1904 = false): Moment | undefined {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial >= SERIAL_MAX) return undefined;
  const whole = Math.floor(serial);
  const minute = Math.round((serial - whole) * 1440);
  const day = (date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900) + whole + (minute === 1440 ? 1 : 0);
  // A serial with no fraction is a plain date: most ledgers record no time.
  return minute === 0 || minute === 1440 ? { day } : { day, minute };
}

/** Positions of the digits in `YYYY-MM-DD`. */
const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];
const digit = (t: string, i: number): number => t.charCodeAt(i) - 48;
const isDigit = (t: string, i: number): boolean => (t.charCodeAt(i) - 48) >>> 0 < 10;

/**
 * `YYYY-MM-DD` exactly, read without a regular expression: the form nearly every exported ledger
 * uses, parsed millions of times in a large ledger. Undefined for anything else, which
 * {@link parseDateText} then reads the general way; for text of this form both give the same moment.
 */
export function parseIsoDate(t: string): Moment | undefined {
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return undefined; // 45 = '-'
  for (const i of ISO_DIGITS) if (!isDigit(t, i)) return undefined;
  const year = digit(t, 0) * 1000 + digit(t, 1) * 100 + digit(t, 2) * 10 + digit(t, 3);
  return moment(year, digit(t, 5) * 10 + digit(t, 6), digit(t, 8) * 10 + digit(t, 9));
}

/** Full-width digits and date punctuation typed with a Chinese IME in full-width mode, as ASCII. */
const FULL_WIDTH = /[０-９／．－：　Ｔ]/g;
const halfWidth = (ch: string): string => (ch === '　' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
/** 上午 / 下午 (and 中午, 晚上) after the date, with or without a time: `2026年7月1日上午`, `2026-07-01 下午3:30`. */
const MERIDIEM = /\s*(上午|中午|下午|晚上)\s*/;

/**
 * Parse a date written as text — a ledger cell or a date on the command line (`--from`, `--as-of`,
 * `--batch`: every date argument accepts what the ledger accepts, docs/cli.md): `2026-03-05`,
 * `2026/3/5`, `2026.3.5`, `2026年3月5日`, `20260305`, an Excel serial (`46086`), each optionally
 * with a time; full-width digits (`２０２６年６月１日`) and 上午/下午 accepted. Undefined when not a real date.
 */
export function parseDateText(text: string): Moment | undefined {
  let t = text.trim();
  const iso = parseIsoDate(t);
  if (iso) return iso;
  t = t.replace(FULL_WIDTH, halfWidth);
  // 下午 3:30 is 15:30; 上午 or 下午 without a time says only which half of the day: the date stands.
  let afternoon = false;
  const half = MERIDIEM.exec(t);
  if (half) {
    afternoon = half[1] !== '上午';
    t = t.slice(0, half.index) + (half.index + half[0].length < t.length ? ' ' : '') + t.slice(half.index + half[0].length);
  }
  const m = DATE.exec(t);
  if (m) {
    const month = Number(m[3] ?? m[5]);
    const day = Number(m[4] ?? m[6]);
    const hour = m[7] !== undefined && afternoon && Number(m[7]) < 12 ? String(Number(m[7]) + 12) : m[7];
    return moment(Number(m[1]), month, day, hour, m[8]);
  }
  if (half) return undefined;
  const c = COMPACT.exec(t);
  if (c) return moment(Number(c[1]), Number(c[2]), Number(c[3]));
  if (/^\d{5}(\.\d+)?$/.test(t)) return momentFromSerial(Number(t));
  return undefined;
}

const CHANNEL_ALIASES: Record<string, string> = {
  letter: '来信', visit: '来访', phone: '来电', online: '网上', other: '其他',
  信: '来信', 访: '来访', 电话: '来电', 网络: '网上', 网信: '网上',
};
const SOURCE_ALIASES: Record<string, string> = { direct: '直接', assigned: '交办', forwarded: '转办', 自收: '直接' };
const LEVEL_ALIASES: Record<string, string> = { normal: '一般', major: '重大', urgent: '紧急', 普通: '一般' };
const RATINGS = ['满意', '基本满意', '不满意'];
const RATING_ALIASES: Record<string, string> = { satisfied: '满意', 'partly satisfied': '基本满意', 'basically satisfied': '基本满意', dissatisfied: '不满意', unsatisfied: '不满意' };

function enumValue(text: string, values: readonly string[], aliases: Record<string, string>): string | undefined {
  const t = text.trim();
  if (values.includes(t)) return t;
  return aliases[t.toLowerCase()];
}

/** 来源方式 → 来信 / 来访 / 来电 / 网上 / 其他 (English aliases accepted). */
export const parseChannel = (text: string): string | undefined => enumValue(text, CHANNELS, CHANNEL_ALIASES);
/** 来源 → 直接 / 交办 / 转办; the caller maps an empty cell to 直接. */
export const parseSource = (text: string): string | undefined => enumValue(text, SOURCES, SOURCE_ALIASES);
/** 等级 → 一般 / 重大 / 紧急; the caller maps an empty cell to 一般. */
export const parseLevel = (text: string): string | undefined => enumValue(text, LEVELS, LEVEL_ALIASES);
const SIGNED_ALIASES: Record<string, string> = { yes: '是', no: '否', y: '是', n: '否', 署名: '是', 实名: '是', 匿名: '否', 未署名: '否' };
/** 是否署名 → 是 / 否 (署名、实名、匿名 and yes/no accepted). */
export const parseSigned = (text: string): string | undefined => enumValue(text, ['是', '否'], SIGNED_ALIASES);
/** 评价 → 满意 / 基本满意 / 不满意. */
export const parseRating = (text: string): string | undefined => enumValue(text, RATINGS, RATING_ALIASES);

/** A whole number ≥ `min` (人数 ≥ 1, 延期天数 ≥ 1), full-width digits and a trailing 人/日/天 accepted. */
export function parseCount(text: string, min: number): number | undefined {
  const t = text
    .trim()
    .replace(/[０-９]/g, (ch) => String(ch.charCodeAt(0) - 0xff10))
    .replace(/(人|日|天|个工作日)$/, '')
    .replace(/\.0+$/, '');
  if (!/^\d{1,6}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= min ? n : undefined;
}
