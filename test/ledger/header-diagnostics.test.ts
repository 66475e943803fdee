/**
 * Ledger diagnostics about the header row and the diagnostic cap, each asserted with its row,
 * column letter and header (or, for the cap, the code and count it sums up).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localize } from '../../src/diagnostics/catalogue.ts';
import { COLUMNS } from '../../src/ledger/columns.ts';
import type { LedgerCase } from '../../src/ledger/ledger-case.ts';
import { readLedger } from '../../src/ledger/read-ledger.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-ledger-header-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
async function read(csv: string, capPerCode?: number) {
  const path = join(work, `ledger${n++}.csv`);
  writeFileSync(path, csv);
  const cases: LedgerCase[] = [];
  const info = await readLedger(path, { displayName: 'ledger.csv', onCase: (c) => cases.push(c), ...(capPerCode ? { capPerCode } : {}) });
  return { info, cases, at: (code: string) => info.diagnostics.filter((d) => d.code === code).map((d) => [d.row, d.columnLetter, d.header]) };
}

describe('the header row', () => {
  it('a second column for the same field (D 办结时间 after C 办结日期): LEDGER_DUPLICATE_COLUMN at the second, the first is read', async () => {
    const r = await read('台账\n编号,登记日期,办结日期,办结时间\nA1,2024-03-01,2024-03-05,2024-04-01\n');
    expect(r.at('LEDGER_DUPLICATE_COLUMN')).toEqual([[2, 'D', '办结时间']]);
    expect(r.cases.map((c) => c.events.closed?.day !== undefined)).toEqual([true]);
    expect(r.info.layout?.columns.find((c) => c.alias === 'closed')?.letter).toBe('C');
  });

  it('a header without 登记日期: LEDGER_NO_RECEIVED_COLUMN at the header row, and no case is read', async () => {
    const r = await read('编号,受理日期,办结日期\nA1,2024-03-02,2024-03-05\n');
    expect(r.at('LEDGER_NO_RECEIVED_COLUMN')).toEqual([[1, undefined, undefined]]);
    expect(r.info.diagnostics.find((d) => d.code === 'LEDGER_NO_RECEIVED_COLUMN')?.severity).toBe('error');
    expect(r.cases).toEqual([]);
  });
});

describe('a ledger without a header row', () => {
  it('LEDGER_NO_HEADER: the hint lists every column name, in Chinese and with the English aliases', async () => {
    const r = await read('你好,世界\n1,2\n');
    const d = r.info.diagnostics.find((x) => x.code === 'LEDGER_NO_HEADER');
    expect(d?.severity).toBe('error');
    for (const c of COLUMNS) expect(d!.hint).toContain(c.zh);
    const en = localize(d!, 'en');
    for (const c of COLUMNS) expect(en.hint).toContain(`"${c.zh}" (${c.alias})`);
  });
});

describe('the diagnostic cap', () => {
  it('past the cap a code is only counted: DIAGNOSTICS_MORE names the code and how many were left out, at the first row left out, as an error like them', async () => {
    // Five rows with an impossible date, cap 2: rows 2 and 3 listed, rows 4 to 6 counted.
    const rows = ['编号,登记日期', ...[1, 2, 3, 4, 5].map((i) => `A${i},2024-02-30`)];
    const r = await read(`${rows.join('\n')}\n`, 2);
    expect(r.at('LEDGER_BAD_DATE')).toEqual([[2, 'B', '登记日期'], [3, 'B', '登记日期']]);
    const omitted = r.info.diagnostics.filter((d) => d.code === 'DIAGNOSTICS_MORE');
    expect(omitted).toHaveLength(1);
    expect((omitted[0] as { args?: unknown }).args).toEqual({ code: 'LEDGER_BAD_DATE', count: 3 });
    expect([omitted[0]!.row, omitted[0]!.severity]).toEqual([4, 'error']);
    expect(r.info.totals.error).toBe(5 + r.info.diagnostics.filter((d) => d.severity === 'error' && !['LEDGER_BAD_DATE', 'DIAGNOSTICS_MORE'].includes(d.code)).length);
  });
});
