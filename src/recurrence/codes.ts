/**
 * Diagnostic codes of RRULE checks and expansion (parse-rrule.ts, occurs.ts, expand.ts).
 * Permanent: never rename. Joined in src/diagnostics/catalogue.ts.
 */
import { code, type Arg, type Codes } from '../diagnostics/define.ts';

export const RECURRENCE_CODES = {
  RRULE_SYNTAX: code<{ text: Arg; max: Arg }>({
    severity: 'error',
    title: { zh: '重复规则写法有误', en: 'RRULE that is not NAME=VALUE;…' },
    zh: {
      message: (a) => `重复规则（RRULE）写法有误：“${a.text}”。`,
      hint: (a) => `写成用分号隔开的“名称=值”，只用大写字母、数字和 , + -，每个名称一次，COUNT 与 UNTIL 不同时用，总长不超过 ${a.max} 个字符；不能换行。`,
    },
    en: {
      message: (a) => `The RRULE is malformed at "${a.text}".`,
      hint: (a) => `Write NAME=VALUE pairs separated by semicolons, in capitals, digits and , + - only, each name once, not both COUNT and UNTIL, at most ${a.max} characters; no line breaks.`,
    },
  }),
  RRULE_PART_UNKNOWN: code<{ part: Arg }>({
    severity: 'error',
    title: { zh: '重复规则含不支持的项', en: 'RRULE part that is not supported' },
    zh: {
      message: (a) => `重复规则中的“${a.part}”不受支持。`,
      hint: () => '可用 FREQ、INTERVAL、COUNT、UNTIL、BYDAY、BYMONTHDAY、BYYEARDAY、BYWEEKNO、BYMONTH、BYSETPOS、BYHOUR、BYMINUTE、BYSECOND、WKST；EXRULE 不用，节假日除外写 on_holiday: skip。',
    },
    en: {
      message: (a) => `The RRULE part ${a.part} is not supported.`,
      hint: () => 'Use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, BYHOUR, BYMINUTE, BYSECOND, WKST; no EXRULE — write on_holiday: skip to leave out holidays.',
    },
  }),
  RRULE_FREQ_TOO_FINE: code<{ freq: Arg }>({
    severity: 'error',
    title: { zh: '重复规则频率短于一天', en: 'RRULE more frequent than daily' },
    zh: {
      message: (a) => `重复规则的频率 ${a.freq} 短于一天；接待日和工作安排以日为单位。`,
      hint: () => '用 FREQ=DAILY、WEEKLY、MONTHLY 或 YEARLY；具体时间写在 time（如 09:00-12:00）。',
    },
    en: {
      message: (a) => `The RRULE frequency ${a.freq} is finer than a day; reception days and schedules are dates.`,
      hint: () => 'Use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY; put the time of day in time (e.g. 09:00-12:00).',
    },
  }),
  RRULE_VALUE_OUT_OF_RANGE: code<{ part: Arg; value: Arg; range: Arg }>({
    severity: 'error',
    title: { zh: '重复规则取值超出范围', en: 'RRULE value out of range' },
    zh: {
      message: (a) => `重复规则中 ${a.part}=${a.value} 超出允许范围（${a.range}）。`,
      hint: () => '按 RFC 5545 的取值范围填写，如 BYHOUR 0…23、BYMONTH 1…12、BYMONTHDAY ±1…±31；INTERVAL 至多 100，COUNT 至多 1000。',
    },
    en: {
      message: (a) => `In the RRULE, ${a.part}=${a.value} is outside what is allowed (${a.range}).`,
      hint: () => 'Use RFC 5545 ranges, e.g. BYHOUR 0…23, BYMONTH 1…12, BYMONTHDAY ±1…±31; INTERVAL at most 100, COUNT at most 1000.',
    },
  }),
  RRULE_NEVER_OCCURS: code<{ start: Arg }>({
    severity: 'error',
    title: { zh: '重复规则不会落在任何一天', en: 'RRULE that gives no date' },
    zh: {
      message: (a) => `重复规则自 ${a.start} 起不会落在任何一天（如 2 月 30 日、每月第 6 个星期一）。`,
      hint: () => '检查 BYMONTH、BYMONTHDAY、BYDAY、BYSETPOS、INTERVAL 与 UNTIL 是否相互矛盾。',
    },
    en: {
      message: (a) => `The RRULE gives no date from ${a.start} on (like 30 February or a sixth Monday).`,
      hint: () => 'Check that BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS, INTERVAL and UNTIL do not contradict each other.',
    },
  }),
  RECURRENCE_INVALID: code<{ id: Arg }>({
    severity: 'error',
    title: { zh: '重复规则有误，未展开', en: 'Recurrence skipped: its RRULE is not valid' },
    zh: {
      message: (a) => `“${a.id}”的重复规则未通过检查，没有展开。`,
      hint: () => '运行 xinfang validate 查看原因。',
    },
    en: {
      message: (a) => `The RRULE of "${a.id}" did not pass the checks and was not expanded.`,
      hint: () => 'Run xinfang validate to see why.',
    },
  }),
} satisfies Codes;
