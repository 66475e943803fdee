/**
 * A workbook edited wrongly is rejected with diagnostics at the offending `sheet!cell`, the same
 * codes as for YAML where the problem is the same, exit 1, and no YAML written.
 * Each case starts from the national export (2 versions; 时限 row 2 is the 2005 `notice` clock:
 * A 版本, B 编号, C 名称, D 起算, E 截止, F 期限, G 到期日取, H 适用条件 … W 依据, X 说明; 条文:
 * A 版本, B 编号, C 条号, D 引用路径, E 章, F 标题, G 正文).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/import.ts';
import { formatLocation } from '../../src/diagnostics/diagnostic.ts';
import { packageRoot } from '../../src/paths.ts';
import { loadRuleSets } from '../../src/rules/load-rulesets.ts';
import { importRulesWorkbook } from '../../src/workbook/import-workbook.ts';
import { INFO_FIELDS } from '../../src/workbook/layout.ts';
import { writeRulesWorkbook } from '../../src/workbook/write-workbook.ts';

let exported: Uint8Array;
let work: string;

beforeAll(async () => {
  const { value } = loadRuleSets([join(packageRoot, 'rules', 'national')], packageRoot);
  exported = await writeRulesWorkbook(value.get('national')!.versions.map((v) => v.rules));
  work = mkdtempSync(join(tmpdir(), 'xinfang-broken-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function edited(edit: (book: XLSX.WorkBook) => void): Uint8Array {
  const book = XLSX.read(exported, { type: 'buffer' });
  edit(book);
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

const setCell = (book: XLSX.WorkBook, sheet: string, ref: string, v: string) => {
  book.Sheets[sheet]![ref] = { t: 's', v };
};

/** A header cell beyond the table: the sheet's range grows to include it. */
const setHeader = (book: XLSX.WorkBook, sheet: string, ref: string, v: string) => {
  const ws = book.Sheets[sheet]!;
  ws[ref] = { t: 's', v };
  const range = XLSX.utils.decode_range(ws['!ref']!);
  range.e.c = Math.max(range.e.c, XLSX.utils.decode_cell(ref).c);
  ws['!ref'] = XLSX.utils.encode_range(range);
};

/** 沿用上级时限 (a list; one starting with "[" is read as YAML). */
const extendsClocksRow = INFO_FIELDS.findIndex((f) => f.key === 'extends.clocks') + 2;

/** 单位类型 is the 12th 基本信息 field → row 13 (row 1 is the header); 2005 is column C. */
const kindRow = INFO_FIELDS.findIndex((f) => f.key === 'organisation.kind') + 2;

