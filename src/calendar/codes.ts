/**
 * Diagnostic codes of the calendar stage (`data/calendars/<id>/<year>.yaml`, and `NOTICE_*` for the
 * notice text read by `xinfang calendar import`). Codes are permanent: deprecate, never rename.
 */
import { code, type Arg, type Codes, type NoArgs } from '../diagnostics/define.ts';
import type { Lang } from '../diagnostics/diagnostic.ts';
import { weekdayName } from './day.ts';

/** The parameters of an ajv error that the calendar messages put in words. */
interface SchemaError {
  path: Arg;
  keyword: Arg;
  property?: Arg;
  expected?: Arg;
  detail?: Arg;
}

/** An ajv error in words, from the keyword and its parameters (ajv's own text is English only). */
const SCHEMA_DETAIL: Record<Lang, Partial<Record<string, (a: SchemaError) => string>>> = {
  zh: {
    required: (a) => `缺少必填字段 ${a.property}`,
    additionalProperties: (a) => `未知字段 ${a.property}`,
    type: (a) => `类型应为 ${a.expected}`,
    format: (a) => `格式不符（应为 ${a.expected}）`,
    pattern: (a) => `格式不符（应为 ${a.expected}）`,
  },
  en: {
    required: (a) => `missing required field ${a.property}`,
    additionalProperties: (a) => `unknown field ${a.property}`,
    type: (a) => `should be of type ${a.expected}`,
    format: (a) => `does not match the format ${a.expected}`,
    pattern: (a) => `does not match the format ${a.expected}`,
  },
};
const schemaDetail = (a: SchemaError, lang: Lang) => SCHEMA_DETAIL[lang][a.keyword]?.(a) ?? String(a.detail);

