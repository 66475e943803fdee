/**
 * Table-driven rule diagnostics (after typescript-eslint's valid/invalid tables): each invalid case
 * edits the minimal fixture and asserts the code, line and column — never the message wording.
 */
import { describe, expect, it } from 'vitest';
import { lineOf, MINIMAL_RULES as BASE, minimalRuleSets } from './minimal-rule-set.ts';

const { build: check } = minimalRuleSets('rules');

describe('valid rule files', () => {
  it('the minimal fixture compiles with no errors and resolves every basis', async () => {
    const built = await check(BASE);
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const v = built.compiled[0]!.versions[0]!;
    expect(v.clocks.map((c) => c.id)).toEqual(['notice', 'resolve']);
    expect(v.clocks[1]!.basis).toMatchObject({ article: 'a3', number: '第三条' });
    expect(v.clocks[1]!.when!.text.zh).toBe('来源为直接');
    expect(v.articles.find((a) => a.id === 'a3')!.defines.clocks).toEqual(['notice', 'resolve']);
    expect(v.clocks[0]!.source.line).toBe(lineOf('- id: notice'));
  });
});

describe('valid rule files of the rules language v2', () => {
  it.each([
    [
      'a routing row on the rule set\'s own level is reachable',
      (t: string) =>
        t
          .replace('routing:\n', 'levels:\n  - name: 特殊\n    basis: a2\nrouting:\n')
          .replace('    - category: wages\n', '    - when: { level: 特殊 }\n      lead: office\n    - category: wages\n'),
    ],
    ['a test inside not needs no if_empty', (t: string) => t.replace('      source: 直接', '      not: { category: wages }')],
    ['a value test with its empty cell declared', (t: string) => t.replace('      source: 直接', '      category: wages\n    if_empty: { category: skip }')],
  ])('%s', async (_name, edit) => {
    const built = await check(edit(BASE));
    expect(built.diagnostics).toEqual([]);
  });
});

interface Invalid {
  name: string;
  edit: (t: string) => string;
  code: string;
  line: number;
  column: number;
}

