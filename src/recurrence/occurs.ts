/**
 * Whether a checked RRULE ever produces a date, decided by our own day-by-day scan so that
 * rrule.js is never handed a rule it would walk to year 9999 for (it only stops at a produced
 * date). The scan covers one 400-year Gregorian cycle from DTSTART (a rule first due after that is
 * of no use to anyone) applying RFC 5545's defaults (§3.3.10: a MONTHLY rule with no
 * BYxxx day part recurs on DTSTART's day of the month, etc.), every day filter, ordinal BYDAY and
 * BYSETPOS within the period. BYWEEKNO is left out of the scan: that only makes the answer "yes"
 * more often, and a YEARLY rule costs rrule.js at most ~8,000 periods.
 */
import { dayFromYmd, daysInMonth, formatDay, isLeapYear, parseDay, weekdayOf, ymdFromDay, type DayIndex } from '../calendar/day.ts';
import { parseRrule, type Rrule, type RruleProblem } from './parse-rrule.ts';

const CYCLE_DAYS = 146_097;

/** The rule with RFC 5545's implicit day parts filled in from DTSTART (as rrule.js does). */
function withDefaults(rule: Rrule, start: DayIndex): Rrule {
  if (rule.byWeekNo || rule.byYearDay || rule.byMonthDay || rule.byDay) return rule;
  const s = ymdFromDay(start);
  if (rule.freq === 'YEARLY') return { ...rule, byMonth: rule.byMonth ?? [s.month], byMonthDay: [s.day] };
  if (rule.freq === 'MONTHLY') return { ...rule, byMonthDay: [s.day] };
  if (rule.freq === 'WEEKLY') return { ...rule, byDay: [{ weekday: weekdayOf(start) }] };
  return rule;
}

/** The period (day, week, month or year) a day belongs to, counted from DTSTART's period. */
function periodOf(rule: Rrule, day: DayIndex, start: DayIndex): number {
  const d = ymdFromDay(day);
  const s = ymdFromDay(start);
  switch (rule.freq) {
    case 'DAILY':
      return day - start;
    case 'WEEKLY': {
      const weekStart = (x: DayIndex) => x - ((weekdayOf(x) - rule.wkst + 7) % 7);
      return (weekStart(day) - weekStart(start)) / 7;
    }
    case 'MONTHLY':
      return (d.year - s.year) * 12 + d.month - s.month;
    case 'YEARLY':
      return d.year - s.year;
  }
}

/** Whether a day passes every day filter of the rule (ordinals against the month or year, per the RFC). */
function matches(rule: Rrule, day: DayIndex): boolean {
  const { year, month, day: dom } = ymdFromDay(day);
  const dim = daysInMonth(year, month);
  const diy = isLeapYear(year) ? 366 : 365;
  const doy = day - dayFromYmd(year, 1, 1) + 1;
  if (rule.byMonth && !rule.byMonth.includes(month)) return false;
  if (rule.byMonthDay && !rule.byMonthDay.some((n) => (n > 0 ? n === dom : dim + n + 1 === dom))) return false;
  if (rule.byYearDay && !rule.byYearDay.some((n) => (n > 0 ? n === doy : diy + n + 1 === doy))) return false;
  if (rule.byDay) {
    const wd = weekdayOf(day);
    const inMonth = rule.freq === 'MONTHLY' || (rule.freq === 'YEARLY' && rule.byMonth !== undefined);
    const [pos, len] = inMonth ? [dom, dim] : [doy, diy];
    const nth = Math.ceil(pos / 7);
    const nthFromEnd = -Math.ceil((len - pos + 1) / 7);
    if (!rule.byDay.some((b) => b.weekday === wd && (b.ordinal === undefined || b.ordinal === nth || b.ordinal === nthFromEnd))) return false;
  }
  return true;
}

/** Whether the rule gives at least one date on or after `start` (and on or before `until`, if any). */
export function ruleOccurs(rule: Rrule, start: DayIndex, until?: DayIndex): boolean {
  const r = withDefaults(rule, start);
  const times = (r.byHour?.length ?? 1) * (r.byMinute?.length ?? 1) * (r.bySecond?.length ?? 1);
  const end = Math.min(until ?? Number.POSITIVE_INFINITY, start + CYCLE_DAYS);
  let period = Number.NaN;
  let inPeriod = 0;
  const setPosHolds = () => !r.bySetPos || r.bySetPos.some((n) => Math.abs(n) <= inPeriod * times);
  // Periods before DTSTART's own are never reached, but DTSTART may sit mid-period (BYSETPOS counts the whole period).
  for (let day = start - 366; day <= end; day++) {
    const p = periodOf(r, day, start);
    if (p !== period) {
      if (inPeriod > 0 && period >= 0 && setPosHolds()) return true;
      period = p;
      inPeriod = 0;
    }
    if (p >= 0 && p % r.interval === 0 && matches(r, day) && (day >= start || r.bySetPos)) {
      if (!r.bySetPos) return true;
      inPeriod++;
    }
  }
  return inPeriod > 0 && setPosHolds();
}

/** Parse, check and test an RRULE for DTSTART `start` (`YYYY-MM-DD`): the rule, or why it is refused. */
export function checkedRrule(text: string, start: DayIndex): { rule?: Rrule; problems: RruleProblem[] } {
  const read = parseRrule(text);
  if (!read.rule) return read;
  const until = read.rule.until === undefined ? undefined : parseDay(`${read.rule.until.slice(0, 4)}-${read.rule.until.slice(4, 6)}-${read.rule.until.slice(6, 8)}`);
  if (!ruleOccurs(read.rule, start, until)) return { problems: [{ code: 'RRULE_NEVER_OCCURS', args: { start: formatDay(start) } }] };
  return read;
}
