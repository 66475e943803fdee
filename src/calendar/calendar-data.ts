/**
 * The calendar as plain JSON data: one State Council notice per year (the files in
 * `data/calendars/<id>/<year>.yaml`, validated by `calendar.schema.json`), plus an organisation's
 * own closures and make-up working days. Compiled rule sets embed a `CalendarData` and the site's
 * in-browser calculator rebuilds the `Calendar` from it, so everything here is JSON-serialisable:
 * dates are `YYYY-MM-DD` strings and field names follow the YAML files (snake_case).
 */
import type { Lang } from '../diagnostics/diagnostic.ts';

/** A published notice (通知): the State Council's yearly arrangement or an amendment to it. */
export interface Notice {
  /** Document number, e.g. `国办发明电〔2023〕7号`. */
  number: string;
  /** Title, e.g. `国务院办公厅关于2024年部分节假日安排的通知`. */
  title: string;
  /** Where the notice is published on www.gov.cn. */
  url: string;
  /** Publication date `YYYY-MM-DD`. */
  published: string;
}

/** One holiday range of a notice (放假调休) and the weekend days worked in exchange (调休上班). */
export interface Holiday {
  /** Holiday name as the notice heads it: `春节`, or `国庆节、中秋节` for a joint range. */
  name: string;
  /** First day off, `YYYY-MM-DD` (may lie in the previous year, e.g. 元旦 2023 from 2022-12-31). */
  from: string;
  /** Last day off, `YYYY-MM-DD`, inclusive. */
  to: string;
  /** Weekend days that are working days in exchange (调休上班). */
  makeup_days?: string[];
  /** The notice's sentence for this holiday, for audits. */
  text?: string;
}

/** A later notice changing a year's arrangement (2020: Spring Festival extended to 2 February). */
export interface Amendment {
  notice: Notice;
  /** Further days off added by the amendment. */
  holidays?: Holiday[];
  /** Make-up working days of the original notice that the amendment cancels. */
  cancelled_makeup_days?: string[];
}

/** One year's arrangement: the content of `data/calendars/<id>/<year>.yaml`. */
export interface YearNotice {
  /** The year the notice arranges. */
  year: number;
  notice: Notice;
  holidays: Holiday[];
  amendments?: Amendment[];
}

/** A day range an organisation is closed on top of the national calendar. */
export interface Closure {
  name: string;
  /** First closed day `YYYY-MM-DD`. */
  from: string;
  /** Last closed day `YYYY-MM-DD`, inclusive. */
  to: string;
  note?: string;
}

/** A day an organisation works although the national calendar has it off. */
export interface ExtraWorkday {
  /** The day `YYYY-MM-DD`. */
  date: string;
  name: string;
  note?: string;
}

/** Organisation-specific changes to a calendar. */
export interface CalendarOverrides {
  closures?: Closure[];
  extra_workdays?: ExtraWorkday[];
}

/** The merged notices of one calendar id (e.g. `cn`), plus organisation overrides. */
export interface CalendarData extends CalendarOverrides {
  /** Calendar id: the folder name under `data/calendars/`. */
  id: string;
  /** One entry per year that has a published notice. */
  years: YearNotice[];
}

/** Add organisation overrides to calendar data (a new object; the inputs are not changed). */
export function withOverrides(data: CalendarData, overrides: CalendarOverrides | undefined): CalendarData {
  if (!overrides) return data;
  return {
    ...data,
    closures: [...(data.closures ?? []), ...(overrides.closures ?? [])],
    extra_workdays: [...(data.extra_workdays ?? []), ...(overrides.extra_workdays ?? [])],
  };
}

const FESTIVALS_EN: Record<string, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
};

/** The festival names of the national calendar, in the order the notices list them. */
export const FESTIVALS: readonly string[] = Object.keys(FESTIVALS_EN);

/** Suffix of a day off in lieu (补假) of a year without a notice: `国庆节、中秋节（补假）`. */
export const IN_LIEU_SUFFIX = '（补假）';

/**
 * A holiday name in the output language (`国庆节、中秋节` → `National Day / Mid-Autumn Festival`;
 * `元旦（补假）` → `New Year's Day (day off in lieu)`).
 */
export function holidayName(name: string, lang: Lang): string {
  if (lang === 'zh') return name;
  const inLieu = name.endsWith(IN_LIEU_SUFFIX);
  const names = (inLieu ? name.slice(0, -IN_LIEU_SUFFIX.length) : name)
    .split('、')
    .map((part) => FESTIVALS_EN[part] ?? part)
    .join(' / ');
  return inLieu ? `${names} (day off in lieu)` : names;
}
