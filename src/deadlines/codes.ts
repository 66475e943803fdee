/**
 * Diagnostic codes of deadline input (the `xinfang deadline` command and its `--batch` CSV).
 * Codes are permanent: deprecate, never rename.
 */
import { code, type Arg, type Codes } from '../diagnostics/define.ts';
import { fileErrorWords } from '../io/codes.ts';
import { describeLimitReason } from './limit.ts';

/** The deadline stage's codes. */
export const DEADLINE_CODES = {
  DEADLINE_BATCH_MALFORMED: code<{ line: number; problem: Arg }>({
    severity: 'error',
    title: { zh: '批量文件中有一行无法读取', en: 'Batch CSV row that cannot be read' },
    zh: {
      message: (a) => `批量文件第 ${a.line} 行无法读取：${a.problem === 'quote' ? '引号没有配对' : a.problem === 'fields' ? '列数与表头不一致' : '格式有误'}。`,
      hint: () => '用表格软件另存为 CSV（UTF-8），或把含逗号、引号的值整个用英文双引号括起，值中的引号写成两个。',
    },
    en: {
      message: (a) => `Line ${a.line} of the batch file cannot be read: ${a.problem === 'quote' ? 'a quote is not closed' : a.problem === 'fields' ? 'the number of fields differs from the header' : 'malformed'}.`,
      hint: () => 'Save the sheet as CSV (UTF-8) from a spreadsheet program, or put values holding commas or quotes in double quotes, doubling any quote inside.',
    },
  }),
  DEADLINE_BAD_DATE: code<{ value: Arg }>({
    severity: 'error',
    title: { zh: '起算日期无法识别', en: 'Start date not recognised' },
    zh: {
      message: (a) => `无法识别起算日期“${a.value}”。`,
      hint: () => '写成 YYYY-MM-DD，可带时刻：2024-03-05 或 2024-03-05T14:30。',
    },
    en: {
      message: (a) => `The start date "${a.value}" is not recognised.`,
      hint: () => 'Write YYYY-MM-DD, optionally with a time: 2024-03-05 or 2024-03-05T14:30.',
    },
  }),
  DEADLINE_BAD_LIMIT: code<{ reason: Arg; value: Arg }>({
    severity: 'error',
    title: { zh: '时限无法识别', en: 'Time limit not recognised' },
    zh: {
      message: (a) => `时限无效：${describeLimitReason(a.reason, a.value, 'zh')}。`,
      hint: () => '例如 15日、15个工作日、2个月、24小时、30分钟、当日。',
    },
    en: {
      message: (a) => `Invalid time limit: ${describeLimitReason(a.reason, a.value, 'en')}.`,
      hint: () => 'For example 15d, 15wd, 2m, 24h, 30min or "当日".',
    },
  }),
  DEADLINE_BAD_ROLL: code<{ value: Arg }>({
    severity: 'error',
    title: { zh: '顺延方式无效', en: 'Unknown roll mode' },
    zh: {
      message: (a) => `顺延方式“${a.value}”无效。`,
      hint: () => '可用 next-workday（顺延至下一工作日，默认）或 none（不顺延）。',
    },
    en: {
      message: (a) => `Unknown roll mode "${a.value}".`,
      hint: () => 'Use next-workday (the default) or none.',
    },
  }),
  DEADLINE_BAD_EXTENSION: code<{ extension: Arg; limit: Arg }>({
    severity: 'error',
    title: { zh: '延长期限与时限单位不符', en: 'Extension in an incompatible unit' },
    zh: {
      message: (a) => `延长期限 ${a.extension} 不能加在时限 ${a.limit} 上。`,
      hint: () => '日、工作日、月之间可以相加；小时与分钟之间可以相加；“当日”不能延长。',
    },
    en: {
      message: (a) => `The extension ${a.extension} cannot be added to the limit ${a.limit}.`,
      hint: () => 'Days, working days and months combine; hours and minutes combine; a same-day limit cannot be extended.',
    },
  }),
  DEADLINE_EXTENSION_CAPPED: code<{ extension: Arg; clock: Arg; max: Arg }>({
    severity: 'warning',
    title: { zh: '延长超过上限，按上限计算', en: 'Extension beyond the clock maximum: the maximum applied' },
    zh: {
      message: (a) => `延长期限 ${a.extension} 超过时限“${a.clock}”的延长上限 ${a.max}，按上限 ${a.max} 计算。`,
      hint: () => '超过上限的延期不产生效力（与台账检查相同）；如上级另有批准，请按其批准的期限另行计算。',
    },
    en: {
      message: (a) => `The extension ${a.extension} exceeds the maximum ${a.max} of the clock "${a.clock}"; the maximum ${a.max} is applied.`,
      hint: () => 'An extension beyond the maximum has no effect (as in the ledger check).',
    },
  }),
  DEADLINE_NO_EXTENSION: code<{ clock: Arg; extension: Arg }>({
    severity: 'error',
    title: { zh: '该时限不允许延长', en: 'The clock allows no extension' },
    zh: {
      message: (a) => `时限“${a.clock}”的制度条文未规定延期，不能加 ${a.extension}。`,
      hint: () => '去掉 --extension，或改用 --limit 自行给出时限。',
    },
    en: {
      message: (a) => `The clock "${a.clock}" allows no extension; ${a.extension} cannot be added.`,
      hint: () => 'Drop --extension, or give the limit yourself with --limit.',
    },
  }),
  DEADLINE_NO_TIME: code<{ from: Arg; limit: Arg }>({
    severity: 'warning',
    title: { zh: '按小时或分钟计算的时限缺少起算时刻', en: 'Hour or minute limit from a date without a time' },
    zh: {
      message: (a) => `起算日期 ${a.from} 未写时刻，${a.limit} 按当日24时起算。`,
      hint: () => '按小时、分钟计算的期限应自起算时刻计算：写成 2024-03-05T14:30。',
    },
    en: {
      message: (a) => `The start ${a.from} has no time of day; ${a.limit} is counted from 24:00 of that day.`,
      hint: () => 'Hour and minute periods run from the start time: write 2024-03-05T14:30.',
    },
  }),
  DEADLINE_BATCH_HEADER: code<{ column: Arg }>({
    severity: 'error',
    title: { zh: '批量文件缺少必需的列', en: 'Batch CSV lacks a required column' },
    zh: {
      message: (a) => `批量文件缺少“${a.column}”列。`,
      hint: () => '第一行应为表头 from,limit[,roll][,extension]。',
    },
    en: {
      message: (a) => `The batch file has no "${a.column}" column.`,
      hint: () => 'The first row must be the header from,limit[,roll][,extension].',
    },
  }),
  DEADLINE_BATCH_UNREADABLE: code<{ reason: Arg }>({
    severity: 'error',
    title: { zh: '批量文件无法读取', en: 'Batch file cannot be read' },
    zh: {
      message: (a) => `无法读取批量文件：${fileErrorWords(a).zh}。`,
    },
    en: {
      message: (a) => `The batch file cannot be read: ${fileErrorWords(a).en}.`,
    },
  }),
  DEADLINE_PROVISIONAL: code<{ years: Arg; rows?: number }>({
    severity: 'warning',
    title: { zh: '期限为暂定', en: 'Provisional deadline' },
    zh: {
      message: (a) => `结果为暂定：${a.years} 年尚无国务院办公厅节假日安排通知，只计《全国年节及纪念日放假办法》规定的节日及补假${a.rows ? `（共 ${a.rows} 行）` : ''}。`,
      hint: () => '通知公布后用 xinfang calendar import 通知.txt 生成 data/calendars/ 中的年度文件，再重新计算。',
    },
    en: {
      message: (a) => `Provisional: no State Council holiday notice for ${a.years} yet; counted on the statutory holidays and days off in lieu only${a.rows ? ` (${a.rows} rows)` : ''}.`,
      hint: () => 'Once the notice is published, add its year file under data/calendars/ with xinfang calendar import NOTICE.txt, and compute again.',
    },
  }),
} satisfies Codes;
