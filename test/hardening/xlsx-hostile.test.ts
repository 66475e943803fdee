/**
 * Hostile workbook ledgers: every one ends in a result or a diagnostic, with no uncaught
 * exception. The big ones are read in a child process that reports its own time and peak RSS;
 * their stated bounds: a refused workbook within the hang bound and 300 MB, one read within 10 s and 600 MB.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import type { CatalogueDiagnostic } from '../../src/diagnostics/catalogue.ts';
import { readLedger } from '../../src/ledger/read-ledger.ts';
import { readInChild, workbookWithout, workbookWithSheet, workbookWithSheetXml } from './hostile-ledger.ts';
import { zip } from './zip-writer.ts';
import { HANG_MS } from './hang-bound.ts';


const work = mkdtempSync(join(tmpdir(), 'xinfang-xlsx-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function save(name: string, bytes: Buffer | Promise<Buffer>): Promise<string> {
  const path = join(work, name);
  writeFileSync(path, await bytes);
  return path;
}

/** `count` chunks of 1 MB of spaces: whitespace between rows is valid XML and deflates ~1000:1. */
const megabytesOfSpace = (count: number) =>
  function* () {
    const mb = ' '.repeat(1 << 20);
    for (let i = 0; i < count; i++) yield mb;
  };

describe('workbook bombs', () => {
  it('a 300 KB workbook whose sheet XML inflates to 300 MB is refused before inflating, within the hang bound and 300 MB', { timeout: 60_000 }, async () => {
    const path = await save('bomb.xlsx', workbookWithSheet(megabytesOfSpace(300)));
    expect(statSync(path).size).toBeLessThan(1 << 20);
    const r = await readInChild(path);
    expect(r).toMatchObject({ ok: false, cases: 0, codes: ['LEDGER_WORKBOOK_DAMAGED'] });
    expect(r.ms).toBeLessThan(HANG_MS);
    expect(r.peakRssMb).toBeLessThan(300);
  });

  it('the refusal gives its reason in both languages: 300 MB of spaces plus the rest of the sheet, rounded up, is 301 MB > 256 MB', async () => {
    const info = await readLedger(join(work, 'bomb.xlsx'), { displayName: 'bomb.xlsx', onCase: () => {} });
    expect(info.diagnostics).toHaveLength(1);
    expect((info.diagnostics[0] as CatalogueDiagnostic).args).toEqual({
      reasonZh: '解压后有 301 MB，超过上限 256 MB',
      reasonEn: 'it inflates to 301 MB, more than the 256 MB allowed',
    });
    expect(info.diagnostics[0]!.hint).toMatch(/拆分/);
  });

  it('the same bomb declaring a 1,000-byte sheet (a lying zip) is refused after inflating 1,000 bytes, within the hang bound and 300 MB', { timeout: 60_000 }, async () => {
    const path = await save('bomb-lie.xlsx', workbookWithSheet(megabytesOfSpace(300), undefined, 1000));
    const r = await readInChild(path);
    expect(r).toMatchObject({ ok: false, cases: 0, codes: ['LEDGER_WORKBOOK_DAMAGED'] });
    expect(r.ms).toBeLessThan(HANG_MS);
    expect(r.peakRssMb).toBeLessThan(300);
  });

  it('a million empty styled rows (dimension A1:Z1000000) read as the one real case within 10 s and 600 MB', { timeout: 60_000 }, async () => {
    const rows = function* () {
      for (let r = 3; r <= 1_000_000; r += 1000) {
        let s = '';
        for (let k = r; k < r + 1000 && k <= 1_000_000; k++) s += `<row r="${k}" s="1" customFormat="1" ht="15"/>`;
        yield s;
      }
    };
    const path = await save('million.xlsx', workbookWithSheet(rows, (head) => head.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z1000000"/>')));
    const r = await readInChild(path);
    // Row 1 is the header, row 2 the one case; a million styled but empty rows are not cases.
    expect(r).toMatchObject({ ok: true, cases: 1 });
    expect(r.ms).toBeLessThan(HANG_MS);
    expect(r.peakRssMb).toBeLessThan(600);
  });
});

describe('damaged workbooks on which SheetJS never returns (found by the fuzzer; fixtures/damaged-workbooks/README.md)', () => {
  const dir = join(import.meta.dirname, 'fixtures/damaged-workbooks');
  it.each(['truncated-54-bytes.xlsx', 'truncated-with-garbage.xlsx', 'one-bit-flipped.xlsx'])(
    '%s → LEDGER_WORKBOOK_DAMAGED within the hang bound (regression: read hung forever)',
    { timeout: 60_000 },
    async (name) => {
      const r = await readInChild(join(dir, name), 20_000);
      expect(r).toMatchObject({ ok: false, cases: 0, codes: ['LEDGER_WORKBOOK_DAMAGED'] });
      expect(r.ms).toBeLessThan(HANG_MS);
    },
  );
});

describe('damaged workbooks found by the fuzzer (regressions: both threw out of readLedger)', () => {
  const read = (path: string) => readLedger(path, { displayName: 'ledger.xlsx', onCase: () => {} });

  it('a cell of an unknown type (t="str32") is a diagnostic, not "Error: unrecognized type str32"', async () => {
    const path = await save('str32.xlsx', workbookWithSheetXml((xml) => xml.replace('t="str"', 't="str32"')));
    const r = await read(path);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['LEDGER_WORKBOOK_DAMAGED']);
    expect(r.diagnostics[0]!.message).toContain('str32');
  });

  it('a workbook listing a sheet whose part is missing is a diagnostic, not "Cannot read properties of undefined"', async () => {
    const path = await save('no-sheet-part.xlsx', workbookWithout('xl/worksheets/sheet1.xml'));
    const r = await read(path);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['LEDGER_WORKBOOK_DAMAGED']);
  });

  it('one merged range over a whole sheet (A1:XFD1048576, 17 billion cells) is refused, not filled in cell by cell', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['编号', '登记日期'], ['A-1', '2024-01-02']]);
    ws['!merges'] = [XLSX.utils.decode_range('A3:XFD1048576')];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, ws, '台账');
    const path = await save('merged.xlsx', XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const t0 = performance.now();
    const r = await read(path);
    expect(performance.now() - t0).toBeLessThan(HANG_MS);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['LEDGER_WORKBOOK_DAMAGED']);
    // 16384 columns × 1048574 rows.
    expect(r.diagnostics[0]!.message).toContain(String(16384 * 1048574));
  });

  it('a sound zip that is no workbook (a Word document) stays LEDGER_NOT_A_LEDGER, not "damaged"', async () => {
    const path = await save('letter.docx', zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.from('<w:document/>') }]));
    const r = await read(path);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['LEDGER_NOT_A_LEDGER']);
  });
});
