/**
 * The annotated copy of a ledger: the office's layout (title row, merged cells, number formats,
 * column widths) kept, red rows for overdue clocks, amber for clocks due soon, yellow for cells with
 * a data problem, and a Chinese 问题 column right after 编号 (B; the other columns move one letter
 * right). Read back with ExcelJS, which reads fills, merges, formats and widths.
 *
 * The ledger (rules/national, as of 2026-03-11; 受理告知 is 15日 from 登记日期 with a 3日 warning):
 *   row 3  A1  登记 2026-01-05, 告知 01-08                 on time            → no fill
 *   row 4  A2  登记 2026-01-05, no 告知: due 01-20, 50 days late (11 + 28 + 11) → red
 *   row 5  A3  登记 2026-02-26, no 告知: due 03-13 (2 + 13), 2 days left        → amber
 *   row 6  A4  登记 2026-13-45 (no such date)                                  → C6 yellow (登记日期 is C in the copy)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.ts';
import { checkLedgerFile } from '../../src/check/check-ledger.ts';
import { diagnosticsJson } from '../../src/cli/print-diagnostics.ts';
import { ledgerSource, rowEnd } from '../../src/reports/annotated-source.ts';
import { ANNOTATE_MAX_ROWS, annotatedLedgerXlsx } from '../../src/reports/check-annotated.ts';
import { ReportCollector } from '../../src/reports/check-collect.ts';
import { cli, ruleSet } from '../ledger/check-helpers.ts';

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
    // Not G: G3:G4 (承办部门, F in the ledger) is one merged cell, shown with the format of its first cell.
    for (const col of ['A', 'B', 'D', 'H']) expect(fill(`${col}${row}`), `${col}${row}`).toBe(argb);
  });

  it('fills the cell with a bad date yellow, and only that cell of its row', () => {
    expect(fill('C6')).toBe(FILLS.yellow);
    expect(fill('A6')).toBeUndefined();
    expect(fill('D6')).toBeUndefined();
  });

  it('says in the 问题 column next to 编号, in Chinese, what is wrong with each row, citing the copy\'s column letters', () => {
    expect(sheet.getCell('A2').value).toBe('编号');
    expect(sheet.getCell('B2').value).toBe('问题');
    expect(sheet.getCell('C2').value).toBe('登记日期');
    expect(sheet.getCell('B3').value).toBeNull();
    expect(sheet.getCell('B4').value).toBe('受理告知：逾期 50 天（期限 2026-01-20）');
    expect(sheet.getCell('B5').value).toBe('受理告知：临期（期限 2026-03-13）');
    expect(sheet.getCell('B6').value).toBe('C列（登记日期）：无法识别日期“2026-13-45”，该日期按未填处理');
  });

  it('keeps the title row and the merged 承办部门 as merged cells, the value in the first cell only', () => {
    expect(sheet.getCell('A1').value).toBe('某区信访局信访事项登记台账');
    expect(sheet.getCell('G4').isMerged).toBe(true);
    expect(sheet.getCell('G4').master.address).toBe('G3');
    expect(sheet.getCell('G3').value).toBe(GOV);
    // The title's merge A1:G1 grows by the inserted 问题 column.
    expect(sheet.getCell('H1').master.address).toBe('A1');
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

describe('the problem-rows workbook of a ledger over ANNOTATE_MAX_ROWS cases', () => {
  /**
   * The same four-case ledger, reported as if it had ANNOTATE_MAX_ROWS + 1 cases (copying the rows of
   * a larger ledger would take longer than checking it): a title line saying what the sheet is,
   * the ledger's title and header rows, then only A2 (red), A3 (amber) and A4 (bad date), each
   * note naming its row in the ledger; A1 (on time, ledger row 3) is left out.
   */
  let rows: ExcelJS.Worksheet;
  beforeAll(async () => {
    const rules = await ruleSet('national');
    const lists = new ReportCollector(rules);
    const path = join(work, 'ledger.xlsx');
    const r = await checkLedgerFile(path, rules, { asOf: parseDay('2026-03-11')!, lang: 'zh', displayName: 'ledger.xlsx', sink: lists.sink });
    const d = {
      asOf: '2026-03-11', ruleset: rules.id, organisation: rules.name, versions: r.outcome!.versionsUsed, ledger: 'ledger.xlsx',
      summary: r.outcome!.summary, lists, diagnostics: diagnosticsJson(r.diagnostics, 'zh'), showPersonal: false,
    };
    const copy = await annotatedLedgerXlsx(path, { ...r.ledger, cases: ANNOTATE_MAX_ROWS + 1 }, d);
    if (!copy || copy === 'changed') throw new Error(`no problem-rows copy: ${copy}`);
    expect(copy.kind).toBe('problem-rows');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(copy.bytes) as unknown as ArrayBuffer);
    rows = book.getWorksheet('问题行')!;
  }, 60_000);

  it('says on its first line that it is not the whole ledger', () => {
    expect(String(rows.getCell('A1').value)).toMatch(/^台账共 200001 件，超过 200000 件，未生成完整的标注副本。本表只列出有问题的行/);
  });

  it('keeps the title and header rows, then the problem rows only', () => {
    expect(rows.getCell('A2').value).toBe('某区信访局信访事项登记台账');
    expect(rows.getCell('H2').master.address).toBe('A2');
    expect(rows.getCell('B3').value).toBe('问题');
    expect([4, 5, 6, 7].map((r) => rows.getCell(`A${r}`).value)).toEqual(['A2', 'A3', 'A4', null]);
    expect(rows.getCell('B4').value).toBe('第 4 行：受理告知：逾期 50 天（期限 2026-01-20）');
    expect(rows.getCell('B6').value).toBe('第 6 行：C列（登记日期）：无法识别日期“2026-13-45”，该日期按未填处理');
  });

  it.each([
    { ref: 'D4', argb: FILLS.red },
    { ref: 'D5', argb: FILLS.amber },
    { ref: 'C6', argb: FILLS.yellow },
    { ref: 'D6', argb: undefined },
  ])('fills $ref as in the whole copy ($argb)', ({ ref, argb }) => {
    expect((rows.getCell(ref).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe(argb);
  });

  it('freezes the header under the title line', () => {
    expect(rows.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });
});

describe('the office\'s number formats and column widths', () => {
  /**
   * A ledger saved by a spreadsheet, as an office keeps it: 序号 a plain number, 登记日期 a date with
   * its time (2026-06-10 15:20, serial 46183 + 15h20m/24h), 告知日期 in the 年月日 format, its own
   * column widths.
   */
  const TIME = 46183 + (15 * 60 + 20) / (24 * 60);
  const ZH_DATE = 'yyyy"年"m"月"d"日"';
  let copy: ExcelJS.Worksheet;
  /** The same sheet read by SheetJS, which gives the stored serials (ExcelJS turns them into local-time Dates). */
  let cells: XLSX.WorkSheet;
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('台账');
    ws.columns = [{ width: 6 }, { width: 13 }, { width: 21 }, { width: 19 }, { width: 17 }, { width: 11 }];
    ws.addRow(['序号', '编号', '登记日期', '告知日期', '承办部门', '类别']);
    const row = ws.addRow([1, 'B1', TIME, 46185, GOV, '建议意见类']);
    row.getCell(3).numFmt = 'yyyy-mm-dd hh:mm';
    row.getCell(4).numFmt = ZH_DATE;
    await book.xlsx.writeFile(join(work, 'formats.xlsx'));
    const r = await cli(['check', '--rules', 'rules/national', '--cases', join(work, 'formats.xlsx'), '--as-of', '2026-06-30', '--out', join(work, 'out-formats')]);
    expect(r.code, r.stderr).toBe(0);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(join(work, 'out-formats', 'formats.annotated.xlsx'));
    copy = read.getWorksheet('台账')!;
    cells = XLSX.read(readFileSync(join(work, 'out-formats', 'formats.annotated.xlsx')), { cellNF: true }).Sheets['台账']!;
  }, 60_000);

  it.each([
    { ref: 'A2', value: 1, numFmt: undefined, what: '序号 stays a number, General' },
    { ref: 'D2', value: TIME, numFmt: 'yyyy-mm-dd hh:mm', what: 'the time of 登记日期 is kept and shown' },
    { ref: 'E2', value: 46185, numFmt: ZH_DATE, what: '告知日期 keeps the 年月日 format' },
  ])('$ref: $what', ({ ref, value, numFmt }) => {
    const cell = cells[ref] as XLSX.CellObject;
    expect(cell.v).toBeCloseTo(value, 9);
    expect(cell.z === 'General' ? undefined : cell.z).toBe(numFmt);
  });

  it('keeps the column widths, the 问题 column (C) wide enough for its notes', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => copy.getColumn(c).width)).toEqual([6, 13, 60, 21, 19, 17, 11]);
  });
});

