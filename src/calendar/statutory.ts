/**
 * The rest days the law itself fixes for a year whose State Council notice is not out yet
 * (docs/day-counting.md): the holidays of 《全国年节及纪念日放假办法》 as amended 2024, in force from 2025-01-01,
 * and the days off in lieu (补假) its 第六条 requires. No 调休 make-up working day is guessed: those
 * exist only by a notice. The result is provisional and is replaced by the notice once published.
 *
 * 第二条: 元旦 1月1日; 春节 农历除夕、正月初一至初三 (4 days; 除夕 is the day before 正月初一, 廿九
 * or 三十); 清明节 农历清明当日; 劳动节 5月1日、2日; 端午节 农历端午当日; 中秋节 农历中秋当日;
 * 国庆节 10月1日至3日. The lunar and solar-term dates come from `lunar-table.ts`.
 *
 * 第六条: "全体公民放假的假日，如果适逢周六、周日，应当在工作日补假" — compulsory, but the article
 * does not say on which working day. We take the first working days after the holiday's own days,
 * one per holiday day that falls on a Saturday or Sunday. When two holidays fall on one day (中秋 on
 * 10月1日–3日, e.g. 2028-10-03) one of the two is lost as well, so that day also earns one 补假 (the
 * 2009 and 2020 notices gave it). In general: days owed = the holidays' day count, days given =
 * their distinct Monday–Friday dates, 补假 = the difference. This placement is our reading; the
 * notice may place 补假 elsewhere, which is one reason these years are marked provisional.
 */
import { dayFromYmd, isWeekend, type DayIndex } from './day.ts';
import { FESTIVAL_DATES, LUNAR_FIRST_YEAR, LUNAR_LAST_YEAR } from './lunar-table.ts';

/** Years the statutory rules are computed for: the amended 办法 from 2025, as far as the lunar table goes. */
export const STATUTORY_FIRST_YEAR = LUNAR_FIRST_YEAR;
export const STATUTORY_LAST_YEAR = LUNAR_LAST_YEAR;

/** One statutory rest day: a holiday of 第二条, or a 补假 of 第六条 for the holiday `name`. */
export interface StatutoryDay {
  day: DayIndex;
  /** The holiday (`春节`; `国庆节、中秋节` when they share days). */
  name: string;
  /** True for a day off in lieu (补假, 第六条); false for a holiday of 第二条. */
  inLieu: boolean;
}

/** The holidays of 第二条 for `year`, each as its days, in calendar order. */
function holidays(year: number, dates: readonly [string, string, string, string]): { name: string; days: DayIndex[] }[] {
  const at = (mmdd: string): DayIndex => dayFromYmd(year, Number(mmdd.slice(0, 2)), Number(mmdd.slice(3)));
  const run = (first: DayIndex, n: number): DayIndex[] => Array.from({ length: n }, (_, i) => first + i);
  const [eve, qingming, duanwu, midAutumn] = dates.map(at) as [DayIndex, DayIndex, DayIndex, DayIndex];
  return [
    { name: '元旦', days: [dayFromYmd(year, 1, 1)] },
    { name: '春节', days: run(eve, 4) },
    { name: '清明节', days: [qingming] },
    { name: '劳动节', days: run(dayFromYmd(year, 5, 1), 2) },
    { name: '端午节', days: [duanwu] },
    { name: '中秋节', days: [midAutumn] },
    { name: '国庆节', days: run(dayFromYmd(year, 10, 1), 3) },
  ];
}

/**
 * The statutory rest days of `year`, sorted by day; undefined outside
 * {@link STATUTORY_FIRST_YEAR}…{@link STATUTORY_LAST_YEAR}. Pure arithmetic on day indices (about
 * 30 µs a year: computed afresh by each calendar build rather than cached in module state).
 */
export function statutoryDays(year: number): StatutoryDay[] | undefined {
  const dates = FESTIVAL_DATES[year];
  return dates ? restDays(year, dates) : undefined;
}

/** 第二条 holidays and 第六条 补假 of one year, from its 除夕, 清明, 端午 and 中秋 (`MM-DD`). */
function restDays(year: number, dates: readonly [string, string, string, string]): StatutoryDay[] {
  // Holidays sharing a day form one block, named after both (the notices' 国庆节、中秋节).
  const blocks: { name: string; days: DayIndex[]; owed: number }[] = [];
  for (const h of holidays(year, dates)) {
    const shared = blocks.find((b) => h.days.some((d) => b.days.includes(d)));
    if (shared) {
      // Named in calendar order: 国庆节、中秋节 when 中秋 falls on 10月1日–3日.
      shared.name = h.days[0]! <= shared.days[0]! ? `${h.name}、${shared.name}` : `${shared.name}、${h.name}`;
      for (const d of h.days) if (!shared.days.includes(d)) shared.days.push(d);
      shared.days.sort((a, b) => a - b);
      shared.owed += h.days.length;
    } else blocks.push({ name: h.name, days: [...h.days], owed: h.days.length });
  }
  blocks.sort((a, b) => a.days[0]! - b.days[0]!);

  const rest = new Map<DayIndex, StatutoryDay>();
  for (const b of blocks) for (const day of b.days) rest.set(day, { day, name: b.name, inLieu: false });
  for (const b of blocks) {
    let due = b.owed - b.days.filter((d) => !isWeekend(d)).length;
    for (let d = b.days[b.days.length - 1]! + 1; due > 0; d++) {
      if (isWeekend(d) || rest.has(d)) continue;
      rest.set(d, { day: d, name: b.name, inLieu: true });
      due--;
    }
  }
  return [...rest.values()].sort((a, b) => a.day - b.day);
}
