/**
 * The clerk's task, end to end: a new 制度 for a 区卫健委 written in the workbook alone, typing only
 * Chinese (and digits) — 7 departments, 5 categories with routing, a 受理后30日内办结、可延长30日 clock,
 * a 每周三下午 reception day — imported and validated in one round with no error or warning. The
 * expected ids are those the import derives (reported back), the expected rules those the articles
 * say: 第六条 sets the clocks, 第七条 the extension, 第八条 the reception day.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { RuleFile } from '../../src/rules/model.ts';
import { importRulesWorkbook } from '../../src/workbook/import-workbook.ts';
import { draftWorkbook, type Draft } from './draft-workbook.ts';

const DEPARTMENTS = ['办公室', '医政医管科', '中医药管理科', '疾病预防控制科', '卫生监督所', '基层卫生科', '纪检监察室'];

const clerk: Draft = {
  effective: '2026-01-01',
  info: {
    标题: '青溪区卫生健康委员会信访工作制度',
    生效日期: '2026-01-01',
    发布机关: '青溪区卫生健康委员会',
    单位名称: '青溪区卫生健康委员会',
    单位简称: '区卫健委',
    单位类型: '政府机关',
    信访工作机构: '办公室',
    地址: '青溪区健康路8号',
    办公时间: '工作日上午8:30—12:00，下午14:30—17:30',
    归口匹配方式: '唯一匹配',
    考核基础分: 100,
    考核依据: '第十条',
  },
  sheets: {
    部门: DEPARTMENTS.map((name, i) => ({ 名称: name, 职责: i === 0 ? '统一登记、转办、督办信访事项' : '办理本科室职责范围内的信访事项', 依据: '第三条' })),
    联系电话: [{ 用途: '信访接待电话', 号码: '0571-88886666' }],
    事项类别: [
      { 名称: '医疗纠纷', 关键词: '医疗事故、医患纠纷', 依据: '第四条' },
      { 名称: '中医药服务', 依据: '第四条' },
      { 名称: '公共卫生', 关键词: '疫苗、传染病', 依据: '第四条' },
      { 名称: '卫生监督执法', 依据: '第四条' },
      { 名称: '其他事项', 依据: '第四条' },
    ],
    事项与归口: [
      { 类别: '医疗纠纷', '牵头/承办': '医政医管科', 协办: '办公室', 督办: '纪检监察室', 依据: '第五条' },
      { 类别: '中医药服务', '牵头/承办': '中医药管理科', 督办: '办公室', 依据: '第五条' },
      { 类别: '公共卫生', '牵头/承办': '疾病预防控制科', 协办: '基层卫生科、卫生监督所', 依据: '第五条' },
      { 类别: '卫生监督执法', '牵头/承办': '卫生监督所', 督办: '纪检监察室', 依据: '第五条' },
      { 类别: '其他事项', '牵头/承办': '办公室', 依据: '第五条' },
    ],
    时限: [
      { 名称: '受理告知', 起算: '登记日期', 截止: '告知日期', 期限: '15日', 依据: '第六条' },
      { 名称: '办理', 起算: '受理日期', 截止: '办结日期', 期限: '30日', 提前提醒: '5日', 延期上限: '30日', 延期批准: '须批准', 延期审批: '分管领导', 延期告知信访人: '是', 延期依据: '第七条', 依据: '第六条' },
    ],
    程序: [
      { 步骤: '受理', 时限: '受理告知', 依据: '第六条' },
      { 步骤: '办理', 时限: '办理', 依据: '第六条' },
    ],
    接待日: [{ 名称: '局领导接待日', 重复规则: '每周三下午', 时间: '14:30—17:30', 地点: '区卫健委信访接待室', 部门: '办公室', 遇节假日: '不安排', 依据: '第八条' }],
    考核: [
      { 计分对象: '超期办结', 分值: -2, 上限: -20, 依据: '第十条' },
      { 计分对象: '逾期未办', 分值: -3, 上限: -30, 依据: '第十条' },
      { 计分对象: '延期超过最长期限', 分值: -2, 依据: '第十条' },
    ],
    条文: [
      { 条号: '第一条', 正文: '为规范本委信访工作，保障信访人合法权益，根据《信访工作条例》，制定本制度。' },
      { 条号: '第二条', 正文: '本制度适用于本委受理的信访事项。' },
      { 条号: '第三条', 正文: '办公室负责统一登记、转办、督办信访事项；各科室办理职责范围内的信访事项。' },
      { 条号: '第四条', 正文: '信访事项分为医疗纠纷、中医药服务、公共卫生、卫生监督执法和其他事项。' },
      { 条号: '第五条', 正文: '医疗纠纷由医政医管科承办；中医药服务由中医药管理科承办；公共卫生由疾病预防控制科承办；卫生监督执法由卫生监督所承办；其他事项由办公室承办。' },
      { 条号: '第六条', 正文: '收到信访事项之日起15日内告知信访人是否受理；受理后30日内办结。' },
      { 条号: '第七条', 正文: '情况复杂的，经分管领导批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人延期理由。' },
      { 条号: '第八条', 正文: '每周三下午为局领导接待日，节假日不安排。' },
      { 条号: '第九条', 正文: '信访工作人员应当遵守保密规定。' },
      { 条号: '第十条', 正文: '信访工作纳入科室年度考核；本制度自2026年1月1日起施行。' },
    ],
  },
};

const work = mkdtempSync(join(tmpdir(), 'xinfang-clerk-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the clerk writes a new 制度 in the workbook alone', () => {
  const typed = [...Object.values(clerk.info), ...Object.values(clerk.sheets).flatMap((rows) => rows.flatMap((r) => Object.values(r)))];

  it('types only Chinese, digits and punctuation', () => {
    for (const v of typed) expect(String(v)).not.toMatch(/[A-Za-z]/);
  });

  it('imports, and validates in one round with no error or warning', async () => {
    const dir = join(work, 'rules', 'qingxi-wjw');
    const { files, diagnostics } = importRulesWorkbook(draftWorkbook(clerk), '制度.xlsx', dir);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    // Every derived id is said back: 7 departments, 5 categories, 2 clocks, 1 reception day, 10 articles.
    expect(diagnostics.filter((d) => d.code === 'WORKBOOK_ID_DERIVED')).toHaveLength(7 + 5 + 2 + 1 + 10);
    mkdirSync(dir, { recursive: true });
    for (const f of files) writeFileSync(join(dir, f.name), f.text);
    expect(files.map((f) => f.name)).toEqual(['2026-01-01.yaml']);

    const built = await buildRuleSets([dir], work);
    expect(built.diagnostics).toEqual([]);

    const rules = parse(files[0]!.text) as RuleFile;
    const dept = (name: string) => rules.departments!.find((d) => d.name === name)!.id;
    const cat = (name: string) => rules.categories!.find((c) => c.name === name)!.id;
    expect(rules.ruleset).toBe('qingxi-wjw');
    expect(rules.organisation).toMatchObject({ name: '青溪区卫生健康委员会', kind: 'government', office: '办公室' });
    expect(rules.departments!.map((d) => d.id)).toEqual(['dept-1', 'dept-2', 'dept-3', 'dept-4', 'dept-5', 'dept-6', 'dept-7']);
    expect(rules.routing!.rules.map((r) => [r.category, r.lead, r.assist ?? [], r.supervisor])).toEqual([
      [cat('医疗纠纷'), dept('医政医管科'), [dept('办公室')], dept('纪检监察室')],
      [cat('中医药服务'), dept('中医药管理科'), [], dept('办公室')],
      [cat('公共卫生'), dept('疾病预防控制科'), [dept('基层卫生科'), dept('卫生监督所')], undefined],
      [cat('卫生监督执法'), dept('卫生监督所'), [], dept('纪检监察室')],
      [cat('其他事项'), dept('办公室'), [], undefined],
    ]);
    // 第六条: 受理后30日内办结; 第七条: 延长不得超过30日，须经批准并告知.
    expect(rules.clocks![1]).toMatchObject({
      name: '办理', from: 'accepted', until: 'closed', limit: '30日', warn: '5日', basis: 'a6',
      extension: { max: '30日', approval: 'required', approver: '分管领导', notify_petitioner: true, basis: 'a7' },
    });
    expect(rules.reception![0]).toMatchObject({ pattern: '每周三下午', rrule: 'FREQ=WEEKLY;BYDAY=WE', start: '2026-01-01', time: '14:30-17:30', on_holiday: 'skip', department: dept('办公室'), basis: 'a8' });
    expect(rules.appraisal!.items!.map((i) => i.on)).toEqual(['late', 'overdue', 'EXTENSION_OVER_MAX']);

    const v = built.compiled[0]!.versions[0]!;
    expect(v.clocks.map((c) => [c.name, c.limit?.unit, c.limit?.amount])).toEqual([['受理告知', 'days', 15], ['办理', 'days', 30]]);
  });
});
