/**
 * Time limits as the rules write them: `15日`, `15个工作日`, `2个月`, `30分钟`, `24小时`, `当日`,
 * their short forms (`15d 15wd 2m 30min 24h`), English words, and Chinese numerals (`十五日`,
 * `两个月`, `三十分钟`). Weeks count as 7 calendar days (`一周` = 7日) and years as 12 months
 * (民法典 art. 202 counts both from the corresponding day).
 */
import type { Lang } from '../diagnostics/diagnostic.ts';

/** The unit a period is counted in (docs/day-counting.md). */
export type LimitUnit = 'days' | 'workdays' | 'months' | 'hours' | 'minutes' | 'same-day';

/** A parsed time limit. `amount` is 0 for `same-day`. */
export interface Limit {
  unit: LimitUnit;
  amount: number;
  /** The text as written. */
  text: string;
}

/** Why a limit did not parse; render with {@link describeLimitError}. */
export interface LimitError {
  error: 'empty' | 'number' | 'unit' | 'zero' | 'too-large';
  text: string;
}

/** Largest amount accepted in any unit: a guard against typos such as `150000日`. */
export const MAX_AMOUNT = 100000;

const SAME_DAY = /^(当日|当天|即日|same[- ]?day)$/i;

/** Unit words → unit and multiplier. Order matters: longer words first. */
const UNITS: readonly [RegExp, LimitUnit, number][] = [
  [/^(wd|个?工作日|working ?days?|workdays?)$/i, 'workdays', 1],
  [/^(d|个?自然日|日|天|days?)$/i, 'days', 1],
  [/^(w|周|个?星期|个?礼拜|weeks?)$/i, 'days', 7],
  [/^(m|个?月|months?)$/i, 'months', 1],
  [/^(y|年|years?)$/i, 'months', 12],
  [/^(h|个?小时|个?钟头|hours?)$/i, 'hours', 1],
  [/^(min|分钟|minutes?)$/i, 'minutes', 1],
];

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Chinese numeral below 10000 (`十五` 15, `二十` 20, `一百零五` 105, `两` 2); undefined if malformed. */
export function parseChineseNumber(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let lastPower = Infinity;
  for (const ch of text) {
    if (ch === '零' || ch === '〇') continue;
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined;
      digit = DIGITS[ch];
    } else if (ch in POWERS) {
      const power = POWERS[ch]!;
      if (power >= lastPower) return undefined;
      total += (digit ?? 1) * power;
      digit = undefined;
      lastPower = power;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** Parse a time limit; a `LimitError` says why it is not one. */
export function parseLimit(input: string): Limit | LimitError {
  const text = input.trim();
  const compact = text
    .replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))
    .replace(/\s+/g, ' ')
    .replace(/(以内|之内|内)$/, '');
  if (!compact) return { error: 'empty', text };
  if (SAME_DAY.test(compact)) return { unit: 'same-day', amount: 0, text };

  const m = /^(\d+|[零〇一二两三四五六七八九十百千]+) ?(.*)$/.exec(compact);
  if (!m) return { error: 'number', text };
  const rule = UNITS.find(([re]) => re.test(m[2]!));
  if (!rule) return { error: 'unit', text };
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!);
  if (n === undefined) return { error: 'number', text };
  const amount = n * rule[2];
  if (amount === 0) return { error: 'zero', text };
  if (amount > MAX_AMOUNT) return { error: 'too-large', text };
  return { unit: rule[1], amount, text };
}

/** True when `parseLimit` succeeded. */
export function isLimit(x: Limit | LimitError): x is Limit {
  return 'unit' in x;
}

/** A parse error in words. */
export function describeLimitError(e: LimitError, lang: Lang): string {
  const zh: Record<LimitError['error'], string> = {
    empty: '期限为空',
    number: `无法识别“${e.text}”中的数字`,
    unit: `无法识别“${e.text}”的单位（可用：日、个工作日、个月、小时、分钟、当日）`,
    zero: `期限“${e.text}”必须大于零`,
    'too-large': `期限“${e.text}”超过 ${MAX_AMOUNT}`,
  };
  const en: Record<LimitError['error'], string> = {
    empty: 'the time limit is empty',
    number: `no number recognised in "${e.text}"`,
    unit: `unknown unit in "${e.text}" (use d, wd, m, h, min or "当日")`,
    zero: `the time limit "${e.text}" must be more than zero`,
    'too-large': `the time limit "${e.text}" exceeds ${MAX_AMOUNT}`,
  };
  return { zh, en }[lang][e.error];
}

/** A diagnostic argument pair (`reason`, `value`) in words; an unknown reason prints as given. */
export function describeLimitReason(reason: unknown, text: unknown, lang: Lang): string {
  return describeLimitError({ error: reason as LimitError['error'], text: String(text ?? '') }, lang) ?? String(reason ?? '');
}

const ZH_UNITS: Record<LimitUnit, string> = {
  days: '日',
  workdays: '个工作日',
  months: '个月',
  hours: '小时',
  minutes: '分钟',
  'same-day': '当日',
};
const EN_UNITS: Record<LimitUnit, [string, string]> = {
  days: ['day', 'days'],
  workdays: ['working day', 'working days'],
  months: ['month', 'months'],
  hours: ['hour', 'hours'],
  minutes: ['minute', 'minutes'],
  'same-day': ['same day', 'same day'],
};

const FORMAT: Record<Lang, (amount: number, unit: LimitUnit) => string> = {
  zh: (n, u) => (u === 'same-day' ? ZH_UNITS[u] : `${n}${ZH_UNITS[u]}`),
  en: (n, u) => (u === 'same-day' ? EN_UNITS[u][0] : `${n} ${EN_UNITS[u][n === 1 ? 0 : 1]}`),
};

/** A limit in canonical words: `15日` / `15 days`, `当日` / `same day`. */
export function formatLimit(limit: Pick<Limit, 'unit' | 'amount'>, lang: Lang): string {
  return FORMAT[lang](limit.amount, limit.unit);
}