describe('the width of a 200,000-row ledger', () => {
  it('is found without spreading the rows into a call (regression: "Maximum call stack size exceeded")', async () => {
    // The old code was Math.max(...rows.map((r) => r.length)), which overflows at about 10^5 arguments.
    const lines = ['编号,登记日期'];
    for (let i = 0; i < 200_000; i++) lines.push(i === 123_456 ? 'a,b,c,d,,' : 'a,b');
    // eslint-disable-next-line local/no-spread-arguments -- the regression itself: the old spread must overflow
    expect(() => Math.max(...lines.map((r) => r.length))).toThrow(RangeError);
    const dir = mkdtempSync(join(tmpdir(), 'xinfang-width-'));
    try {
      writeFileSync(join(dir, 'wide.csv'), lines.join('\n'));
      const info = { ok: true, format: 'csv' as const, encoding: 'utf-8' as const, cases: 200_000, diagnostics: [], totals: { error: 0, warning: 0, info: 0 } };
      const read = await ledgerSource(join(dir, 'wide.csv'), info, () => true, Infinity);
      expect(read && read !== 'changed' ? [read.width, read.rows.length, read.rows[123_457]!.cells] : read).toEqual([4, 200_001, ['a', 'b', 'c', 'd']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts up to the last filled cell: a sheet declaring A1:XFD1048576 reads as 16,384 cells a row, nearly all empty', () => {
    const wide: (string | null)[] = new Array(16_384).fill(null);
    wide[1] = '2024-01-02';
    expect([rowEnd(['编号', '登记日期'], 0), rowEnd(wide, 0), rowEnd(wide, 2), rowEnd([null, ''], 2)]).toEqual([2, 2, 4, 0]);
  });
});
