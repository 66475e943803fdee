/**
 * The shared vocabulary (src/rules/vocabulary.ts): one word per event, status and violation, used
 * the same by the ledger reader, the reports and the site; citations with the full item path.
 */
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/ledger/columns.ts';
import { describeCondition } from '../../src/rules/condition.ts';
import type { ArticleRef } from '../../src/rules/compiled.ts';
import { EVENTS, VIOLATION_CODES, type Condition } from '../../src/rules/model.ts';
import { citeArticle, EVENT_NAMES, STATUS_NAMES, VIOLATION_NAMES } from '../../src/rules/vocabulary.ts';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe('vocabulary', () => {
  it('names every event, and the events are exactly the ledger date columns', () => {
    expect(Object.keys(EVENT_NAMES).sort()).toEqual([...EVENTS].sort());
    const dates = COLUMNS.filter((c) => c.kind === 'date');
    expect(dates.map((c) => c.alias).sort()).toEqual([...EVENTS].sort());
    // The column header is the event's Chinese name (docs/ledger-columns.md: 登记日期, 办结日期 …).
    expect(dates.find((c) => c.alias === 'received')?.zh).toBe('登记日期');
    expect(dates.find((c) => c.alias === 'closed')?.zh).toBe('办结日期');
  });

  it('gives each status and violation one distinct name per language', () => {
    for (const table of [STATUS_NAMES, VIOLATION_NAMES]) {
      for (const lang of ['zh', 'en'] as const) {
        const words = Object.values(table).map((w) => w[lang]);
        expect(new Set(words).size).toBe(words.length);
      }
    }
    expect(Object.keys(VIOLATION_NAMES).sort()).toEqual([...VIOLATION_CODES].sort());
    // The words of the check report and its XLSX.
    expect(STATUS_NAMES.late.zh).toBe('超期办结');
    expect(STATUS_NAMES.overdue.zh).toBe('逾期未办');
  });

  it.each([
    ['a numbered article', { number: '第二十二条', citation: '第二十二条', document: '信访工作条例' }, '《信访工作条例》第二十二条'],
    ['an item under a chapter: the full path, not the bare number', { number: '6', citation: '四、6', document: '某公司信访工作制度' }, '《某公司信访工作制度》四、6'],
    ['no article', undefined, ''],
  ])('cites %s', (_what, ref, expected) => {
    const full = ref ? ({ ruleset: 'x', version: '2024-01-01', article: 'a', ...ref } satisfies ArticleRef) : undefined;
    expect(citeArticle(full)).toBe(expected);
  });

  it.each<[string, Condition]>([
    ['values and an event', { source: ['交办', '转办'], instructed: { present: true } }],
    ['persons and a negation', { persons: { gt: 5 }, not: { signed: '否' } }],
    ['nested any/all', { any: [{ level: '重大' }, { all: [{ channel: '来访' }, { persons: { gte: 5, lte: 10 } }] }] }],
  ])('renders a condition in English without Chinese: %s', (_what, when) => {
    const text = describeCondition(when, 'en');
    expect(text).not.toBe('');
    expect(text).not.toMatch(CJK);
  });
});
