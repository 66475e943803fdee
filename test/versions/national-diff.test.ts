/**
 * The showcase 修订对照表: 信访条例 (2005) → 信访工作条例 (2022). Every expectation below was checked
 * by reading the two texts in rules/national/ (article id aN = 第N条 of its own version).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';
import { diffVersions, type VersionDiff } from '../../src/versions/diff-versions.ts';
import { renderDiffHtml } from '../../src/versions/render-diff-html.ts';
import { renderDiffMarkdown } from '../../src/versions/render-diff-md.ts';
import { selectVersion } from '../../src/versions/select-version.ts';
import { diffCommand } from '../../src/cli/diff.ts';

let set: CompiledRuleSet;
let diff: VersionDiff;

beforeAll(async () => {
  const built = await buildRuleSets([join(packageRoot, 'rules', 'national')], packageRoot);
  set = built.compiled[0]!;
  diff = diffVersions(selectVersion(set.versions, '2005-05-01')!, selectVersion(set.versions, '2022-05-01')!);
});

const rowFor = (newNumber: string) => diff.articles.find((r) => r.new?.number === newNumber);
const inserted = (newNumber: string) => rowFor(newNumber)!.segments.filter((s) => s.op === 'ins').map((s) => s.text).join('|');
const deleted = (newNumber: string) => rowFor(newNumber)!.segments.filter((s) => s.op === 'del').map((s) => s.text).join('|');

describe('national 2005 → 2022', () => {
  it.each([
    // [new number, old number, status] — matched by wording, not by number.
    ['第三十四条', '第三十三条', 'changed'], // 60日办结、延长不超过30日
    ['第三十五条', '第三十四条', 'changed'], // 复查 30日
    ['第三十六条', '第三十五条', 'changed'], // 复核 30日
    ['第二十六条', '第二十条', 'changed'], // 信访人不得有下列行为
    ['第四十八条', '第五十条', 'renumbered'], // 外国人、无国籍人: same words, new number
    ['第五十条', '第五十一条', 'changed'], // 施行日期
  ])('%s was %s (%s)', (newNo, oldNo, status) => {
    const row = rowFor(newNo);
    expect(row?.old?.number).toBe(oldNo);
    expect(row?.status).toBe(status);
  });

  it('marks the wording changes inside the sentence', () => {
    // 第三十四条 now applies to "本条例第三十一条第六项规定的信访事项"; 本行政机关 became 本机关、单位;
    // the 2005 proviso "法律、行政法规另有规定的，从其规定" is gone.
    expect(inserted('第三十四条')).toContain('对本条例第三十一条第六项规定的');
    expect(deleted('第三十四条')).toContain('法律、行政法规另有规定的，从其规定');
    expect(inserted('第三十四条')).toContain('、单位');
    // 第五十条: the 2005 sentence repealing the 1995 条例 is deleted, the date changed.
    expect(deleted('第五十条')).toContain('1995年10月28日国务院发布的《信访条例》同时废止');
    expect(rowFor('第四十八条')!.segments).toEqual([{ op: 'eq', text: '对外国人、无国籍人、外国组织信访事项的处理，参照本条例执行。' }]);
  });

  it('lists the 2022 条例’s new articles as added', () => {
    // 第二条 (适用范围: 党的机关、人大机关…), 第四十九条 (由国家信访局负责解释) have no 2005 counterpart.
    expect(rowFor('第二条')?.status).toBe('added');
    expect(rowFor('第四十九条')?.status).toBe('added');
    expect(rowFor('第二条')?.old).toBeUndefined();
  });

  it('lists deleted 2005 articles', () => {
    // 2005 第四十九条 (社会团体、企业事业单位参照执行) — the 2022 scope is in its 第二条 instead.
    const del = diff.articles.find((r) => r.old?.number === '第四十九条');
    expect(del?.status).toBe('deleted');
  });

  it('keeps every article exactly once on each side', () => {
    const olds = diff.articles.filter((r) => r.old).map((r) => r.old!.id);
    const news = diff.articles.filter((r) => r.new).map((r) => r.new!.id);
    expect(olds.length).toBe(new Set(olds).size);
    expect(news).toEqual(set.versions[1]!.articles.map((a) => a.id));
    expect(new Set(olds)).toEqual(new Set(set.versions[0]!.articles.map((a) => a.id)));
  });

  it('lists changed clocks: the basis of 办结 moved from 第三十三条 to 第三十四条; 报告 clock removed', () => {
    expect(diff.changes).toContainEqual({ area: 'clock', item: '时限「办结」', field: '依据', old: '第三十三条', new: '第三十四条' });
    expect(diff.changes.some((c) => c.area === 'clock' && c.item === '时限「重大、紧急信访事项报告」' && c.field === '删除')).toBe(true);
    expect(diff.changes).toContainEqual({ area: 'document', item: '文件', field: '发布机关', old: '国务院', new: '中共中央、国务院' });
  });

  it('renders HTML with <del>/<ins> and Markdown with ~~ and **', () => {
    const html = renderDiffHtml(diff);
    expect(html).toContain('<ins>对本条例第三十一条第六项规定的</ins>');
    expect(html).toMatch(/@page \{ size: A4 landscape/);
    const md = renderDiffMarkdown(diff);
    expect(md).toContain('## 原第三十三条 → 第三十四条（修改）');
    expect(md).toContain('**对本条例第三十一条第六项规定的**');
    expect(md).toMatch(/~~[^~]*法律、行政法规另有规定的，从其规定[^~]*~~/);
  });

  it('xinfang diff --format md prints to stdout, versions named by effective date', async () => {
    const out: string[] = [];
    const code = await diffCommand.run([join(packageRoot, 'rules', 'national'), '--from', '2005-05-01', '--to', '2022-05-01', '--format', 'md'], {
      stdout: (t) => out.push(t), stderr: () => {}, lang: 'zh', cwd: packageRoot, isTTY: false,
    });
    expect(code).toBe(0);
    expect(out.join('')).toMatch(/^# 《信访条例》与《信访工作条例》修订对照表/);
  });
});
