/**
 * Everything about one rule-set version the checker needs, prepared once per version rather than
 * per case: the built working-day calendar, the clocks and windows with their extension limits,
 * and lookups from ledger text to category and department ids. Pure.
 */
import { buildCalendar, type Calendar } from '../calendar/calendar.ts';
import type { ArticleRef, CompiledClock, CompiledVersion, CompiledWindow } from '../rules/compiled.ts';
import { testsField } from '../rules/condition.ts';
import type { EmptyTreatment } from '../rules/model.ts';

/** A clock or a petitioner's window, ready to judge cases. */
export interface PlannedClock {
  /** Index among the version's clocks and windows (cache slot). */
  slot: number;
  clock: CompiledClock | CompiledWindow;
  kind: 'clock' | 'window';
  /** Whether the clock stops on `reported` and its condition counts persons (集体访报告). */
  groupReport: boolean;
  /** Hour and minute clocks print times. */
  timed: boolean;
}

/** A version prepared for checking. */
export interface VersionPlan {
  version: CompiledVersion;
  calendar: Calendar;
  clocks: PlannedClock[];
  windows: PlannedClock[];
  /** Normalised id, name or keyword → category id. */
  categories: Map<string, string>;
  categoryKeywords: [string, string][];
  departments: Map<string, string>;
  /** The names, for diagnostics about unknown values. */
  knownCategories: string;
  knownDepartments: string;
  /** Category id → name, for the words of `assumed`. */
  nameOf: (id: string) => string;
  recusal?: ArticleRef;
  /** 保密 (docs/check-results.md): only material of these categories; an empty 类别 per `if_empty` (default assume). */
  confidentiality?: { basis: ArticleRef; categories: string[]; ifEmpty: EmptyTreatment };
}

/** Lookup key for names: no spaces, lower case. */
export const nameKey = (text: string): string => text.replace(/[\s\u3000]+/g, '').toLowerCase();

/** Prepare a version: one calendar, one entry per clock and window. */
export function planVersion(version: CompiledVersion): VersionPlan {
  const calendar = buildCalendar(version.calendar);
  let slot = 0;
  // A due_by-only clock has no limit of its own; it is judged only where a case records its due date.
  const clocks = version.clocks.map(
    (clock): PlannedClock => ({
      slot: slot++,
      clock,
      kind: 'clock',
      groupReport: clock.until.events.includes('reported') && testsField(clock.when?.test, 'persons'),
      timed: clock.limit?.unit === 'hours' || clock.limit?.unit === 'minutes',
    }),
  );
  const windows = version.windows.map(
    (w): PlannedClock => ({ slot: slot++, clock: w, kind: 'window', groupReport: false, timed: w.limit.unit === 'hours' || w.limit.unit === 'minutes' }),
  );
  const categories = new Map<string, string>();
  const categoryKeywords: [string, string][] = [];
  for (const c of version.categories) {
    categories.set(nameKey(c.id), c.id);
    categories.set(nameKey(c.name), c.id);
    for (const k of c.keywords ?? []) categoryKeywords.push([nameKey(k), c.id]);
  }
  const departments = new Map<string, string>();
  for (const d of version.departments) {
    departments.set(nameKey(d.id), d.id);
    departments.set(nameKey(d.name), d.id);
  }
  return {
    version,
    calendar,
    clocks,
    windows,
    categories,
    categoryKeywords,
    departments,
    knownCategories: version.categories.map((c) => c.name).join('、'),
    knownDepartments: version.departments.map((d) => d.name).join('、'),
    nameOf: (id) => version.categories.find((k) => k.id === id)?.name ?? id,
    ...(version.discipline.recusal ? { recusal: version.discipline.recusal } : {}),
    ...(version.discipline.confidentiality
      ? { confidentiality: { basis: version.discipline.confidentiality.basis, categories: version.discipline.confidentiality.categories, ifEmpty: version.discipline.confidentiality.if_empty ?? 'assume' } }
      : {}),
  };
}

// Both lookups first try the text as written: the maps' keys are already in `nameKey` form, so a
// hit means the same entry the normalised text would find, without the regex a million rows would
// otherwise run.

/** The category id a ledger's 类别 text names (id, name, or a keyword it contains), if any. */
export function resolveCategory(plan: VersionPlan, text: string): string | undefined {
  const exact = plan.categories.get(text);
  if (exact !== undefined) return exact;
  const key = nameKey(text);
  return plan.categories.get(key) ?? plan.categoryKeywords.find(([k]) => key.includes(k))?.[1];
}

/** The department id a ledger's 承办部门 text names, if any. */
export function resolveDepartment(plan: VersionPlan, text: string): string | undefined {
  return plan.departments.get(text) ?? plan.departments.get(nameKey(text));
}
