/**
 * The summary of a check (DESIGN §7): counts and the three headline KPIs — 及时受理率, 按期办结率,
 * 答复率 — overall and per department, category and month, each with its definition. Tallies are
 * plain counters updated per finding and per case, so memory does not grow with the ledger.
 */
import type { Lang } from '../diagnostics/diagnostic.ts';
import type { EventName } from '../rules/model.ts';
import type { FindingStatus } from './result.ts';

/** KPI ids (the ids appraisal `kpis` use). */
export type KpiId = 'timely_acceptance' | 'on_time_closure' | 'reply';

/** What a KPI counts, in words, for the reports. */
export interface KpiDefinition {
  id: KpiId;
  name: string;
  numerator: string;
  denominator: string;
  excluded: string;
}

const DEFINITIONS: Record<Lang, KpiDefinition[]> = {
  zh: [
    { id: 'timely_acceptance', name: '及时受理率', numerator: '受理类时限（止于告知日期或受理日期）按期完成的项数', denominator: '受理类时限中已完成（按期或超期）或已逾期的项数', excluded: '尚未到期的待办项；没有受理类时限的制度不计算此项' },
    { id: 'on_time_closure', name: '按期办结率', numerator: '办结类时限（止于办结日期）按期办结的项数', denominator: '办结类时限中已办结（按期或超期）或已逾期的项数', excluded: '尚未到期的在办项' },
    { id: 'reply', name: '答复率', numerator: '填有答复日期的案件数', denominator: '已办结或已答复的案件数', excluded: '尚未办结且未答复的案件' },
  ],
  en: [
    { id: 'timely_acceptance', name: 'Timely acceptance rate', numerator: 'acceptance clocks (stopping at notified or accepted) kept', denominator: 'acceptance clocks stopped (on time or late) or overdue', excluded: 'clocks not yet due; not computed when the rules have no acceptance clock' },
    { id: 'on_time_closure', name: 'On-time closure rate', numerator: 'closure clocks (stopping at closed) kept', denominator: 'closure clocks stopped (on time or late) or overdue', excluded: 'clocks not yet due' },
    { id: 'reply', name: 'Reply rate', numerator: 'cases with a reply date', denominator: 'cases closed or replied to', excluded: 'cases neither closed nor replied to' },
  ],
};

/** The KPI definitions in a language. */
export function kpiDefinitions(lang: Lang): KpiDefinition[] {
  return DEFINITIONS[lang];
}

/** Counters of one group (or of the whole ledger). */
export interface Tally {
  cases: number;
  'on-time': number;
  late: number;
  overdue: number;
  pending: number;
  due_soon: number;
  acceptance: [number, number];
  closure: [number, number];
  reply: [number, number];
}

/** A KPI value: numerator, denominator and rate (null when the denominator is 0). */
export interface KpiValue {
  numerator: number;
  denominator: number;
  rate: number | null;
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
  return { cases: 0, 'on-time': 0, late: 0, overdue: 0, pending: 0, due_soon: 0, acceptance: [0, 0], closure: [0, 0], reply: [0, 0] };
}

const ACCEPTANCE_EVENTS: ReadonlySet<EventName> = new Set(['notified', 'accepted']);

/** Count one finding of a clock stopping at `until`. */
export function tallyFinding(t: Tally, until: EventName, status: FindingStatus, dueSoon: boolean): void {
  t[status]++;
  if (dueSoon) t.due_soon++;
  if (status === 'pending') return;
  const kpi = ACCEPTANCE_EVENTS.has(until) ? t.acceptance : until === 'closed' ? t.closure : undefined;
  if (!kpi) return;
  kpi[1]++;
  if (status === 'on-time') kpi[0]++;
}

/** Count one case. */
export function tallyCase(t: Tally, replied: boolean, closed: boolean): void {
  t.cases++;
  if (replied || closed) t.reply[1]++;
  if (replied) t.reply[0]++;
}

const kpi = ([n, d]: [number, number]): KpiValue => ({ numerator: n, denominator: d, rate: d ? Math.round((n / d) * 10000) / 10000 : null });

/** A tally as JSON. */
export function tallyJson(key: string, t: Tally): TallyJson {
  return {
    key,
    cases: t.cases,
    findings: { 'on-time': t['on-time'], late: t.late, overdue: t.overdue, pending: t.pending, due_soon: t.due_soon },
    kpis: { timely_acceptance: kpi(t.acceptance), on_time_closure: kpi(t.closure), reply: kpi(t.reply) },
  };
}

/** A rate as a percentage for people: `93.5%`, or `—` when there is nothing to count. */
export function formatRate(v: KpiValue): string {
  return v.rate === null ? '—' : `${(v.rate * 100).toFixed(1)}%`;
}
