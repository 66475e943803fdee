/**
 * Diagnostic codes of deadline input (the `xinfang deadline` command and its `--batch` CSV).
 * Codes are permanent: deprecate, never rename.
 */
import { registerCodes, type Codes } from '../diagnostics/catalogue.ts';
import { describeLimitReason } from './limit.ts';

/** The deadline stage's codes, registered in the catalogue at import. */
export const DEADLINE_CODES: Codes = registerCodes({
  DEADLINE_BAD_DATE: {
    severity: 'error',
    title: 'Start date not recognised',
    zh: (a) => `无法识别起算日期“${a.value}”。`,
    en: (a) => `The start date "${a.value}" is not recognised.`,
    hintZh: () => '写成 YYYY-MM-DD，可带时刻：2024-03-05 或 2024-03-05T14:30。',
    hintEn: () => 'Write YYYY-MM-DD, optionally with a time: 2024-03-05 or 2024-03-05T14:30.',
  },
  DEADLINE_BAD_LIMIT: {
    severity: 'error',
    title: 'Time limit not recognised',
    zh: (a) => `时限无效：${describeLimitReason(a.reason, a.value, 'zh')}。`,
    en: (a) => `Invalid time limit: ${describeLimitReason(a.reason, a.value, 'en')}.`,
    hintZh: () => '例如 15日、15个工作日、2个月、24小时、30分钟、当日。',
    hintEn: () => 'For example 15d, 15wd, 2m, 24h, 30min or 当日.',
  },
  DEADLINE_BAD_ROLL: {
    severity: 'error',
    title: 'Unknown roll mode',
    zh: (a) => `顺延方式“${a.value}”无效。`,
    en: (a) => `Unknown roll mode "${a.value}".`,
    hintZh: () => '可用 next-workday（顺延至下一工作日，默认）或 none（不顺延）。',
    hintEn: () => 'Use next-workday (the default) or none.',
  },
  DEADLINE_BAD_EXTENSION: {
    severity: 'error',
    title: 'Extension in an incompatible unit',
    zh: (a) => `延长期限 ${a.extension} 不能加在时限 ${a.limit} 上。`,
    en: (a) => `The extension ${a.extension} cannot be added to the limit ${a.limit}.`,
    hintZh: () => '日、工作日、月之间可以相加；小时与分钟之间可以相加；“当日”不能延长。',
    hintEn: () => 'Days, working days and months combine; hours and minutes combine; a same-day limit cannot be extended.',
  },
  DEADLINE_BATCH_HEADER: {
    severity: 'error',
    title: 'Batch CSV lacks a required column',
    zh: (a) => `批量文件缺少“${a.column}”列。`,
    en: (a) => `The batch file has no "${a.column}" column.`,
    hintZh: () => '第一行应为表头 from,limit[,roll][,extension]。',
    hintEn: () => 'The first row must be the header from,limit[,roll][,extension].',
  },
  DEADLINE_BATCH_UNREADABLE: {
    severity: 'error',
    title: 'Batch file cannot be read',
    zh: (a) => `无法读取批量文件：${a.detail}`,
    en: (a) => `The batch file cannot be read: ${a.detail}`,
  },
  DEADLINE_PROVISIONAL: {
    severity: 'warning',
    title: 'Provisional deadline',
    zh: (a) => `结果为暂定：${a.years} 年尚无国务院办公厅节假日安排通知，只计《全国年节及纪念日放假办法》规定的节日及补假${a.rows ? `（共 ${a.rows} 行）` : ''}。`,
    en: (a) => `Provisional: no State Council holiday notice for ${a.years} yet; counted on the statutory holidays and days off in lieu only${a.rows ? ` (${a.rows} rows)` : ''}.`,
    hintZh: () => '通知公布后用 xinfang calendar import 通知.txt 生成 data/calendars/ 中的年度文件，再重新计算。',
    hintEn: () => 'Once the notice is published, add its year file under data/calendars/ with xinfang calendar import NOTICE.txt, and compute again.',
  },
});
