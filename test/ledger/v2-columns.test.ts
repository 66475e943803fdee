/**
 * The ledger columns added with the rules language v2 (docs/ledger-columns.md): 答复送达日期, 复查意见送达日期,
 * 复核申请/拟办/意见日期, 听证开始/结束日期, 要求办结日期, 报送领导日期, 分流, 情况说明日期, 是否署名,
 * 备注; bad values are diagnostics at their cell; the rule set's own levels are accepted in 等级.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMoment } from '../../src/deadlines/moment.ts';
import type { LedgerCase } from '../../src/ledger/ledger-case.ts';
import { readLedger } from '../../src/ledger/read-ledger.ts';
import { parseSigned } from '../../src/ledger/values.ts';

const LEDGER = join(import.meta.dirname, 'fixtures/v2-columns/ledger.csv');

async function read(levels?: string[]) {
  const cases: LedgerCase[] = [];
  const info = await readLedger(LEDGER, { displayName: 'ledger.csv', ...(levels ? { levels } : {}), onCase: (c) => cases.push(c) });
  return { info, cases };
}

describe('v2 ledger columns', () => {
  it('reads every new date column under its alias, in every date form', async () => {
    const { cases } = await read(['特殊']);
    const v1 = cases.find((c) => c.id === 'V1')!;
    const dates = Object.fromEntries(Object.entries(v1.events).flatMap(([k, m]) => (m ? [[k, formatMoment(m)]] : [])));
    expect(dates).toEqual({
      received: '2025-03-03', replied: '2025-03-20', reply_received: '2025-03-25', review_requested: '2025-04-10',
      review_decided: '2025-05-08', review_received: '2025-05-12', recheck_requested: '2025-05-20', recheck_proposed: '2025-05-28',
      recheck_decided: '2025-06-30', hearing_started: '2025-06-09', hearing_ended: '2025-06-10', assigned_due: '2025-04-30',
      submitted: '2025-03-04', delay_explained: '2025-04-25',
    });
    expect([v1.signed, v1.diverted, v1.notes]).toEqual(['是', undefined, '电话回访一次']);
  });

  it('reads 分流 as text, 匿名 as 否, and a rule set level as written', async () => {
    const { cases } = await read(['特殊']);
    const v2 = cases.find((c) => c.id === 'V2')!;
    expect([v2.level, v2.diverted, v2.signed, v2.notes]).toEqual(['特殊', '诉讼', '否', undefined]);
  });

  it('puts each bad value at its cell: 2025-04-31 does not exist, 不详 is not 是/否, 特殊 without the rule set levels', async () => {
    const { info } = await read();
    const got = info.diagnostics.map((d) => [d.code, d.row, d.columnLetter, d.header]);
    expect(got).toEqual([
      ['LEDGER_BAD_VALUE', 3, 'C', '等级'],
      ['LEDGER_BAD_DATE', 3, 'N', '要求办结日期'],
      ['LEDGER_BAD_VALUE', 4, 'R', '是否署名'],
    ]);
    expect((await read(['特殊'])).info.diagnostics.map((d) => d.code)).toEqual(['LEDGER_BAD_DATE', 'LEDGER_BAD_VALUE']);
  });

  it.each([
    ['是', '是'], ['否', '否'], ['署名', '是'], ['实名', '是'], ['匿名', '否'], ['未署名', '否'], ['Yes', '是'], ['no', '否'], ['不详', undefined], ['', undefined],
  ])('是否署名 %j → %j', (text, want) => {
    expect(parseSigned(text)).toBe(want);
  });
});
