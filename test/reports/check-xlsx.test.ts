/**
 * The check workbook as an office opens it: violation types and clocks named in Chinese (not
 * EXTENSION_OVER_MAX, resolve), statuses in Chinese, rates as numbers in % format, and every list
 * sheet with a frozen, filtered header.
 *
 * rules/national 2022-05-01: 办结 (resolve) is 60日 from 受理 for 申诉求决类 and may be extended by at
 * most 30日 (信访工作条例 第三十四条). X1's extension of 45 days is over that maximum; X2 repeats X1's
 * 编号.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../ledger/check-helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-check-xlsx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GOV = '本级党委和政府';
let book: ExcelJS.Workbook;
beforeAll(async () => {
  writeFileSync(
    join(work, 'l.csv'),
    [
      '编号,登记日期,受理日期,延期批准日期,延期天数,办结日期,承办部门,类别',
      `X1,2026-01-05,2026-01-06,2026-02-20,45,,${GOV},申诉求决类`,
      `X1,2026-01-07,2026-01-08,,,2026-02-01,${GOV},申诉求决类`,
    ].join('\n'),
  );
  const r = await cli(['check', '--rules', 'rules/national', '--cases', join(work, 'l.csv'), '--as-of', '2026-03-11', '--out', join(work, 'out')]);
  expect(r.code, r.stderr).toBe(0);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(work, 'out', 'l.check.xlsx'));
}, 60_000);

const column = (sheet: string, header: string): unknown[] => {
  const ws = book.getWorksheet(sheet)!;
  const c = (ws.getRow(1).values as unknown[]).indexOf(header);
  const out: unknown[] = [];
  for (let r = 2; r <= ws.rowCount; r++) out.push(ws.getRow(r).getCell(c).value);
  return out;
};

describe('the check workbook', () => {
  it('names violation types and clocks in Chinese', () => {
    expect(column('违规', '类型').sort()).toEqual(['延期超过最长期限', '案件编号重复']);
    expect(column('违规', '时限')).toContain('办结');
    expect(column('违规', '时限')).not.toContain('resolve');
  });

  it.each(['逾期', '临期', '违规', '信访人逾期申请', '数据问题'])('%s: header frozen and filtered', (name) => {
    const ws = book.getWorksheet(name)!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(String(ws.autoFilter)).toMatch(/^A1:/);
  });

  it('stores rates as numbers shown in % format', () => {
    const ws = book.getWorksheet('汇总')!;
    let found = false;
    ws.eachRow((row) => {
      if (row.getCell(1).value !== '按期办结率') return;
      found = true;
      expect(typeof row.getCell(2).value).toBe('number');
      expect(row.getCell(2).numFmt).toBe('0.0%');
    });
    expect(found).toBe(true);
  });
});
