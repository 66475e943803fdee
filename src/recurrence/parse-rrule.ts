/**
 * Our own reading of an RRULE (RFC 5545 §3.3.10) before rrule.js sees it: known parts only, each
 * value in its range, at most daily, no EXRULE. rrule.js walks period by period until year 9999
 * when a rule never produces a date, so a rule that never occurs is found here first
 * (occurs.ts). The text given to rrule.js is rebuilt from the checked parts, never the raw text.
 */
import type { CodeArgs } from '../diagnostics/catalogue.ts';
import type { RECURRENCE_CODES } from './codes.ts';

type RecurrenceCode = keyof typeof RECURRENCE_CODES;

export type Freq = 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY';
const FREQS: readonly Freq[] = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'];
/** RFC 5545 frequencies finer than a day: reception days and schedules are dates. */
const TOO_FINE = ['HOURLY', 'MINUTELY', 'SECONDLY'];
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const MAX_TEXT = 400;

/** A BYDAY entry: ISO weekday 1–7 and an optional ordinal (2MO, -1FR). */
export interface ByDay {
  weekday: number;
  ordinal?: number;
}

/** A checked RRULE. Lists are absent when the part is. */
export interface Rrule {
  freq: Freq;
  interval: number;
  count?: number;
  /** `YYYYMMDD` (a time part, if any, is dropped: occurrences are dates). */
  until?: string;
  bySecond?: number[];
  byMinute?: number[];
  byHour?: number[];
  byDay?: ByDay[];
  byMonthDay?: number[];
  byYearDay?: number[];
  byWeekNo?: number[];
  byMonth?: number[];
  bySetPos?: number[];
  /** ISO weekday the week starts on (1 = Monday, the RFC default). */
  wkst: number;
}

/** Why a rule was refused: a code of recurrence/codes.ts and its arguments. */
export interface RruleProblem {
  code: RecurrenceCode;
  args: CodeArgs<RecurrenceCode>;
}

type Range = readonly [number, number];
/** Numeric list parts: range of absolute values, whether negatives are allowed, and the frequencies they may be used with (RFC 5545 §3.3.10). */
const LISTS: Record<string, { key: keyof Rrule; range: Range; signed: boolean; freqs?: readonly Freq[] }> = {
  BYSECOND: { key: 'bySecond', range: [0, 59], signed: false },
  BYMINUTE: { key: 'byMinute', range: [0, 59], signed: false },
  BYHOUR: { key: 'byHour', range: [0, 23], signed: false },
  BYMONTHDAY: { key: 'byMonthDay', range: [1, 31], signed: true, freqs: ['YEARLY', 'MONTHLY', 'DAILY'] },
  BYYEARDAY: { key: 'byYearDay', range: [1, 366], signed: true, freqs: ['YEARLY'] },
  BYWEEKNO: { key: 'byWeekNo', range: [1, 53], signed: true, freqs: ['YEARLY'] },
  BYMONTH: { key: 'byMonth', range: [1, 12], signed: false },
  BYSETPOS: { key: 'bySetPos', range: [1, 366], signed: true },
};
const KNOWN = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'WKST', ...Object.keys(LISTS)]);

const range = (part: string, value: string, r: Range, signed = false): RruleProblem => ({
  code: 'RRULE_VALUE_OUT_OF_RANGE',
  args: { part, value, range: `${signed ? `±${r[0]}…±${r[1]}` : `${r[0]}…${r[1]}`}` },
});

function numberIn(text: string, r: Range, signed: boolean): number | undefined {
  if (!(signed ? /^[+-]?\d{1,4}$/ : /^\+?\d{1,4}$/).test(text)) return undefined;
  const n = Number(text);
  return Math.abs(n) >= r[0] && Math.abs(n) <= r[1] && (signed || n >= 0) ? n : undefined;
}

