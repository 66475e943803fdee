/** The site's build-time data (pure): contacts, worked examples, steps, calculator data, reception windows. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.ts';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import { twelveMonthsFrom } from '../../src/site/reception.ts';
import { receptionWhen } from '../../src/site/petitioner-words.ts';
import { siteData, type SiteData, type SiteOrg } from '../../src/site/site-data.ts';

let data: SiteData;
const org = (id: string): SiteOrg => data.orgs.find((o) => o.id === id)!;

beforeAll(async () => {
  const dirs = ['national', 'hospital', 'admin-bureau', 'enterprise'].map((id) => join(packageRoot, 'rules', id));
  const built = await buildRuleSets([...dirs, join(packageRoot, 'test/site/fixtures/hostile-text')], packageRoot);
  data = siteData(built.compiled, '2025-09-16');
});

describe('siteData', () => {
  it('rejects a build date that is not YYYY-MM-DD', () => {
    expect(() => siteData([], '2025-9-16')).toThrow(RangeError);
  });

  it('shows placeholder contact values as 待补充 and links only real numbers', () => {
    const c = org('hostile-text').contacts;
    expect(c.phones).toEqual([{ label: '信访电话', number: '010-00000000', tel: '01000000000' }]);
    // The supervision number is a placeholder (xxxx) in the rule file.
    expect(c.supervision).toEqual({ label: '监督电话', number: '待补充' });
    // rules/national lists its address as a placeholder.
    expect(org('national').contacts.address).toEqual({ text: '待补充', placeholder: true });
  });

  it('computes the counting examples with the engine (national calendar)', () => {
    const due = Object.fromEntries(data.countingExamples.map((x) => [`${x.example.start}+${x.limit}`, x.example.dueText]));
    expect(due).toEqual({
      // 2025-09-16 + 15 = 10-01 (国庆节、中秋节 10-01 … 10-08) → Thu 10-09.
      '2025年9月16日+15日': '2025-10-09（星期四）',
      // 2024-01-26 + 15 = 02-10 (春节 02-10 … 02-17) → Sun 02-18, a make-up working day.
      '2024年1月26日+15日': '2024-02-18（星期日）',
      // After Fri 09-26: Sun 09-28 (make-up) 1, 09-29 2, 09-30 3, holiday 10-01 … 10-08, 10-09 4, 10-10 5.
      '2025年9月26日+5个工作日': '2025-10-10（星期五）',
      // 2024-02 has no 31st: its last day, Thu 02-29, a working day.
      '2024年1月31日+1个月': '2024-02-29（星期四）',
    });
  });

  it('uses the version in force on the build date and keeps every version for the calculator', () => {
    const n = org('national');
    expect(n.current.version).toBe('2022-05-01');
    expect(n.history.map((h) => [h.version, h.current])).toEqual([['2005-05-01', false], ['2022-05-01', true]]);
    // Both versions count on the same national calendar: embedded once.
    expect(n.calculator.calendars).toHaveLength(1);
    expect(n.calculator.versions.map((v) => v.calendar)).toEqual([0, 0]);
    // The petitioner's windows (信访工作条例第三十五、三十六条: from receiving the answer) travel with each version.
    expect(n.calculator.versions.at(-1)!.windows).toEqual([
      expect.objectContaining({ id: 'review-request', from: '收到书面答复', until: '请求复查', basis: '《信访工作条例》第三十五条' }),
      expect.objectContaining({ id: 'recheck-request', from: '收到复查意见', until: '请求复核', basis: '《信访工作条例》第三十六条' }),
    ]);
  });

  it('shows only the steps the 制度 has, in its order, with the periods it names', () => {
    const steps = (id: string) => org(id).steps.map((s) => [s.title, s.periods.map((p) => p.id)]);
    // 信访工作条例第二十三、三十四至三十六条.
    expect(steps('national')).toEqual([
      ['受理', ['notice']], ['办理', ['resolve']], ['答复', []], ['复查', ['review-request', 'review']], ['复核', ['recheck-request', 'recheck']], ['终结', []],
    ]);
    // 医院信访工作制度 5: only 处理 within a week, no 复查/复核.
    expect(steps('hospital')).toEqual([['办理', ['resolve']]]);
  });

  it('says periods in the petitioner\'s words, with extension terms only where the text sets them', () => {
    const period = (id: string, step: string, clock: string) => org(id).steps.find((s) => s.step === step)!.periods.find((p) => p.id === clock)!.text;
    // 信访工作条例第三十四条: 经本机关、单位负责人批准 … 不得超过30日，并告知信访人延期理由.
    expect(period('national', 'handle', 'resolve')).toBe('属于申诉求决类的，本单位自受理之日起60日内办结；情况复杂的，经本机关、单位负责人批准可以延长，最长30日，并告知您延期理由。');
    // 第三十五条: 自收到书面答复之日起30日内.
    expect(period('national', 'review', 'review-request')).toBe('属于申诉求决类的，您对书面答复不服的，可以自收到书面答复之日起30日内请求复查（从收到的第二天算起）。');
    // 医院 5: 可适当推迟，但不超过两周 — a cap, no approval.
    expect(period('hospital', 'handle', 'resolve')).toBe('您来信的，本单位自收到您的信访事项之日起7日内答复您或办结；情况复杂的，可以延长，最长7日。');
    // admin-bureau (六): 情况复杂的，时限可以适当延长 — neither cap nor approval; 交办: 说明情况.
    expect(period('admin-bureau', 'handle', 'resolve')).toBe('您直接来信来访的，本单位自收到您的信访事项之日起30日内办结；情况复杂的，可以延长（制度未规定最长可延长多久）。');
    expect(period('admin-bureau', 'handle', 'resolve-assigned')).toContain('经上级交办的，本单位自收到您的信访事项之日起90日内办结；不能按期办结的，应当说明情况。');
  });

  it('gives one effective-date sentence for a 制度 combined with newer national rules', () => {
    // enterprise's 制度 is of 2017-04-27 and builds on the national rules: the 条例 applies from 2022-05-01.
    // 企业 text states no date (its rule file takes the web page's, 2017-04-27): the site applies it from then.
    expect(org('enterprise').effective).toBe('制度原文未写明施行日期，本站对2017年4月27日及以后登记的信访事项按本制度计算期限；自2022年5月1日起，时限按《信访工作条例》执行。');
    expect(org('national').effective).toBe('本制度自2022年5月1日起施行。');
  });

  it('notes computed values beside the article that defines them', () => {
    // hostile-text a1 defines the notice clock: 2025-09-16 + 15日 → 2025-10-09.
    expect(org('hostile-text').articleNotes['a1']!.join('')).toContain('最迟在2025年10月9日（星期四）当天到期');
  });

  // hostile-text a2: 每周三、每月1日接待来访 — the words the rule file keeps as `pattern`, shown beside the hours.
  // 每月1日 skips non-working days: 10-01 国庆, 11-01 a Saturday → 2025-12-01, a Monday.
  it.each([
    ['weekly', '每周三', '每周三，09:00-11:30', '每周三接待日（每周三）：下一次2025年9月17日（星期三），09:00-11:30。'],
    ['monthly', '每月1日', '每月1日', '每月1日开放日（每月1日）：下一次2025年12月1日（星期一）。'],
  ])('carries the 制度\'s words for reception %s (%s) to the pages', (id, pattern, when, note) => {
    const r = org('hostile-text').reception.find((x) => x.id === id)!;
    expect(r.pattern).toBe(pattern);
    expect(receptionWhen(r)).toBe(when);
    expect(org('hostile-text').articleNotes['a2']).toContain(note);
  });

  it('shows neither dates nor hours of an example reception day (cppcc: 每周安排半个工作日, 09:00-12:00 is xinfang\'s example)', async () => {
    const built = await buildRuleSets([join(packageRoot, 'rules/national'), join(packageRoot, 'rules/cppcc')], packageRoot);
    const duty = siteData(built.compiled, '2025-09-16').orgs.find((o) => o.id === 'cppcc')!.reception.find((r) => r.id === 'leader-duty')!;
    expect([duty.illustrative, duty.dates, duty.time, receptionWhen(duty)]).toEqual([true, [], undefined, undefined]);
  });

  it('lists reception dates for the next 12 months only', () => {
    const weekly = org('hostile-text').reception.find((r) => r.id === 'weekly')!;
    expect(weekly.dates[0]).toBe('2025-09-17');
    expect(weekly.dates.at(-1)! <= '2026-09-15').toBe(true);
    expect(weekly.skipped.map((s) => s.date).slice(0, 2)).toEqual(['2025-10-01（星期三）', '2025-10-08（星期三）']);
    expect(data.windowEnd).toBe('2026-09-15');
    // 12 months from 2024-02-29 is [2024-02-29, 2025-02-28): 2025 has no 29 February (民法典 art. 202).
    const w = twelveMonthsFrom(parseDay('2024-02-29')!);
    expect(w.to - w.from).toBe(365);
  });
});
