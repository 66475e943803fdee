/**
 * The appraisal score (考核得分), defined once here and printed in the report:
 *
 *   item total   = count × points, limited by `cap` (same sign as points: −30 = at most 30 deducted)
 *   KPI 达成度 a  = min(1, rate ÷ target)            for KPIs where higher is better
 *                 = 1 if rate ≤ target, else target ÷ rate   for 重复信访率 (lower is better)
 *                 (no target: a = rate, or 1 − rate for 重复信访率)
 *   KPI 达成度 A  = Σ weight × a ÷ Σ weight, over the KPIs with data (none → A = 1)
 *   KPI 得分      = base × A, rounded to 2 decimals
 *   考核得分      = max(0, KPI 得分 + Σ item totals), rounded to 2 decimals
 *
 * Leaving out KPIs without data (and re-weighting the rest) keeps a department with no closed
 * cases from being scored as if it had failed them.
 */
import type { KpiValue } from '../kpi/count.ts';
import { kpiDefinition } from '../kpi/definitions.ts';
import type { ArticleRef, CompiledVersion } from '../rules/compiled.ts';

/** One scored item of a scorecard. */
export interface ItemScore {
  /** `late`, `overdue` or a violation code. */
  on: string;
  label: string;
  count: number;
  points: number;
  cap?: number;
  /** count × points, before the cap. */
  raw: number;
  /** After the cap. */
  total: number;
  basis?: ArticleRef;
}

/** A KPI with its weight, target and attainment. */
export interface KpiScore extends KpiValue {
  name: string;
  weight: number;
  target?: number;
  /** 0–1; null when the KPI has no data or no weight, and is left out of the score. */
  attainment: number | null;
}

/** A scorecard: one department, or the whole organisation. */
export interface Scorecard {
  base: number;
  items: ItemScore[];
  kpis: KpiScore[];
  /** A, 0–1. */
  kpi_attainment: number;
  /** base × A, rounded to 2 decimals. */
  kpi_points: number;
  /** Σ item totals. */
  items_total: number;
  score: number;
}

/** Names of what appraisal items score. */
export const ITEM_LABELS: Record<string, string> = {
  late: '超过时限完成',
  overdue: '逾期未完成',
  EXTENSION_OVER_MAX: '延期超过最长期限',
  EXTENSION_AFTER_DUE: '到期后才批准延期',
  RECUSAL_CONFLICT: '应当回避而未回避',
  CONFIDENTIALITY_BREACH: '转送被反映对象（违反保密规定）',
  GROUP_NOT_REPORTED: '集体访未按时报告',
  EVENTS_OUT_OF_ORDER: '登记日期先后矛盾',
  DUPLICATE_CASE: '案件编号重复',
};

/** Round to 2 decimals (half away from zero, robust to binary fractions such as 1.005). */
export const round2 = (x: number): number => Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9) / 100;

/** count × points, limited by the cap in the same sign as points. */
export function cappedTotal(count: number, points: number, cap: number | undefined): number {
  const raw = count * points;
  if (cap === undefined) return raw;
  return points < 0 ? Math.max(raw, cap) : Math.min(raw, cap);
}

/** A KPI's attainment against its target; null without data. */
export function attainment(rate: number | null, target: number | undefined, better: 'higher' | 'lower'): number | null {
  if (rate === null) return null;
  if (target === undefined) return better === 'higher' ? rate : 1 - rate;
  if (better === 'lower') return rate <= target ? 1 : target / rate;
  return target <= 0 ? 1 : Math.min(1, rate / target);
}

/** The scheme a scorecard follows. */
export type AppraisalScheme = NonNullable<CompiledVersion['appraisal']>;

/** Score one group from its item counts and KPI values. */
export function scoreCard(scheme: AppraisalScheme, counts: ReadonlyMap<string, number>, kpis: readonly KpiValue[]): Scorecard {
  const items = (scheme.items ?? []).map((it): ItemScore => {
    const count = counts.get(it.on) ?? 0;
    return {
      on: it.on,
      label: ITEM_LABELS[it.on] ?? it.on,
      count,
      points: it.points,
      ...(it.cap !== undefined ? { cap: it.cap } : {}),
      raw: count * it.points,
      total: cappedTotal(count, it.points, it.cap),
      ...(it.basis ? { basis: it.basis } : {}),
    };
  });
  // Every KPI the ledger gives is shown; only those the scheme weights count towards the score.
  const scored = kpis.map((v): KpiScore => {
    const def = kpiDefinition(v.id);
    const w = scheme.kpis?.find((k) => k.kpi === v.id);
    return {
      ...v,
      name: def.name,
      weight: w?.weight ?? 0,
      ...(w?.target !== undefined ? { target: w.target } : {}),
      attainment: w ? attainment(v.rate, w.target, def.better) : null,
    };
  });
  const counted = scored.filter((k) => k.attainment !== null && k.weight > 0);
  const weight = counted.reduce((s, k) => s + k.weight, 0);
  const a = weight > 0 ? counted.reduce((s, k) => s + k.weight * k.attainment!, 0) / weight : 1;
  const kpiPoints = round2(scheme.base * a);
  const itemsTotal = round2(items.reduce((s, i) => s + i.total, 0));
  return { base: scheme.base, items, kpis: scored, kpi_attainment: a, kpi_points: kpiPoints, items_total: itemsTotal, score: Math.max(0, round2(kpiPoints + itemsTotal)) };
}
