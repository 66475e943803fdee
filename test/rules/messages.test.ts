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
import type { CatalogueDiagnostic } from '../../src/diagnostics/catalogue.ts';

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
