/**
 * The one workbook writer with hostile text: every file it writes must open (ExcelJS's reader
 * parses the XML strictly, as Excel does), whatever the ledger's cells or sheet name held.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { workbookProblem } from '../../src/io/workbook-guard.ts';
import { writeWorkbook } from '../../src/io/xlsx-write.ts';

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

describe('writeWorkbook with text XML cannot hold', () => {
  it.each([
    { name: 'a C0 control', text: 'a\u0001b', read: 'a\uFFFDb' },
    { name: 'U+FFFE', text: 'a\uFFFEb', read: 'a\uFFFDb' },
    { name: 'a lone high surrogate', text: 'a\uD800b', read: 'a\uFFFDb' },
    { name: 'a lone low surrogate', text: 'a\uDC00b', read: 'a\uFFFDb' },
    { name: 'a surrogate pair (kept)', text: 'a😀b', read: 'a😀b' },
    { name: 'tab, new line (kept)', text: 'a\tb\nc', read: 'a\tb\nc' },
    { name: 'a carriage return (kept, not read as a line feed)', text: 'a\r\nb', read: 'a\r\nb' },
    { name: 'markup characters', text: '<b>&amp;"x"</b>', read: '<b>&amp;"x"</b>' },
    { name: 'leading and trailing spaces (kept)', text: '  x  ', read: '  x  ' },
  ])('writes a readable file for $name', async ({ text, read }) => {
    const book = await reopen(await writeWorkbook([{ name: '台账', header: 0, rows: [['问题'], [text], [{ runs: [{ text, mark: 'del' }] }]] }], 't'));
    const ws = book.getWorksheet('台账')!;
    expect(ws.getCell('A2').value).toBe(read);
    expect((ws.getCell('A3').value as ExcelJS.CellRichTextValue).richText[0]!.text).toBe(read);
  });

  it('keeps each rich-text cell its own text (ExcelJS keys shared strings by their string form)', async () => {
    const rows = [['对照'], [{ runs: [{ text: '一周', mark: 'del' as const }] }], [{ runs: [{ text: '5个工作日', mark: 'ins' as const }] }], [{ runs: [{ text: '一周', mark: 'del' as const }] }]];
    const ws = (await reopen(await writeWorkbook([{ name: 'a', header: 0, rows }], 't'))).getWorksheet('a')!;
    const runs = (address: string) => (ws.getCell(address).value as ExcelJS.CellRichTextValue).richText;
    expect(runs('A2').map((r) => [r.text, r.font?.strike])).toEqual([['一周', true]]);
    expect(runs('A3').map((r) => [r.text, r.font?.underline, r.font?.bold])).toEqual([['5个工作日', true, true]]);
    expect(runs('A4').map((r) => r.text)).toEqual(['一周']);
  });

  it.each([
    { name: 'a/b:c', sheet: 'a_b_c' },
    { name: "'台账'", sheet: '台账' },
    { name: '', sheet: 'Sheet1' },
    { name: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三', sheet: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一' },
  ])('names the sheet $sheet for $name', async ({ name, sheet }) => {
    const book = await reopen(await writeWorkbook([{ name, rows: [['x']] }], 't'));
    expect(book.worksheets.map((w) => w.name)).toEqual([sheet]);
  });

  it('leaves out a merged range that overlaps an earlier one (a damaged workbook) instead of failing', async () => {
    const merges = [
      { s: { r: 0, c: 0 }, e: { r: 0, c: 2 } },
      { s: { r: 0, c: 1 }, e: { r: 1, c: 1 } },
      { s: { r: 1, c: 2 }, e: { r: 2, c: 2 } },
    ];
    const book = await reopen(await writeWorkbook([{ name: 'a', merges, rows: [['x'], ['y'], ['z']] }], 't'));
    const ws = book.getWorksheet('a')!;
    expect(ws.getCell('C1').master.address).toBe('A1');
    expect(ws.getCell('B2').isMerged).toBe(false);
    expect(ws.getCell('C3').master.address).toBe('C2');
  });
});

describe('a highlighted row', () => {
  it('is filled across the table (its header row) and its own cells beyond, not as wide as the widest row', async () => {
    const rows = [['编号', '日期', '问题'], ['A1', '', '', '', 'x'], ['A2'], ['A3', '', '', '', '', '', '', 'wide']];
    const marks = (r: number) => (r === 1 || r === 2 ? { row: 'overdue' as const } : undefined);
    const ws = (await reopen(await writeWorkbook([{ name: 'a', header: 0, rows, marks }], 't'))).getWorksheet('a')!;
    const fill = (ref: string) => (ws.getCell(ref).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(['A2', 'C2', 'E2', 'F2', 'A3', 'C3', 'D3', 'H4'].map(fill)).toEqual(['FFF4B6B6', 'FFF4B6B6', 'FFF4B6B6', undefined, 'FFF4B6B6', 'FFF4B6B6', undefined, undefined]);
  });
});

describe('writeWorkbook as a zip', () => {
  /** SheetJS's reading of the first sheet, cell by cell (`A1` → value). */
  const cells = (bytes: Uint8Array) => {
    const book = XLSX.read(bytes, { type: 'array', cellNF: true });
    return book.Sheets[book.SheetNames[0]!]!;
  };

  it('writes a sheet of many megabytes of XML (deflated in several chunks) that reads back whole', async () => {
    // 60,000 rows of ~110 bytes of XML each: some 6 MB, six chunks of the writer's 1 MB.
    const rows = function* () {
      yield ['编号', '说明', '日期'];
      for (let i = 1; i <= 60000; i++) yield [`N${i}`, `第 ${i} 行`, { number: 45000 + (i % 400), format: 'yyyy-mm-dd' }];
    };
    const bytes = await writeWorkbook([{ name: '台账', header: 0, rows: rows() }], 't');
    expect(workbookProblem(bytes)).toBeUndefined();
    const ws = cells(bytes);
    expect(ws['!ref']).toBe('A1:C60001');
    expect([ws.A2?.v, ws.B30001?.v, ws.A60001?.v, ws.C60001?.v, ws.C60001?.z]).toEqual(['N1', '第 30000 行', 'N60000', 45000 + (60000 % 400), 'yyyy-mm-dd']);
  });

  it('writes a row wider than a chunk', async () => {
    const wide = Array.from({ length: 16000 }, (_, c) => c);
    const ws = cells(await writeWorkbook([{ name: 'a', rows: [wide] }], 't'));
    expect([ws.A1?.v, ws[`${XLSX.utils.encode_col(15999)}1`]?.v]).toEqual([0, 15999]);
  });

  it('starts with [Content_Types].xml, as Excel writes it (tools that tell an .xlsx by its first entry)', async () => {
    const bytes = Buffer.from(await writeWorkbook([{ name: 'a', rows: [['x']] }], 't'));
    expect([bytes.readUInt32LE(0), bytes.subarray(30, 30 + bytes.readUInt16LE(26)).toString()]).toEqual([0x04034b50, '[Content_Types].xml']);
  });

  it('gives the same bytes for the same workbook (no clock in the file)', async () => {
    const book = () => writeWorkbook([{ name: 'a', header: 0, rows: [['x', 'y'], [1, '二']] }], 't');
    expect(Buffer.from(await book()).equals(Buffer.from(await book()))).toBe(true);
  });
});
