/**
 * Codes of the check stage: diagnostics about ledger values that only the rules can judge
 * (unknown 类别 / 承办部门, no version in force, incomplete extension, duplicate 编号), and the
 * messages of violations (docs/check-results.md; codes from `VIOLATION_CODES` in src/rules/model.ts).
 * Codes are permanent: deprecate, never rename.
 */
import { registerCodes, type Args, type Codes } from '../diagnostics/catalogue.ts';

const s = (v: unknown) => String(v ?? '');
const more = (a: Args, zh: boolean) =>
  Number(a.count) > 1 ? (zh ? `（共 ${s(a.count)} 行，此处为首次出现）` : ` (${s(a.count)} rows; this is the first)`) : '';

/** The check stage's diagnostic codes. */
export const CHECK_CODES: Codes = registerCodes({
  CHECK_UNKNOWN_CATEGORY: {
    severity: 'warning',
    title: 'Unknown 类别',
    zh: (a) => `类别“${s(a.value)}”不在制度的类别中${more(a, true)}；案件照常检查，按类别区分的时限可能不适用。`,
    en: (a) => `The category "${s(a.value)}" is not one of the rules' categories${more(a, false)}; the case is still checked, but category-specific clocks may not apply.`,
    hintZh: (a) => `可用类别：${s(a.known)}。`,
    hintEn: (a) => `Known categories: ${s(a.known)}.`,
  },
  CHECK_EMPTY_CATEGORY: {
    severity: 'warning',
    title: 'Empty 类别',
    zh: (a) => `类别未填${more(a, true)}；案件照常检查。`,
    en: (a) => `The category is empty${more(a, false)}; the case is still checked.`,
    hintZh: (a) => `可用类别：${s(a.known)}。`,
    hintEn: (a) => `Known categories: ${s(a.known)}.`,
  },
  CHECK_UNKNOWN_DEPARTMENT: {
    severity: 'warning',
    title: 'Unknown 承办部门',
    zh: (a) => `承办部门“${s(a.value)}”不在制度的部门名单中${more(a, true)}；案件照常检查。`,
    en: (a) => `The department "${s(a.value)}" is not in the rules' list${more(a, false)}; the case is still checked.`,
    hintZh: (a) => `制度中的部门：${s(a.known)}。`,
    hintEn: (a) => `Departments in the rules: ${s(a.known)}.`,
  },
  CHECK_EMPTY_DEPARTMENT: {
    severity: 'warning',
    title: 'Empty 承办部门',
    zh: (a) => `承办部门未填${more(a, true)}；案件照常检查，统计时计入“（未填）”。`,
    en: (a) => `The department is empty${more(a, false)}; the case is still checked and counted under "(empty)".`,
  },
  CHECK_NO_VERSION: {
    severity: 'warning',
    title: 'No rule version in force',
    zh: (a) => `登记日期 ${s(a.date)} 早于制度最早版本的生效日期 ${s(a.first)}，本案不计算时限。`,
    en: (a) => `The registration date ${s(a.date)} is before the first version of the rules (${s(a.first)}); no clocks are computed.`,
    hintZh: () => '核对登记日期，或在规则集中补充当时施行的版本。',
    hintEn: () => 'Check the date, or add the version then in force to the rule set.',
  },
  CHECK_EXTENSION_INCOMPLETE: {
    severity: 'warning',
    title: 'Extension without approval date',
    zh: (a) => `填了延期天数 ${s(a.days)}，但没有延期批准日期；按未延期计算。`,
    en: (a) => `An extension of ${s(a.days)} days is given without an approval date; it is not applied.`,
    hintZh: () => '补填延期批准日期。',
    hintEn: () => 'Fill in the date the extension was approved.',
  },
  CHECK_EXTENSION_NOT_ALLOWED: {
    severity: 'warning',
    title: 'Extension where no clock allows one',
    zh: (a) => `填了延期天数 ${s(a.days)}，但本案适用的时限都不允许延期；按未延期计算。`,
    en: (a) => `An extension of ${s(a.days)} days is given, but none of the case's clocks allows one; it is not applied.`,
  },
  CHECK_DUPLICATE_ID: {
    severity: 'error',
    title: 'Duplicate case number',
    zh: (a) => `编号“${s(a.id)}”与第 ${s(a.first)} 行重复。`,
    en: (a) => `The case number "${s(a.id)}" repeats row ${s(a.first)}.`,
    hintZh: () => '编号应唯一；若是同一案件的续办，请合并为一行。',
    hintEn: () => 'Case numbers must be unique; merge the rows if they are the same case.',
  },
  CHECK_EVENT_AFTER_AS_OF: {
    severity: 'warning',
    title: 'Date after the as-of date',
    zh: (a) => `日期 ${s(a.date)} 晚于检查日期 ${s(a.asOf)}，按检查日期时尚未发生处理（登记日期晚于检查日期的，本案不计入）。`,
    en: (a) => `The date ${s(a.date)} is after the as-of date ${s(a.asOf)}; it is treated as not yet happened (a case registered later is left out).`,
    hintZh: () => '核对日期是否录错；或用 --as-of 指定更晚的检查日期。',
    hintEn: () => 'Check the date for a typo, or give a later --as-of date.',
  },
  CHECK_NO_TIME: {
    severity: 'warning',
    title: 'Hour or minute clock started from a date without a time',
    zh: (a) => `时限“${s(a.clock)}”按小时或分钟计算，起算日期未写时刻${more(a, true)}；按当日24时起算（不早于真实期限），结果注明为推定。`,
    en: (a) => `The clock "${s(a.clock)}" counts hours or minutes, but its start has no time of day${more(a, false)}; it is counted from 24:00 of that day and marked assumed.`,
    hintZh: () => '在日期后写上时刻，如 2026-03-05 14:30。',
    hintEn: () => 'Write the time after the date, e.g. 2026-03-05 14:30.',
  },
  CHECK_SKIPPED_EMPTY: {
    severity: 'info',
    title: 'Clock not applied: a tested cell is empty',
    zh: (a) => `${s(a.field)}未填，时限“${s(a.clock)}”按制度（if_empty: skip）不适用${more(a, true)}；已计入汇总 skipped_empty。`,
    en: (a) => `${s(a.field)} is empty, so the clock "${s(a.clock)}" does not apply (if_empty: skip)${more(a, false)}; counted in the summary's skipped_empty.`,
    hintZh: (a) => `补填${s(a.field)}后重新检查。`,
    hintEn: (a) => `Fill in ${s(a.field)} and check again.`,
  },
  CHECK_PROVISIONAL: {
    severity: 'warning',
    title: 'Provisional deadlines',
    zh: (a) => `${s(a.count)} 项时限为暂定：${s(a.years)} 年尚无国务院办公厅节假日安排通知，只计《全国年节及纪念日放假办法》规定的节日及补假。`,
    en: (a) => `${s(a.count)} deadlines are provisional: no State Council holiday notice for ${s(a.years)} yet; counted on the statutory holidays and days off in lieu only.`,
    hintZh: () => '通知公布后用 xinfang calendar import 通知.txt 生成 data/calendars/ 中的年度文件，再重新检查。',
    hintEn: () => 'Once the notice is published, add its year file under data/calendars/ with xinfang calendar import NOTICE.txt, and check again.',
  },
});

