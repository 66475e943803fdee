/**
 * The working-day calendar (docs/day-counting.md): Mon–Fri, minus the statutory holidays of the State Council
 * notices, plus their weekend make-up working days (调休上班), plus an organisation's own extra
 * working days, minus its closures. A year without a notice has the rest days the law itself
 * fixes (`statutory.ts`: the holidays of 《全国年节及纪念日放假办法》 and their 补假) and no make-up
 * working days; it is not `covered`, so deadlines reaching it are provisional.
 *
 * `buildCalendar` precomputes, over a fixed span, each day's kind, a prefix sum of working days
 * and the list of working days, so every query is O(1). Outside the span (at least 2000 to the end
 * of the statutory table, 2050) the calendar is weekends-only and computed in closed form, so every
 * function is total.
 */
import type { CalendarData, CalendarOverrides, Holiday, Notice } from './calendar-data.ts';
import { IN_LIEU_SUFFIX, withOverrides } from './calendar-data.ts';
import { dayFromYmd, formatDay, parseDay, weekdayOf, yearOfDay, type DayIndex } from './day.ts';
import { STATUTORY_FIRST_YEAR, STATUTORY_LAST_YEAR, statutoryDays } from './statutory.ts';

/** Why a day is or is not a working day. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday' | 'closure';

/** A notice as cited in explanations, or the article of the 办法 behind a provisional rest day. */
export interface NoticeRef {
  number: string;
  /** Where it is published; absent for the 办法's articles. */
  url?: string;
}

/** The articles behind the rest days of a year without a notice (`statutory.ts`). */
const STATUTE_HOLIDAY: NoticeRef = { number: '《全国年节及纪念日放假办法》第二条' };
const STATUTE_IN_LIEU: NoticeRef = { number: '《全国年节及纪念日放假办法》第六条' };

/** Everything the calendar knows about one day. Plain data. */
export interface DayInfo {
  day: DayIndex;
  /** `YYYY-MM-DD`. */
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  kind: DayKind;
  workday: boolean;
  /** Holiday name (`春节`) for holidays and make-up days; the organisation's name for closures and extra days. */
  name?: string;
  /** The notice that made the day a holiday or make-up day (an amendment where it applies). */
  notice?: NoticeRef;
  /** Whether the day's year has a published notice; false means provisional (the 办法's days only). */
  covered: boolean;
}

/** A calendar built from `CalendarData`. Immutable; all queries O(1). */
export interface Calendar {
  readonly id: string;
  /** The data it was built from, overrides merged in (JSON-serialisable). */
  readonly data: CalendarData;
  /** Years with a published notice, ascending. */
  readonly coveredYears: readonly number[];
  isCovered(year: number): boolean;
  isWorkday(day: DayIndex): boolean;
  dayInfo(day: DayIndex): DayInfo;
  /** The n-th working day strictly after `day` (n > 0), strictly before it (n < 0), or `day` (n = 0). */
  addWorkdays(day: DayIndex, n: number): DayIndex;
  /** `day` when it is a working day, else the first working day after it. */
  nextWorkdayOnOrAfter(day: DayIndex): DayIndex;
  /** Working days d with a < d ≤ b (the start day not counted, 民法典 art. 201); negative when b < a. */
  countWorkdays(a: DayIndex, b: DayIndex): number;
}

const KINDS: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'makeup-workday', 'closure'];
const [WORKDAY, WEEKEND, HOLIDAY, MAKEUP, CLOSURE] = [0, 1, 2, 3, 4];

/** Default precomputed span; widened to whole years covering any date in the data. */
const SPAN_FIRST_YEAR = 2000;
const SPAN_LAST_YEAR = STATUTORY_LAST_YEAR;

/** Monday 1969-12-29: weekday ranks count Mon–Fri days from here. */
const MONDAY0 = -3;

/** Mon–Fri days in [MONDAY0, day). */
function weekdaysBefore(day: DayIndex): number {
  const t = day - MONDAY0;
  const weeks = Math.floor(t / 7);
  return weeks * 5 + Math.min(t - weeks * 7, 5);
}

/** The Mon–Fri day with exactly k Mon–Fri days in [MONDAY0, it). */
function kthWeekday(k: number): DayIndex {
  const weeks = Math.floor(k / 5);
  return MONDAY0 + weeks * 7 + (k - weeks * 5);
}

interface Tag {
  name: string;
  notice?: NoticeRef;
}

/** Every `YYYY-MM-DD` date mentioned in the data (for the span). */
function dataYears(data: CalendarData): number[] {
  const dates: string[] = [];
  const addHoliday = (h: Holiday) => {
    dates.push(h.from, h.to);
    for (const d of h.makeup_days ?? []) dates.push(d);
  };
  for (const y of data.years) {
    y.holidays.forEach(addHoliday);
    for (const a of y.amendments ?? []) a.holidays?.forEach(addHoliday);
  }
  for (const c of data.closures ?? []) dates.push(c.from, c.to);
  for (const w of data.extra_workdays ?? []) dates.push(w.date);
  return [...data.years.map((y) => y.year), ...dates.map((d) => Number(d.slice(0, 4)))];
}

/**
 * Build the calendar. Precedence, lowest first: weekday/weekend, notice holidays and make-up
 * days (year by year, amendments after their notice), the organisation's extra working days,
 * then its closures — an organisation closed on a national make-up day is closed.
 */
