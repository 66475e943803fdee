/**
 * The annotated copy of a ledger: the office's layout (title row, merged cells) kept, red rows for
 * overdue clocks, amber for clocks due soon, yellow for cells with a data problem, and a Chinese
 * 问题 column after the last column (H). Read back with ExcelJS, which reads fills and merges.
 *
 * The ledger (rules/national, as of 2026-03-11; 受理告知 is 15日 from 登记日期 with a 3日 warning):
 *   row 3  A1  登记 2026-01-05, 告知 01-08                 on time            → no fill
 *   row 4  A2  登记 2026-01-05, no 告知: due 01-20, 50 days late (11 + 28 + 11) → red
 *   row 5  A3  登记 2026-02-26, no 告知: due 03-13 (2 + 13), 2 days left        → amber
 *   row 6  A4  登记 2026-13-45 (no such date)                                  → B6 yellow
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridWidth } from '../../src/reports/check-annotated.ts';
import { cli } from '../ledger/check-helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-annotated-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A department of rules/national, so 承办部门 raises no warning. */
const GOV = '本级党委和政府';
const FILLS = { red: 'FFF4B6B6', amber: 'FFFCE1B0', yellow: 'FFFFF59D' };
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  const ws = XLSX.utils.aoa_to_sheet([
    ['某区信访局信访事项登记台账'],
    ['编号', '登记日期', '告知日期', '受理日期', '办结日期', '承办部门', '类别'],
    ['A1', '2026-01-05', '2026-01-08', '2026-01-06', '2026-02-10', GOV, '建议意见类'],
    ['A2', '2026-01-05', '', '', '', null, '建议意见类'],
    ['A3', '2026-02-26', '', '', '', GOV, '建议意见类'],
    ['A4', '2026-13-45', '', '', '', GOV, '建议意见类'],
  ]);
  ws['!merges'] = [XLSX.utils.decode_range('A1:G1'), XLSX.utils.decode_range('F3:F4')];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, ws, '台账');
  writeFileSync(join(work, 'ledger.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  const r = await cli(['check', '--rules', 'rules/national', '--cases', join(work, 'ledger.xlsx'), '--as-of', '2026-03-11', '--out', join(work, 'out')]);
  expect(r.code, r.stderr).toBe(0);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(join(work, 'out', 'ledger.annotated.xlsx'));
  sheet = copy.getWorksheet('台账')!;
}, 60_000);

const fill = (ref: string) => ((sheet.getCell(ref).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb);

describe('the annotated ledger', () => {
  it.each([
    { row: 3, what: 'on time', argb: undefined },
    { row: 4, what: 'overdue', argb: FILLS.red },
    { row: 5, what: 'due soon', argb: FILLS.amber },
  ])('row $row ($what) is filled $argb across the ledger and its 问题 column', ({ row, argb }) => {
    // Not F: F3:F4 is one merged cell, shown with the format of its first cell.
    for (const col of ['A', 'C', 'G', 'H']) expect(fill(`${col}${row}`), `${col}${row}`).toBe(argb);
  });

  it('fills the cell with a bad date yellow, and only that cell of its row', () => {
    expect(fill('B6')).toBe(FILLS.yellow);
    expect(fill('A6')).toBeUndefined();
  });

  it('says in the 问题 column, in Chinese, what is wrong with each row', () => {
    expect(sheet.getCell('H2').value).toBe('问题');
    expect(sheet.getCell('H3').value).toBeNull();
    expect(sheet.getCell('H4').value).toBe('受理告知：逾期 50 天（期限 2026-01-20）');
    expect(sheet.getCell('H5').value).toBe('受理告知：临期（期限 2026-03-13）');
    expect(sheet.getCell('H6').value).toBe('B列（登记日期）：无法识别日期“2026-13-45”，该日期按未填处理');
  });

  it('keeps the title row and the merged 承办部门 as merged cells, the value in the first cell only', () => {
    expect(sheet.getCell('A1').value).toBe('某区信访局信访事项登记台账');
    expect(sheet.getCell('F4').isMerged).toBe(true);
    expect(sheet.getCell('F4').master.address).toBe('F3');
    expect(sheet.getCell('B1').master.address).toBe('A1');
  });

  it('styles the header row (bold, fill, border), freezes it and puts a filter on it', () => {
    const h = sheet.getCell('B2');
    expect(h.font?.bold).toBe(true);
    expect((h.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFDCE6F1');
    expect(h.border?.bottom?.style).toBe('thin');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:H6');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
  });
});

describe('the width of a 200,000-row ledger', () => {
  it('is found without spreading the rows into a call (regression: "Maximum call stack size exceeded")', () => {
    // The old code was Math.max(...rows.map((r) => r.length)), which overflows at about 10^5 arguments.
    const rows: string[][] = [];
    for (let i = 0; i < 200_000; i++) rows.push(i === 123_456 ? ['a', 'b', 'c', 'd'] : ['a', 'b']);
    // eslint-disable-next-line local/no-spread-arguments -- the regression itself: the old spread must overflow
    expect(() => Math.max(...rows.map((r) => r.length))).toThrow(RangeError);
    expect(gridWidth({ rows, firstColumn: 2 }, 3)).toBe(6);
  });

  it('counts up to the last filled cell: a sheet declaring A1:XFD1048576 reads as 16,384 cells a row, nearly all empty', () => {
    const wide: (string | null)[] = new Array(16_384).fill(null);
    wide[1] = '2024-01-02';
    expect(gridWidth({ rows: [['编号', '登记日期'], wide], firstColumn: 0 }, 2)).toBe(2);
  });
});