const invalid: Invalid[] = [
  {
    name: 'misspelt key in a clock points at the key',
    edit: (t) => t.replace('    until: notified', '    untill: notified'),
    code: 'SCHEMA_UNKNOWN_KEY',
    line: lineOf('until: notified'),
    column: 5,
  },
  {
    name: 'wrong type points at the value',
    edit: (t) => t.replace('    limit: 15日', '    limit: [15]'),
    code: 'SCHEMA_TYPE',
    line: lineOf('limit: 15日'),
    column: 12,
  },
  {
    name: 'unknown department in routing points at the reference',
    edit: (t) => t.replace('      lead: union', '      lead: unoin'),
    code: 'UNKNOWN_REFERENCE',
    line: lineOf('lead: union'),
    column: 13,
  },
  {
    name: 'bad indentation is a YAML syntax error on its line',
    edit: (t) => t.replace('    name: 受理告知\n', '    name: 受理告知\n   bad: indent\n'),
    code: 'YAML_SYNTAX',
    line: lineOf('name: 受理告知') + 1,
    column: 1,
  },
  {
    name: 'invalid limit',
    edit: (t) => t.replace('    limit: 30日', '    limit: 三十天左右'),
    code: 'INVALID_LIMIT',
    line: lineOf('limit: 30日'),
    column: 12,
  },
  {
    name: 'an extension in days on a limit in minutes',
    edit: (t) => t.replace('    limit: 30日', '    limit: 30分钟'),
    code: 'EXTENSION_UNIT_MISMATCH',
    line: lineOf('max: 30日'),
    column: 12,
  },
  {
    name: 'invalid condition value',
    edit: (t) => t.replace('      source: 直接', '      source: 直办'),
    code: 'INVALID_CONDITION_VALUE',
    line: lineOf('source: 直接'),
    column: 15,
  },
  {
    name: 'unknown article in basis',
    edit: (t) => t.replace('    basis: a4', '    basis: a9'),
    code: 'UNKNOWN_REFERENCE',
    line: lineOf('basis: a4'),
    column: 12,
  },
  {
    name: 'duplicate clock id points at the second one',
    edit: (t) => t.replace('  - id: resolve', '  - id: notice'),
    code: 'DUPLICATE_ID',
    line: lineOf('- id: resolve'),
    column: 9,
  },
  {
    name: 'invalid RRULE',
    edit: (t) => t.replace('FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1', 'FREQ=MONTHLY;BYDAY=XX'),
    code: 'RRULE_VALUE_OUT_OF_RANGE',
    line: lineOf('rrule:'),
    column: 12,
  },
  {
    name: 'a schema rule without its own code (an empty title) points at the value',
    edit: (t) => t.replace('title: 示例单位信访工作制度', 'title: ""'),
    code: 'SCHEMA_INVALID',
    line: lineOf('title: 示例单位信访工作制度'),
    column: 8,
  },
  {
    name: 'a clock that stops on the event it starts from points at until',
    edit: (t) => t.replace('    until: notified', '    until: received'),
    code: 'CLOCK_SAME_EVENTS',
    line: lineOf('until: notified'),
    column: 12,
  },
  {
    name: 'a row after the catch-all row is never reached (hit policy first)',
    edit: (t) => t.replace('    - lead: office\n', '    - lead: office\n    - category: other\n      lead: union\n'),
    code: 'ROUTING_UNREACHABLE',
    line: lineOf('- lead: office') + 1,
    column: 7,
  },
  {
    name: 'KPI weights that do not add up to 1 point at the list',
    edit: (t) => `${t}appraisal:\n  base: 100\n  kpis:\n    - kpi: on_time_closure\n      weight: 0.5\n    - kpi: reply\n      weight: 0.3\n`,
    code: 'APPRAISAL_WEIGHTS',
    line: BASE.split('\n').length + 3,
    column: 5,
  },
  {
    name: 'a placeholder field the organisation does not have points at the list',
    edit: (t) => t.replace('  website: https://example.org/', '  placeholders: [email]'),
    code: 'PLACEHOLDER_UNKNOWN_FIELD',
    line: lineOf('website: https://example.org/'),
    column: 17,
  },
  {
    name: 'a file not named after its effective_from points at the date',
    edit: (t) => t.replace('effective_from: 2024-01-01', 'effective_from: 2024-02-01'),
    code: 'VERSION_FILE_NAME',
    line: lineOf('effective_from'),
    column: 17,
  },
  {
    name: 'routing gap when there is no catch-all row',
    edit: (t) => t.replace('    - lead: office\n', ''),
    code: 'ROUTING_GAP',
    line: lineOf('- id: other'),
    column: 9,
  },
  {
    name: 'routing overlap under unique hit policy',
    edit: (t) => t.replace('hit_policy: first', 'hit_policy: unique'),
    code: 'ROUTING_OVERLAP',
    line: lineOf('- lead: office'),
    column: 7,
  },
  {
    name: 'missing required key points at the parent object',
    edit: (t) => t.replace('    limit: 15日\n    basis: a3\n', '    limit: 15日\n'),
    code: 'SCHEMA_MISSING_KEY',
    line: lineOf('- id: notice'),
    column: 5,
  },
  {
    name: 'bad date format',
    edit: (t) => t.replace('effective_from: 2024-01-01', 'effective_from: 2024/1/1'),
    code: 'SCHEMA_FORMAT',
    line: lineOf('effective_from'),
    column: 17,
  },
  {
    name: 'duplicate YAML key',
    edit: (t) => t.replace('    name: 受理告知\n', '    name: 受理告知\n    name: 又一个\n'),
    code: 'YAML_DUPLICATE_KEY',
    line: lineOf('name: 受理告知') + 1,
    column: 5,
  },
  {
    name: 'extends an unknown rule set',
    edit: (t) => t.replace('organisation:\n', 'extends:\n  ruleset: nowhere\norganisation:\n'),
    code: 'EXTENDS_UNKNOWN',
    line: lineOf('organisation:') + 1,
    column: 12,
  },
  // Rules language v2 (rules/AUTHORING.md): conditions, clocks, procedure, recurrences, appraisal.
  {
    name: 'a value test on 类别 without if_empty points at the test',
    edit: (t) => t.replace('      source: 直接', '      category: wages'),
    code: 'CONDITION_EMPTY_UNDECLARED',
    line: lineOf('source: 直接'),
    column: 17,
  },
  {
    name: 'an undeclared test inside any is found where it is',
    edit: (t) => t.replace('      source: 直接', '      any: [{ source: 直接 }, { channel: 来信 }]'),
    code: 'CONDITION_EMPTY_UNDECLARED',
    line: lineOf('source: 直接'),
    column: 40,
  },
  {
    name: 'if_empty for a field the condition does not test',
    edit: (t) => t.replace('      source: 直接\n', '      source: 直接\n    if_empty: { channel: assume }\n'),
    code: 'IF_EMPTY_UNUSED',
    line: lineOf('source: 直接') + 1,
    column: 26,
  },
  {
    name: 'an unknown category inside any is found where it is',
    edit: (t) => t.replace('      source: 直接', '      any: [{ source: 直接 }, { category: wagez }]\n    if_empty: { category: skip }'),
    code: 'UNKNOWN_REFERENCE',
    line: lineOf('source: 直接'),
    column: 41,
  },
  {
    name: 'an unknown event in a condition',
    edit: (t) => t.replace('      source: 直接', '      recheck_requestd: { present: true }'),
    code: 'SCHEMA_UNKNOWN_KEY',
    line: lineOf('source: 直接'),
    column: 7,
  },
  {
    name: 'a level the rule set does not define',
    edit: (t) => t.replace('      source: 直接', '      level: 特殊'),
    code: 'INVALID_CONDITION_VALUE',
    line: lineOf('source: 直接'),
    column: 14,
  },
  {
    name: 'a 是否署名 value other than 是/否',
    edit: (t) => t.replace('      source: 直接', '      signed: 无'),
    code: 'INVALID_CONDITION_VALUE',
    line: lineOf('source: 直接'),
    column: 15,
  },
  {
    name: 'a level defined twice (重大 is built in)',
    edit: (t) => t.replace('routing:\n', 'levels:\n  - name: 重大\nrouting:\n'),
    code: 'LEVEL_DUPLICATE',
    line: lineOf('routing:') + 1,
    column: 11,
  },
  {
    name: 'a clock with neither limit nor due_by',
    edit: (t) => t.replace('    limit: 15日\n', ''),
    code: 'CLOCK_NO_LIMIT',
    line: lineOf('- id: notice'),
    column: 9,
  },
  {
    name: 'due_by naming an event that is not a due date',
    edit: (t) => t.replace('    limit: 15日\n', '    limit: 15日\n    due_by: closed\n'),
    code: 'DUE_BY_NOT_DUE_DATE',
    line: lineOf('limit: 15日') + 1,
    column: 13,
  },
  {
    name: 'the 要求办结日期 used as a stop event',
    edit: (t) => t.replace('    until: notified', '    until: assigned_due'),
    code: 'DUE_DATE_AS_EVENT',
    line: lineOf('until: notified'),
    column: 12,
  },
  {
    name: 'a stop list holding the start event',
    edit: (t) => t.replace('    until: closed', '    until: { any: [received, closed] }'),
    code: 'CLOCK_SAME_EVENTS',
    line: lineOf('until: closed'),
    column: 20,
  },
  {
    name: 'a pause from and until the same event',
    edit: (t) => t.replace('    limit: 30日\n', '    limit: 30日\n    pause: { from: hearing_started, until: hearing_started }\n'),
    code: 'PAUSE_SAME_EVENTS',
    line: lineOf('limit: 30日') + 1,
    column: 44,
  },
  {
    name: 'a pause on a clock counted in hours',
    edit: (t) => t.replace('    limit: 30日\n', '    limit: 24小时\n    pause: { from: hearing_started, until: hearing_ended }\n'),
    code: 'PAUSE_NOT_DAY_PERIOD',
    line: lineOf('limit: 30日') + 1,
    column: 12,
  },
  {
    name: 'a pause on a 当日 clock',
    edit: (t) => t.replace('    limit: 30日\n', '    limit: 当日\n    pause: { from: hearing_started, until: hearing_ended }\n'),
    code: 'PAUSE_NOT_DAY_PERIOD',
    line: lineOf('limit: 30日') + 1,
    column: 12,
  },
  {
    name: 'a clock start falling back to its own start event',
    edit: (t) => t.replace('    until: notified', '    from_fallback: received\n    until: notified'),
    code: 'FALLBACK_SAME_AS_FROM',
    line: lineOf('until: notified'),
    column: 20,
  },
  {
    name: 'a window opening falling back to its own opening event',
    edit: (t) => t.replace('reception:\n', 'windows:\n  - id: ask\n    name: 请求复查\n    from: replied\n    from_fallback: replied\n    until: review_requested\n    limit: 30日\n    basis: a3\nreception:\n'),
    code: 'FALLBACK_SAME_AS_FROM',
    line: lineOf('reception:') + 4,
    column: 20,
  },
  {
    name: 'a clock start falling back to the 要求办结日期',
    edit: (t) => t.replace('    until: notified', '    from_fallback: assigned_due\n    until: notified'),
    code: 'DUE_DATE_AS_EVENT',
    line: lineOf('until: notified'),
    column: 20,
  },
  {
    name: 'a clock start falling back to an event that does not exist',
    edit: (t) => t.replace('    until: notified', '    from_fallback: submited\n    until: notified'),
    code: 'SCHEMA_ENUM',
    line: lineOf('until: notified'),
    column: 20,
  },
  {
    name: 'an approver for an extension that needs no approval',
    edit: (t) => t.replace('      max: 30日', '      max: 30日\n      approval: none\n      approver: office'),
    code: 'EXTENSION_APPROVER_WITHOUT_APPROVAL',
    line: lineOf('max: 30日') + 2,
    column: 17,
  },
  {
    name: 'a request window that does not end where the clock starts',
    edit: (t) =>
      t
        .replace('    limit: 30日\n', '    limit: 30日\n    request_window: ask\n')
        .replace('reception:\n', 'windows:\n  - id: ask\n    name: 请求复查\n    from: replied\n    until: review_requested\n    limit: 30日\n    basis: a3\nreception:\n'),
    code: 'REQUEST_WINDOW_MISMATCH',
    line: lineOf('limit: 30日') + 1,
    column: 21,
  },
  {
    name: 'procedure steps out of order',
    edit: (t) => t.replace('reception:\n', 'procedure:\n  - step: handle\n    clocks: [resolve]\n    basis: a3\n  - step: accept\n    clocks: [notice]\n    basis: a3\nreception:\n'),
    code: 'PROCEDURE_STEP_ORDER',
    line: lineOf('reception:') + 4,
    column: 11,
  },
  {
    name: 'a final step without a recheck step',
    edit: (t) => t.replace('reception:\n', 'procedure:\n  - step: final\n    basis: a3\nreception:\n'),
    code: 'PROCEDURE_FINAL_WITHOUT_RECHECK',
    line: lineOf('reception:') + 1,
    column: 11,
  },
  {
    name: 'a procedure step naming an unknown clock',
    edit: (t) => t.replace('reception:\n', 'procedure:\n  - step: accept\n    clocks: [notise]\n    basis: a3\nreception:\n'),
    code: 'UNKNOWN_REFERENCE',
    line: lineOf('reception:') + 2,
    column: 14,
  },
  {
    name: 'ledger.decides listing a clock the office decides itself',
    edit: (t) => t.replace('articles:\n', 'ledger:\n  decides: [resolve]\narticles:\n'),
    code: 'DECIDES_NOT_SUPERIOR',
    line: lineOf('articles:') + 1,
    column: 13,
  },
  {
    name: 'working_days with a monthly rule',
    edit: (t) => t.replace('    time: 09:00-11:30\n', '    time: 09:00-11:30\n    working_days: true\n'),
    code: 'WORKING_DAYS_NOT_DAILY',
    line: lineOf('rrule:'),
    column: 12,
  },
  {
    name: 'working_days with on_holiday',
    edit: (t) =>
      t.replace('FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1', 'FREQ=DAILY').replace('    time: 09:00-11:30\n', '    time: 09:00-11:30\n    working_days: true\n    on_holiday: skip\n'),
    code: 'WORKING_DAYS_ON_HOLIDAY',
    line: lineOf('time: 09:00-11:30') + 2,
    column: 17,
  },
  {
    name: 'an appraisal item no check can produce',
    edit: (t) => t.replace('articles:\n', 'appraisal:\n  base: 100\n  items:\n    - { on: RECUSAL_CONFLICT, points: -5 }\narticles:\n'),
    code: 'APPRAISAL_TARGET_UNREACHABLE',
    line: lineOf('articles:') + 3,
    column: 13,
  },
];

