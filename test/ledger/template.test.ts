/**
 * `xinfang template` on the q2 fixture rules (test/reports/fixtures/q2-ledger/rules/kpi-office):
 * clocks notice (登记日期 → 告知日期) and resolve (登记日期 → 办结日期, extension allowed), no windows;
 * departments 办公室, 工会; categories 劳资纠纷, 其他.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { cli } from './check-helpers.ts';

const RULES = join(import.meta.dirname, '..', 'reports', 'fixtures', 'q2-ledger', 'rules', 'kpi-office');

describe('xinfang template', () => {
  it('writes the columns the clocks need, with dropdowns of what the rules name', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'xinfang-template-')), '台账.xlsx');
    const r = await cli(['template', '--rules', RULES, '--out', out, '--as-of', '2026-06-30']);
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(bytes).Sheets['台账']!, { header: 1 });
    // The columns every ledger keeps, plus the clocks' events: 告知日期, 办结日期, and the extension's two.
    expect([...rows[1]!].sort()).toEqual(
      ['编号', '登记日期', '来源方式', '来源', '等级', '类别', '人数', '承办部门', '承办人', '信访人', '联系电话', '备注', '告知日期', '办结日期', '延期批准日期', '延期天数'].sort(),
    );
    expect(rows[1]).not.toContain('答复日期'); // no clock of these rules stops on it
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const model = (book.getWorksheet('台账') as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    const formulae = Object.values(model).map((v) => v.formulae[0]);
    expect(formulae).toEqual(expect.arrayContaining(['"办公室,工会"', '"劳资纠纷,其他"', '"来信,来访,来电,网上,其他"', '"直接,交办,转办"']));
  });

  it('reads back as a ledger with no case and no error', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'xinfang-template-')), '台账.xlsx');
    await cli(['template', '--rules', RULES, '--out', out]);
    const r = await cli(['check', '--rules', RULES, '--cases', out, '--as-of', '2026-06-30', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).cases).toBe(0);
  });
});
