/**
 * Diagnostic codes of the calendar stage (`data/calendars/<id>/<year>.yaml`, and `NOTICE_*` for the
 * notice text read by `xinfang calendar import`). Codes are permanent: deprecate, never rename.
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
  NOTICE_NO_TITLE: {
    severity: 'error',
    title: 'Not a holiday notice',
    zh: () => '找不到通知标题“国务院办公厅关于某年部分节假日安排的通知”，无法确定年份。',
    en: () => 'No notice title "国务院办公厅关于<year>年部分节假日安排的通知" found, so the year is unknown.',
    hintZh: () => '从中国政府网复制通知全文，包括标题、文号、正文和落款日期。',
    hintEn: () => 'Copy the whole notice from www.gov.cn: title, document number, body and date.',
  },
  NOTICE_NO_NUMBER: {
    severity: 'error',
    title: 'Notice number missing',
    zh: () => '找不到通知文号（国办发明电〔年份〕号数号）。',
    en: () => 'No document number (国办发明电〔year〕N号) found in the notice.',
    hintZh: () => '新闻转载常略去文号，请从中国政府网复制原文。',
    hintEn: () => 'News copies often drop the number; copy the text from www.gov.cn.',
  },
  NOTICE_NO_DATE: {
    severity: 'error',
    title: 'Notice date missing',
    zh: () => '找不到通知的落款日期（单独一行的“某年某月某日”）。',
    en: () => 'No date line (a line holding only "YYYY年M月D日") found at the end of the notice.',
  },
  NOTICE_URL: {
    severity: 'error',
    title: 'Notice address missing or not on www.gov.cn',
    zh: (a) => (a.url ? `通知地址 ${a.url} 不在中国政府网（www.gov.cn）上。` : '没有给出通知在中国政府网（www.gov.cn）上的地址。'),
    en: (a) => (a.url ? `The notice address ${a.url} is not on www.gov.cn.` : 'No address of the notice on www.gov.cn was given.'),
    hintZh: () => '用 --url 给出地址，或在通知文本首行写“# https://www.gov.cn/…”。',
    hintEn: () => 'Give it with --url, or as a first line "# https://www.gov.cn/…" in the notice text.',
  },
  NOTICE_NO_HOLIDAYS: {
    severity: 'error',
    title: 'No holiday items',
    zh: () => '通知中没有“一、元旦：……”这样的编号条目。',
    en: () => 'The notice has no numbered items such as "一、元旦：……".',
  },
  NOTICE_HOLIDAY_NAME: {
    severity: 'error',
    title: 'Unknown holiday name',
    zh: (a) => `“${a.name}”不是法定节日名称（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）。`,
    en: (a) => `"${a.name}" is not a statutory holiday (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节).`,
  },
  NOTICE_DATES: {
    severity: 'error',
    title: 'Dates cannot be read',
    zh: () => '读不出这里的日期：放假安排应写作“某月某日至某日放假”，日期应真实存在。',
    en: () => 'The dates here cannot be read: a holiday is written "M月D日至D日放假", and each date must exist.',
    hintZh: () => '对照中国政府网原文检查这一条是否完整。',
    hintEn: () => 'Compare this item with the text on www.gov.cn.',
  },
  NOTICE_DAY_COUNT: {
    severity: 'error',
    title: 'Day count does not match the range',
    zh: (a) => `通知写“共${a.count}天”，但 ${a.from} 至 ${a.to} 是 ${a.days} 天。`,
    en: (a) => `The notice says ${a.count} days, but ${a.from} to ${a.to} is ${a.days} days.`,
    hintZh: () => '检查日期或天数是否录错。',
    hintEn: () => 'Check the dates and the count for a typo.',
  },
  NOTICE_WEEKDAY: {
    severity: 'error',
    title: 'Weekday does not match the date',
    zh: (a) => `通知写${a.date}是“${a.stated}”，实际是${weekdayName(Number(a.weekday), 'zh')}。`,
    en: (a) => `The notice calls ${a.date} "${a.stated}", but it is a ${weekdayName(Number(a.weekday), 'en')}.`,
    hintZh: () => '检查日期是否录错，或通知是否属于另一年份。',
    hintEn: () => 'Check the date for a typo, or whether the notice is for another year.',
  },
  NOTICE_SENTENCE_SKIPPED: {
    severity: 'warning',
    title: 'Sentence with a date not imported',
    zh: (a) => `这句话既不是放假安排也不是调休上班安排，未导入：“${a.sentence}”。`,
    en: (a) => `This sentence is neither the holiday range nor the make-up working days and was not imported: "${a.sentence}".`,
    hintZh: () => '请核对：它若另定了休息日或上班日，需在生成的年度文件中手工补上。',
    hintEn: () => 'Check it: if it makes another day a rest or working day, add that to the year file by hand.',
  },
  CALENDAR_CANCEL_UNKNOWN: {
    severity: 'error',
    title: 'Amendment cancels an unknown make-up day',
    zh: (a) => `修订通知取消的调休上班日 ${a.date} 不在原通知中。`,
    en: (a) => `The amendment cancels ${a.date}, which the original notice does not list as a make-up day.`,
  },
});
