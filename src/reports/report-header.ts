/**
 * What every report states at its top: whose ledger, which rules, which period, as of when, and the
 * rule that attributes cases and findings to the period (by a stated rule).
 */
import { formatDay, type DayIndex } from '../calendar/day.ts';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { kpiNamesAttributedBy } from '../kpi/definitions.ts';
import type { CompiledRuleSet, CompiledVersion } from '../rules/compiled.ts';
import { versionInForce } from '../rules/version-in-force.ts';
import { periodLabel, type Period } from './period.ts';

/** The header every report carries. */
export interface ReportHeader {
  title: string;
  organisation: string;
  ruleset: string;
  /** The version in force on the period's last day: its scheme, departments and categories are used. */
  version: { version: string; title: string };
  period: { id: string; label: string; from: string; to: string };
  as_of: string;
  ledger: string;
  /** The attribution rules, as printed. */
  attribution: string[];
}

/** The attribution rules; the KPIs' own come from their definitions (`src/kpi/definitions.ts`). */
export const ATTRIBUTION = [
  `时限（每件事项的每个时限；${kpiNamesAttributedBy('due')}、扣分项、督查清单）按到期日归属：到期日在本期内的计入本期，按截至统计日的最终状态计（期末后才办结的，按实际办结日期判定按期或超时）；截至统计日尚未完成也尚未到期的不计。`,
  `已办结事项（${kpiNamesAttributedBy('reply')}、${kpiNamesAttributedBy('closed')}）按办结日期归属；答复率中尚未办结、但答复时限已可判定的事项按该时限的到期日归属；其余未办结的不计。`,
  `来件（统计报表、${kpiNamesAttributedBy('received')}）按登记日期归属；办理状态以统计日为准。`,
  '违规事项按发生日期归属：超期后批准延期、延期超过上限按批准日期，转送被反映对象按转送日期，集体访未报告按报告期限届满日，其余按登记日期。',
  '各指标的公式与台账检查（check）相同，只是按上述规则选取本期事项。',
];

/** The version in force at the end of the period, or a diagnostic saying there is none. */
export function versionForPeriod(ruleset: CompiledRuleSet, period: Period): { version?: CompiledVersion; diagnostics: CatalogueDiagnostic[] } {
  const version = versionInForce(ruleset.versions, formatDay(period.to));
  if (version) return { version, diagnostics: [] };
  const args = { ruleset: ruleset.id, period: period.id, date: formatDay(period.to), first: ruleset.versions[0]?.effective_from ?? '' };
  return { diagnostics: [diagnostic('REPORT_NO_VERSION', args, {})] };
}

/** Build the header. */
export function reportHeader(title: string, version: CompiledVersion, ruleset: CompiledRuleSet, period: Period, asOf: DayIndex, ledger: string): ReportHeader {
  return {
    title: `${version.organisation.name}${periodLabel(period)}${title}`,
    organisation: version.organisation.name,
    ruleset: ruleset.id,
    version: { version: version.version, title: version.title },
    period: { id: period.id, label: periodLabel(period), from: formatDay(period.from), to: formatDay(period.to) },
    as_of: formatDay(asOf),
    ledger,
    attribution: ATTRIBUTION,
  };
}
