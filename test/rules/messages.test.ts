/**
 * Messages that say what is wrong in the author's terms: a misspelt key suggests the key one swap
 * away (`wran` → `warn`, not `when`), and a date written right that does not exist says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleFile } from '../../src/rules/check-file.ts';
import { parseRuleBytes } from '../../src/rules/parse-yaml.ts';
import { closest } from '../../src/rules/suggest.ts';
import { localize, type CatalogueDiagnostic } from '../../src/diagnostics/catalogue.ts';

const BASE = readFileSync(join(import.meta.dirname, 'fixtures/minimal/sample/2024-01-01.yaml'), 'utf8');

function check(text: string): CatalogueDiagnostic[] {
  const { value } = parseRuleBytes(new TextEncoder().encode(text), 'sample/2024-01-01.yaml');
  const out: CatalogueDiagnostic[] = [];
  checkRuleFile(value!, out);
  return out;
}

describe('suggestions', () => {
  const CLOCK_KEYS = ['id', 'name', 'from', 'until', 'limit', 'when', 'warn', 'roll', 'basis'];
  it.each([
    ['wran', CLOCK_KEYS, 'warn'],
    ['untli', CLOCK_KEYS, 'until'],
    ['lmiit', CLOCK_KEYS, 'limit'],
    ['wehn', CLOCK_KEYS, 'when'],
    ['zhongyii', ['office', 'zhongyi'], 'zhongyi'],
    ['xyz', CLOCK_KEYS, undefined],
  ])('%s → %s', (name, candidates, expected) => expect(closest(name, candidates)).toBe(expected));

  it('a misspelt key in a clock suggests warn', () => {
    const d = check(BASE.replace('    limit: 15日\n', '    limit: 15日\n    wran: 3日\n')).find((x) => x.code === 'SCHEMA_UNKNOWN_KEY');
    expect(d?.message).toBe('未知的键“wran”。是否想写“warn”？');
  });
});

describe('dates that do not exist', () => {
  it.each([
    ['2026-02-30', '2026年2月没有30日（2026-02-30）。'],
    ['2025-02-29', '2025年2月没有29日（2025-02-29）。'],
    ['2026-04-31', '2026年4月没有31日（2026-04-31）。'],
    ['2026-13-01', '没有13月（2026-13-01）。'],
  ])('%s', (date, message) => {
    const d = check(BASE.replace('    start: 2024-01-01', `    start: ${date}`)).find((x) => x.code === 'DATE_DOES_NOT_EXIST');
    expect(d?.message).toBe(message);
  });

  it('a date in another form is still a format error', () => {
    expect(check(BASE.replace('    start: 2024-01-01', '    start: 2024/1/1')).map((x) => x.code)).toContain('SCHEMA_FORMAT');
  });
});

describe('YAML syntax errors in Chinese words, the package’s English kept for English', () => {
  it.each([
    ['an unclosed bracket', '      assist: [office]', '      assist: [office', '方括号或花括号没有闭合', 'Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['an unclosed quote', '    name: 受理告知', '    name: "受理告知', '缺少必需的符号：引号或括号没有闭合，或列表项缺少“- ”', 'Missing closing "quote'],
    ['an item out of line', '  name: 示例单位', '   name: 示例单位', '缩进不对：同一层的各项应左对齐，下一层比上一层多缩进两格', 'All mapping items must start at the same column'],
    ['a key indented under the one before', '    until: notified', '     until: notified', '冒号或缩进用法不对：一行只写一个“键: 值”（取值中有“: ”须加引号），列表各项的“- ”须对齐', 'Nested mappings are not allowed in compact mappings'],
    ['a tab as indentation', '    name: 受理告知', '\tname: 受理告知', '用了制表符（Tab）缩进，只能用空格缩进', 'Tabs are not allowed as indentation'],
    ['a value starting with @', '    name: 受理告知', '    name: @受理告知', '取值以 @、` 等符号开头，须给整个取值加引号', 'Plain value cannot start with reserved character @'],
  ])('%s', (_name, from, to, zh, en) => {
    expect(BASE).toContain(from);
    const { value, diagnostics } = parseRuleBytes(new TextEncoder().encode(BASE.replace(from, to)), 'sample/2024-01-01.yaml');
    expect(value).toBeUndefined();
    const d = diagnostics.find((x) => x.code === 'YAML_SYNTAX')!;
    expect(d.message).toBe(`YAML 语法错误：${zh}。`);
    expect(localize(d, 'en').message).toContain(`YAML syntax error: ${en}`);
  });
});
