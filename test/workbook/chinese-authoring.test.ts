/**
 * Writing a 制度 in the workbook in Chinese: names where ids go (the id derived and reported),
 * reception days in words (the RRULE derived, the words kept), times as Excel time cells or any
 * common range form, 考核 items and ledger header aliases by their Chinese names, and a dropdown on
 * every reference column. Expected RRULEs are RFC 5545 written by hand for the words.
 */
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { localize } from '../../src/diagnostics/catalogue.ts';
import { formatLocation } from '../../src/diagnostics/diagnostic.ts';
import { loadRuleSets } from '../../src/rules/load-rulesets.ts';
import type { RuleFile } from '../../src/rules/model.ts';
import { packageRoot } from '../../src/paths.ts';
import { articleNumber } from '../../src/workbook/complete-version.ts';
import { importRulesWorkbook } from '../../src/workbook/import-workbook.ts';
import { parseRecurrenceText } from '../../src/workbook/recurrence-text.ts';
import { parseTimeText } from '../../src/workbook/time-text.ts';
import { writeRulesWorkbook } from '../../src/workbook/write-workbook.ts';
import { draftWorkbook, type Draft, type Typed } from './draft-workbook.ts';

describe('times of day as typed', () => {
  it.each([
    [14.5 / 24, '14:30'],
    ['14:30', '14:30'],
    ['14：30', '14:30'],
    ['14:30-17:30', '14:30-17:30'],
    ['14:30—17:30', '14:30-17:30'],
    ['14:30–17:30', '14:30-17:30'],
    ['14:30~17:30', '14:30-17:30'],
    ['14:30至17:30', '14:30-17:30'],
    ['下午2:30-5:30', '14:30-17:30'],
    ['下午 2:30—5:30', '14:30-17:30'],
    ['上午9点-下午5点半', '09:00-17:30'],
    ['８:30-12:00', '08:30-12:00'],
  ] as [string | number, string][])('%s → %s', (typed, time) => expect(parseTimeText(typed)).toEqual({ time }));

  it.each([
    ['下午', { part: '下午' }],
    ['2:30-5:30', { problem: 'ambiguous' }],
    ['两点半', { problem: 'unreadable' }],
    ['25:00', { problem: 'unreadable' }],
  ])('%s → %j', (typed, result) => expect(parseTimeText(typed)).toEqual(result));
});