/** Messages of the violation codes, zh and en. */
export const VIOLATION_MESSAGES: Codes = registerCodes({
  EXTENSION_OVER_MAX: {
    severity: 'error',
    title: 'Extension over the maximum',
    zh: (a) => `“${s(a.clockName)}”延期 ${s(a.days)} 日，超过最长 ${s(a.max)}；按 ${s(a.max)} 计算。`,
    en: (a) => `"${s(a.clockName)}" was extended by ${s(a.days)} days, more than the maximum ${s(a.max)}; ${s(a.max)} is applied.`,
  },
  EXTENSION_AFTER_DUE: {
    severity: 'error',
    title: 'Extension approved after the due date',
    zh: (a) => `“${s(a.clockName)}”的延期在 ${s(a.approved)} 批准，晚于原期限 ${s(a.due)}；延期不予计入。`,
    en: (a) => `The extension of "${s(a.clockName)}" was approved on ${s(a.approved)}, after the original due date ${s(a.due)}; it is not applied.`,
  },
  RECUSAL_CONFLICT: {
    severity: 'error',
    title: 'Recusal conflict',
    zh: (a) => `承办人“${s(a.handler)}”即被反映对象，应当回避。`,
    en: (a) => `The handler "${s(a.handler)}" is the person complained about and should have recused.`,
  },
  CONFIDENTIALITY_BREACH: {
    severity: 'error',
    title: 'Forwarded to the subject',
    zh: (a) => `信访事项转送给了被反映对象“${s(a.subject)}”，违反保密规定。`,
    en: (a) => `The matter was forwarded to "${s(a.subject)}", the person or unit complained about.`,
  },
  GROUP_NOT_REPORTED: {
    severity: 'error',
    title: 'Group visit not reported in time',
    zh: (a) => (a.stop ? `集体访（${s(a.persons)} 人）于 ${s(a.stop)} 才报告，期限为 ${s(a.due)}。` : `集体访（${s(a.persons)} 人）至 ${s(a.asOf)} 仍未报告，期限为 ${s(a.due)}。`),
    en: (a) => (a.stop ? `The group visit (${s(a.persons)} people) was reported on ${s(a.stop)}, due ${s(a.due)}.` : `The group visit (${s(a.persons)} people) was still not reported on ${s(a.asOf)}, due ${s(a.due)}.`),
  },
  EVENTS_OUT_OF_ORDER: {
    severity: 'error',
    title: 'Events out of order',
    zh: (a) => `${s(a.laterZh)}（${s(a.laterDate)}）早于${s(a.earlierZh)}（${s(a.earlierDate)}）。`,
    en: (a) => `${s(a.later)} (${s(a.laterDate)}) is before ${s(a.earlier)} (${s(a.earlierDate)}).`,
  },
  DUPLICATE_CASE: {
    severity: 'error',
    title: 'Duplicate case number',
    zh: (a) => `编号与第 ${s(a.first)} 行重复。`,
    en: (a) => `The case number repeats row ${s(a.first)}.`,
  },
});
