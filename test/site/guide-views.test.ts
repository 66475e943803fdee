/**
 * The 办事指南 and its flow chart, from the compiled rules (pure): what each row, list and box says
 * comes from the texts — 信访工作条例第十七、十九、二十、三十五、三十六条; 单位信访工作制度 (no 复查);
 * 企业信访工作制度第十四条 6; the emergency rules' 复查 without a period.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import { FLOW, wrapText } from '../../src/site/flow-chart.ts';
import { SILENT } from '../../src/site/guide-views.ts';
import { siteData, type SiteData, type SiteOrg } from '../../src/site/site-data.ts';

let data: SiteData;
const org = (id: string): SiteOrg => data.orgs.find((o) => o.id === id)!;
const row = (id: string, label: string) => org(id).guide.basics.find((r) => r.label === label);

beforeAll(async () => {
  const dirs = ['national', 'company', 'enterprise', 'emergency', 'cppcc'].map((id) => join(packageRoot, 'rules', id));
  data = siteData((await buildRuleSets(dirs, packageRoot)).compiled, '2025-09-16');
});

describe('办事指南', () => {
  it.each([
    // 第十七条: "…的公民、法人或者其他组织，称信访人".
    ['national', '服务对象', ['公民、法人或者其他组织'], '《信访工作条例》第十七条'],
    ['company', '服务对象', [SILENT], undefined],
    // rules/national gives the website; its address is a placeholder.
    ['national', '网上办理入口', ['https://www.gjxfj.gov.cn/'], undefined],
    ['national', '办理地点', [SILENT], undefined],
    // 第二十三条 15日, 第三十四条 60日: the periods a petitioner waits on before any 复查.
    ['national', '法定时限', ['受理告知：15日', '办结：60日'], undefined],
    ['company', '咨询电话', [SILENT], undefined],
  ])('%s: %s says %j', (id, label, lines, basis) => {
    expect(row(id, label)?.lines).toEqual(lines);
    expect(row(id, label)?.basis?.text).toBe(basis);
  });

  it('gives an online entrance only where the rules give a website', () => {
    expect(row('company', '网上办理入口')).toBeUndefined();
    expect(row('cppcc', '网上办理入口')).toBeUndefined();
  });

  it.each([
    // 第十九条第三款 (the same matter again higher up), 第二十条第二款 (诉讼权利救济), 第三十六条 (after 复核);
    // not 第四十四条（二）, an item in the list of an organ's misconduct.
    ['national', ['《信访工作条例》第十九条', '《信访工作条例》第二十条', '《信访工作条例》第三十六条']],
    ['enterprise', ['《企业信访工作制度》第十四条']],
    ['company', []],
  ])('%s: 不予受理情形 are the sentences of %j', (id, cites) => {
    expect(org(id).guide.refusals.map((c) => c.basis.text)).toEqual(cites);
  });

  it('quotes the texts: no re-acceptance after 复核 (第三十六条), litigation to the 政法部门 (第二十条)', () => {
    const texts = org('national').guide.refusals.map((c) => c.text);
    expect(texts).toContain('信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的，各级党委和政府信访部门和其他机关、单位不再受理。');
    expect(texts).toContain('信访人采用走访形式提出涉及诉讼权利救济的信访事项，应当按照法律法规规定的程序向有关政法部门提出。');
  });

  it.each([
    ['national', ['petition', 'review', 'recheck']],
    ['cppcc', ['petition', 'review', 'recheck']],
    ['company', ['petition']],
    // 公司信访应急管理: "可在规定期限内提出复查申请", no 复核.
    ['emergency', ['petition', 'review']],
  ])('%s: forms only for the steps its 制度 has: %j', (id, forms) => {
    expect(org(id).guide.forms.map((f) => f.id)).toEqual(forms);
  });

  it('says when to ask for 复查 in the words of 第三十五条, and leaves the addressee to the petitioner', () => {
    const review = org('national').guide.forms.find((f) => f.id === 'review')!;
    expect(review.when).toContain('可以自收到书面答复之日起30日内请求复查');
    expect(review.to).toBeUndefined();
    expect(org('national').guide.forms[0]!.to).toBe('国家信访局');
  });

  it('summarises the 条例 in plain words: 15日, 60日, then 30日 for 复查 and 复核', () => {
    expect(org('national').guide.summary).toEqual([
      '受理：15日内书面告知您是否受理（适用于部分事项，详见下文）。',
      '办理：60日内办结（适用于部分事项，详见下文）。',
      '复查：您可以在收到书面答复后30日内请求复查；上一级机关、单位30日内提出复查意见（因事项而不同，详见下文）。',
      '复核：您可以在收到复查意见后30日内请求复核；上一级机关、单位30日内提出复核意见（因事项而不同，详见下文）。',
      '终结：信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的，各级党委和政府信访部门和其他机关、单位不再受理。',
    ]);
    expect(org('company').guide.appeal).toEqual([]);
  });
});

describe('flow chart', () => {
  it.each([
    ['national', ['您提出信访事项', '受理', '办理', '答复', '复查', '复核', '终结'], [undefined, undefined, undefined, '不服', '仍不服', '仍不服']],
    ['company', ['您提出信访事项', '受理', '办理', '答复'], [undefined, undefined, undefined]],
  ])('%s: one box per step of the 制度', (id, titles, labels) => {
    const chart = org(id).flow;
    expect(chart.boxes.map((b) => b.title)).toEqual(titles);
    expect(chart.arrows.map((a) => a.label)).toEqual(labels);
    // Boxes and arrows follow each other without overlapping, inside the drawing.
    for (const [i, a] of chart.arrows.entries()) {
      expect(a.y1).toBe(chart.boxes[i]!.y + chart.boxes[i]!.height);
      expect(a.y2).toBe(chart.boxes[i + 1]!.y);
    }
    expect(chart.height).toBeGreaterThan(chart.boxes.at(-1)!.y + chart.boxes.at(-1)!.height);
  });

  it('shows the petitioner windows of 第三十五、三十六条 in the 复查 and 复核 boxes', () => {
    const lines = (title: string) => org('national').flow.boxes.find((b) => b.title === title)!.lines.join('');
    expect(lines('复查')).toContain('您：收到书面答复后30日内请求复查');
    expect(lines('复核')).toContain('您：收到复查意见后30日内请求复核');
  });

  it.each([
    ['一二三四五六七八九十', 4, ['一二三四', '五六七八', '九十']],
    // A full-width comma stays at the end of the line before.
    ['一二三四，五六', 4, ['一二三四，', '五六']],
    // Digits are narrower than Chinese characters: 10 digits fit in 6 ems.
    ['1234567890日', 6, ['1234567890', '日']],
  ])('wraps %s at %d ems', (text, em, lines) => {
    expect(wrapText(text, em)).toEqual(lines);
  });

  it('keeps every line of every shipped box inside the box', () => {
    const maxEm = (FLOW.width - 2 - 2 * FLOW.pad) / FLOW.font;
    for (const o of data.orgs) for (const b of o.flow.boxes) for (const line of b.lines) expect(wrapText(line, maxEm + 1), line).toHaveLength(1);
  });
});
