/**
 * The progress line of `check` on a terminal: reading (a CSV by bytes; a workbook while parsed,
 * then by rows) and writing (each report by name, the annotated copy by rows), redrawn in place;
 * and the CSV reader stopping where its caller has read enough (the problem-rows workbook).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.ts';
import { streamCsv } from '../../src/ledger/read-csv.ts';
import { readLedger, type ReadUnit } from '../../src/ledger/read-ledger.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-progress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function drawn(on: boolean, steps: (p: ReturnType<typeof progressLine>) => void): string[] {
  const out: string[] = [];
  const p = progressLine(on, 'zh', (t) => out.push(t));
  steps(p);
  return out;
}

describe('the progress line', () => {
  it.each([
    { what: 'a CSV read halfway', step: (p: ReturnType<typeof progressLine>) => p.read(50, 100, 'bytes'), text: '\r读取台账 [##########..........] 50%' },
    { what: 'a workbook being parsed', step: (p: ReturnType<typeof progressLine>) => p.read(0, 100, 'workbook'), text: '\r解析工作簿（大文件需要一些时间）……' },
    { what: 'rows checked', step: (p: ReturnType<typeof progressLine>) => p.read(1, 4, 'rows'), text: '\r逐行检查 [#####...............] 25%' },
    { what: 'a report written', step: (p: ReturnType<typeof progressLine>) => p.write('台账.check.html'), text: '\r写出报告 台账.check.html' },
    { what: 'the annotated copy by rows', step: (p: ReturnType<typeof progressLine>) => p.write('台账.annotated.xlsx', 3, 4), text: '\r写出报告 台账.annotated.xlsx [###############.....] 75%' },
  ])('draws $what', ({ step, text }) => {
    expect(drawn(true, step)).toEqual([text]);
  });

  it('redraws only on change, pads over a longer line, and ends with a newline', () => {
    const out = drawn(true, (p) => {
      p.write('a.check.html');
      p.write('a.check.html');
      p.write('b');
      p.end();
      p.end();
    });
    expect(out).toEqual(['\r写出报告 a.check.html', `\r${'写出报告 b'.padEnd('写出报告 a.check.html'.length)}`, '\n']);
  });

  it('draws nothing when off (not a terminal, or a small ledger)', () => {
    expect(drawn(false, (p) => (p.read(1, 2, 'bytes'), p.write('x'), p.end()))).toEqual([]);
  });
});

describe('reading a workbook ledger reports its progress', () => {
  it('once before the parse, then by rows to the last', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['编号', '登记日期'], ['A1', '2026-01-05'], ['A2', '2026-01-06']]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, ws, '台账');
    const path = join(work, 'l.xlsx');
    writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const calls: [number, number, ReadUnit][] = [];
    await readLedger(path, { displayName: 'l.xlsx', onCase: () => undefined, onProgress: (done, total, unit) => calls.push([done, total, unit]) });
    expect(calls[0]![2]).toBe('workbook');
    expect(calls.slice(1)).toEqual([[1, 3, 'rows'], [2, 3, 'rows'], [3, 3, 'rows']]);
  });
});

describe('a CSV read stopped by its reader', () => {
  it.each([
    { stopAfter: 2, rows: 2 },
    { stopAfter: 1000, rows: 5 },
  ])('stops after $stopAfter rows (of 5): $rows rows seen, an ordinary end', async ({ stopAfter, rows }) => {
    const path = join(work, 'stop.csv');
    writeFileSync(path, '编号\nA1\nA2\nA3\nA4\n');
    const seen: number[] = [];
    const end = await streamCsv(path, 'utf-8', (_cells, row) => {
      seen.push(row);
      return seen.length < stopAfter;
    });
    expect(end).toEqual({ ok: true });
    expect(seen).toEqual([1, 2, 3, 4, 5].slice(0, rows));
  });
});