describe('repetitions in words', () => {
  it.each([
    ['每周三下午 14:30—17:30', { rrule: 'FREQ=WEEKLY;BYDAY=WE', time: '14:30-17:30' }],
    ['每周三下午', { rrule: 'FREQ=WEEKLY;BYDAY=WE' }],
    ['每周一、周四 9:00-11:30', { rrule: 'FREQ=WEEKLY;BYDAY=MO,TH', time: '09:00-11:30' }],
    ['每月第一个工作日上午', { rrule: 'FREQ=MONTHLY;BYMONTHDAY=1', on_holiday: 'next-workday' }],
    ['每月第一个星期三', { rrule: 'FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1' }],
    ['每月最后一个周五', { rrule: 'FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1' }],
    ['每月15日', { rrule: 'FREQ=MONTHLY;BYMONTHDAY=15' }],
    ['每月二十日', { rrule: 'FREQ=MONTHLY;BYMONTHDAY=20' }],
    ['每季度末', { rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1' }],
    ['每年12月31日', { rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31' }],
    ['工作日均可', { rrule: 'FREQ=DAILY', working_days: true }],
    ['隔周二', { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' }],
  ])('%s', (words, fields) => expect(parseRecurrenceText(words)).toEqual(fields));

  it.each([
    ['每月最后一个工作日', { problem: 'unknown' }],
    ['每月32日', { problem: 'unknown' }],
    ['每周三 2:30-5:30', { problem: 'time', time: 'ambiguous' }],
  ])('%s is refused', (words, problem) => expect(parseRecurrenceText(words)).toEqual(problem));
});

describe('article numbers', () => {
  it.each([
    ['第一条', 1],
    ['第十条', 10],
    ['第二十二条', 22],
    ['第一百零三条', 103],
    ['第5条', 5],
    ['附则', undefined],
  ])('%s → %s', (text, n) => expect(articleNumber(text)).toBe(n));
});

/** A small 制度 typed in Chinese: 2 departments, 2 categories, 1 clock, 1 reception day. */
function draft(edit: (d: Draft) => void = () => {}): Draft {
  const d: Draft = {
    effective: '2026-01-01',
    info: { 标题: '示例单位信访工作制度', 生效日期: '2026-01-01', 单位名称: '示例单位', 单位类型: '公司', 信访工作机构: '办公室', 地址: '示例路1号', 归口匹配方式: '唯一匹配' },
    sheets: {
      部门: [{ 名称: '办公室', 依据: '第二条' }, { 名称: '工会', 依据: '第二条' }],
      事项类别: [{ 名称: '劳资纠纷' }, { 名称: '其他' }],
      事项与归口: [{ 类别: '劳资纠纷', '牵头/承办': '工会', 协办: '办公室', 依据: '第二条' }, { 类别: '其他', '牵头/承办': '办公室' }],
      时限: [{ 名称: '办理', 起算: '登记日期', 截止: '办结日期', 期限: '30日', 依据: '第三条' }],
      程序: [{ 步骤: '办理', 时限: '办理', 依据: '第三条' }],
      接待日: [{ 名称: '领导接待日', 重复规则: '每周三下午', 时间: '14:30—17:30', 部门: '办公室', 依据: '第四条' }],
      条文: [
        { 条号: '第一条', 正文: '为规范信访工作，制定本制度。' },
        { 条号: '第二条', 正文: '劳资纠纷由工会承办，办公室协办；其他事项由办公室办理。' },
        { 条号: '第三条', 正文: '信访事项应当自登记之日起30日内办结。' },
        { 条号: '第四条', 正文: '每周三下午为领导接待日。' },
      ],
    },
  };
  edit(d);
  return d;
}

const imported = (d: Draft) => {
  const { files, diagnostics } = importRulesWorkbook(draftWorkbook(d), '制度.xlsx', 'rules/sample');
  return { yaml: parse(files[0]!.text) as RuleFile, diagnostics, at: (code: string) => diagnostics.filter((x) => x.code === code).map((x) => formatLocation(x)) };
};

describe('a workbook typed in Chinese', () => {
  it('imports with names for ids, and says which ids it gave', () => {
    const { yaml, diagnostics, at } = imported(draft());
    expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(yaml.ruleset).toBe('sample');
    expect(yaml.departments!.map((x) => x.id)).toEqual(['dept-1', 'dept-2']);
    expect(yaml.routing!.rules[0]).toMatchObject({ category: 'cat-1', lead: 'dept-2', assist: ['dept-1'], basis: 'a2' });
    expect(yaml.procedure![0]!.clocks).toEqual(['clock-1']);
    expect(yaml.articles!.map((x) => x.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(at('WORKBOOK_ID_DERIVED')).toContain('制度.xlsx:部门!B2 (编号)');
    expect(diagnostics.find((x) => x.code === 'WORKBOOK_ID_DERIVED' && x.message.includes('工会'))?.message).toBe('“工会”未填编号，取为 dept-2。');
  });

  it('keeps a reception day in words beside its RRULE, starting on the effective date', () => {
    const r = imported(draft()).yaml.reception![0];
    expect(r).toMatchObject({ id: 'reception-1', rrule: 'FREQ=WEEKLY;BYDAY=WE', pattern: '每周三下午', start: '2026-01-01', time: '14:30-17:30', department: 'dept-1', basis: 'a4' });
  });

  it.each([
    ['an Excel time cell', { 时间: { excelTime: 14.5 / 24 } }, { time: '14:30' }],
    ['下午 in the time cell', { 重复规则: '每周三', 时间: '下午' }, { pattern: '每周三下午', rrule: 'FREQ=WEEKLY;BYDAY=WE' }],
    ['the time inside the words', { 重复规则: '每周三下午 14:30至17:30', 时间: '' }, { time: '14:30-17:30' }],
    ['the first working day', { 重复规则: '每月第一个工作日上午', 时间: '' }, { rrule: 'FREQ=MONTHLY;BYMONTHDAY=1', on_holiday: 'next-workday' }],
    ['every working day', { 重复规则: '工作日均可', 时间: '' }, { rrule: 'FREQ=DAILY', working_days: true }],
  ] as [string, Record<string, Typed>, object][])('reads %s', (_name, cells, expected) => {
    const { yaml, diagnostics } = imported(draft((d) => Object.assign(d.sheets.接待日![0]!, cells)));
    expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(yaml.reception![0]).toMatchObject(expected);
  });

  it.each([
    ['a reversed range', { 时间: '17:30-14:30' }, 'TIME_RANGE_REVERSED', '接待日!F2', '时间“17:30-14:30”的结束时刻不晚于开始时刻。'],
    ['an ambiguous 12-hour range', { 时间: '2:30-5:30' }, 'WORKBOOK_BAD_TIME', '接待日!F2', '时间“2:30-5:30”没有说明是上午还是下午。'],
    ['下午 with an RRULE', { 重复规则: 'FREQ=WEEKLY;BYDAY=WE', 时间: '下午' }, 'WORKBOOK_BAD_TIME', '接待日!F2', '时间“下午”没有具体时刻，不能与 RRULE 一起使用。'],
    ['words that say nothing known', { 重复规则: '每月最后一个工作日' }, 'WORKBOOK_BAD_RECURRENCE', '接待日!D2', '无法识别的重复规则“每月最后一个工作日”。'],
    ['two different times', { 重复规则: '每周三 9:00-11:30' }, 'WORKBOOK_BAD_RECURRENCE', '接待日!F2', '重复规则“每周三 9:00-11:30”中的时间与“时间”栏不一致。'],
  ] as [string, Record<string, Typed>, string, string, string][])('rejects %s', (_name, cells, code, cell, message) => {
    const { diagnostics } = imported(draft((d) => Object.assign(d.sheets.接待日![0]!, cells)));
    const found = diagnostics.find((x) => x.code === code);
    expect(found && formatLocation(found)).toBe(`制度.xlsx:${cell} (${found?.header})`);
    expect(found?.message).toBe(message);
  });

  it('takes 考核 items and KPIs by their Chinese names', () => {
    const { yaml, diagnostics } = imported(
      draft((d) => {
        d.info['考核基础分'] = 100;
        d.sheets.考核 = [{ 计分对象: '超期办结', 分值: -2, 依据: '第三条' }, { 指标: '按期办结率', 权重: 1 }];
      }),
    );
    expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(yaml.appraisal).toMatchObject({ base: 100, items: [{ on: 'late', points: -2, basis: 'a3' }], kpis: [{ kpi: 'on_time_closure', weight: 1 }] });
  });

  it('takes ledger header aliases by the columns’ Chinese names', () => {
    const { yaml } = imported(draft((d) => (d.info['台账表头别名'] = '信访人：来访人姓名、来访者；联系电话：手机号码')));
    expect(yaml.ledger!.headers).toEqual({ petitioner: ['来访人姓名', '来访者'], phone: ['手机号码'] });
    const { diagnostics } = imported(draft((d) => (d.info['台账表头别名'] = '信方人：来访人姓名')));
    expect(diagnostics.find((x) => x.code === 'WORKBOOK_UNKNOWN_LEDGER_COLUMN')?.message).toBe('“信方人”不是台账的列名，是否想写“信访人”？');
  });

  it('reports a bad cell and a routing overlap in one round', () => {
    const { at, diagnostics } = imported(
      draft((d) => {
        d.sheets.时限![0]!.起算 = '登记';
        d.sheets.事项与归口!.push({ 类别: '其他', '牵头/承办': '工会' });
      }),
    );
    expect(at('SCHEMA_ENUM')).toEqual(['制度.xlsx:时限!D2 (起算)']);
    // Sheet rows 3 and 4, in the workbook's words (not rule numbers 2、3, not hit_policy).
    expect(at('WORKBOOK_ROUTING_OVERLAP')).toEqual(['制度.xlsx:事项与归口!B4']);
    const overlap = diagnostics.find((x) => x.code === 'WORKBOOK_ROUTING_OVERLAP')!;
    expect(overlap.message).toBe('归口匹配方式为“唯一匹配”，但事项“其他”在任何来源、等级和来源方式下同时命中事项与归口表第 3、4 行。');
    expect(overlap.hint).toContain('“归口匹配方式”改为“首条匹配”');
  });

  it('names sheet rows, not rule numbers, when an overlap is cut to its first ten rows', () => {
    // 其他 is on sheet row 3; eleven more rows for it are sheet rows 4–14: twelve rows overlap.
    const { diagnostics } = imported(
      draft((d) => {
        for (let i = 0; i < 11; i++) d.sheets.事项与归口!.push({ 类别: '其他', '牵头/承办': '工会' });
      }),
    );
    const overlap = diagnostics.find((x) => x.code === 'WORKBOOK_ROUTING_OVERLAP')!;
    expect(overlap.message).toBe('归口匹配方式为“唯一匹配”，但事项“其他”在任何来源、等级和来源方式下同时命中事项与归口表第 3、4、5、6、7、8、9、10、11、12 行等共 12 行。');
    expect(localize(overlap, 'en').message).toBe(
      'Routing is "唯一匹配" (one row per matter), but category "其他" in every case (any source, level and channel) matches rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 (12 in all) of the "事项与归口" sheet.',
    );
  });

  it('says which sheet row no routing row reaches, in the workbook’s words', () => {
    const { diagnostics } = imported(
      draft((d) => {
        d.info['归口匹配方式'] = '首条匹配';
        d.sheets.事项与归口 = [{ '牵头/承办': '办公室' }, { 类别: '劳资纠纷', '牵头/承办': '工会' }];
      }),
    );
    expect(diagnostics.find((x) => x.code === 'WORKBOOK_ROUTING_UNREACHABLE')?.message).toBe('事项与归口表第 3 行永远不会被命中（上面的行已覆盖它的全部情形）。');
  });

  it('says a category no row covers in the workbook’s words', () => {
    const { diagnostics } = imported(draft((d) => d.sheets.事项与归口!.pop()));
    const gap = diagnostics.find((x) => x.code === 'WORKBOOK_ROUTING_GAP');
    expect(gap?.message).toBe('事项“其他”在任何来源、等级和来源方式下在事项与归口表中没有任何一行命中。');
  });

  it('names an empty required cell by its header', () => {
    const { diagnostics } = imported(draft((d) => delete d.info['归口匹配方式']));
    const d = diagnostics.find((x) => x.code === 'WORKBOOK_MISSING_VALUE');
    expect(d?.message).toBe('“归口匹配方式”必须填写。');
    expect(d?.sheet).toBe('基本信息');
  });

  it('names a department typed where its id goes, and takes the name from it', () => {
    const { yaml, diagnostics } = imported(draft((d) => (d.sheets.部门![1] = { 编号: '工会', 依据: '第二条' })));
    expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(yaml.departments![1]).toMatchObject({ id: 'dept-2', name: '工会' });
  });
});

describe('the exported workbook', () => {
  it('writes references by name and offers them in dropdowns', async () => {
    const { value } = loadRuleSets([`${packageRoot}/test/rules/fixtures/minimal/sample`], packageRoot);
    const bytes = await writeRulesWorkbook(value.get('sample')!.versions.map((v) => v.rules));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const routing = book.getWorksheet('事项与归口')!;
    expect([2, 3, 4, 5].map((c) => routing.getRow(2).getCell(c).value)).toEqual(['劳资纠纷', null, '工会', '办公室']);
    const lists = (routing as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    const offered = new Set(Object.values(lists).map((v) => v.formulae[0]));
    // 类别 offers the category names, 牵头/协办/审批/督办 the department names, 依据 the 条号.
    expect(offered).toEqual(new Set(["'事项类别'!$C$2:$C$1000", "'部门'!$C$2:$C$1000", "'条文'!$C$2:$C$1000", '"2024-01-01"']));
  });
});
