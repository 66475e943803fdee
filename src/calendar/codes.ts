/**
 * Diagnostic codes of the calendar stage (`data/calendars/<id>/<year>.yaml`). Codes are permanent:
 * deprecate, never rename.
 */
import { registerCodes, type Args, type Codes } from '../diagnostics/catalogue.ts';
import type { Lang } from '../diagnostics/diagnostic.ts';
import { weekdayName } from './day.ts';

/** An ajv error in words, from the keyword and its parameters (ajv's own text is English only). */
function schemaDetail(a: Args, lang: Lang): string {
  const zh = lang === 'zh';
  switch (a.keyword) {
    case 'required':
      return zh ? `缺少必填字段 ${a.property}` : `missing required field ${a.property}`;
    case 'additionalProperties':
      return zh ? `未知字段 ${a.property}` : `unknown field ${a.property}`;
    case 'type':
      return zh ? `类型应为 ${a.expected}` : `should be of type ${a.expected}`;
    case 'format':
    case 'pattern':
      return zh ? `格式不符（应为 ${a.expected}）` : `does not match the format ${a.expected}`;
    default:
      return String(a.detail);
  }
}

/** The calendar stage's codes, registered in the catalogue at import. */
export const CALENDAR_CODES: Codes = registerCodes({
  CALENDAR_NOT_FOUND: {
    severity: 'error',
    title: 'Calendar not found',
    zh: (a) => `找不到日历 ${a.id}：${a.dir} 下没有可读的年度文件。`,
    en: (a) => `Calendar ${a.id} not found: no readable year files in ${a.dir}.`,
    hintZh: () => '检查 --calendar 的取值，或在 data/calendars/<id>/ 下按年份建立 YYYY.yaml。',
    hintEn: () => 'Check the --calendar value, or add one YYYY.yaml per year under data/calendars/<id>/.',
  },
  CALENDAR_YAML: {
    severity: 'error',
    title: 'Calendar file is not valid YAML',
    zh: (a) => `日历文件不是有效的 YAML：${a.detail}`,
    en: (a) => `The calendar file is not valid YAML: ${a.detail}`,
    hintZh: () => '对照同目录下的其他年份文件修正缩进或引号。',
    hintEn: () => 'Fix the indentation or quoting; compare with another year in the same folder.',
  },
  CALENDAR_SCHEMA: {
    severity: 'error',
    title: 'Calendar file does not match the schema',
    zh: (a) => `${a.path}：${schemaDetail(a, 'zh')}`,
    en: (a) => `${a.path}: ${schemaDetail(a, 'en')}`,
    hintZh: () => '字段说明见 src/calendar/calendar.schema.json（编辑器可据文件首行自动提示）。',
    hintEn: () => 'The fields are described in src/calendar/calendar.schema.json (editors pick it up from the first line).',
  },
  CALENDAR_FILE_YEAR: {
    severity: 'error',
    title: 'Year does not match the file name',
    zh: (a) => `year 为 ${a.year}，但文件名是 ${a.file}。`,
    en: (a) => `year is ${a.year} but the file is named ${a.file}.`,
    hintZh: () => '每个年度通知一个文件，文件名即年份（2024.yaml）。',
    hintEn: () => 'One file per notice year, named after the year (2024.yaml).',
  },
  CALENDAR_DUPLICATE_YEAR: {
    severity: 'error',
    title: 'Two files for the same year',
    zh: (a) => `${a.year} 年已由 ${a.other} 给出。`,
    en: (a) => `Year ${a.year} is already given by ${a.other}.`,
  },
  CALENDAR_RANGE_ORDER: {
    severity: 'error',
    title: 'Holiday range ends before it starts',
    zh: (a) => `放假区间 ${a.from} 至 ${a.to} 的结束日早于开始日。`,
    en: (a) => `The holiday range ${a.from} to ${a.to} ends before it starts.`,
  },
  CALENDAR_MAKEUP_NOT_WEEKEND: {
    severity: 'error',
    title: 'Make-up working day is not a weekend day',
    zh: (a) => `调休上班日 ${a.date} 是${weekdayName(Number(a.weekday), 'zh')}，本来就是工作日。`,
    en: (a) => `The make-up working day ${a.date} is a ${weekdayName(Number(a.weekday), 'en')}, already a working day.`,
    hintZh: () => '调休上班日应是通知中写明“上班”的星期六或星期日，请对照通知原文。',
    hintEn: () => 'Make-up days are the Saturdays or Sundays the notice says are worked; check the notice.',
  },
  CALENDAR_OVERLAP: {
    severity: 'error',
    title: 'Day listed twice',
    zh: (a) => `${a.date} 同时出现在${a.first}和${a.second}中。`,
    en: (a) => `${a.date} appears both in ${a.first} and in ${a.second}.`,
  },
  CALENDAR_CANCEL_UNKNOWN: {
    severity: 'error',
    title: 'Amendment cancels an unknown make-up day',
    zh: (a) => `修订通知取消的调休上班日 ${a.date} 不在原通知中。`,
    en: (a) => `The amendment cancels ${a.date}, which the original notice does not list as a make-up day.`,
  },
});
