/**
 * Schema errors in the reader's language: a wrong type, a value of the wrong form (a date, an id, a
 * phone number, an RRULE, a time) and the other schema rules are told in Chinese words — no regular
 * expression, no ajv message, no English schema description in the Chinese message or hint — and
 * every type, format and pattern of rules.schema.json has its words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localize, type CatalogueDiagnostic } from '../../src/diagnostics/catalogue.ts';
import { checkRuleFile } from '../../src/rules/check-file.ts';
import { parseRuleBytes } from '../../src/rules/parse-yaml.ts';
import schema from '../../src/rules/rules.schema.json' with { type: 'json' };
import { typeWords, WORDED } from '../../src/rules/schema-words.ts';

const BASE = readFileSync(join(import.meta.dirname, 'fixtures/minimal/sample/2024-01-01.yaml'), 'utf8');

/** The schema diagnostics of the fixture with `from` replaced by `to`. */
function schemaErrors(from: string, to: string): CatalogueDiagnostic[] {
  expect(BASE, `fixture has ${from}`).toContain(from);
  const { value } = parseRuleBytes(new TextEncoder().encode(BASE.replace(from, to)), 'sample/2024-01-01.yaml');
  const out: CatalogueDiagnostic[] = [];
  checkRuleFile(value!, out);
  return out.filter((d) => d.code.startsWith('SCHEMA_'));
}

/** Every `key` value anywhere in the schema. */
function valuesOf(node: unknown, key: string, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) valuesOf(item, key, found);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key && typeof v === 'string') found.add(v);
      // A property named `pattern` or `type` is a rule-file key, not a schema keyword.
      if (k !== 'properties') valuesOf(v, key, found);
      else for (const prop of Object.values(v as object)) valuesOf(prop, key, found);
    }
  }
  return found;
}

describe('schema errors in Chinese', () => {
  it.each([
    ['a list for a limit', '    limit: 15日', '    limit: [15]', 'SCHEMA_TYPE', '类型不对：应为文本。', '写成文字；全是数字或写 true、false 的文字须加引号，如 "0571"。'],
    ['words for a yes/no', '      placeholder: true', '      placeholder: 是的', 'SCHEMA_TYPE', '类型不对：应为是或否（true/false）。', '写 true（是）或 false（否），不加引号。'],
    ['a date with slashes', '    start: 2024-01-01', '    start: 2024/1/1', 'SCHEMA_FORMAT', '取值“2024/1/1”格式不对：应为日期 YYYY-MM-DD。', '如 2026-03-05：年份四位，月、日各两位，以半角“-”分隔。'],
    ['a department name as its id', '  - id: union', '  - id: 工会', 'SCHEMA_FORMAT', '取值“工会”格式不对：应为编号（只用小写英文字母、数字和“-”，以字母或数字开头）。', '如 office、dept-2；中文名称写在 name 一项中（在制度工作簿中可只写名称，编号自动生成）。'],
    ['an article reference with a space', '    limit: 15日\n    basis: a3', '    limit: 15日\n    basis: "a 3"', 'SCHEMA_FORMAT', '取值“a 3”格式不对：应为条文编号，或“上级规则集编号:条文编号”。', '如 a3；依据上级制度的条文写 national:a12。'],
    ['words for a phone number', '      number: 010-00000000', '      number: 电话待定', 'SCHEMA_FORMAT', '取值“电话待定”格式不对：应为电话号码（数字、+、-、空格和括号，可带分机号）。', '如 0571-87001234，或 0571-87001234 转 801；尚未确定时可写 x。'],
    ['a website without https://', '  website: https://example.org/', '  website: www.example.org', 'SCHEMA_FORMAT', '取值“www.example.org”格式不对：应为以 https:// 或 http:// 开头的网址。', '如 https://www.example.gov.cn/；尚未确定时可写 xxx。'],
    ['a reception day in words', '    rrule: FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1', '    rrule: 每月第一个星期三', 'SCHEMA_FORMAT', '取值“每月第一个星期三”格式不对：应为以 FREQ= 开头的重复规则（RRULE）。', '如每周三写 FREQ=WEEKLY;BYDAY=WE；在制度工作簿中可直接写“每周三下午”。'],
    ['a time range with 至', '    time: 09:00-11:30', '    time: 9:00至11:30', 'SCHEMA_FORMAT', '取值“9:00至11:30”格式不对：应为时刻 HH:MM 或时段 HH:MM-HH:MM（24 小时制）。', '如 09:00 或 14:30-17:30。'],
    ['an empty title', 'title: 示例单位信访工作制度', 'title: ""', 'SCHEMA_INVALID', '取值不符合规则格式：不能为空。', undefined],
  ])('%s', (_name, from, to, code, message, hint) => {
    const [d, ...rest] = schemaErrors(from, to);
    expect(rest).toEqual([]);
    expect(d?.code).toBe(code);
    expect(d?.message).toBe(message);
    expect(d?.hint).toBe(hint);
    // No regular expression, no ajv message, no English schema description.
    const zh = `${d?.message} ${d?.hint ?? ''}`.replace(/“[^”]*”/g, ' ');
    expect(zh).not.toMatch(/[\^$\\]|\[a-z|\b[A-Za-z]{2,} [A-Za-z]{2,}\b|must/);
    expect(localize(d!, 'en').message.replace(/"[^"]*"/g, ' ')).not.toMatch(/\p{Script=Han}/u);
  });

  it('keeps the English words in English', () => {
    const [d] = schemaErrors('    start: 2024-01-01', '    start: 2024/1/1');
    expect(localize(d!, 'en')).toMatchObject({ message: 'The value "2024/1/1" has the wrong form: a date YYYY-MM-DD.', hint: 'A date YYYY-MM-DD.' });
    const [t] = schemaErrors('    limit: 15日', '    limit: [15]');
    expect(localize(t!, 'en').message).toBe('Wrong type: expected text.');
  });

  it('names either type of a value that may be text or a number', () => {
    expect(typeWords('string,number')).toEqual({
      expected: 'text or a number',
      expectedZh: '文本或数字',
      hintZh: '写成文字；全是数字或写 true、false 的文字须加引号，如 "0571"；或写成数字，不加引号，如 0.3。',
    });
  });

  it('has words for every type, format and pattern the schema uses', () => {
    for (const type of valuesOf(schema, 'type')) expect(WORDED.types, `type ${type}`).toContain(type);
    const forms = [...valuesOf(schema, 'format'), ...valuesOf(schema, 'pattern')];
    expect(forms.length).toBeGreaterThan(5);
    for (const form of forms) expect(WORDED.forms, form).toContain(form);
  });
});
