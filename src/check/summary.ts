/**
 * The summary of a check (docs/check-results.md): finding counts and the KPIs, overall and per department,
 * category and month. The KPIs — their definitions and their arithmetic — live in `src/kpi/`
 * (the same ones the period reports use); a check counts the whole ledger as of its as-of date.
 * Tallies are plain counters updated per finding and per case, so memory does not grow with the ledger.
 */
import type { KpiId } from '../kpi/definitions.ts';
import { newKpiCounts, type KpiCounter, type KpiCounts, type KpiTarget, type KpiValue } from '../kpi/count.ts';
import type { FindingStatus } from './result.ts';

/** Counters of one group (or of the whole ledger). */
export interface Tally extends KpiTarget {
  cases: number;
  'on-time': number;
  late: number;
  overdue: number;
  pending: number;
  due_soon: number;
  kpi: KpiCounts;
}

/** A tally as JSON: counts plus KPI values. */
export interface TallyJson {
  key: string;
  cases: number;
  findings: Record<FindingStatus | 'due_soon', number>;
  kpis: Record<KpiId, KpiValue>;
}

/** A fresh tally. */
export function newTally(): Tally {
  return { cases: 0, 'on-time': 0, late: 0, overdue: 0, pending: 0, due_soon: 0, kpi: newKpiCounts() };
}

/** Count one finding's status (its KPIs are counted by the {@link KpiCounter}). */
export function tallyFinding(t: Tally, status: FindingStatus, dueSoon: boolean): void {
  t[status]++;
  if (dueSoon) t.due_soon++;
}

/** A tally as JSON; `kpis` computes the rates once the whole ledger has been counted. */
export function tallyJson(key: string, t: Tally, kpis: KpiCounter): TallyJson {
  return {
    key,
    cases: t.cases,
    findings: { 'on-time': t['on-time'], late: t.late, overdue: t.overdue, pending: t.pending, due_soon: t.due_soon },
    kpis: Object.fromEntries(kpis.values(t).map((v) => [v.id, v])) as Record<KpiId, KpiValue>,
  };
}
