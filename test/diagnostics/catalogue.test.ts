/**
 * Every code of the catalogue renders in both languages with example arguments: no placeholder or
 * missing value is left, English texts hold no Chinese and Chinese texts no English prose (only
 * codes, ids, commands and file names). Argument values and quoted text are data and are taken out
 * before the language check; arguments named `…Zh` / `…En` must only appear in their own language.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, STAGE_CODES, entryOf, type Code, type CodeArgs } from '../../src/diagnostics/catalogue.ts';
import type { Lang } from '../../src/diagnostics/diagnostic.ts';

/** Example arguments for every code: a code without an example, or a wrong argument, does not compile. */
const EXAMPLES: { [C in Code]: CodeArgs<C> } = {
  BROWSER_NOT_FOUND: { tried: '/usr/bin/chromium', reason: 'EACCES' },
  BROWSER_FAILED: { path: 'reports/r.xlsx', reason: 'EACCES' },
  CALENDAR_NOT_FOUND: { id: 'c-reply', dir: 'data/calendars/cn' },
  CALENDAR_YAML: { detail: 'bad indentation at line 3' },
  CALENDAR_SCHEMA: { path: '/holidays/0', keyword: 'required', property: 'from', detail: 'must have required property' },
  CALENDAR_FILE_YEAR: { year: 2027, file: '2026.yaml' },
  CALENDAR_DUPLICATE_YEAR: { year: 2027, other: '2022-05-01.yaml' },
  CALENDAR_RANGE_ORDER: { from: 'received', to: '2026-01-03' },
  CALENDAR_MAKEUP_NOT_WEEKEND: { date: '2026-03-05', weekday: 3 },
  CALENDAR_OVERLAP: { date: '2026-03-05', first: '2022-05-01', second: 'workday' },
  NOTICE_NO_TITLE: {},
  NOTICE_NO_NUMBER: {},
  NOTICE_NO_DATE: {},
  NOTICE_URL: { url: 'https://www.gov.cn/notice' },
  NOTICE_NO_HOLIDAYS: {},
  NOTICE_HOLIDAY_NAME: { name: '重点' },
  NOTICE_DATES: {},
  NOTICE_DAY_COUNT: { count: 3, from: 'received', to: '2026-01-03', days: 20 },
  NOTICE_WEEKDAY: { date: '2026-03-05', stated: '星期六', weekday: 3 },
  NOTICE_SENTENCE_SKIPPED: { sentence: '1月1日放假' },
  CALENDAR_CANCEL_UNKNOWN: { date: '2026-03-05' },
  CHECK_UNKNOWN_CATEGORY: { value: '2026-02-30', count: 3, known: 'national, enterprise' },
  CHECK_EMPTY_CATEGORY: { count: 3, known: 'national, enterprise' },
  CHECK_UNKNOWN_DEPARTMENT: { value: '2026-02-30', count: 3, known: 'national, enterprise' },
  CHECK_EMPTY_DEPARTMENT: { count: 3 },
  CHECK_NO_VERSION: { date: '2026-03-05', first: '2022-05-01' },
  CHECK_EXTENSION_INCOMPLETE: { days: 20 },
  CHECK_EXTENSION_NOT_ALLOWED: { days: 20 },
  CHECK_DUPLICATE_ID: { id: 'c-reply', first: '2022-05-01' },
  CHECK_EVENT_AFTER_AS_OF: { date: '2026-03-05', asOf: '2026-06-30' },
  CHECK_NO_TIME: { clock: '答复期限', count: 3 },
  CHECK_SKIPPED_EMPTY: { field: 'persons', clock: '答复期限', count: 3 },
  CHECK_PROVISIONAL: { count: 3, years: '2027' },
  EXTENSION_OVER_MAX: { clockName: '答复期限', days: 20, max: '30日' },
  EXTENSION_AFTER_DUE: { clockName: '答复期限', approved: '2026-04-10', due: '2026-04-03' },
  RECUSAL_CONFLICT: { handler: '张三' },
  CONFIDENTIALITY_BREACH: { subject: '张三' },
  GROUP_NOT_REPORTED: { persons: 5, due: '2026-03-06', asOf: '2026-06-30' },
  EVENTS_OUT_OF_ORDER: { laterZh: '受理日期', laterDate: '2026-03-01', earlierZh: '登记日期', earlierDate: '2026-03-05', later: 'accepted', earlier: 'received' },
  DUPLICATE_CASE: { first: '2022-05-01' },
  DEADLINE_BAD_DATE: { value: '2026-02-30' },
  DEADLINE_BAD_LIMIT: { reason: 'EACCES', value: '2026-02-30' },
  DEADLINE_BAD_ROLL: { value: '2026-02-30' },
  DEADLINE_BAD_EXTENSION: { extension: '30日', limit: '60日' },
  DEADLINE_EXTENSION_CAPPED: { extension: '30日', clock: '答复期限', max: '30日' },
  DEADLINE_NO_EXTENSION: { clock: '答复期限', extension: '30日' },
  DEADLINE_NO_TIME: { from: 'received', limit: '60日' },
  DEADLINE_BATCH_HEADER: { column: 'from' },
  DEADLINE_BATCH_UNREADABLE: { detail: 'bad indentation at line 3' },
  DEADLINE_PROVISIONAL: { years: '2027', rows: 4 },
  INPUT_READ_FAILED: { path: 'ledger.xlsx', reason: 'EACCES' },
  OUTPUT_WRITE_FAILED: { path: 'reports/r.xlsx', reason: 'ENOSPC' },
  OUTPUT_LOCKED: { path: 'reports', pid: 4242, host: 'office-pc', since: '2026-12-01T08:00:00.000Z', lock: 'reports/.xinfang.lock' },
  OUTPUT_IS_INPUT: { flag: '--out', what: 'ledger' },
  OUTPUT_NOT_A_FOLDER: { flag: '--out', path: 'reports/r.xlsx' },
  OUTPUT_NOT_A_FILE: { flag: '--out', path: 'reports/r.xlsx' },
  OUTPUT_IN_RULE_SET: { flag: '--out', dir: 'data/calendars/cn' },
  OUTPUT_BESIDE_INPUT: { flag: '--out', input: 'ledger.xlsx', what: 'ledger' },
  OUTPUT_REPLACES_FOLDER: { flag: '--out', example: 'notes.txt' },
  LEDGER_UNREADABLE: { reason: 'EACCES' },
  LEDGER_CHANGED: {},
  LEDGER_EMPTY: {},
  LEDGER_NOT_A_LEDGER: { kindZh: '上级时限', kindEn: 'a ZIP archive' },
  LEDGER_ENCODING: { offset: 17 },
  LEDGER_ROW_TOO_LONG: { max: '30日' },
  LEDGER_WORKBOOK_DAMAGED: { reasonZh: '压缩数据损坏', reasonEn: 'the compressed data is damaged' },
  LEDGER_SHEET_NOT_FOUND: { sheet: '台账', sheets: 'Sheet1、Sheet2' },
  LEDGER_NO_HEADER: { rows: 4 },
  LEDGER_NO_RECEIVED_COLUMN: {},
  LEDGER_DUPLICATE_COLUMN: { zh: '登记日期', first: '2022-05-01' },
  LEDGER_BAD_DATE: { value: '2026-02-30' },
  LEDGER_BAD_VALUE: { value: '2026-02-30', allowed: '是、否' },
  LEDGER_BAD_NUMBER: { value: '2026-02-30', min: 1 },
  LEDGER_MISSING_RECEIVED: {},
  LEDGER_MISSING_ID: { id: 'c-reply' },
  LEDGER_NOTE_ROW: { value: '2026-02-30' },
  LEDGER_EXTENSION_NO_DAYS: { date: '2026-06-01' },
  LEDGER_FOOTER_ROWS: { rows: '41、42', value: '合计' },
  LEDGER_DIAGNOSTICS_OMITTED: { count: 3, code: 'LEDGER_BAD_DATE' },
  REPORT_NO_VERSION: { ruleset: 'national', period: '2026-Q1', date: '2026-03-05', first: '2022-05-01' },
  REPORT_UNKNOWN_DEPARTMENT: { department: '信访科', cases: 3, nearest: '信访办' },
  REPORT_NO_APPRAISAL: { ruleset: 'national', version: '2022-05-01' },
  RULES_FILE_UNREADABLE: { reason: 'EACCES' },
  RULES_NOT_FOUND: {},
  RULES_TOO_LARGE: { size: 3000000, max: '30日' },
  RULES_NOT_UTF8: { offset: 17 },
  YAML_SYNTAX: { detail: 'bad indentation at line 3' },
  YAML_ALIAS_LIMIT: {},
  YAML_DUPLICATE_KEY: { key: 'effective_from' },
  YAML_TOO_DEEP: { max: '30日' },
  SCHEMA_UNKNOWN_KEY: { key: 'effective_from', suggestion: 'effective_from', allowed: '是、否' },
  SCHEMA_MISSING_KEY: { key: 'effective_from', description: 'Title of the 制度 document.' },
  SCHEMA_TYPE: { expectedZh: '文本', expected: 'string', description: 'Title of the 制度 document.' },
  SCHEMA_ENUM: { value: '2026-02-30', allowed: '是、否' },
  SCHEMA_FORMAT: { value: '2026-02-30', expectedZh: '文本', expected: 'string', description: 'Title of the 制度 document.' },
  SCHEMA_INVALID: { detail: 'bad indentation at line 3', description: 'Title of the 制度 document.' },
  RULESET_MISMATCH: { ruleset: 'national', folder: 'enterprise' },
  DUPLICATE_ID: { kindZh: '上级时限', id: 'c-reply', firstLine: 12, kind: 'clock' },
  UNKNOWN_REFERENCE: { kindZh: '上级时限', id: 'c-reply', suggestion: 'effective_from', kind: 'clock', known: 'national, enterprise' },
  INVALID_LIMIT: { value: '2026-02-30', reason: 'EACCES' },
  EXTENSION_UNIT_MISMATCH: { limit: '60日', max: '30日' },
  CLOCK_SAME_EVENTS: { id: 'c-reply', event: 'received' },
  INVALID_CONDITION_VALUE: { field: 'persons', value: '2026-02-30', allowed: '是、否' },
  EXTENDS_CYCLE: { chain: 'a → b → a' },
  EXTENDS_UNKNOWN: { ruleset: 'national' },
  EXTENDS_NOT_IN_FORCE: { date: '2026-03-05', ruleset: 'national' },
  VERSION_OVERLAP: { date: '2026-03-05', other: '2022-05-01.yaml' },
  VERSION_FILE_NAME: { expected: 'string' },
  CONTACT_NONE: {},
  RULESET_ID_RESERVED: { id: 'search', reserved: 'search, help, api' },
  CONTACT_WEBSITE_INVALID: { value: 'javascript:alert(1)' },
  CONTACT_PHONE_INVALID: { value: 'javascript:alert(1)' },
  CONTACT_EMAIL_INVALID: { value: 'a@b.c?bcc=x@y.z' },
  RRULE_SYNTAX: { text: 'FREQ=MONTHLY;;', max: 500 },
  RRULE_PART_UNKNOWN: { part: 'EXRULE' },
  RRULE_FREQ_TOO_FINE: { freq: 'SECONDLY' },
  RRULE_VALUE_OUT_OF_RANGE: { part: 'BYHOUR', value: '25', range: '0–23' },
  RRULE_NEVER_OCCURS: { start: '2026-03-05' },
  RECURRENCE_INVALID: { id: 'leader-reception' },
  INPUT_NOT_REGULAR_FILE: { path: 'rules/x/2026-01-01.yaml', kindZh: '命名管道', kindEn: 'a named pipe' },
  INPUT_LINK_OUTSIDE: { path: 'rules/x/2026-01-01.yaml', target: '/dev/zero' },
  OUTPUT_NOT_OURS: { path: 'rules/x/2026-01-01.yaml' },
  DEADLINE_BATCH_MALFORMED: { line: 3, problem: 'quote' },
  WORKBOOK_DAMAGED: { reasonZh: '压缩包已损坏', reasonEn: 'the zip is damaged' },
  ROUTING_GAP: { category: '求决', caseZh: '人数为 5', caseEn: 'persons is 5' },
  ROUTING_OVERLAP: { category: '求决', caseZh: '人数为 5', rows: 4, caseEn: 'persons is 5' },
  ROUTING_CHECK_INCOMPLETE: { checked: 22, categories: 600, rows: 1500, budget: 1000000 },
  ROUTING_MORE: { code: 'ROUTING_OVERLAP', count: 12000 },
  ROUTING_UNREACHABLE: { row: 3 },
  APPRAISAL_WEIGHTS: { sum: 0.9 },
  NO_VERSION_IN_FORCE: { ruleset: 'national', date: '2026-03-05', first: '2022-05-01' },
  PLACEHOLDER_UNKNOWN_FIELD: { field: 'persons' },
  WORKBOOK_UNREADABLE: { reason: 'EACCES' },
  WORKBOOK_EXTRA_SHEET: { sheet: '台账', known: 'national, enterprise' },
  WORKBOOK_MISSING_SHEET: { sheet: '台账' },
  WORKBOOK_MERGED_CELLS: { range: 'A1:B2' },
  WORKBOOK_UNKNOWN_COLUMN: { header: '登记日期', known: 'national, enterprise' },
  WORKBOOK_UNKNOWN_FIELD: { field: 'persons' },
  WORKBOOK_DUPLICATE_COLUMN: { header: '登记日期' },
  WORKBOOK_MISSING_COLUMN: { header: '登记日期' },
  WORKBOOK_UNKNOWN_VERSION: { value: '2026-02-30', known: 'national, enterprise' },
  WORKBOOK_BAD_CONDITION: { value: '2026-02-30', reason: 'EACCES' },
  WORKBOOK_BAD_CELL: { value: '2026-02-30', reason: 'EACCES' },
  CLOCK_DUE_BY_ONLY: { id: 'c-reply' },
  CONDITION_EMPTY_UNDECLARED: { fieldZh: '人数', field: 'persons' },
  IF_EMPTY_UNUSED: { fieldZh: '人数', field: 'persons' },
  CLOCK_NO_LIMIT: { id: 'c-reply' },
  DUE_BY_NOT_DUE_DATE: { id: 'c-reply', event: 'received', allowed: '是、否' },
  DUE_DATE_AS_EVENT: { event: 'received' },
  PAUSE_SAME_EVENTS: { id: 'c-reply', event: 'received' },
  PAUSE_NOT_DAY_PERIOD: { id: 'c-visit', limit: '24小时' },
  FALLBACK_SAME_AS_FROM: { id: 'c-reply', event: 'received' },
  EXTENSION_APPROVER_WITHOUT_APPROVAL: { id: 'c-reply' },
  REQUEST_WINDOW_MISMATCH: { id: 'c-reply', window: 'review-window', until: 'reply_sent', from: 'received' },
  REQUEST_WINDOW_NOT_TAKEN: { id: 'c-reply', window: 'review-window' },
  PROCEDURE_STEP_ORDER: { step: 'recheck', order: 'register, accept, reply' },
  PROCEDURE_FINAL_WITHOUT_RECHECK: {},
  DECIDES_NOT_SUPERIOR: { id: 'c-reply' },
  WORKING_DAYS_NOT_DAILY: { id: 'c-reply' },
  WORKING_DAYS_ON_HOLIDAY: { id: 'c-reply' },
  LEVEL_DUPLICATE: { name: '重点', builtIn: '一般、重点' },
  APPRAISAL_TARGET_UNREACHABLE: { on: 'late' },
};

