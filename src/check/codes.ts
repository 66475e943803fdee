/**
 * Codes of the check stage: diagnostics about ledger values that only the rules can judge
 * (unknown 类别 / 承办部门, no version in force, incomplete extension, duplicate 编号), and the
 * messages of violations (docs/check-results.md; codes from `VIOLATION_CODES` in src/rules/model.ts).
 * Codes are permanent: deprecate, never rename.
 */
import { code, type Arg, type Codes, type CodeSpec } from '../diagnostics/define.ts';
import type { ViolationCode } from '../rules/model.ts';
import { VIOLATION_NAMES } from '../rules/vocabulary.ts';

/** How many rows a summed-up diagnostic stands for, when more than one. */
const moreZh = (a: { count?: number }) => (a.count !== undefined && a.count > 1 ? `（共 ${a.count} 行，此处为首次出现）` : '');
const moreEn = (a: { count?: number }) => (a.count !== undefined && a.count > 1 ? ` (${a.count} rows; this is the first)` : '');

/** The check stage's diagnostic codes. */
export const CHECK_CODES = {
  CHECK_UNKNOWN_CATEGORY: code<{ value: Arg; count?: number; known: Arg }>({
    severity: 'warning',
    title: { zh: '类别不在制度中', en: 'Unknown category ("类别")' },
    zh: {
      message: (a) => `类别“${a.value}”不在制度的类别中${moreZh(a)}；案件照常检查，按类别区分的时限可能不适用。`,
      hint: (a) => `可用类别：${a.known}。`,
    },
    en: {
      message: (a) => `The category "${a.value}" is not one of the rules' categories${moreEn(a)}; the case is still checked, but category-specific clocks may not apply.`,
      hint: (a) => `Known categories: ${a.known}.`,
    },
  }),
  CHECK_EMPTY_CATEGORY: code<{ count?: number; known: Arg }>({
    severity: 'warning',
    title: { zh: '类别未填', en: 'Empty category ("类别")' },
    zh: {
      message: (a) => `类别未填${moreZh(a)}；案件照常检查。`,
      hint: (a) => `可用类别：${a.known}。`,
    },
    en: {
      message: (a) => `The category is empty${moreEn(a)}; the case is still checked.`,
      hint: (a) => `Known categories: ${a.known}.`,
    },
  }),
  CHECK_UNKNOWN_DEPARTMENT: code<{ value: Arg; count?: number; known: Arg }>({
    severity: 'warning',
    title: { zh: '承办部门不在制度中', en: 'Unknown department ("承办部门")' },
    zh: {
      message: (a) => `承办部门“${a.value}”不在制度的部门名单中${moreZh(a)}；案件照常检查。`,
      hint: (a) => `制度中的部门：${a.known}。`,
    },
    en: {
      message: (a) => `The department "${a.value}" is not in the rules' list${moreEn(a)}; the case is still checked.`,
      hint: (a) => `Departments in the rules: ${a.known}.`,
    },
  }),
  CHECK_EMPTY_DEPARTMENT: code<{ count?: number }>({
    severity: 'warning',
    title: { zh: '承办部门未填', en: 'Empty department ("承办部门")' },
    zh: {
      message: (a) => `承办部门未填${moreZh(a)}；案件照常检查，统计时计入“（未填）”。`,
    },
    en: {
      message: (a) => `The department is empty${moreEn(a)}; the case is still checked and counted under "(empty)".`,
    },
  }),
  CHECK_NO_VERSION: code<{ date: Arg; first: Arg }>({
    severity: 'warning',
    title: { zh: '登记时制度尚未施行', en: 'No rule version in force' },
    zh: {
      message: (a) => `登记日期 ${a.date} 早于制度最早版本的生效日期 ${a.first}，本案不计算时限。`,
      hint: () => '核对登记日期，或在规则集中补充当时施行的版本。',
    },
    en: {
      message: (a) => `The registration date ${a.date} is before the first version of the rules (${a.first}); no clocks are computed.`,
      hint: () => 'Check the date, or add the version then in force to the rule set.',
    },
  }),
  CHECK_EXTENSION_INCOMPLETE: code<{ days: number }>({
    severity: 'warning',
    title: { zh: '延期缺少批准日期', en: 'Extension without approval date' },
    zh: {
      message: (a) => `填了延期天数 ${a.days}，但没有延期批准日期；按未延期计算。`,
      hint: () => '补填延期批准日期。',
    },
    en: {
      message: (a) => `An extension of ${a.days} days is given without an approval date; it is not applied.`,
      hint: () => 'Fill in the date the extension was approved.',
    },
  }),
  CHECK_EXTENSION_NOT_ALLOWED: code<{ days: number }>({
    severity: 'warning',
    title: { zh: '适用时限均不允许延期', en: 'Extension where no clock allows one' },
    zh: {
      message: (a) => `填了延期天数 ${a.days}，但本案适用的时限都不允许延期；按未延期计算。`,
    },
    en: {
      message: (a) => `An extension of ${a.days} days is given, but none of the case's clocks allows one; it is not applied.`,
    },
  }),
  CHECK_DUPLICATE_ID: code<{ id: Arg; first: Arg }>({
    severity: 'error',
    title: { zh: '案件编号重复', en: 'Duplicate case number' },
    zh: {
      message: (a) => `编号“${a.id}”与第 ${a.first} 行重复。`,
      hint: () => '编号应唯一；若是同一案件的续办，请合并为一行。',
    },
    en: {
      message: (a) => `The case number "${a.id}" repeats row ${a.first}.`,
      hint: () => 'Case numbers must be unique; merge the rows if they are the same case.',
    },
  }),
  CHECK_EVENT_AFTER_AS_OF: code<{ date: Arg; asOf: Arg }>({
    severity: 'warning',
    title: { zh: '日期晚于检查日期', en: 'Date after the as-of date' },
    zh: {
      message: (a) => `日期 ${a.date} 晚于检查日期 ${a.asOf}，按检查日期时尚未发生处理（登记日期晚于检查日期的，本案不计入）。`,
      hint: () => '核对日期是否录错；或用 --as-of 指定更晚的检查日期。',
    },
    en: {
      message: (a) => `The date ${a.date} is after the as-of date ${a.asOf}; it is treated as not yet happened (a case registered later is left out).`,
      hint: () => 'Check the date for a typo, or give a later --as-of date.',
    },
  }),
  CHECK_NO_TIME: code<{ clock: Arg; count?: number }>({
    severity: 'warning',
    title: { zh: '按小时或分钟计算的时限缺少起算时刻', en: 'Hour or minute clock started from a date without a time' },
    zh: {
      message: (a) => `时限“${a.clock}”按小时或分钟计算，起算日期未写时刻${moreZh(a)}；按当日24时起算（不早于真实期限），结果注明为推定。`,
      hint: () => '在日期后写上时刻，如 2026-03-05 14:30。',
    },
    en: {
      message: (a) => `The clock "${a.clock}" counts hours or minutes, but its start has no time of day${moreEn(a)}; it is counted from 24:00 of that day and marked assumed.`,
      hint: () => 'Write the time after the date, e.g. 2026-03-05 14:30.',
    },
  }),
  CHECK_SKIPPED_EMPTY: code<{ field: Arg; clock: Arg; count?: number }>({
    severity: 'info',
    title: { zh: '所需栏目未填，时限不适用', en: 'Clock not applied: a tested cell is empty' },
    zh: {
      message: (a) => `${a.field}未填，时限“${a.clock}”按制度（if_empty: skip）不适用${moreZh(a)}；已计入汇总 skipped_empty。`,
      hint: (a) => `补填${a.field}后重新检查。`,
    },
    en: {
      message: (a) => `${a.field} is empty, so the clock "${a.clock}" does not apply (if_empty: skip)${moreEn(a)}; counted in the summary's skipped_empty.`,
      hint: (a) => `Fill in ${a.field} and check again.`,
    },
  }),
  CHECK_PROVISIONAL: code<{ count: number; years: Arg }>({
    severity: 'warning',
    title: { zh: '期限为暂定', en: 'Provisional deadlines' },
    zh: {
      message: (a) => `${a.count} 项时限为暂定：${a.years} 年尚无国务院办公厅节假日安排通知，只计《全国年节及纪念日放假办法》规定的节日及补假。`,
      hint: () => '通知公布后用 xinfang calendar import 通知.txt 生成 data/calendars/ 中的年度文件，再重新检查。',
    },
    en: {
      message: (a) => `${a.count} deadlines are provisional: no State Council holiday notice for ${a.years} yet; counted on the statutory holidays and days off in lieu only.`,
      hint: () => 'Once the notice is published, add its year file under data/calendars/ with xinfang calendar import NOTICE.txt, and check again.',
    },
  }),
} satisfies Codes;

