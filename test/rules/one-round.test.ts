/**
 * Validation in one round: every check that can run does, so five mistakes of five kinds in one
 * file come back together (a schema error in one clock does not hide a routing overlap elsewhere),
 * and limits no 信访 clock can mean are errors. Each case edits the minimal fixture
 * (test/rules/fixtures/minimal/sample: clocks notice 15日 and resolve 30日, four articles).
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSets } from '../../src/rules/load-rulesets.ts';
import { statedEffectiveDate } from '../../src/rules/check-sanity.ts';
import { lineOf, MINIMAL_RULES as BASE, minimalRuleSets } from './minimal-rule-set.ts';

const { work, folder } = minimalRuleSets('one-round');
const check = (text: string, name?: string) => loadRuleSets([folder(text, name)], work).diagnostics;
const edit = (...pairs: [string, string][]) => pairs.reduce((t, [a, b]) => (t.includes(a) ? t.replace(a, b) : t + '\n#missing ' + a), BASE);

describe('one round', () => {
  it('reports five mistakes of five stages together', () => {
    const text = edit(
      ['    limit: 15日\n', '    limit: 15日\n    wran: 3日\n'],
      ['      assist: [office]', '      assist: [ofice]'],
      ['  hit_policy: first', '  hit_policy: unique'],
      ['    limit: 30日', '    limit: 31个月'],
      ['    start: 2024-01-01\n    time: 09:00-11:30', '    start: 2026-02-30\n    time: 09:00-11:30'],
    );
    expect(text).not.toContain('#missing');
    const found = check(text).map((d) => [d.code, d.line]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['SCHEMA_UNKNOWN_KEY', lineOf('wran', text)],
        ['DATE_DOES_NOT_EXIST', lineOf('start: 2026-02-30', text)],
        ['UNKNOWN_REFERENCE', lineOf('assist: [ofice]', text)],
        ['ROUTING_OVERLAP', lineOf('    - lead: office', text)],
        ['LIMIT_TOO_LONG', lineOf('limit: 31个月', text)],
      ]),
    );
  });

  it('does not call a reference to an item the schema rejected unknown', () => {
    // The resolve clock loses its `from`: its own error says so, and the procedure naming it is not flagged.
    const text = edit(['    from: received\n    until: closed', '    until: closed'], ['clocks:\n', 'procedure:\n  - step: handle\n    clocks: [resolve]\n    basis: a3\nclocks:\n']);
    expect(check(text).map((d) => d.code)).toEqual(['SCHEMA_MISSING_KEY']);
  });
});

describe('limits no 信访 clock can mean', () => {
  it.each([
    ['a limit over 12 months', ['    limit: 30日', '    limit: 31个月'], 'LIMIT_TOO_LONG', 'limit: 31个月', '“resolve”的期限 31个月 超过12个月，不是信访工作的时限。'],
    ['400 working days', ['    limit: 30日', '    limit: 400个工作日'], 'LIMIT_TOO_LONG', 'limit: 400个工作日', '“resolve”的期限 400个工作日 超过12个月，不是信访工作的时限。'],
    ['a warning as long as the limit', ['    limit: 30日', '    limit: 30日\n    warn: 40日'], 'WARN_NOT_BEFORE_LIMIT', 'warn: 40日', '“resolve”的提前提醒 40日 不短于期限 30日，每件从第一天起就是临期。'],
    ['a warning of two months on 30 days', ['    limit: 30日', '    limit: 30日\n    warn: 2个月'], 'WARN_NOT_BEFORE_LIMIT', 'warn: 2个月', '“resolve”的提前提醒 2个月 不短于期限 30日，每件从第一天起就是临期。'],
    ['a reversed clock', ['    from: received\n    until: closed', '    from: closed\n    until: received'], 'CLOCK_REVERSED', 'until: received', '“resolve”从办结日期起算，却截止于更早环节的登记日期。'],
    ['an article with another 施行日期', ['    text: 每月第一个星期三为领导接待日。', '    text: 每月第一个星期三为领导接待日。本制度自2023年1月1日起施行。'], 'ARTICLE_EFFECTIVE_DATE', '本制度自2023年1月1日起施行', '第四条写明自 2023-01-01 起施行，与本版本的生效日期 2024-01-01 不一致。'],
  ] as [string, [string, string], string, string, string][])('%s is an error', (_name, pair, code, line, message) => {
    const text = edit(pair);
    const d = check(text).find((x) => x.code === code);
    expect(d).toMatchObject({ severity: 'error', line: lineOf(line, text), message });
  });

  it.each([
    ['a warning shorter than the limit', ['    limit: 30日', '    limit: 30日\n    warn: 5个工作日']],
    ['a 90-day limit', ['    limit: 30日', '    limit: 90日']],
    ['the 施行日期 of the version', ['    text: 每月第一个星期三为领导接待日。', '    text: 本制度自二〇二四年一月一日起施行。']],
  ] as [string, [string, string]][])('%s passes', (_name, pair) => {
    expect(check(edit(pair)).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a file name that disagrees with effective_from is an error', () => {
    const d = check(BASE, '2024-01-10.yaml').find((x) => x.code === 'VERSION_FILE_NAME');
    expect(d).toMatchObject({ severity: 'error', message: '生效日期 2024-01-01 与文件名不一致，文件名应为 2024-01-01.yaml。' });
  });

  it.each([
    ['本制度自2026年1月1日起施行。', '2026-01-01'],
    ['本办法自二〇二七年三月十五日起实施', '2027-03-15'],
    ['本条例自2022年5月1日起施行。', '2022-05-01'],
    ['本制度自发布之日起施行。', undefined],
  ])('%s states %s', (text, date) => expect(statedEffectiveDate(text)).toBe(date));
});
