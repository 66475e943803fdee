/**
 * Workbook cells for the rules language v2: conditions in words where words say them exactly
 * (是否署名, 分流, events by their ledger column), YAML for all/any/not, and a clock's stop events
 * joined with 或 (the first of them) or 及 (all of them). Each form must read back as written.
 */
import { describe, expect, it } from 'vitest';
import { fromCell, toCell } from '../../src/workbook/cell-value.ts';
import { formatCondition, parseCondition } from '../../src/workbook/condition-text.ts';
import { TABLES } from '../../src/workbook/layout.ts';
import type { Condition, Stop } from '../../src/rules/model.ts';

describe('condition cells', () => {
  it.each([
    [{ signed: { not: '否' } }, '是否署名≠否'],
    [{ diverted: { present: false } }, '无分流'],
    [{ category: 'claim', reply_received: { present: true } }, '类别=claim;有答复送达日期'],
    [{ any: [{ level: '紧急' }, { category: 'incident' }] }, '{ any: [ { level: 紧急 }, { category: incident } ] }'],
    [{ not: { channel: '来信' } }, '{ not: { channel: 来信 } }'],
  ] as [Condition, string][])('%j ↔ %s', (cond, text) => {
    expect(formatCondition(cond)).toBe(text);
    expect(parseCondition(text)).toEqual({ value: cond });
  });
});

describe('stop cells', () => {
  const until = TABLES.find((t) => t.sheet === '时限')!.columns.find((c) => c.key === 'until')!;
  it.each([
    ['closed', '办结日期'],
    [{ any: ['replied', 'closed'] }, '答复日期或办结日期'],
    [{ all: ['notified', 'reported'] }, '告知日期及报告日期'],
  ] as [Stop, string][])('%j ↔ %s', (stop, text) => {
    expect(toCell(stop, until)).toBe(text);
    expect(fromCell({ t: 's', v: text }, until)).toEqual({ value: stop });
  });
});
