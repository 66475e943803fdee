/**
 * What the in-browser calculator embeds (site/scripts/calculator.ts): each version's clocks and the
 * petitioner's own windows in the petitioner's words, and the calendars they count on. Pure.
 */
import type { CalendarData } from '../calendar/calendar-data.ts';
import type { Limit } from '../deadlines/limit.ts';
import { hasLimit, type CompiledRuleSet, type CompiledVersion } from '../rules/compiled.ts';
import { eventLabel, petitionerEventLabel, stopLabel } from './clock-views.ts';
import { citeText, petitionerCondition } from './petitioner-words.ts';
import { PETITIONER_STOPS } from './procedure-views.ts';

/** A clock or a petitioner's window as the in-browser calculator needs it. */
export interface CalculatorClock {
  id: string;
  name: string;
  limit: Limit;
  roll: 'next-workday' | 'none';
  extension?: Limit;
  condition: string;
  /** The start event in words (登记; for a window the petitioner's words: 收到书面答复). */
  from: string;
  /** Whether a petitioner waits for it or acts on it (procedure-views.ts), for the 我是信访人 path. */
  forPetitioner: boolean;
  until: string;
  basis: string;
}

/**
 * The calculator's embedded data: every version's clocks, the petitioner's own windows (no
 * condition, no extension) and the calendars they count on.
 */
export interface CalculatorData {
  /**
   * The dates the calculator accepts: from the first version's effective date to the end of the
   * year after the last year with a published holiday notice (later dates are too uncertain to count).
   */
  span: { from: string; to: string };
  calendars: CalendarData[];
  versions: { version: string; effectiveFrom: string; title: string; calendar: number; clocks: CalculatorClock[]; windows: CalculatorClock[] }[];
}

/** The calculator's data for one rule set: every version's clocks and windows, and the calendars they count on. */
export function calculatorData(set: CompiledRuleSet): CalculatorData {
  const namesOf = (v: CompiledVersion) => {
    const m = new Map([...v.departments, ...v.categories].map((x) => [x.id, x.name]));
    return (id: string) => m.get(id) ?? id;
  };
  const calendars: CalendarData[] = [];
  const keys: string[] = [];
  const calendarIndex = (c: CalendarData) => {
    const key = JSON.stringify(c);
    const i = keys.indexOf(key);
    if (i >= 0) return i;
    keys.push(key);
    return calendars.push(c) - 1;
  };
  let lastYear = 0;
  for (const v of set.versions) for (const y of v.calendar.years) lastYear = Math.max(lastYear, y.year);
  return {
    span: { from: set.versions[0]!.effective_from, to: `${lastYear + 1}-12-31` },
    calendars,
    versions: set.versions.map((v) => ({
      version: v.version,
      effectiveFrom: v.effective_from,
      title: v.title,
      calendar: calendarIndex(v.calendar),
      clocks: v.clocks.filter(hasLimit).map((c) => ({
        id: c.id,
        name: c.name,
        limit: c.limit,
        roll: c.roll,
        ...(c.extension?.max ? { extension: c.extension.max } : {}),
        condition: petitionerCondition(c.when?.test, namesOf(v)),
        from: eventLabel(c.from),
        forPetitioner: c.until.events.some((e) => PETITIONER_STOPS.has(e)),
        until: stopLabel(c.until),
        basis: citeText(c.basis),
      })),
      windows: v.windows.map((w) => ({
        id: w.id,
        name: w.name,
        limit: w.limit,
        roll: w.roll,
        condition: petitionerCondition(w.when?.test, namesOf(v)),
        from: petitionerEventLabel(w.from),
        forPetitioner: true,
        until: petitionerEventLabel(w.until),
        basis: citeText(w.basis),
      })),
    })),
  };
}