const HAN = /\p{Script=Han}/u;
/** Quoted text is data as printed (a column header, a notice's wording, a limit as written). */
const QUOTED = /"[^"]*"|“[^”]*”/g;
/** English that may stand in Chinese text: commands with their arguments, and one-word names (codes, keys, formats). */
const COMMANDS = /\b(?:xinfang(?: [a-z-]+)+|npm ci|apt-get install \S+)/g;
const ENGLISH_PROSE = /\b[A-Za-z]{2,} [A-Za-z]{2,}\b/;

function render(code: Code, lang: Lang): string[] {
  const texts = entryOf(code)[lang];
  const args = EXAMPLES[code];
  return [texts.message(args), ...(texts.hint ? [texts.hint(args)] : [])];
}

/** The text with every argument value taken out (longest first, so a value inside another goes with it). */
function withoutData(text: string, args: object): string {
  const values = Object.values(args).map(String).filter((v) => v.length > 0);
  values.sort((a, b) => b.length - a.length);
  let out = text;
  for (const v of values) out = out.split(v).join(' ');
  return out;
}

const codes = Object.keys(CATALOGUE) as Code[];

describe('diagnostic catalogue', () => {
  it('keeps every code in exactly one stage table', () => {
    let total = 0;
    for (const table of Object.values(STAGE_CODES)) total += Object.keys(table).length;
    expect(total).toBe(codes.length);
  });

  it.each(codes)('%s renders in both languages without placeholders', (code) => {
    for (const lang of ['zh', 'en'] as const) {
      for (const text of render(code, lang)) {
        expect(text, `${code} ${lang}`).not.toMatch(/undefined|NaN|null|\[object|‹|›/);
        expect(text.trim().length, `${code} ${lang}`).toBeGreaterThan(3);
      }
    }
  });

  it.each(codes)('%s: English text has no Chinese, Chinese text no English prose', (code) => {
    const args = EXAMPLES[code] as Record<string, unknown>;
    const own = (suffix: string) => Object.entries(args).filter(([k]) => k.endsWith(suffix)).map(([, v]) => String(v));
    expect(entryOf(code).title.replace(QUOTED, ' '), `${code} title`).not.toMatch(HAN);
    for (const text of render(code, 'en')) {
      for (const zh of own('Zh')) expect(text, `${code} en shows ${zh}`).not.toContain(zh);
      expect(withoutData(text, args).replace(QUOTED, ' '), `${code} en`).not.toMatch(HAN);
    }
    for (const text of render(code, 'zh')) {
      for (const en of own('En')) expect(text, `${code} zh shows ${en}`).not.toContain(en);
      expect(withoutData(text, args).replace(QUOTED, ' ').replace(COMMANDS, ' '), `${code} zh`).not.toMatch(ENGLISH_PROSE);
    }
  });
});
