/**
 * Conditions of the rules language v2 (rules/AUTHORING.md "条件"): field and event tests, all/any/not,
 * declared empty cells (assume → `assumed` words, skip → `skippedEmpty`), the stop of a clock with
 * several events, and the plain-words renderer.
 */
import { describe, expect, it } from 'vitest';
import { describeCondition, evaluate, stopValue, type CaseFacts, type Evaluation } from '../../src/rules/condition.ts';
import type { Condition, IfEmpty } from '../../src/rules/model.ts';

const NAMES: Record<string, string> = { claim: '申诉求决类', accusation: '检举控告类', office: '办公室' };
const names = (id: string) => NAMES[id] ?? id;

const claimOnly: Condition = { category: 'claim', diverted: { present: false } };

const cases: [name: string, when: Condition | undefined, facts: CaseFacts, ifEmpty: IfEmpty | undefined, expected: Evaluation][] = [
  ['no condition holds', undefined, {}, undefined, { holds: true, assumed: [] }],
  ['a matching category, not diverted', claimOnly, { category: 'claim' }, undefined, { holds: true, assumed: [] }],
  ['another category', claimOnly, { category: 'accusation' }, { category: 'assume' }, { holds: false, assumed: [] }],
  ['a diverted claim (分流 filled)', claimOnly, { category: 'claim', diverted: '诉讼' }, undefined, { holds: false, assumed: [] }],
  ['empty 类别, undeclared: the test fails', claimOnly, {}, undefined, { holds: false, assumed: [] }],
  ['empty 类别, assume: holds, and says so', claimOnly, {}, { category: 'assume' }, { holds: true, assumed: ['类别未填，按申诉求决类计算'] }],
  ['empty 类别, skip: the case is skipped', claimOnly, {}, { category: 'skip' }, { holds: false, assumed: [], skippedEmpty: 'category' }],
  ['skip loses to a definite failure', { category: 'claim', source: '交办' }, { source: '直接' }, { category: 'skip' }, { holds: false, assumed: [] }],
  ['a list: empty, assumed as either', { category: ['claim', 'accusation'] }, {}, { category: 'assume' }, { holds: true, assumed: ['类别未填，按申诉求决类或检举控告类计算'] }],
  ['not on a field: an empty 是否署名 is not 否, no assumption', { signed: { not: '否' } }, {}, { signed: 'assume' }, { holds: true, assumed: [] }],
  ['not on a field: 否 is excluded', { signed: { not: '否' } }, { signed: '否' }, undefined, { holds: false, assumed: [] }],
  ['combinator not: never assumes inside', { not: { signed: '否' } }, {}, { signed: 'assume' }, { holds: true, assumed: [] }],
  ['combinator not: excluded value', { not: { signed: '否' } }, { signed: '否' }, undefined, { holds: false, assumed: [] }],
  ['an event recorded', { instructed: { present: true } }, { events: { instructed: '2026-03-01' } }, undefined, { holds: true, assumed: [] }],
  ['an event not recorded', { instructed: { present: true } }, { events: {} }, undefined, { holds: false, assumed: [] }],
  ['any: the level branch holds', { any: [{ level: ['重大', '紧急'] }, { instructed: { present: true } }] }, { level: '紧急', events: {} }, undefined, { holds: true, assumed: [] }],
  ['any: the event branch holds', { any: [{ level: ['重大', '紧急'] }, { instructed: { present: true } }] }, { level: '一般', events: { instructed: 'x' } }, undefined, { holds: true, assumed: [] }],
  ['any: neither holds', { any: [{ level: ['重大', '紧急'] }, { instructed: { present: true } }] }, { level: '一般', events: {} }, undefined, { holds: false, assumed: [] }],
  [
    'any: a branch holding without assumption wins over an assumed one',
    { any: [{ category: 'claim' }, { source: '交办' }] },
    { source: '交办' },
    { category: 'assume' },
    { holds: true, assumed: [] },
  ],
  ['any: only a skipped branch left → skipped', { any: [{ category: 'claim' }, { source: '交办' }] }, { source: '直接' }, { category: 'skip' }, { holds: false, assumed: [], skippedEmpty: 'category' }],
  ['all: both hold', { all: [{ channel: '来访' }, { persons: { gte: 5 } }] }, { channel: '来访', persons: 5 }, undefined, { holds: true, assumed: [] }],
  ['all: one fails', { all: [{ channel: '来访' }, { persons: { gte: 5 } }] }, { channel: '来信', persons: 8 }, undefined, { holds: false, assumed: [] }],
  [
    'all beside a field test: assumptions are collected once',
    { channel: '来信', all: [{ category: 'claim' }, { category: 'claim' }] },
    { channel: '来信' },
    { category: 'assume' },
    { holds: true, assumed: ['类别未填，按申诉求决类计算'] },
  ],
  ['the rule set\'s own level', { level: '特殊' }, { level: '特殊' }, undefined, { holds: true, assumed: [] }],
  ['empty 来源方式 assumed 来信', { channel: '来信' }, {}, { channel: 'assume' }, { holds: true, assumed: ['来源方式未填，按来信计算'] }],
];

describe('evaluate', () => {
  it.each(cases)('%s', (_name, when, facts, ifEmpty, expected) => {
    expect(evaluate(when, facts, ifEmpty, names)).toEqual(expected);
  });
});

describe('stopValue: the stop of a clock with several events', () => {
  const earlier = (a: number, b: number) => a < b;
  it.each([
    ['any: the first recorded', 'any', { replied: 5, closed: 3 }, 3],
    ['any: one recorded is enough', 'any', { closed: 7 }, 7],
    ['any: none recorded', 'any', {}, undefined],
    ['all: the last once both are recorded', 'all', { replied: 5, closed: 3 }, 5],
    ['all: not stopped while one is missing', 'all', { replied: 5 }, undefined],
  ] as const)('%s', (_name, mode, events, expected) => {
    expect(stopValue({ mode, events: ['replied', 'closed'] }, events, earlier)).toBe(expected);
  });
});

describe('describeCondition: every form in plain words, names not ids', () => {
  it.each([
    [{ category: 'claim' }, '类别为申诉求决类'],
    [{ category: 'claim', diverted: { present: false } }, '类别为申诉求决类，且无分流'],
    [{ any: [{ level: ['重大', '紧急'] }, { instructed: { present: true } }] }, '（等级为重大或紧急，或已记录批示日期）'],
    [{ not: { signed: '否' } }, '并非是否署名为否'],
    [{ signed: { not: '否' } }, '是否署名不是否'],
    [{ all: [{ channel: '来访' }, { persons: { gte: 5 } }] }, '（来源方式为来访，且5人及以上）'],
    [{ not: { channel: '来信', source: '直接' } }, '并非（来源方式为来信，且来源为直接）'],
    [{ reply_received: { present: false } }, '未记录答复送达日期'],
    [{ department: 'office' }, '承办部门为办公室'],
  ] as [Condition, string][])('%j → %s', (cond, zh) => {
    expect(describeCondition(cond, 'zh', names)).toBe(zh);
  });

  it('English keeps working', () => {
    expect(describeCondition({ any: [{ source: ['交办', '转办'] }, { recheck_requested: { present: true } }] }, 'en', names)).toBe(
      '(source is assigned or forwarded, or date re-examination requested recorded)',
    );
  });
});
