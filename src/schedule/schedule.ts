/**
 * A rule set's reporting and duty dates for one year: the `reception` and
 * `schedules` RRULEs of every version in force during the year, each expanded only over the days
 * that version is in force, with non-working days (on_holiday, working_days) judged on that
 * version's working-day calendar.
 * Pure: compiled rules in, plain entries out.
 */
import { buildCalendar } from '../calendar/calendar.ts';
import { dayFromYmd, formatDay, parseDay, weekdayOf } from '../calendar/day.ts';
import { expandRecurrences } from '../recurrence/expand.ts';
import type { ArticleRef, CompiledRecurrence, CompiledRuleSet, CompiledVersion } from '../rules/compiled.ts';

/** Minutes since midnight, Asia/Shanghai local time. */
export interface TimeRange {
  start: number;
  end?: number;
}

/** One dated entry of the schedule. */
export interface ScheduleEntry {
  /** `reception` (接待日) or `schedule` (reporting and other duties). */
  kind: 'reception' | 'schedule';
  /** Recurrence id. */
  id: string;
  name: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** `09:00-12:00` as written in the rule set. */
  time?: string;
  place?: string;
  host?: string;
  /** Department id and its name in that version. */
  department?: { id: string; name: string };
  description?: string;
  basis?: ArticleRef;
  /** The rule-set version (effective date) the entry comes from. */
  version: string;
  /** Set when `on_holiday: skip` drops the day: the holiday (or 周末) it falls on. */
  skipped?: string;
  /** Set when `on_holiday: next-workday` moved the entry: the day the rule gave and why (2026-10-01 国庆节放假). */
  moved?: string;
}

/** A year's schedule. */
export interface Schedule {
  ruleset: string;
  /** Organisation name of the newest version in force during the year. */
  organisation: string;
  /** Its reception address: the default place of entries that name none. */
  address?: string;
  /** Effective date of the newest version in force during the year. */
  version: string;
  year: number;
  entries: ScheduleEntry[];
}

/** Parse `HH:mm` or `HH:mm-HH:mm` (schema-checked upstream) into minutes. */
export function parseTimeRange(text: string): TimeRange {
  const [a, b] = text.split('-');
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return b === undefined ? { start: minutes(a!) } : { start: minutes(a!), end: minutes(b) };
}

/** The days of `year` a version is in force: [effective_from, superseded_on) ∩ the year; undefined if none. */
function windowInYear(version: CompiledVersion, year: number): [number, number] | undefined {
  const from = Math.max(parseDay(version.effective_from)!, dayFromYmd(year, 1, 1));
  const end = version.superseded_on ? parseDay(version.superseded_on)! - 1 : Number.POSITIVE_INFINITY;
  const to = Math.min(end, dayFromYmd(year, 12, 31));
  return from <= to ? [from, to] : undefined;
}

function skippedLabel(kind: string, name: string | undefined): string {
  if (name) return kind === 'closure' ? `${name}停止办公` : `${name}放假`;
  return kind === 'weekend' ? '周末' : '非工作日';
}

function entriesOf(version: CompiledVersion, kind: ScheduleEntry['kind'], list: CompiledRecurrence[], from: number, to: number): ScheduleEntry[] {
  const calendar = buildCalendar(version.calendar);
  const departments = new Map(version.departments.map((d) => [d.id, d.name]));
  return expandRecurrences(list, calendar, from, to, { includeSkipped: true }).map(({ recurrence: r, day, skipped, moved }) => ({
    kind,
    id: r.id,
    name: r.name,
    date: formatDay(day),
    weekday: weekdayOf(day),
    ...(r.time ? { time: r.time } : {}),
    ...(r.place ? { place: r.place } : {}),
    ...(r.host ? { host: r.host } : {}),
    ...(r.department ? { department: { id: r.department, name: departments.get(r.department) ?? r.department } } : {}),
    ...(r.description ? { description: r.description } : {}),
    ...(r.basis ? { basis: r.basis } : {}),
    version: version.version,
    ...(skipped ? { skipped: skippedLabel(skipped.kind, skipped.name) } : {}),
    ...(moved ? { moved: `${moved.date} ${skippedLabel(moved.kind, moved.name)}` } : {}),
  }));
}

/**
 * The schedule of `year`: reception days and duties of each version in force during the year,
 * sorted by date (reception before duties on the same day, then in rule-file order). Entries that
 * `on_holiday: skip` drops are kept with `skipped` set so the table can show them; the `.ics` omits them.
 */
export function buildSchedule(ruleset: CompiledRuleSet, year: number): Schedule {
  const entries: ScheduleEntry[] = [];
  let newest: CompiledVersion | undefined;
  for (const version of ruleset.versions) {
    const window = windowInYear(version, year);
    if (!window) continue;
    newest = version;
    const [from, to] = window;
    for (const e of entriesOf(version, 'reception', version.reception, from, to)) entries.push(e);
    for (const e of entriesOf(version, 'schedule', version.schedules, from, to)) entries.push(e);
  }
  const rank = { reception: 0, schedule: 1 };
  // A stable sort keeps rule-file order within a day and kind.
  entries.sort((a, b) => a.date.localeCompare(b.date) || rank[a.kind] - rank[b.kind]);
  const address = newest?.organisation.address;
  return {
    ruleset: ruleset.id,
    organisation: newest?.organisation.name ?? ruleset.name,
    ...(address ? { address } : {}),
    version: newest?.version ?? ruleset.versions[0]?.version ?? `${year}-01-01`,
    year,
    entries,
  };
}
