/**
 * What a check of the rule schema (rules.schema.json) expects, in each language, for SCHEMA_TYPE,
 * SCHEMA_FORMAT and SCHEMA_INVALID. The schema's descriptions and ajv's messages are English and a
 * pattern is a regular expression; none of them belongs in a Chinese message, so each type, format
 * and pattern the schema uses has its words here (test/rules/schema-words.test.ts checks that every
 * one does). Pure.
 */
import type { ErrorObject } from 'ajv';

/** What a value should be, and how to write it, in Chinese; what it should be in English. */
interface Expectation {
  zh: string;
  hintZh: string;
  en: string;
}

/** JSON types as a rule file writes them (YAML). */
const TYPES: Record<string, Expectation> = {
  string: { zh: '文本', hintZh: '写成文字；全是数字或写 true、false 的文字须加引号，如 "0571"', en: 'text' },
  number: { zh: '数字', hintZh: '写成数字，不加引号，如 0.3', en: 'a number' },
  integer: { zh: '整数', hintZh: '写成整数，不加引号，如 30', en: 'a whole number' },
  boolean: { zh: '是或否（true/false）', hintZh: '写 true（是）或 false（否），不加引号', en: 'true or false' },
  object: { zh: '若干项（键: 值）', hintZh: '在下一行缩进两格，逐项写“键: 值”', en: 'a mapping of keys to values' },
  array: { zh: '列表', hintZh: '每项一行，以“- ”开头；或写在方括号中，以逗号分隔，如 [a1, a2]', en: 'a list' },
};

/** The schema's string formats and patterns (by the pattern's source). */
const FORMS: Record<string, Expectation> = {
  date: { zh: '应为日期 YYYY-MM-DD', hintZh: '如 2026-03-05：年份四位，月、日各两位，以半角“-”分隔', en: 'a date YYYY-MM-DD' },
  '^[a-z0-9][a-z0-9-]*$': {
    zh: '应为编号（只用小写英文字母、数字和“-”，以字母或数字开头）',
    hintZh: '如 office、dept-2；中文名称写在 name 一项中（在制度工作簿中可只写名称，编号自动生成）',
    en: 'an id: lowercase ASCII letters, digits and hyphens',
  },
  '^([a-z0-9][a-z0-9-]*:)?[a-z0-9][a-z0-9-]*$': {
    zh: '应为条文编号，或“上级规则集编号:条文编号”',
    hintZh: '如 a3；依据上级制度的条文写 national:a12',
    en: 'an article id, or ruleset:article',
  },
  '^[0-9xX×+\\-() （）]+(?:(?:转|分机|ext\\.?|EXT\\.?)\\s*[0-9]+)?$': {
    zh: '应为电话号码（数字、+、-、空格和括号，可带分机号）',
    hintZh: '如 0571-87001234，或 0571-87001234 转 801；尚未确定时可写 x',
    en: 'a phone number: digits, +, -, spaces and parentheses, then an optional extension',
  },
  '^[0-9X×x]{6}$': { zh: '应为六位数字的邮政编码', hintZh: '如 310000；尚未确定时可写 xxxxxx', en: 'a six-digit postcode' },
  '^[^\\s?&#%/:<>"\'\\\\]+@[^\\s?&#%/:<>"\'\\\\]+$': {
    zh: '应为电子邮箱地址（不含 ?、&、%、空格、引号等）',
    hintZh: '如 xfb@example.gov.cn',
    en: 'a plain email address',
  },
  '^(?:https?://[^\\s"\'<>\\\\`]+|[xX×]+)$': {
    zh: '应为以 https:// 或 http:// 开头的网址',
    hintZh: '如 https://www.example.gov.cn/；尚未确定时可写 xxx',
    en: 'an https:// or http:// address',
  },
  '^FREQ=': {
    zh: '应为以 FREQ= 开头的重复规则（RRULE）',
    hintZh: '如每周三写 FREQ=WEEKLY;BYDAY=WE；在制度工作簿中可直接写“每周三下午”',
    en: 'an RRULE starting with FREQ=',
  },
  '^([01][0-9]|2[0-3]):[0-5][0-9](-([01][0-9]|2[0-3]):[0-5][0-9])?$': {
    zh: '应为时刻 HH:MM 或时段 HH:MM-HH:MM（24 小时制）',
    hintZh: '如 09:00 或 14:30-17:30',
    en: 'a time HH:mm or a range HH:mm-HH:mm (24-hour clock)',
  },
};

/** The types and forms the words above cover, for the test that holds them to the schema. */
export const WORDED = { types: Object.keys(TYPES), forms: Object.keys(FORMS) };

/** SCHEMA_TYPE's arguments but the description: `integer` → 整数, `string,array` → 文本或列表. */
export function typeWords(type: string): { expected: string; expectedZh: string; hintZh: string } {
  const words = type.split(',').map((t) => TYPES[t] ?? { zh: t, hintZh: '', en: t });
  return {
    expected: words.map((w) => w.en).join(' or '),
    expectedZh: words.map((w) => w.zh).join('或'),
    hintZh: `${words.map((w) => w.hintZh).filter(Boolean).join('；或')}。`,
  };
}

/** SCHEMA_FORMAT's words for a `pattern` or `format` error. */
export function formWords(err: ErrorObject): { expected: string; expectedZh: string; hintZh: string } {
  const key = String(err.params.pattern ?? err.params.format);
  const words = FORMS[key];
  if (words) return { expected: words.en, expectedZh: words.zh, hintZh: `${words.hintZh}。` };
  return { expected: `must match ${key}`, expectedZh: '写法不符合规定', hintZh: '写法见 rules/AUTHORING.md 中该项的说明。' };
}

/** SCHEMA_INVALID's words for the other schema keywords: ajv's English message kept for English. */
export function ruleWords(err: ErrorObject): { detail: string; detailZh: string } {
  return { detail: err.message ?? err.keyword, detailZh: ruleZh(err) };
}

function ruleZh(err: ErrorObject): string {
  const p = err.params as { limit?: number; i?: number; j?: number };
  switch (err.keyword) {
    case 'minLength':
      return p.limit === 1 ? '不能为空' : `至少应有 ${p.limit} 个字`;
    case 'minItems':
    case 'minProperties':
      return `至少应有 ${p.limit} 项`;
    case 'uniqueItems':
      return `第 ${Number(p.j) + 1} 项与第 ${Number(p.i) + 1} 项重复`;
    case 'minimum':
      return `不能小于 ${p.limit}`;
    case 'maximum':
      return `不能大于 ${p.limit}`;
    case 'anyOf':
      return '不是允许的任何一种写法';
    default:
      return '不符合规则格式';
  }
}