/** Messages of the violation codes, zh and en; their titles are the violation names lists and reports use (src/rules/vocabulary.ts). */
export const VIOLATION_MESSAGES = {
  EXTENSION_OVER_MAX: code<{ clockName: Arg; days: number; max: Arg }>({
    severity: 'error',
    title: VIOLATION_NAMES.EXTENSION_OVER_MAX,
    zh: {
      message: (a) => `“${a.clockName}”延期 ${a.days} 日，超过最长 ${a.max}；按 ${a.max} 计算。`,
    },
    en: {
      message: (a) => `"${a.clockName}" was extended by ${a.days} days, more than the maximum ${a.max}; ${a.max} is applied.`,
    },
  }),
  EXTENSION_AFTER_DUE: code<{ clockName: Arg; approved: Arg; due: Arg }>({
    severity: 'error',
    title: VIOLATION_NAMES.EXTENSION_AFTER_DUE,
    zh: {
      message: (a) => `“${a.clockName}”的延期在 ${a.approved} 批准，晚于原期限 ${a.due}；延期不予计入。`,
    },
    en: {
      message: (a) => `The extension of "${a.clockName}" was approved on ${a.approved}, after the original due date ${a.due}; it is not applied.`,
    },
  }),
  RECUSAL_CONFLICT: code<{ handler: Arg }>({
    severity: 'error',
    title: VIOLATION_NAMES.RECUSAL_CONFLICT,
    zh: {
      message: (a) => `承办人“${a.handler}”即被反映对象，应当回避。`,
    },
    en: {
      message: (a) => `The handler "${a.handler}" is the person complained about and should have recused.`,
    },
  }),
  CONFIDENTIALITY_BREACH: code<{ subject: Arg }>({
    severity: 'error',
    title: VIOLATION_NAMES.CONFIDENTIALITY_BREACH,
    zh: {
      message: (a) => `信访事项转送给了被反映对象“${a.subject}”，违反保密规定。`,
    },
    en: {
      message: (a) => `The matter was forwarded to "${a.subject}", the person or unit complained about.`,
    },
  }),
  GROUP_NOT_REPORTED: code<{ persons: Arg; due: Arg } & ({ stop: Arg } | { asOf: Arg })>({
    severity: 'error',
    title: VIOLATION_NAMES.GROUP_NOT_REPORTED,
    zh: {
      message: (a) => ('stop' in a ? `集体访（${a.persons} 人）于 ${a.stop} 才报告，期限为 ${a.due}。` : `集体访（${a.persons} 人）至 ${a.asOf} 仍未报告，期限为 ${a.due}。`),
    },
    en: {
      message: (a) => ('stop' in a ? `The group visit (${a.persons} people) was reported on ${a.stop}, due ${a.due}.` : `The group visit (${a.persons} people) was still not reported on ${a.asOf}, due ${a.due}.`),
    },
  }),
  EVENTS_OUT_OF_ORDER: code<{ laterZh: Arg; laterDate: Arg; earlierZh: Arg; earlierDate: Arg; later: Arg; earlier: Arg }>({
    severity: 'error',
    title: VIOLATION_NAMES.EVENTS_OUT_OF_ORDER,
    zh: {
      message: (a) => `${a.laterZh}（${a.laterDate}）早于${a.earlierZh}（${a.earlierDate}）。`,
    },
    en: {
      message: (a) => `${a.later} (${a.laterDate}) is before ${a.earlier} (${a.earlierDate}).`,
    },
  }),
  DUPLICATE_CASE: code<{ first: Arg }>({
    severity: 'error',
    title: VIOLATION_NAMES.DUPLICATE_CASE,
    zh: {
      message: (a) => `编号与第 ${a.first} 行重复。`,
    },
    en: {
      message: (a) => `The case number repeats row ${a.first}.`,
    },
  }),
} satisfies Record<ViolationCode, CodeSpec<never>>;
