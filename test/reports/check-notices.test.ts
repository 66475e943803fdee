/**
 * The 督办通知单 that `check` writes: one notice per 承办部门, each on its own page, listing its
 * overdue and due-soon items with 承办人, 到期日 and days overdue or left.
 *
 * rules/national, as of 2026-03-11; 受理告知 is 15日 from 登记日期 with a 3日 warning
 * (信访工作条例 第二十四条):
 *   N1 本级党委和政府, 王五   登记 2026-01-05, no 告知: due 01-20, 50 days overdue (11 + 28 + 11)
 *   N2 本级党委和政府, 赵六   登记 2026-02-26, no 告知: due 03-13, 2 days left
 *   N3 公安机关, 钱七         登记 2026-01-10, no 告知: 01-25 is a Sunday, so due 01-26 (民法典 第二百零三条),
 *                             44 days overdue (5 + 28 + 11)
 *   N4 公安机关               登记 2026-01-05, 告知 01-08: on time, not listed
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../ledger/check-helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-notices-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let html = '';
beforeAll(async () => {
  writeFileSync(
    join(work, 'l.csv'),
    [
      '编号,登记日期,告知日期,承办部门,承办人,类别',
      'N1,2026-01-05,,本级党委和政府,王五,建议意见类',
      'N2,2026-02-26,,本级党委和政府,赵六,建议意见类',
      'N3,2026-01-10,,公安机关,钱七,建议意见类',
      'N4,2026-01-05,2026-01-08,公安机关,孙八,建议意见类',
    ].join('\n'),
  );
  const r = await cli(['check', '--rules', 'rules/national', '--cases', join(work, 'l.csv'), '--as-of', '2026-03-11', '--out', join(work, 'out')]);
  expect(r.code, r.stderr).toBe(0);
  html = readFileSync(join(work, 'out', 'l.notices.html'), 'utf8');
}, 60_000);

const sections = () => html.split('<section class="notice">').slice(1);
const text = (s: string) => s.replace(/<[^>]+>/g, '');

describe('the 督办通知单', () => {
  it('has one notice per department, the one with the most days overdue first, each after a page break', () => {
    expect(sections().map((s) => /<dt>致<\/dt><dd>([^<]+)</.exec(s)?.[1])).toEqual(['本级党委和政府', '公安机关']);
    expect(html).toContain('section.notice + section.notice { break-before: page; }');
    expect(html).toContain('size: A4');
  });

  it('counts and lists each department\'s items with 承办人, 到期日 and days overdue or left', () => {
    const [gov, police] = sections().map(text);
    expect(gov).toContain('逾期未办 1 项、临期 1 项');
    expect(gov).toMatch(/N1受理告知王五2026-01-052026-01-20逾期未办逾期 50 天/);
    expect(gov).toMatch(/N2受理告知赵六2026-02-262026-03-13临期剩余 2 天/);
    expect(police).toContain('逾期未办 1 项、临期 0 项');
    expect(police).toMatch(/N3受理告知钱七2026-01-102026-01-26逾期未办逾期 44 天/);
    expect(police).not.toContain('N4');
  });

  it('ends each notice with the sign-off lines', () => {
    for (const s of sections()) expect(text(s)).toMatch(/督办人（签字）：日期：签收人（[^）]+）：签收日期：/);
  });
});
