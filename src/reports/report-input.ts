/**
 * What the appraisal, statistics and inspection reports are built from: the compiled rule set,
 * the ledger's cases and the check's findings and violations (docs/check-results.md, `src/check/result.ts`), and the as-of
 * date. Plus the lookups every report needs: department and category names as the rule set
 * spells them, and the clock a finding was counted on.
 */
import type { DayIndex } from '../calendar/day.ts';
import type { Finding, Violation } from '../check/result.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import type { CompiledClock, CompiledRuleSet } from '../rules/compiled.ts';
import { closest } from '../rules/suggest.ts';

/** Everything a report is built from. */
export interface ReportInput {
  ruleset: CompiledRuleSet;
  /** The ledger file as the user named it. */
  ledger: string;
  cases: LedgerCase[];
  findings: Finding[];
  /**
   * Each case's findings by its Excel row (a case's clocks, for the KPIs that need them:
   * src/kpi/count.ts). By row, not by object: the checker judges a copy of a case whose later
   * events it left out (src/check/checker.ts asOfView).
   */
  findingsOf: ReadonlyMap<number, readonly Finding[]>;
  violations: Violation[];
  /**
   * Rows of cases whose events are in an impossible order (EVENTS_OUT_OF_ORDER: closed before
   * received …): 无法判定 — their clocks count in no KPI and no deduction; they are listed as 数据存疑.
   */
  doubtful: ReadonlySet<number>;
  /** The ledger's recognised columns (aliases): a KPI whose column is missing is 不适用. */
  columns: string[];
  /** Findings' statuses are as of this day. */
  asOf: DayIndex;
}

/** Label for cases whose 承办部门 is empty. */
export const NO_DEPARTMENT = '（未填承办部门）';
/** Label for cases whose 类别 is empty. */
export const NO_CATEGORY = '（未分类）';

/** Name lookups across every version of a rule set (the newest spelling wins). */
export interface Names {
  /** 承办部门 as written (id or name) → the department's name; unknown text is kept; empty → {@link NO_DEPARTMENT}. */
  department(text: string | null | undefined): string;
  /** 类别 as written (id or name) → the category's name. */
  category(text: string | null | undefined): string;
  /** The clock a finding was counted on. */
  clock(version: string, id: string): CompiledClock | undefined;
}

/**
 * The known name a misspelt one most likely means: one that holds all its characters in order
 * (医政科 → 医政医管科), the shortest such; else the nearest by edit distance (src/rules/suggest.ts).
 */
export function nearestName(text: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const k of known) {
    let i = 0;
    for (const ch of k) if (ch === text[i]) i++;
    if (i === text.length && k !== text && (best === undefined || k.length < best.length)) best = k;
  }
  return best ?? closest(text, known);
}

/** Build the lookups for a rule set. */
export function namesOf(ruleset: CompiledRuleSet): Names {
  const departments = new Map<string, string>();
  const categories = new Map<string, string>();
  const clocks = new Map<string, CompiledClock>();
  for (const v of ruleset.versions) {
    for (const d of v.departments) departments.set(d.id, d.name).set(d.name, d.name);
    for (const c of v.categories) categories.set(c.id, c.name).set(c.name, c.name);
    for (const c of v.clocks) clocks.set(`${v.version}\u0000${c.id}`, c);
  }
  return {
    department: (t) => (t?.trim() ? (departments.get(t.trim()) ?? t.trim()) : NO_DEPARTMENT),
    category: (t) => (t?.trim() ? (categories.get(t.trim()) ?? t.trim()) : NO_CATEGORY),
    clock: (version, id) => clocks.get(`${version}\u0000${id}`),
  };
}