describe('invalid rule files', () => {
  it.each(invalid)('$name → $code at $line:$column', async ({ edit, code, line, column }) => {
    const built = await check(edit(BASE));
    const hit = built.diagnostics.find((d) => d.code === code);
    expect(hit, JSON.stringify(built.diagnostics, null, 1)).toBeDefined();
    expect({ line: hit!.line, column: hit!.column }).toEqual({ line, column });
    if (hit!.severity === 'error') expect(built.compiled).toEqual([]);
  });
});

describe('hostile rule files', () => {
  it('an alias bomb ends in YAML_ALIAS_LIMIT, quickly', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const built = await check(bomb.join('\n') + '\n');
    expect(built.diagnostics.map((d) => d.code)).toContain('YAML_ALIAS_LIMIT');
  });

  it('a 20 MB file is refused without being parsed', async () => {
    const built = await check('articles: "' + 'x'.repeat(20 * 1024 * 1024) + '"\n');
    expect(built.diagnostics.map((d) => d.code)).toEqual(['RULES_TOO_LARGE']);
  });

  it('a non-UTF-8 file reports the offset of the first bad byte', async () => {
    const gbk = Buffer.concat([Buffer.from('title: '), Buffer.from([0xca, 0xbe, 0xc0, 0xfd]), Buffer.from('\n')]);
    const built = await check(gbk);
    expect(built.diagnostics).toMatchObject([{ code: 'RULES_NOT_UTF8', line: 1 }]);
  });

  it('deep nesting is refused', async () => {
    const built = await check('articles: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n');
    expect(built.diagnostics.map((d) => d.code)).toContain('YAML_TOO_DEEP');
  });
});