const cases: { name: string; edit: (b: XLSX.WorkBook) => void; code: string; at: string }[] = [
  { name: 'wrong enum value in 起算', edit: (b) => setCell(b, '时限', 'D2', '登记'), code: 'SCHEMA_ENUM', at: '时限!D2' },
  { name: 'wrong enum value in 单位类型', edit: (b) => setCell(b, '基本信息', `C${kindRow}`, '机关'), code: 'SCHEMA_ENUM', at: `基本信息!C${kindRow}` },
  {
    // 25 columns A–Y; without C the sheet ends at X, so the missing column is reported where it goes back: Y1.
    name: 'required column 名称 deleted',
    edit: (b) => {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(b.Sheets['时限']!, { header: 1, defval: '' });
      b.Sheets['时限'] = XLSX.utils.aoa_to_sheet(rows.map((r) => r.filter((_, i) => i !== 2)));
    },
    code: 'WORKBOOK_MISSING_VALUE',
    at: '时限!Y1',
  },
  { name: 'merged cells', edit: (b) => (b.Sheets['条文']!['!merges'] = [XLSX.utils.decode_range('B2:B3')]), code: 'WORKBOOK_MERGED_CELLS', at: '条文!B2' },
  { name: 'extra sheet', edit: (b) => XLSX.utils.book_append_sheet(b, XLSX.utils.aoa_to_sheet([['草稿']]), '草稿'), code: 'WORKBOOK_EXTRA_SHEET', at: '草稿!A1' },
  { name: 'basis names no article', edit: (b) => setCell(b, '时限', 'X2', 'a999'), code: 'UNKNOWN_REFERENCE', at: '时限!X2' },
  { name: 'unreadable condition', edit: (b) => setCell(b, '时限', 'I3', '来源像交办'), code: 'WORKBOOK_BAD_CONDITION', at: '时限!I3' },
  { name: 'article text emptied (said by its header, not the YAML key)', edit: (b) => delete b.Sheets['条文']!['G2'], code: 'WORKBOOK_MISSING_VALUE', at: '条文!G2' },
  {
    name: 'a sheet deleted',
    edit: (b) => {
      delete b.Sheets['部门'];
      b.SheetNames = b.SheetNames.filter((n) => n !== '部门');
    },
    code: 'WORKBOOK_MISSING_SHEET',
    at: '部门!',
  },
  { name: 'a column header that is no field', edit: (b) => setHeader(b, '时限', 'Y1', '备用列'), code: 'WORKBOOK_UNKNOWN_COLUMN', at: '时限!Y1' },
  { name: 'a column header given twice', edit: (b) => setHeader(b, '时限', 'Y1', '名称'), code: 'WORKBOOK_DUPLICATE_COLUMN', at: '时限!Y1' },
  {
    // Without the last column (X 说明) the sheet ends at W: the missing column goes back at X1.
    name: 'optional column 说明 deleted',
    edit: (b) => {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(b.Sheets['时限']!, { header: 1, defval: '' });
      b.Sheets['时限'] = XLSX.utils.aoa_to_sheet(rows.map((r) => r.slice(0, 23)));
    },
    code: 'WORKBOOK_MISSING_COLUMN',
    at: '时限!X1',
  },
  {
    name: 'a 基本信息 row that is no field',
    edit: (b) => XLSX.utils.sheet_add_aoa(b.Sheets['基本信息']!, [['传真', '', '010-12345678']], { origin: -1 }),
    code: 'WORKBOOK_UNKNOWN_FIELD',
    at: `基本信息!A${INFO_FIELDS.length + 2}`,
  },
  { name: 'a list cell that is broken YAML', edit: (b) => setCell(b, '基本信息', `C${extendsClocksRow}`, '[notice, resolve'), code: 'WORKBOOK_BAD_CELL', at: `基本信息!C${extendsClocksRow}` },
  { name: 'row of no version', edit: (b) => setCell(b, '时限', 'A2', '2010-01-01'), code: 'WORKBOOK_UNKNOWN_VERSION', at: '时限!A2' },
  { name: 'bad limit', edit: (b) => setCell(b, '时限', 'G2', '尽快'), code: 'INVALID_LIMIT', at: '时限!G2' },
];

