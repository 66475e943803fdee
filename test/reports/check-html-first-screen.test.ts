/**
 * The check report's first screen (what a leader reads in 10 seconds), on the Q3 fixture
 * (test/reports/fixtures/q3-ledger, worked out in period-q3.test.ts) checked as of 2026-09-30:
 * events after that day have not happened yet.
 *
 * Overdue on 09-30: D6 notice (due 08-18, never notified) 43 days; D6 resolve (due 09-02; closed
 * 10-15, later) 28 days; D2 resolve (due 09-20; closed 10-12, later) 10 days — 工会 2, 办公室 1.
 * No clock of these rules has a warn window: nothing is due soon. Violations by 09-30: D8's
 * extension approved 08-05 after its due date 07-29, D6's approved 09-10 after 09-02 (D7's, 10-20, is later) → 2.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { daysRemaining } from '../../src/reports/check-html.ts';
import { cli } from '../ledger/check-helpers.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
let html: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'xinfang-first-screen-'));
  const r = await cli(['check', '--rules', join(FIXTURES, 'q2-ledger/rules/kpi-office'), '--cases', join(FIXTURES, 'q3-ledger/ledger.csv'), '--as-of', '2026-09-30', '--out', dir]);
  expect(r.code).toBe(0);
  html = readFileSync(join(dir, 'ledger.check.html'), 'utf8');
});

describe('the check report', () => {
  it('opens with a one-line verdict, then the overdue and due-soon counts per department', () => {
    const verdict = '<p class="verdict red">截至 2026-09-30：逾期未办 3 项，临期 0 项，违规 2 项。</p>';
    expect(html).toContain(verdict);
    const counts = html.slice(html.indexOf('<h2>各部门逾期、临期件数</h2>'), html.indexOf('<h2>逾期未办清单'));
    expect(counts).toContain('<tr><th scope="row">工会</th><td class="n red">2</td><td class="n">0</td></tr><tr><th scope="row">办公室</th><td class="n red">1</td><td class="n">0</td></tr>');
    expect(html.indexOf(verdict)).toBeLessThan(html.indexOf('<h2>主要指标</h2>'));
  });

  it('lists the overdue items with 承办人, 到期日 and days overdue, most overdue first', () => {
    const list = html.slice(html.indexOf('<h2>逾期未办清单'), html.indexOf('<h2>临期清单'));
    expect(list).toContain('<td class="k">D6</td><td>工会</td><td class="k">周二</td><td>受理告知</td><td class="k">2026-08-18</td><td class="n">43</td>');
    expect(list.indexOf('<td class="k">D6</td><td>工会</td><td class="k">周二</td><td>办结</td><td class="k">2026-09-02</td><td class="n">28</td>')).toBeGreaterThan(list.indexOf('>43<'));
    expect(list).toContain('<td class="k">D2</td><td>办公室</td><td class="k">陈一</td><td>办结</td><td class="k">2026-09-20</td><td class="n">10</td>');
  });

  it('names violations in Chinese and puts the KPI definitions in an appendix', () => {
    const violations = html.slice(html.indexOf('<h2>违规</h2>'), html.indexOf('<h2>主要指标</h2>'));
    expect(violations).toContain('到期后才批准延期');
    expect(violations).not.toContain('EXTENSION_AFTER_DUE');
    expect(html.indexOf('<h2>附录：指标定义</h2>')).toBeGreaterThan(html.indexOf('<h2>数据问题</h2>'));
    expect(html).toMatch(/@page\{size:A4 landscape;[^}]*counter\(page\)/);
  });

  it('prints on landscape A4 with 编号, names and dates kept on one line (a ten-column list in portrait broke them a character per line)', () => {
    expect(html).toMatch(/td\.k\{white-space:nowrap\}/);
    expect(html).toContain('<td class="k">D6</td>');
  });

  it('counts days remaining from the as-of date', () => {
    expect([daysRemaining('2026-10-08', '2026-09-30'), daysRemaining('2026-09-30T17:00', '2026-09-30')]).toEqual([8, 0]);
  });
});
