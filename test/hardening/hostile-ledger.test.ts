/**
 * The big ledger of the hostile table (`repeatedLedger`, test/hardening/hostile-ledger.ts) repeats
 * records, not lines, so every generated record has the header's cell count. Regression: split on
 * "\n" after trimEnd(), the sample's last record lost its "\r" and, joined to the next by "\n",
 * read as one record of 79 cells (40 + 40 − 1) every 66th record; a quoted 备注 holding a line
 * break would have come out as two broken records.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.ts';
import { repeatedLedger } from './hostile-ledger.ts';

const records = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('repeatedLedger', () => {
  it('repeats records with quoted line breaks, quotes and commas intact, numbered anew', () => {
    const csv = '台账\r\n编号,登记日期,备注\r\nA-1,2024-01-02,"第一行\r\n第二行"\r\nA-2,2024-01-03,"含""引号"",逗号"\r\n';
    expect(records(repeatedLedger(csv, 3))).toEqual([
      ['台账'],
      ['编号', '登记日期', '备注'],
      ['BIG-0', '2024-01-02', '第一行\r\n第二行'],
      ['BIG-1', '2024-01-03', '含"引号",逗号'],
      ['BIG-2', '2024-01-02', '第一行\r\n第二行'],
    ]);
  });

  const company = readFileSync(join(packageRoot, 'data/ledgers/company.csv'), 'utf8');
  const note = '信访人另留电话13800001234，已电话回访';
  it.each([
    { name: 'the company sample', csv: company },
    { name: 'the company sample with a 备注 over two lines', csv: company.replace(note, `"${note.replace('，', '\r\n')}"`) },
  ])('$name, 200 times over: every record has the header’s cell count', ({ csv }) => {
    expect(csv).toContain(note.slice(0, 7));
    const [title, header, ...body] = records(repeatedLedger(csv, 200));
    expect(title).toEqual(['xx公司信访台账']);
    expect(header).toHaveLength(40); // 编号 … 备注: HEADER in data/ledgers/generate.ts, counted by hand
    expect(body.map((r) => r.length)).toEqual(Array.from({ length: 200 }, () => 40));
    expect(body.map((r) => r[0])).toEqual(Array.from({ length: 200 }, (_, i) => `BIG-${i}`));
  });
});
