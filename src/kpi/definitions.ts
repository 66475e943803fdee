/**
 * The seven KPIs (考核指标) — the one place where each is defined: id, name, what the numerator
 * and the denominator count, what is left out, and which date attributes a case to a period.
 * `count.ts` computes exactly what these words say; the `check` summary and reports and the period
 * reports (`report appraisal|statistics`) print these words and use that computation.
 *
 * One formula, two selections: `check` counts the whole ledger as of its as-of date; a period
 * report counts the same items and cases, but only those whose attribution date lies in the
 * period. "Done" always means "done on or before the as-of date" (统计日).
 */
import type { Lang } from '../diagnostics/diagnostic.ts';

/** KPI ids, in report order (the ids rule files' `appraisal.kpis` use; see `rules.schema.json`). */
export const KPI_IDS = ['timely_acceptance', 'on_time_closure', 'reply', 'rating_participation', 'satisfaction', 'repeat', 'first_time_resolution'] as const;
/** A KPI id. */
export type KpiId = (typeof KPI_IDS)[number];

/**
 * The date that attributes a KPI's items to a period: a clock's due date, a case's 办结日期
 * (答复率: or, for an open case, its reply clock's due date), or its 登记日期.
 */
export type KpiAttribution = 'due' | 'closed' | 'reply' | 'received';

/** A KPI's definition in one language, as printed in every report. */
export interface KpiDefinition {
  id: KpiId;
  name: string;
  /** `higher` is better, or `lower` (重复信访率). */
  better: 'higher' | 'lower';
  numerator: string;
  denominator: string;
  excluded: string;
  /** How a period report attributes its items to the period. */
  attribution: string;
}

type Words = Pick<KpiDefinition, 'name' | 'numerator' | 'denominator' | 'excluded'>;

interface KpiSpec {
  id: KpiId;
  better: 'higher' | 'lower';
  attribution: KpiAttribution;
  zh: Words;
  en: Words;
}

/** The definitions, as data. */
const SPECS: readonly KpiSpec[] = [
  {
    id: 'timely_acceptance', better: 'higher', attribution: 'due',
    zh: {
      name: '及时受理率',
      numerator: '按期完成的受理类时限项（止于告知日期或受理日期的时限，完成日期不晚于到期日）',
      denominator: '截至统计日已可判定的受理类时限项：已完成（按期或超期）或已到期仍未完成（逾期）',
      excluded: '尚未完成且尚未到期的时限项；规则未设受理类时限的，本指标不适用',
    },
    en: {
      name: 'Timely acceptance rate',
      numerator: 'acceptance clocks (stopping at notified or accepted) stopped on or before their due date',
      denominator: 'acceptance clocks decided by the as-of date: stopped (on time or late) or past due without a stop (overdue)',
      excluded: 'clocks neither stopped nor yet due; not applicable when the rules have no acceptance clock',
    },
  },
  {
    id: 'on_time_closure', better: 'higher', attribution: 'due',
    zh: {
      name: '按期办结率',
      numerator: '按期完成的办结类时限项（止于办结日期的时限，到期日含批准的延期）',
      denominator: '截至统计日已可判定的办结类时限项：已办结（按期或超期）或已到期仍未办结（逾期）',
      excluded: '尚未办结且尚未到期的时限项',
    },
    en: {
      name: 'On-time closure rate',
      numerator: 'closure clocks (stopping at closed; due date includes an approved extension) stopped on or before their due date',
      denominator: 'closure clocks decided by the as-of date: closed (on time or late) or past due without closing (overdue)',
      excluded: 'clocks neither stopped nor yet due',
    },
  },
  {
    id: 'reply', better: 'higher', attribution: 'reply',
    zh: {
      name: '答复率',
      numerator: '应答复事项中填有答复日期（不晚于统计日）的事项',
      denominator: '应答复事项：截至统计日已办结的事项，加上尚未办结、但答复时限（止于答复日期的时限）已可判定的事项',
      excluded: '尚未办结、且没有已可判定答复时限的事项（含已答复但未办结、制度未设答复时限的事项）',
    },
    en: {
      name: 'Reply rate',
      numerator: 'cases due a reply that have a reply date (on or before the as-of date)',
      denominator: 'cases due a reply: closed by the as-of date, plus open cases whose reply clock (stopping at replied) is decided',
      excluded: 'open cases without a decided reply clock (including open cases already replied to under rules with no reply clock)',
    },
  },
  {
    id: 'rating_participation', better: 'higher', attribution: 'closed',
    zh: {
      name: '参评率',
      numerator: '已办结事项中信访人作出评价（满意、基本满意或不满意）的事项',
      denominator: '截至统计日已办结的事项',
      excluded: '未办结的事项',
    },
    en: {
      name: 'Rating participation rate',
      numerator: 'closed cases the petitioner rated (satisfied, fairly satisfied or dissatisfied)',
      denominator: 'cases closed by the as-of date',
      excluded: 'open cases',
    },
  },
  {
    id: 'satisfaction', better: 'higher', attribution: 'closed',
    zh: {
      name: '满意率',
      numerator: '评价为满意或基本满意的事项',
      denominator: '截至统计日已办结且已评价的事项',
      excluded: '未办结或未评价的事项',
    },
    en: {
      name: 'Satisfaction rate',
      numerator: 'cases rated satisfied or fairly satisfied',
      denominator: 'cases closed by the as-of date and rated',
      excluded: 'open or unrated cases',
    },
  },
  {
    id: 'repeat', better: 'lower', attribution: 'received',
    zh: {
      name: '重复信访率',
      numerator: '同一信访人（身份证号相同，或姓名与联系电话均相同）此前已就同一类别登记过的事项',
      denominator: '截至统计日已登记的事项',
      excluded: '无身份证号、且姓名或联系电话不全的事项无法识别，按非重复计；台账中无任何可识别信访人时本指标不适用',
    },
    en: {
      name: 'Repeat petition rate',
      numerator: 'cases whose petitioner (same ID number, or same name and phone) registered a case of the same category before',
      denominator: 'cases registered by the as-of date',
      excluded: 'cases whose petitioner cannot be identified count as not repeated; not applicable when no case identifies its petitioner',
    },
  },
  {
    id: 'first_time_resolution', better: 'higher', attribution: 'closed',
    zh: {
      name: '一次性化解率',
      numerator: '已办结、未申请复查、且此后同一信访人未就同一类别再次信访的事项',
      denominator: '截至统计日已办结的事项',
      excluded: '未办结的事项',
    },
    en: {
      name: 'First-time resolution rate',
      numerator: 'closed cases with no review request and no later case from the same petitioner on the same category',
      denominator: 'cases closed by the as-of date',
      excluded: 'open cases',
    },
  },
];

