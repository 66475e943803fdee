/**
 * The check reports on the v2 fixture (test/ledger/fixtures/v2-check, worked out in
 * test/ledger/check-v2.test.ts): petitioner requests out of time are listed apart as information,
 * and each listed finding says when it is unscored, explained or assumed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { cli } from '../ledger/check-helpers.ts';

const FIXTURE = 'test/ledger/fixtures/v2-check';
const args = ['check', '--rules', `${FIXTURE}/rules/v2-check`, '--cases', `${FIXTURE}/ledger.csv`, '--as-of', '2027-03-31'];
let dir: string;
let out: Awaited<ReturnType<typeof cli>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xinfang-v2-reports-'));
  out = await cli([...args, '--out', dir]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check reports with v2 findings', () => {
  it('prints the unscored, skipped and petitioner counts on the terminal', () => {
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('列出但不计分 3 项；因单元格未填不适用 1 项。');
    expect(out.stdout).toContain('信访人申请期限 3 项（信息，不计入违规和考核）：逾期提出 2。');
  });

  it('lists requests out of time apart in the HTML, and says why a finding is not scored', () => {
    const html = readFileSync(join(dir, 'ledger.check.html'), 'utf8');
    const section = html.slice(html.indexOf('<h2>信访人逾期提出的申请'), html.indexOf('<h2>数据问题</h2>'));
    expect(section).toContain('<td class="k">C7</td><td>请求复查</td><td class="k">2025-06-10</td><td class="k">2025-07-10</td><td class="k">2025-07-15</td>');
    expect(section).toContain('推定：答复送达日期未填，按答复日期推算');
    // C5 is overdue, explained on 04-20: listed, not scored.
    expect(html).toContain('不计分；已于 2025-04-20 说明情况');
  });

  it('has the same in the workbook', () => {
    const book = XLSX.read(readFileSync(join(dir, 'ledger.check.xlsx')));
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['信访人逾期申请']!, { header: 1 });
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
      ['C7', '2025-07-10', '2025-07-15'],
      ['C8', '2025-07-03', '2025-07-08'],
    ]);
    const overdue = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['逾期']!);
    expect(overdue.map((r) => [r['编号'], r['计分'], r['备注']])).toEqual([['C5', '否', '不计分；已于 2025-04-20 说明情况']]);
  });

  it('--json has the petitioner list and the v2 finding fields', async () => {
    const j = JSON.parse((await cli([...args, '--json'])).stdout);
    expect(Object.keys(j)).toEqual(['as_of', 'rules', 'cases', 'findings', 'violations', 'petitioner', 'diagnostics', 'summary']);
    expect(j.petitioner).toHaveLength(3);
    expect(j.findings.find((f: { case: string }) => f.case === 'C9')).toMatchObject({ paused_days: 3, assumed: [], scored: true });
  });
});
