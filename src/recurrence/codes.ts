/**
 * Diagnostic codes of RRULE checks and expansion (parse-rrule.ts, occurs.ts, expand.ts).
 * Permanent: never rename. Registered with src/rules/codes.ts.
 */
import { registerCodes } from '../diagnostics/catalogue.ts';

const s = (v: unknown) => String(v ?? '');

export const RECURRENCE_CODES = registerCodes({
  RRULE_SYNTAX: {
    severity: 'error',
    title: 'RRULE that is not NAME=VALUE;…',
    zh: (a) => `重复规则（RRULE）写法有误：“${s(a.text)}”。`,
    en: (a) => `The RRULE is malformed at "${s(a.text)}".`,
    hintZh: (a) => `写成用分号隔开的“名称=值”，只用大写字母、数字和 , + -，每个名称一次，COUNT 与 UNTIL 不同时用，总长不超过 ${s(a.max)} 个字符；不能换行。`,
    hintEn: (a) => `Write NAME=VALUE pairs separated by semicolons, in capitals, digits and , + - only, each name once, not both COUNT and UNTIL, at most ${s(a.max)} characters; no line breaks.`,
  },
  RRULE_PART_UNKNOWN: {
    severity: 'error',
    title: 'RRULE part that is not supported',
    zh: (a) => `重复规则中的“${s(a.part)}”不受支持。`,
    en: (a) => `The RRULE part ${s(a.part)} is not supported.`,
    hintZh: () => '可用 FREQ、INTERVAL、COUNT、UNTIL、BYDAY、BYMONTHDAY、BYYEARDAY、BYWEEKNO、BYMONTH、BYSETPOS、BYHOUR、BYMINUTE、BYSECOND、WKST；EXRULE 不用，节假日除外写 on_holiday: skip。',
    hintEn: () => 'Use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, BYHOUR, BYMINUTE, BYSECOND, WKST; no EXRULE — write on_holiday: skip to leave out holidays.',
  },
  RRULE_FREQ_TOO_FINE: {
    severity: 'error',
    title: 'RRULE more frequent than daily',
    zh: (a) => `重复规则的频率 ${s(a.freq)} 短于一天；接待日和工作安排以日为单位。`,
    en: (a) => `The RRULE frequency ${s(a.freq)} is finer than a day; reception days and schedules are dates.`,
    hintZh: () => '用 FREQ=DAILY、WEEKLY、MONTHLY 或 YEARLY；具体时间写在 time（如 09:00-12:00）。',
    hintEn: () => 'Use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY; put the time of day in time (e.g. 09:00-12:00).',
  },
  RRULE_VALUE_OUT_OF_RANGE: {
    severity: 'error',
    title: 'RRULE value out of range',
    zh: (a) => `重复规则中 ${s(a.part)}=${s(a.value)} 超出允许范围（${s(a.range)}）。`,
    en: (a) => `In the RRULE, ${s(a.part)}=${s(a.value)} is outside what is allowed (${s(a.range)}).`,
    hintZh: () => '按 RFC 5545 的取值范围填写，如 BYHOUR 0…23、BYMONTH 1…12、BYMONTHDAY ±1…±31；INTERVAL 至多 100，COUNT 至多 1000。',
    hintEn: () => 'Use RFC 5545 ranges, e.g. BYHOUR 0…23, BYMONTH 1…12, BYMONTHDAY ±1…±31; INTERVAL at most 100, COUNT at most 1000.',
  },
  RRULE_NEVER_OCCURS: {
    severity: 'error',
    title: 'RRULE that gives no date',
    zh: (a) => `重复规则自 ${s(a.start)} 起不会落在任何一天（如 2 月 30 日、每月第 6 个星期一）。`,
    en: (a) => `The RRULE gives no date from ${s(a.start)} on (like 30 February or a sixth Monday).`,
    hintZh: () => '检查 BYMONTH、BYMONTHDAY、BYDAY、BYSETPOS、INTERVAL 与 UNTIL 是否相互矛盾。',
    hintEn: () => 'Check that BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS, INTERVAL and UNTIL do not contradict each other.',
  },
  RECURRENCE_CAPPED: {
    severity: 'warning',
    title: 'Recurrence expansion cut short',
    zh: (a) => `“${s(a.id)}”展开的日期超过 ${s(a.cap)} 个，只列出前 ${s(a.cap)} 个。`,
    en: (a) => `"${s(a.id)}" gives more than ${s(a.cap)} dates; only the first ${s(a.cap)} are listed.`,
    hintZh: () => '接待日和工作安排通常每年不超过几百次；检查 RRULE 是否写得过密（如 BYHOUR 列出了许多小时）。',
    hintEn: () => 'Reception days and duties rarely exceed a few hundred a year; check whether the RRULE is too dense (e.g. many BYHOUR values).',
  },
  RECURRENCE_INVALID: {
    severity: 'error',
    title: 'Recurrence skipped: its RRULE is not valid',
    zh: (a) => `“${s(a.id)}”的重复规则未通过检查，没有展开。`,
    en: (a) => `The RRULE of "${s(a.id)}" did not pass the checks and was not expanded.`,
    hintZh: () => '运行 xinfang validate 查看原因。',
    hintEn: () => 'Run xinfang validate to see why.',
  },
});
