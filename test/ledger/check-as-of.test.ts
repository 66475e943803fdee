/**
 * Checking "as of" a date: events dated after it have not happened yet. A ledger exported on
 * 2026-03-20 and checked as of 2026-03-10 must not count a case closed on the 20th as closed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './check-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'xinfang-as-of-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check --as-of and later dates', () => {
  it('treats later events as not yet happened and leaves out cases registered later', async () => {
    const file = join(dir, 'ledger.csv');
    writeFileSync(
      file,
      ['编号,登记日期,办结日期,承办部门,类别', 'H1,2026-03-02,2026-03-20,医务科,医疗咨询', 'H2,2026-03-12,,医务科,医疗咨询', 'H3,2026-03-02,2026-03-06,医务科,医疗咨询'].join('\n'),
    );
    const r = await cli(['check', '--rules', 'rules/hospital', '--cases', file, '--as-of', '2026-03-10', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    // hospital `resolve`: 7日 from 登记日期. 2026-03-02 (Monday) + 7 = 03-09, a Monday and a working day
    // (no holiday in March 2026 per 国办发明电〔2025〕7号). As of 03-10, H1's 03-20 closing has not
    // happened: overdue by 1 day. H3 closed 03-06: on time. H2 was registered after the as-of date.
    expect(j.findings.map((f: { case: string; status: string; due: string; stop: string | null; days_late: number }) => [f.case, f.status, f.due, f.stop, f.days_late])).toEqual([
      ['H1', 'overdue', '2026-03-09', null, 1],
      ['H3', 'on-time', '2026-03-09', '2026-03-06', 0],
    ]);
    const later = j.diagnostics.filter((d: { code: string }) => d.code === 'CHECK_EVENT_AFTER_AS_OF');
    expect(later.map((d: { row: number; header: string }) => [d.row, d.header])).toEqual([
      [2, '办结日期'],
      [3, '登记日期'],
    ]);
  });
});