function validDate(ymd: string): boolean {
  const y = Number(ymd.slice(0, 4)), m = Number(ymd.slice(4, 6)), d = Number(ymd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2200 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Read and check an RRULE value (without the `RRULE:` prefix). */
export function parseRrule(text: string): { rule?: Rrule; problems: RruleProblem[] } {
  const problems: RruleProblem[] = [];
  const fail = (p: RruleProblem) => ({ problems: [...problems, p] });
  if (text.length > MAX_TEXT) return fail({ code: 'RRULE_SYNTAX', args: { text: `${text.slice(0, 40)}…`, max: MAX_TEXT } });
  // Upper-case names, digits and separators only: a line break or a colon would start another iCalendar property.
  if (!/^[A-Z0-9=;,+-]+$/.test(text)) return fail({ code: 'RRULE_SYNTAX', args: { text: JSON.stringify(text).slice(1, -1).slice(0, 80), max: MAX_TEXT } });
  const parts = new Map<string, string>();
  for (const item of text.split(';')) {
    const m = /^([A-Z]+)=([A-Z0-9,+-]+)$/.exec(item);
    if (!m) return fail({ code: 'RRULE_SYNTAX', args: { text: item, max: MAX_TEXT } });
    if (!KNOWN.has(m[1]!)) return fail({ code: 'RRULE_PART_UNKNOWN', args: { part: m[1]! } });
    if (parts.has(m[1]!)) return fail({ code: 'RRULE_SYNTAX', args: { text: item, max: MAX_TEXT } });
    parts.set(m[1]!, m[2]!);
  }
  const freqText = parts.get('FREQ') ?? '';
  if (TOO_FINE.includes(freqText)) return fail({ code: 'RRULE_FREQ_TOO_FINE', args: { freq: freqText } });
  if (!FREQS.includes(freqText as Freq)) return fail({ code: 'RRULE_VALUE_OUT_OF_RANGE', args: { part: 'FREQ', value: freqText, range: FREQS.join('、') } });
  const freq = freqText as Freq;
  const rule: Rrule = { freq, interval: 1, wkst: 1 };
  for (const [part, value] of parts) {
    if (part === 'FREQ') continue;
    if (part === 'INTERVAL' || part === 'COUNT') {
      const r: Range = part === 'INTERVAL' ? [1, 100] : [1, 1000];
      const n = numberIn(value, r, false);
      if (n === undefined) problems.push(range(part, value, r));
      else rule[part === 'INTERVAL' ? 'interval' : 'count'] = n;
    } else if (part === 'UNTIL') {
      const m = /^(\d{8})(?:T\d{6}Z?)?$/.exec(value);
      if (!m || !validDate(m[1]!)) problems.push({ code: 'RRULE_VALUE_OUT_OF_RANGE', args: { part, value, range: 'YYYYMMDD（1900–2200）' } });
      else rule.until = m[1]!;
    } else if (part === 'WKST') {
      const i = WEEKDAYS.indexOf(value as (typeof WEEKDAYS)[number]);
      if (i < 0) problems.push({ code: 'RRULE_VALUE_OUT_OF_RANGE', args: { part, value, range: WEEKDAYS.join('、') } });
      else rule.wkst = i + 1;
    } else if (part === 'BYDAY') {
      const days: ByDay[] = [];
      for (const v of value.split(',')) {
        const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(v);
        const ordinal = m?.[1] === undefined ? undefined : Number(m[1]);
        const max = freq === 'MONTHLY' || (freq === 'YEARLY' && parts.has('BYMONTH')) ? 5 : 53;
        const ordinalOk = ordinal === undefined || ((freq === 'MONTHLY' || (freq === 'YEARLY' && !parts.has('BYWEEKNO'))) && ordinal !== 0 && Math.abs(ordinal) <= max);
        if (!m || !ordinalOk) problems.push({ code: 'RRULE_VALUE_OUT_OF_RANGE', args: { part, value: v, range: `MO…SU${freq === 'MONTHLY' || freq === 'YEARLY' ? `，序号 ±1…±${max}` : ''}` } });
        else days.push({ weekday: WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]) + 1, ...(ordinal === undefined ? {} : { ordinal }) });
      }
      // RFC 5545 allows MO,-1FR, but rrule.js 2.8 finds no date for it after seconds of search
      // (found by npm run fuzz): every weekday with an ordinal, or none.
      if (days.some((d) => d.ordinal !== undefined) && days.some((d) => d.ordinal === undefined)) {
        problems.push({ code: 'RRULE_VALUE_OUT_OF_RANGE', args: { part, value, range: '星期须全带序号或全不带（如 1MO,-1FR 或 MO,FR；混用请拆成两条）' } });
      }
      rule.byDay = days;
    } else {
      const spec = LISTS[part]!;
      if (spec.freqs && !spec.freqs.includes(freq)) {
        problems.push({ code: 'RRULE_VALUE_OUT_OF_RANGE', args: { part, value, range: `FREQ=${spec.freqs.join('/')}` } });
        continue;
      }
      const values: number[] = [];
      for (const v of value.split(',')) {
        const n = numberIn(v, spec.range, spec.signed);
        if (n === undefined) problems.push(range(part, v, spec.range, spec.signed));
        else values.push(n);
      }
      (rule as unknown as Record<string, number[]>)[spec.key] = values;
    }
  }
  if (rule.bySetPos && ![...parts.keys()].some((p) => p.startsWith('BY') && p !== 'BYSETPOS')) {
    problems.push({ code: 'RRULE_VALUE_OUT_OF_RANGE', args: { part: 'BYSETPOS', value: parts.get('BYSETPOS')!, range: 'BYSETPOS 须与其他 BYxxx 同用' } });
  }
  if (rule.count !== undefined && rule.until !== undefined) problems.push({ code: 'RRULE_SYNTAX', args: { text: 'COUNT+UNTIL', max: MAX_TEXT } });
  return problems.length ? { problems } : { rule, problems };
}

/** The rule as RRULE text, from the checked parts (for rrule.js and .ics); `bounded: false` leaves COUNT and UNTIL out. */
export function formatRrule(rule: Rrule, bounded = true): string {
  const list = (name: string, values: readonly number[] | undefined) => (values ? [`${name}=${values.join(',')}`] : []);
  return [
    `FREQ=${rule.freq}`,
    ...(rule.interval !== 1 ? [`INTERVAL=${rule.interval}`] : []),
    ...(bounded && rule.count !== undefined ? [`COUNT=${rule.count}`] : []),
    ...(bounded && rule.until !== undefined ? [`UNTIL=${rule.until}T235959Z`] : []),
    ...list('BYSECOND', rule.bySecond),
    ...list('BYMINUTE', rule.byMinute),
    ...list('BYHOUR', rule.byHour),
    ...(rule.byDay ? [`BYDAY=${rule.byDay.map((d) => `${d.ordinal ?? ''}${WEEKDAYS[d.weekday - 1]}`).join(',')}`] : []),
    ...list('BYMONTHDAY', rule.byMonthDay),
    ...list('BYYEARDAY', rule.byYearDay),
    ...list('BYWEEKNO', rule.byWeekNo),
    ...list('BYMONTH', rule.byMonth),
    ...list('BYSETPOS', rule.bySetPos),
    ...(rule.wkst !== 1 ? [`WKST=${WEEKDAYS[rule.wkst - 1]}`] : []),
  ].join(';');
}