describe('broken workbooks', () => {
  it('the unedited export imports cleanly', () => {
    const { diagnostics, files } = importRulesWorkbook(exported, 'national.xlsx', join(work, 'national'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(files.map((f) => f.name)).toEqual(['2005-05-01.yaml', '2022-05-01.yaml']);
  });

  it.each(cases)('$name → $code at $at', ({ edit, code, at }) => {
    const { diagnostics } = importRulesWorkbook(edited(edit), 'national.xlsx', join(work, 'national'));
    const found = diagnostics.filter((d) => d.code === code).map((d) => `${d.sheet}!${d.columnLetter ?? ''}${d.row ?? ''}`);
    expect(found).toContain(at);
  });

  it('a cell of broken YAML says what is wrong in Chinese', () => {
    const { diagnostics } = importRulesWorkbook(edited((b) => setCell(b, '基本信息', `C${extendsClocksRow}`, '[notice, resolve')), 'national.xlsx', join(work, 'national'));
    expect(diagnostics.find((d) => d.code === 'WORKBOOK_BAD_CELL')?.message).toBe('无法识别的内容“[notice, resolve”：缺少必需的符号：引号或括号没有闭合，或列表项缺少“- ”。');
  });

  it('the CLI exits 1 and writes no YAML', async () => {
    const file = join(work, 'bad.xlsx');
    writeFileSync(file, edited((b) => setCell(b, '时限', 'D2', '登记')));
    const out = join(work, 'out', 'national');
    const err: string[] = [];
    const code = await importCommand.run([file, '--out', out], { stdout: () => {}, stderr: (t) => err.push(t), lang: 'zh', cwd: work, isTTY: false });
    expect(code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(err.join('\n')).toMatch(/时限!D2 \(起算\)  error  SCHEMA_ENUM/);
  });

  it('bytes that are no workbook (a truncated export): WORKBOOK_DAMAGED naming the file, nothing imported', () => {
    const { diagnostics, files } = importRulesWorkbook(exported.subarray(0, 2000), 'national.xlsx', join(work, 'national'));
    expect(diagnostics.map((d) => [d.code, d.file, d.severity])).toEqual([['WORKBOOK_DAMAGED', 'national.xlsx', 'error']]);
    expect(files).toEqual([]);
  });

  it('the rule-set id must match the output folder (RULESET_MISMATCH at 基本信息!C2)', () => {
    const { diagnostics } = importRulesWorkbook(exported, 'national.xlsx', join(work, 'elsewhere'));
    const d = diagnostics.find((x) => x.code === 'RULESET_MISMATCH');
    expect(d && formatLocation({ ...d, file: undefined })).toBe('基本信息!C2 (规则集编号)');
  });
});

describe('dropdowns', () => {
  it('are written into the sheet XML after the data and before the page setup, as the schema orders them (ECMA-376 §18.3.1.99)', () => {
    const zip = XLSX.CFB.read(exported, { type: 'buffer' });
    // 时限 is the 8th sheet: 说明, 基本信息, 备注, 部门, 联系电话, 事项类别, 事项与归口, 时限.
    const xml = new TextDecoder().decode(XLSX.CFB.find(zip, '/xl/worksheets/sheet8.xml')!.content as Uint8Array);
    // 起算 is column D; the national export has 11 clock rows (rows 2–12) and 200 spare rows below them.
    expect(xml).toContain('sqref="D2:D212"><formula1>&quot;登记日期,转送日期,告知日期');
    expect(xml.indexOf('<dataValidations')).toBeGreaterThan(xml.indexOf('</sheetData>'));
    expect(xml.indexOf('<dataValidations')).toBeLessThan(xml.indexOf('<pageMargins'));
  });

  it('on 基本信息 span the versions of a field’s row (单位类型: C to D, two versions)', () => {
    const zip = XLSX.CFB.read(exported, { type: 'buffer' });
    const xml = new TextDecoder().decode(XLSX.CFB.find(zip, '/xl/worksheets/sheet2.xml')!.content as Uint8Array);
    expect(xml).toContain(`sqref="C${kindRow}:D${kindRow}"`);
  });
});

describe('a workbook listing a sheet whose part is missing (found by npm run fuzz)', () => {
  it('is WORKBOOK_MISSING_SHEET for that sheet, not an exception', () => {
    const cfb = XLSX.CFB.read(exported, { type: 'buffer' });
    // Sheet 2 is 基本信息 (说明 is the first); its part goes, the workbook still lists it.
    XLSX.CFB.utils.cfb_del(cfb, '/xl/worksheets/sheet2.xml');
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'buffer' }) as Buffer);
    const r = importRulesWorkbook(bytes, 'national.xlsx', join(work, 'missing-part'));
    expect(r.diagnostics.map((d) => `${d.code} ${d.sheet}`)).toContain('WORKBOOK_MISSING_SHEET 基本信息');
    expect(r.files).toEqual([]);
  });
});