export function buildCalendar(input: CalendarData, overrides?: CalendarOverrides): Calendar {
  const data = withOverrides(input, overrides);
  let firstYear = SPAN_FIRST_YEAR;
  let lastYear = SPAN_LAST_YEAR;
  for (const y of dataYears(data)) {
    firstYear = Math.min(firstYear, y);
    lastYear = Math.max(lastYear, y);
  }
  const first = dayFromYmd(firstYear, 1, 1);
  const last = dayFromYmd(lastYear, 12, 31);
  const size = last - first + 1;
  const kinds = new Uint8Array(size);
  const tags = new Map<DayIndex, Tag>();
  for (let i = 0; i < size; i++) kinds[i] = weekdayOf(first + i) >= 6 ? WEEKEND : WORKDAY;

  const markDay = (d: DayIndex, kind: number, tag: Tag | undefined) => {
    if (d < first || d > last) return;
    kinds[d - first] = kind;
    if (tag) tags.set(d, tag);
    else tags.delete(d);
  };
  // Dates are schema-checked upstream; an unparseable one marks nothing.
  const markRange = (from: string, to: string, kind: number, tag: Tag) => {
    const a = parseDay(from) ?? 0;
    const b = parseDay(to) ?? -1;
    for (let d = a; d <= b; d++) markDay(d, kind, tag);
  };
  const ref = (n: Notice): NoticeRef => ({ number: n.number, url: n.url });
  const markHolidays = (holidays: readonly Holiday[], notice: Notice) => {
    for (const h of holidays) {
      markRange(h.from, h.to, HOLIDAY, { name: h.name, notice: ref(notice) });
      for (const m of h.makeup_days ?? []) markRange(m, m, MAKEUP, { name: h.name, notice: ref(notice) });
    }
  };

  const coveredYears = [...new Set(data.years.map((y) => y.year))].sort((a, b) => a - b);
  const covered = new Set(coveredYears);

  // Years without a notice first, so that a notice reaching into such a year (元旦 from 12月31日) wins.
  for (let y = Math.max(firstYear, STATUTORY_FIRST_YEAR); y <= STATUTORY_LAST_YEAR; y++) {
    if (covered.has(y)) continue;
    for (const s of statutoryDays(y) ?? []) {
      markDay(s.day, HOLIDAY, s.inLieu ? { name: `${s.name}${IN_LIEU_SUFFIX}`, notice: STATUTE_IN_LIEU } : { name: s.name, notice: STATUTE_HOLIDAY });
    }
  }

  const sorted = [...data.years].sort((a, b) => a.year - b.year);
  for (const y of sorted) {
    markHolidays(y.holidays, y.notice);
    for (const a of y.amendments ?? []) {
      for (const c of a.cancelled_makeup_days ?? []) {
        const d = parseDay(c);
        if (d !== undefined) markDay(d, weekdayOf(d) >= 6 ? WEEKEND : WORKDAY, undefined);
      }
      markHolidays(a.holidays ?? [], a.notice);
    }
  }
  for (const w of data.extra_workdays ?? []) markRange(w.date, w.date, MAKEUP, { name: w.name });
  for (const c of data.closures ?? []) markRange(c.from, c.to, CLOSURE, { name: c.name });

  // prefix[i] = working days in [first, first + i); list[k] = the k-th working day in the span.
  const prefix = new Int32Array(size + 1);
  const list = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const works = kinds[i] === WORKDAY || kinds[i] === MAKEUP;
    if (works) list[prefix[i]!] = first + i;
    prefix[i + 1] = prefix[i]! + (works ? 1 : 0);
  }
  const rankFirst = weekdaysBefore(first);
  const rankEnd = rankFirst + prefix[size]!; // rank of last + 1
  const weekdaysBeforeEnd = weekdaysBefore(last + 1);

  /** Working days in [MONDAY0, day): a global rank, weekends-only outside the span. */
  const rank = (day: DayIndex): number => {
    if (day < first) return weekdaysBefore(day);
    if (day > last) return rankEnd + weekdaysBefore(day) - weekdaysBeforeEnd;
    return rankFirst + prefix[day - first]!;
  };
  /** The working day with exactly k working days before it. */
  const nth = (k: number): DayIndex => {
    if (k < rankFirst) return kthWeekday(k);
    if (k >= rankEnd) return kthWeekday(k - rankEnd + weekdaysBeforeEnd);
    return list[k - rankFirst]!;
  };
  const kindOf = (day: DayIndex): number =>
    day < first || day > last ? (weekdayOf(day) >= 6 ? WEEKEND : WORKDAY) : kinds[day - first]!;

  return {
    id: data.id,
    data,
    coveredYears,
    isCovered: (year) => covered.has(year),
    isWorkday: (day) => {
      const k = kindOf(day);
      return k === WORKDAY || k === MAKEUP;
    },
    dayInfo: (day) => {
      const kind = KINDS[kindOf(day)]!;
      const tag = tags.get(day);
      return {
        day,
        date: formatDay(day),
        weekday: weekdayOf(day),
        kind,
        workday: kind === 'workday' || kind === 'makeup-workday',
        ...(tag ? { name: tag.name } : {}),
        ...(tag?.notice ? { notice: tag.notice } : {}),
        covered: covered.has(yearOfDay(day)),
      };
    },
    addWorkdays: (day, n) => (n === 0 ? day : n > 0 ? nth(rank(day + 1) + n - 1) : nth(rank(day) + n)),
    nextWorkdayOnOrAfter: (day) => nth(rank(day)),
    countWorkdays: (a, b) => rank(b + 1) - rank(a + 1),
  };
}