const ATTRIBUTION_WORDS: Record<KpiAttribution, Record<Lang, string>> = {
  due: { zh: '按时限的到期日归属期间', en: 'by the clock’s due date' },
  closed: { zh: '按办结日期归属期间', en: 'by the closing date' },
  reply: { zh: '按办结日期归属期间；未办结的按答复时限的到期日归属', en: 'by the closing date; an open case by its reply clock’s due date' },
  received: { zh: '按登记日期归属期间', en: 'by the registration date' },
};

/** The definitions in a language, in report order. */
export function kpiDefinitions(lang: Lang): KpiDefinition[] {
  return SPECS.map((s) => ({ id: s.id, better: s.better, ...s[lang], attribution: ATTRIBUTION_WORDS[s.attribution][lang] }));
}

/** One KPI's definition. */
export function kpiDefinition(id: KpiId, lang: Lang = 'zh'): KpiDefinition {
  return kpiDefinitions(lang).find((d) => d.id === id)!;
}

const LIST_SEPARATOR: Record<Lang, string> = { zh: '、', en: ', ' };

/** The names of the KPIs attributed by `date`, joined for a sentence: `参评率、满意率`. */
export function kpiNamesAttributedBy(date: KpiAttribution, lang: Lang = 'zh'): string {
  return SPECS.filter((s) => s.attribution === date).map((s) => s[lang].name).join(LIST_SEPARATOR[lang]);
}

/** What the KPIs cover: the whole ledger (`check`) or one period (period reports). Printed beside the definitions. */
export const KPI_SCOPE: Record<'ledger' | 'period', Record<Lang, string>> = {
  ledger: {
    zh: '统计范围：台账全部事项；统计日即检查日（as-of），“已完成、已办结、已答复”均指日期不晚于统计日。按期间的考核报告、统计报表用同一公式，只是按各指标的归属日期选取本期事项。',
    en: 'Scope: the whole ledger as of the check date; "stopped", "closed" and "replied" mean on or before that date. The period reports use the same formulas on the items each KPI attributes to the period.',
  },
  period: {
    zh: '统计范围：按各指标的归属日期落在本期内的事项，截至统计日（as-of）；公式与台账检查（check）相同，只是事项的选取按期间。',
    en: 'Scope: the items each KPI attributes to the period, as of the as-of date; the formulas are those of the ledger check, only the selection differs.',
  },
};
