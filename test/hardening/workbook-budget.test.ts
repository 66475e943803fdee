/**
 * One input budget for every workbook reader (src/io/workbook-guard.ts): `import` gets the same
 * guards as a ledger — a zip bomb, a damaged deflate stream, a merge over a whole sheet — and
 * .xls, .xlsb and .ods files are refused with a message to save as .xlsx, for both readers.
 */
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLedger } from '../../src/ledger/read-ledger.ts';
import { readRulesWorkbook } from '../../src/workbook/read-workbook.ts';
import { book, workbookWithSheet } from './hostile-ledger.ts';
import { HANG_MS } from './hang-bound.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const DAMAGED = join(import.meta.dirname, 'fixtures/damaged-workbooks');


const cases: { name: string; bytes: () => Promise<Buffer> | Buffer; says: RegExp }[] = [
  { name: 'a merge over a whole sheet', bytes: () => book('xlsx', true), says: /合并单元格共覆盖 17179836416 个单元格/ },
  { name: 'a 300 MB zip bomb', bytes: () => workbookWithSheet(function* () { const mb = ' '.repeat(1 << 20); for (let i = 0; i < 300; i++) yield mb; }), says: /解压后有 3\d\d MB/ },
  { name: 'a flipped bit in a deflate stream', bytes: () => readFileSync(join(DAMAGED, 'one-bit-flipped.xlsx')), says: /损坏/ },
  { name: 'a legacy .xls', bytes: () => book('biff8'), says: /\.xls）.*另存为 \.xlsx/ },
  { name: 'an .xlsb', bytes: () => book('xlsb'), says: /\.xlsb）.*另存为 \.xlsx/ },
  { name: 'an .ods', bytes: () => book('ods'), says: /\.ods）.*另存为 \.xlsx/ },
];

describe('import has the ledger reader\'s workbook guards', () => {
  it.each(cases)('$name → WORKBOOK_DAMAGED', { timeout: 60_000 }, async ({ bytes, says }) => {
    const data = await bytes();
    const t0 = performance.now();
    const { diagnostics } = readRulesWorkbook(new Uint8Array(data), 'rules.xlsx');
    expect(performance.now() - t0).toBeLessThan(HANG_MS);
    expect(diagnostics.map((d) => d.code)).toEqual(['WORKBOOK_DAMAGED']);
    expect(diagnostics[0]!.message).toMatch(says);
  });
});

describe('a zip within the budget that is no workbook', () => {
  it('→ WORKBOOK_UNREADABLE in Chinese, with SheetJS\'s reason kept in brackets', () => {
    const { diagnostics } = readRulesWorkbook(new Uint8Array(readFileSync(join(DAMAGED, 'zip-without-workbook.xlsx'))), 'rules.xlsx');
    expect(diagnostics.map((d) => d.code)).toEqual(['WORKBOOK_UNREADABLE']);
    expect(diagnostics[0]!.message).toBe('无法读取工作簿：文件是压缩包，但不是完好的 Excel 工作簿（读取程序的说明：Unsupported ZIP file）。');
  });
});

describe('a ledger in another spreadsheet format is refused, not read unguarded', () => {
  it.each(cases.slice(3))('$name → LEDGER_WORKBOOK_DAMAGED', async ({ name, bytes, says }) => {
    const path = join(work, name.replace(/\W/g, '-'));
    writeFileSync(path, await bytes());
    const info = await readLedger(path, { displayName: 'ledger', onCase: () => {} });
    expect(info.ok).toBe(false);
    expect(info.diagnostics.map((d) => d.code)).toEqual(['LEDGER_WORKBOOK_DAMAGED']);
    expect(info.diagnostics[0]!.message).toMatch(says);
  });
});