/** The calendar stage's codes. */
export const CALENDAR_CODES = {
  CALENDAR_NOT_FOUND: code<{ id: Arg; dir: Arg }>({
    severity: 'error',
    title: { zh: '找不到日历', en: 'Calendar not found' },
    zh: {
      message: (a) => `找不到日历 ${a.id}：${a.dir} 下没有可读的年度文件。`,
      hint: () => '检查 --calendar 的取值，或在 data/calendars/<id>/ 下按年份建立 YYYY.yaml。',
    },
    en: {
      message: (a) => `Calendar ${a.id} not found: no readable year files in ${a.dir}.`,
      hint: () => 'Check the --calendar value, or add one YYYY.yaml per year under data/calendars/<id>/.',
    },
  }),
  CALENDAR_YAML: code<{ detailZh: Arg; detail: Arg }>({
    severity: 'error',
    title: { zh: '日历文件不是有效的 YAML', en: 'Calendar file is not valid YAML' },
    zh: {
      message: (a) => `日历文件不是有效的 YAML：${a.detailZh}。`,
      hint: () => '对照同目录下的其他年份文件修正缩进或引号。',
    },
    en: {
      message: (a) => `The calendar file is not valid YAML: ${a.detail}`,
      hint: () => 'Fix the indentation or quoting; compare with another year in the same folder.',
    },
  }),
  CALENDAR_SCHEMA: code<SchemaError>({
    severity: 'error',
    title: { zh: '日历文件格式不符', en: 'Calendar file does not match the schema' },
    zh: {
      message: (a) => `${a.path}：${schemaDetail(a, 'zh')}`,
      hint: () => '字段说明见 src/calendar/calendar.schema.json（编辑器可据文件首行自动提示）。',
    },
    en: {
      message: (a) => `${a.path}: ${schemaDetail(a, 'en')}`,
      hint: () => 'The fields are described in src/calendar/calendar.schema.json (editors pick it up from the first line).',
    },
  }),
  CALENDAR_FILE_YEAR: code<{ year: Arg; file: Arg }>({
    severity: 'error',
    title: { zh: '年份与文件名不一致', en: 'Year does not match the file name' },
    zh: {
      message: (a) => `year 为 ${a.year}，但文件名是 ${a.file}。`,
      hint: () => '每个年度通知一个文件，文件名即年份（2024.yaml）。',
    },
    en: {
      message: (a) => `year is ${a.year} but the file is named ${a.file}.`,
      hint: () => 'One file per notice year, named after the year (2024.yaml).',
    },
  }),
  CALENDAR_DUPLICATE_YEAR: code<{ year: Arg; other: Arg }>({
    severity: 'error',
    title: { zh: '同一年份有两个日历文件', en: 'Two files for the same year' },
    zh: {
      message: (a) => `${a.year} 年已由 ${a.other} 给出。`,
    },
    en: {
      message: (a) => `Year ${a.year} is already given by ${a.other}.`,
    },
  }),
  CALENDAR_RANGE_ORDER: code<{ from: Arg; to: Arg }>({
    severity: 'error',
    title: { zh: '放假区间结束日早于开始日', en: 'Holiday range ends before it starts' },
    zh: {
      message: (a) => `放假区间 ${a.from} 至 ${a.to} 的结束日早于开始日。`,
    },
    en: {
      message: (a) => `The holiday range ${a.from} to ${a.to} ends before it starts.`,
    },
  }),
  CALENDAR_MAKEUP_NOT_WEEKEND: code<{ date: Arg; weekday: number }>({
    severity: 'error',
    title: { zh: '调休上班日不是周末', en: 'Make-up working day is not a weekend day' },
    zh: {
      message: (a) => `调休上班日 ${a.date} 是${weekdayName(a.weekday, 'zh')}，本来就是工作日。`,
      hint: () => '调休上班日应是通知中写明“上班”的星期六或星期日，请对照通知原文。',
    },
    en: {
      message: (a) => `The make-up working day ${a.date} is a ${weekdayName(a.weekday, 'en')}, already a working day.`,
      hint: () => 'Make-up days are the Saturdays or Sundays the notice says are worked; check the notice.',
    },
  }),
  CALENDAR_OVERLAP: code<{ date: Arg; first: Arg; second: Arg }>({
    severity: 'error',
    title: { zh: '同一日期重复列出', en: 'Day listed twice' },
    zh: {
      message: (a) => `${a.date} 同时出现在${a.first}和${a.second}中。`,
    },
    en: {
      message: (a) => `${a.date} appears both in ${a.first} and in ${a.second}.`,
    },
  }),
  NOTICE_NO_TITLE: code<NoArgs>({
    severity: 'error',
    title: { zh: '不是节假日安排通知', en: 'Not a holiday notice' },
    zh: {
      message: () => '找不到通知标题“国务院办公厅关于某年部分节假日安排的通知”，无法确定年份。',
      hint: () => '从中国政府网复制通知全文，包括标题、文号、正文和落款日期。',
    },
    en: {
      message: () => 'No notice title "国务院办公厅关于<year>年部分节假日安排的通知" found, so the year is unknown.',
      hint: () => 'Copy the whole notice from www.gov.cn: title, document number, body and date.',
    },
  }),
  NOTICE_NO_NUMBER: code<NoArgs>({
    severity: 'error',
    title: { zh: '通知缺少文号', en: 'Notice number missing' },
    zh: {
      message: () => '找不到通知文号（国办发明电〔年份〕号数号）。',
      hint: () => '新闻转载常略去文号，请从中国政府网复制原文。',
    },
    en: {
      message: () => 'No document number ("国办发明电〔year〕N号") found in the notice.',
      hint: () => 'News copies often drop the number; copy the text from www.gov.cn.',
    },
  }),
  NOTICE_NO_DATE: code<NoArgs>({
    severity: 'error',
    title: { zh: '通知缺少落款日期', en: 'Notice date missing' },
    zh: {
      message: () => '找不到通知的落款日期（单独一行的“某年某月某日”）。',
    },
    en: {
      message: () => 'No date line (a line holding only "YYYY年M月D日") found at the end of the notice.',
    },
  }),
  NOTICE_URL: code<{ url?: Arg }>({
    severity: 'error',
    title: { zh: '通知网址缺失或不在中国政府网', en: 'Notice address missing or not on www.gov.cn' },
    zh: {
      message: (a) => (a.url ? `通知地址 ${a.url} 不在中国政府网（www.gov.cn）上。` : '没有给出通知在中国政府网（www.gov.cn）上的地址。'),
      hint: () => '用 --url 给出地址，或在通知文本首行写“# https://www.gov.cn/…”。',
    },
    en: {
      message: (a) => (a.url ? `The notice address ${a.url} is not on www.gov.cn.` : 'No address of the notice on www.gov.cn was given.'),
      hint: () => 'Give it with --url, or as a first line "# https://www.gov.cn/…" in the notice text.',
    },
  }),
  NOTICE_NO_HOLIDAYS: code<NoArgs>({
    severity: 'error',
    title: { zh: '通知中没有放假条目', en: 'No holiday items' },
    zh: {
      message: () => '通知中没有“一、元旦：……”这样的编号条目。',
    },
    en: {
      message: () => 'The notice has no numbered items such as "一、元旦：……".',
    },
  }),
  NOTICE_HOLIDAY_NAME: code<{ name: Arg }>({
    severity: 'error',
    title: { zh: '不是法定节日名称', en: 'Unknown holiday name' },
    zh: {
      message: (a) => `“${a.name}”不是法定节日名称（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）。`,
    },
    en: {
      message: (a) => `"${a.name}" is not a statutory holiday ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节").`,
    },
  }),
  NOTICE_DATES: code<NoArgs>({
    severity: 'error',
    title: { zh: '放假日期无法识别', en: 'Dates cannot be read' },
    zh: {
      message: () => '读不出这里的日期：放假安排应写作“某月某日至某日放假”，日期应真实存在。',
      hint: () => '对照中国政府网原文检查这一条是否完整。',
    },
    en: {
      message: () => 'The dates here cannot be read: a holiday is written "M月D日至D日放假", and each date must exist.',
      hint: () => 'Compare this item with the text on www.gov.cn.',
    },
  }),
  NOTICE_DAY_COUNT: code<{ count: number; from: Arg; to: Arg; days: number }>({
    severity: 'error',
    title: { zh: '放假天数与日期区间不符', en: 'Day count does not match the range' },
    zh: {
      message: (a) => `通知写“共${a.count}天”，但 ${a.from} 至 ${a.to} 是 ${a.days} 天。`,
      hint: () => '检查日期或天数是否录错。',
    },
    en: {
      message: (a) => `The notice says ${a.count} days, but ${a.from} to ${a.to} is ${a.days} days.`,
      hint: () => 'Check the dates and the count for a typo.',
    },
  }),
  NOTICE_WEEKDAY: code<{ date: Arg; stated: Arg; weekday: number }>({
    severity: 'error',
    title: { zh: '星期与日期不符', en: 'Weekday does not match the date' },
    zh: {
      message: (a) => `通知写${a.date}是“${a.stated}”，实际是${weekdayName(a.weekday, 'zh')}。`,
      hint: () => '检查日期是否录错，或通知是否属于另一年份。',
    },
    en: {
      message: (a) => `The notice calls ${a.date} "${a.stated}", but it is a ${weekdayName(a.weekday, 'en')}.`,
      hint: () => 'Check the date for a typo, or whether the notice is for another year.',
    },
  }),
  NOTICE_SENTENCE_SKIPPED: code<{ sentence: Arg }>({
    severity: 'warning',
    title: { zh: '含日期的语句未导入', en: 'Sentence with a date not imported' },
    zh: {
      message: (a) => `这句话既不是放假安排也不是调休上班安排，未导入：“${a.sentence}”。`,
      hint: () => '请核对：它若另定了休息日或上班日，需在生成的年度文件中手工补上。',
    },
    en: {
      message: (a) => `This sentence is neither the holiday range nor the make-up working days and was not imported: "${a.sentence}".`,
      hint: () => 'Check it: if it makes another day a rest or working day, add that to the year file by hand.',
    },
  }),
  CALENDAR_CANCEL_UNKNOWN: code<{ date: Arg }>({
    severity: 'error',
    title: { zh: '取消的调休上班日不在原通知中', en: 'Amendment cancels an unknown make-up day' },
    zh: {
      message: (a) => `修订通知取消的调休上班日 ${a.date} 不在原通知中。`,
    },
    en: {
      message: (a) => `The amendment cancels ${a.date}, which the original notice does not list as a make-up day.`,
    },
  }),
} satisfies Codes;
