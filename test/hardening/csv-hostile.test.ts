/**
 * Hostile CSV ledgers: each ends in a result or a diagnostic, with no uncaught exception
 * and no polluted Object.prototype. The 50 MB files are read in a child process that reports its
 * own time and peak RSS; stated bound: a diagnostic within the hang bound of reading and under 400 MB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import type { CatalogueDiagnostic } from '../../src/diagnostics/catalogue.ts';
import { readLedger } from '../../src/ledger/read-ledger.ts';
import type { LedgerCase } from '../../src/ledger/ledger-case.ts';
import { readInChild } from './hostile-ledger.ts';
import { HANG_MS } from './hang-bound.ts';


const work = mkdtempSync(join(tmpdir(), 'xinfang-csv-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function save(name: string, bytes: Uint8Array | string): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

async function read(path: string) {
  const cases: LedgerCase[] = [];
  const info = await readLedger(path, { displayName: 'ledger', onCase: (c) => cases.push(c) });
  return { info, cases, codes: info.diagnostics.map((d) => d.code) };
}

const MB50 = 50 * 1024 * 1024;

describe('a 50 MB one-line CSV', () => {
  // Before the MAX_ROW_BYTES guard in read-csv.ts these took 17 s / 3.5 GB, 2.8 s / 1.0 GB and
  // 3.6 s / 1.1 GB, and were accepted as a header with no cases.
  const variants: { name: string; body: () => Buffer }[] = [
    { name: '25 million tiny cells', body: () => Buffer.alloc(MB50, 'x,') },
    { name: 'one 50 MB cell', body: () => Buffer.alloc(MB50, 'x') },
    { name: 'an unclosed quote running to the end', body: () => Buffer.concat([Buffer.from('\nA-1,"'), Buffer.alloc(MB50, 'x')]) },
  ];
  it.each(variants)('$name → LEDGER_ROW_TOO_LONG within the hang bound and 400 MB', { timeout: 60_000 }, async ({ name, body }) => {
    const path = save(`${name.replace(/\W+/g, '-')}.csv`, Buffer.concat([Buffer.from('编号,登记日期,'), body()]));
    const r = await readInChild(path);
    expect(r).toMatchObject({ ok: false, cases: 0, codes: ['LEDGER_ROW_TOO_LONG'] });
    expect(r.ms).toBeLessThan(HANG_MS);
    expect(r.peakRssMb).toBeLessThan(400);
  });

  it('the diagnostic names the row that runs on and the 4 MB bound (regression: LEDGER_UNREADABLE, "check the path")', async () => {
    // Row 1 the header, row 2 one case, row 3 opens a quote that 5 MB of text never closes.
    const r = await read(save('unclosed-quote.csv', Buffer.concat([Buffer.from('编号,登记日期\nA-1,2024-01-02\nA-2,"'), Buffer.alloc(5 << 20, 'x')])));
    expect(r.info.ok).toBe(false);
    expect(r.codes).toEqual(['LEDGER_ROW_TOO_LONG']);
    expect(r.info.diagnostics[0]).toMatchObject({ row: 3, args: { max: 4 } });
    expect(r.info.diagnostics[0]!.hint).toMatch(/引号/);
  });
});

describe('bytes that are neither UTF-8 nor GB18030', () => {
  // 0xFF can start neither a UTF-8 sequence nor a GB18030 one (GB18030 lead bytes are 0x81–0xFE).
  // Headers are ASCII aliases so both decoders agree on every byte before it.
  it('in the first megabyte: LEDGER_ENCODING at the exact byte offset, nothing read', async () => {
    const head = 'id,received\nA-1,2024-01-02\nA-2,';
    const r = await read(save('ff-early.csv', Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xfe]), Buffer.from('\n')])));
    expect(r.info.ok).toBe(false);
    expect(r.codes).toEqual(['LEDGER_ENCODING']);
    expect((r.info.diagnostics[0] as CatalogueDiagnostic).args).toMatchObject({ offset: head.length }); // 12 + 15 + 4 = 31
  });

  it('past the 1 MB the sniffer looks at: LEDGER_ENCODING at the exact offset, the read stops', async () => {
    const row = 'A-0000001,2024-01-02\n'; // 21 bytes
    const valid = 'id,received\n' + row.repeat(60_000); // 12 + 1,260,000 bytes
    const r = await read(save('ff-late.csv', Buffer.concat([Buffer.from(valid), Buffer.from([0xff]), Buffer.from('x\n')])));
    expect(r.info.ok).toBe(false);
    expect(r.codes).toContain('LEDGER_ENCODING');
    expect((r.info.diagnostics.find((d) => d.code === 'LEDGER_ENCODING') as CatalogueDiagnostic).args).toMatchObject({ offset: 1_260_012 });
  });
});

describe('prototype keys as ledger headers', () => {
  const headers = ['编号', '登记日期', '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];
  const row = ['A-1', '2024-01-02', '{"polluted":1}', 'x', '{"polluted":1}', 'y', 'z'];

  const check = (r: Awaited<ReturnType<typeof read>>) => {
    expect(r.info.ok).toBe(true);
    expect(r.cases).toHaveLength(1);
    expect(r.cases[0]).toMatchObject({ id: 'A-1', events: { received: { day: expect.any(Number) } } });
    // The extra columns are kept by name in the layout, and nothing reached a prototype.
    expect(r.info.layout!.columns.map((c) => c.header)).toEqual(headers);
    expect(Object.getPrototypeOf(r.cases[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  };

  it('in a CSV', async () => {
    check(await read(save('proto.csv', [headers, row].map((r) => r.map((c) => (c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n') + '\n')));
  });

  it('in a workbook', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([headers, row]), '台账');
    check(await read(save('proto.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer)));
  });
});
