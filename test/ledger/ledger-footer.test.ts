/**
 * The end of a real-style 台账: a 合计 row and a 填表人/审核人/填表日期 line (in CSV, and in a workbook
 * where the footer is one cell merged across the sheet) are the form's footer, skipped with one
 * info line; full-width and 上午/下午 dates are read; an approval date without 延期天数 is a warning.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { formatMoment } from '../../src/deadlines/moment.ts';
import { readLedger } from '../../src/ledger/read-ledger.ts';
import type { LedgerCase } from '../../src/ledger/ledger-case.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { cli } from './check-helpers.ts';

const CSV = join(import.meta.dirname, 'fixtures/footer/ledger.csv');

async function read(path: string): Promise<{ cases: LedgerCase[]; diagnostics: Diagnostic[] }> {
  const cases: LedgerCase[] = [];
  const r = await readLedger(path, { displayName: 'ledger', onCase: (c) => cases.push(c) });
  return { cases, diagnostics: r.diagnostics };
}

describe('a CSV ledger with a footer', () => {
  let r: Awaited<ReturnType<typeof read>>;
  beforeAll(async () => {
    r = await read(CSV);
  });

  it('keeps the two cases and skips the 合计 and 填表人 rows with one info line', () => {
    expect(r.cases.map((c) => c.id)).toEqual(['F1', 'F2']);
    const footer = r.diagnostics.filter((d) => d.code === 'LEDGER_FOOTER_ROWS');
    expect(footer.map((d) => [d.row, d.severity])).toEqual([[5, 'info']]);
    expect(footer[0]!.message).toContain('5、6');
    // Nothing else is said about rows 5 and 6 (no bad date, no missing 登记日期).
    expect(r.diagnostics.filter((d) => d.row === 5 || d.row === 6).map((d) => d.code)).toEqual(['LEDGER_FOOTER_ROWS']);
  });

  it('reads full-width and 上午/下午 dates', () => {
    const [f1, f2] = r.cases;
    expect([formatMoment(f1!.events.received!), formatMoment(f1!.events.closed!), formatMoment(f2!.events.received!)]).toEqual(['2026-03-02', '2026-03-20', '2026-03-03']);
    expect(r.diagnostics.filter((d) => d.code === 'LEDGER_BAD_DATE')).toEqual([]);
  });

  it('warns about an approval date without 延期天数, at the approval cell', () => {
    const w = r.diagnostics.filter((d) => d.code === 'LEDGER_EXTENSION_NO_DAYS');
    expect(w.map((d) => [d.row, d.columnLetter, d.header, d.severity])).toEqual([[4, 'E', '延期批准日期', 'warning']]);
  });
});

describe('a note row that is not a footer', () => {
  it('is LEDGER_NOTE_ROW at its row, and the cases around it are kept', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'xinfang-note-')), 'ledger.csv');
    writeFileSync(path, '编号,登记日期,类别\nN1,2026-03-02,申诉求决类\n以下为补录案件,,\nN2,2026-03-03,申诉求决类\n');
    const r = await read(path);
    expect(r.cases.map((c) => c.id)).toEqual(['N1', 'N2']);
    expect(r.diagnostics.map((d) => [d.code, d.row])).toEqual([['LEDGER_NOTE_ROW', 3]]);
    expect(r.diagnostics[0]!.message).toContain('以下为补录案件');
  });
});

describe('a workbook whose footer is merged across the sheet', () => {
  it('skips the merged footer row instead of reading its text into every column', async () => {
    const rows = [
      ['编号', '登记日期', '类别', '承办部门', '办结日期'],
      ['W1', '2026-03-02', '申诉求决类', '信访科', ''],
      ['填表人：李某某    审核人：王某某    填表日期：2026年3月31日'],
    ];
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!merges'] = [{ s: { r: 2, c: 0 }, e: { r: 2, c: 4 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '台账');
    const path = join(mkdtempSync(join(tmpdir(), 'xinfang-footer-')), 'ledger.xlsx');
    writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const r = await read(path);
    expect(r.cases.map((c) => c.id)).toEqual(['W1']);
    expect(r.diagnostics.map((d) => [d.code, d.row])).toEqual([['LEDGER_FOOTER_ROWS', 3]]);
  });

  it('also skips a merged row holding one text that is not a footer word, but keeps a row whose cells repeat a date', async () => {
    const rows = [
      ['编号', '登记日期', '承办部门'],
      ['以下为补录案件', '', ''],
      ['2026-03-02', '2026-03-02', '信访科'],
    ];
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 1, c: 2 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '台账');
    const path = join(mkdtempSync(join(tmpdir(), 'xinfang-footer-')), 'ledger.xlsx');
    writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const r = await read(path);
    expect(r.cases.map((c) => c.id)).toEqual(['2026-03-02']);
  });
});

describe('every date argument reads what a ledger cell does', () => {
  it.each([
    // 2026-03-05 (Thu) + 15日 = 03-20 (Fri), a working day.
    [['deadline', '--from', '２０２６年３月５日', '--limit', '15日'], '2026-03-20'],
    [['deadline', '--from', '2026年3月5日上午', '--limit', '15日'], '2026-03-20'],
    [['deadline', '--from', '2026/3/5', '--limit', '15日'], '2026-03-20'],
  ])('%j', async (args, due) => {
    const r = await cli(args);
    expect([r.code, r.stdout.trim()]).toEqual([0, due]);
  });

  it('accepts a full-width --as-of in check and report', async () => {
    for (const args of [
      ['check', '--rules', 'rules/national', '--cases', CSV, '--as-of', '２０２６年３月３１日', '--json'],
      ['report', 'inspection', '--rules', 'rules/national', '--cases', CSV, '--period', '2026Q1', '--as-of', '２０２６年３月３１日', '--json'],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).as_of ?? JSON.parse(r.stdout).header.as_of).toBe('2026-03-31');
    }
  });
});
