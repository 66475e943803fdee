/**
 * What the public pages say, read from the built HTML of every page: nothing internal, no raw ids,
 * no step or extension term the organisation's 制度 does not have; then, in headless Chromium at
 * 375 px, the elderly petitioner's journey and the calculator's petitioner path. The site is built
 * once from every shipped rule set with the build date pinned, as in site.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/launch-chromium.ts';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';
import { listRuleSetDirs } from '../../src/rules/load-rulesets.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { serveStatic } from './static-server.ts';

let out: string;
let sets: CompiledRuleSet[];
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** What a reader sees of a page: the text outside scripts, styles and tags, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Visible text of every public page by site path (`/national/steps/`); /help/ is the staff page. */
let pages: Map<string, string>;
const page = (path: string) => {
  const text = pages.get(path);
  expect(text, path).toBeDefined();
  return text!;
};

beforeAll(async () => {
  const dirs = listRuleSetDirs(join(packageRoot, 'rules'));
  out = join(mkdtempSync(join(tmpdir(), 'xinfang-public-text-')), 'dist');
  const result = await buildSite({ rulesDirs: dirs, outDir: out, buildDate: '2025-09-16', cwd: packageRoot });
  expect(result.skipped).toEqual([]);
  sets = (await buildRuleSets(dirs, packageRoot)).compiled;
  pages = new Map(
    walk(out)
      .filter((f) => f.endsWith('index.html'))
      .map((f) => [f.slice(out.length).replace(/index\.html$/, ''), visibleText(readFileSync(f, 'utf8'))] as const)
      .filter(([path]) => path !== '/help/'),
  );
  server = await serveStatic(out);
  const launched = await launchChromium();
  if (!launched.value) throw new Error(`no browser: ${launched.diagnostics.map((d) => d.message).join('; ')}`);
  browser = launched.value.browser;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(join(out, '..'), { recursive: true, force: true });
});

async function phone(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const p = await context.newPage();
  await p.goto(server.url + path);
  return p;
}

describe('public pages', () => {
  it('contain no internal words and do not link the staff help page', () => {
    const internal = ['种子文本', 'xinfang', '请按实际', '/api/', 'DESIGN', 'AUTHORING', '示例日期', '原文只称'];
    const found: string[] = [];
    for (const [path, text] of pages) for (const w of internal) if (text.includes(w)) found.push(`${path}: ${w}`);
    expect(pages.size).toBeGreaterThan(100);
    expect(found).toEqual([]);
    const linkingHelp = walk(out).filter((f) => f.endsWith('.html') && !f.includes('/help/') && readFileSync(f, 'utf8').includes('href="/help/"'));
    expect(linkingHelp).toEqual([]);
  });

  it('show no clock, window, category or department id as text', () => {
    const found: string[] = [];
    for (const set of sets) {
      const ids = new Set<string>();
      for (const v of set.versions) for (const x of [...v.clocks, ...v.windows, ...v.categories, ...v.departments]) ids.add(x.id);
      const patterns = [...ids].map((id) => [id, new RegExp(`(?<![A-Za-z0-9_./#-])${id.replace(/[-]/g, '\\-')}(?![A-Za-z0-9_-])`)] as const);
      for (const [path, text] of pages) {
        if (!path.startsWith(`/${set.id}/`)) continue;
        for (const [id, re] of patterns) if (re.test(text)) found.push(`${path}: ${id}`);
      }
    }
    expect(found).toEqual([]);
  });

  // Expected steps from the texts: 信访工作条例第二十三、三十四至三十六条 (six steps); 单位信访工作制度
  // 三、1 / 四、6 (登记, 处理, 答复; no 复查 or 复核); 医院信访工作制度 5 (处理 only); 信访接待工作制度 (六) (办理 only);
  // 成都市政协机关信访工作制度 builds on the 条例 for 受理告知, 复查, 复核 and 终结.
  it.each([
    ['national', ['受理', '办理', '答复', '复查', '复核', '终结']],
    ['cppcc', ['受理', '办理', '答复', '复查', '复核', '终结']],
    ['company', ['受理', '办理', '答复']],
    ['hospital', ['办理']],
    ['admin-bureau', ['办理']],
  ])('%s: the steps page shows exactly the steps its 制度 has', (org, steps) => {
    const html = readFileSync(join(out, org, 'steps/index.html'), 'utf8');
    expect([...html.matchAll(/<li id="step-[a-z]+"[^>]*>\s*<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(steps);
  });

  it.each(['company', 'company-measures', 'hospital', 'admin-bureau', 'school', 'town', 'transport-group'])(
    '%s: no 复查 or 复核 on the pages written from its rules (its 制度 has neither)',
    (org) => {
      for (const section of ['', 'steps/', 'limits/', 'print/']) expect(page(`/${org}/${section}`), `${org}/${section}`).not.toMatch(/复查|复核/);
    },
  );

  it('the 条例 pages say 复核 with its 30日 windows and 终结', () => {
    const steps = page('/national/steps/');
    expect(steps).toContain('您对复查意见不服的，可以自收到复查意见之日起30日内请求复核');
    expect(steps).toContain('上一级机关、单位自收到复核请求之日起30日内提出复核意见');
    expect(steps).toMatch(/终结 .*不再受理/);
  });

  // 医院 5 "可适当推迟，但不超过两周", 信访接待工作制度 (六) "情况复杂的，时限可以适当延长", 企业信访工作制度 on 直接受理
  // and 答复: none of them requires an approval; only the 条例's 第二十三条 clock is inherited by enterprise.
  it.each(['hospital', 'admin-bureau', 'enterprise'])('%s: no extension approval the text does not set', (org) => {
    for (const section of ['', 'steps/', 'limits/', 'print/']) expect(page(`/${org}/${section}`), `${org}/${section}`).not.toMatch(/经[^。；]{0,20}批准/);
  });

  it('extension terms say what each text says', () => {
    // 信访工作条例第三十四条: approval and a 30日 cap.
    expect(page('/national/steps/')).toContain('经本机关、单位负责人批准可以延长，最长30日，并告知您延期理由');
    // 医院 5: a cap of one more week, no approval.
    expect(page('/hospital/steps/')).toContain('情况复杂的，可以延长，最长7日。');
    // 信访接待工作制度 (六): no cap; 交办 matters: 说明情况.
    expect(page('/admin-bureau/steps/')).toContain('情况复杂的，可以延长（制度未规定最长可延长多久）。');
    expect(page('/admin-bureau/steps/')).toContain('不能按期办结的，应当说明情况');
  });

  it('conditions, dates and citations read as a petitioner would say them', () => {
    const found: string[] = [];
    for (const [path, text] of pages) {
      for (const bad of [/来源为/, /等级不是/, /等级为/, /来源方式为/, /\d{4}-\d{2}-\d{2}（星期.）\s*前/, /》\d+、/, /、、/, /、。/, /\.。/, /之日起\s*\d+分钟/]) {
        if (bad.test(text) && !path.includes('/revisions/') && !path.includes('/document/')) found.push(`${path}: ${bad}`);
      }
    }
    expect(found).toEqual([]);
    expect(page('/company/steps/')).toContain('您直接来信来访，且属于一般事项的，本单位自收到您的信访事项之日起7日内办结');
    expect(page('/company/steps/')).toContain('《单位信访工作制度》四、6');
    expect(page('/national/limits/')).toMatch(/最迟在2025年10月9日（星期四）当天\s*到期/);
  });

  it('shows illustrative reception days as not set by the 制度, and real ones as dates', () => {
    // 信访工作条例第十八条 sets no frequency: the rule file's day is an example.
    expect(page('/national/')).not.toContain('下一次');
    expect(page('/national/')).toContain('没有规定具体日期，请以本单位公告为准');
    expect(page('/national/reception/')).toContain('没有规定具体在哪一天');
    // 国土资源局: "每个工作日都有一名领导同志随时接待" is fixed by the text: the build day, Tuesday 2025-09-16, is one.
    expect(page('/xz-land-bureau/')).toContain('下一次值班领导接待：2025年9月16日');
  });

  it('says plainly when an organisation publishes no contact, and points to the national website from the rules', () => {
    // 单位信访工作制度 gives no phone, address or website; rules/national gives https://www.gjxfj.gov.cn/.
    for (const path of ['/company/contacts/', '/company/']) {
      expect(page(path)).toContain('《单位信访工作制度》没有公布');
      expect(page(path)).toContain('通过国家信访局网站 https://www.gjxfj.gov.cn/ 的网上信访渠道');
    }
    // The national rules publish a website: no such notice.
    expect(page('/national/contacts/')).not.toContain('本站无法告诉您怎样直接联系');
  });

  it.each([
    ['national', 'GovernmentOrganization'],
    ['town', 'GovernmentOrganization'],
    ['hospital', 'Hospital'],
    ['school', 'School'],
    ['company', 'Corporation'],
    ['community', 'Organization'],
  ])('%s: the start page describes the organisation as a schema.org %s', (org, type) => {
    const html = readFileSync(join(out, org, 'index.html'), 'utf8');
    const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!);
    expect(ld['@type']).toBe(type);
  });

  it('writes dates in prose as 2025年9月16日（星期二）', () => {
    // The build date, Tuesday 16 September 2025, on every page.
    for (const path of ['/', '/national/', '/national/guide/', '/company/steps/']) expect(page(path)).toContain('本页更新日期：2025年9月16日（星期二）');
    expect(page('/national/')).toContain('修订对照表（2005年5月1日版 → 2022年5月1日版）');
    // 国土资源局's first reception day after the build date is the build date itself, a Tuesday.
    expect(page('/xz-land-bureau/')).toContain('下一次值班领导接待：2025年9月16日（星期二）');
  });

  it('says one effective date for a 制度 combined with the 条例', () => {
    const start = page('/enterprise/');
    expect(start).toContain('制度原文未写明施行日期，本站对2017年4月27日及以后登记的信访事项按本制度计算期限；自2022年5月1日起，时限按《信访工作条例》执行。');
    expect(start).not.toContain('2022-05-01 起施行');
  });

  it('never calls a date the 施行日期 of a 制度 whose text states none (every seed but the 条例 takes a web page\'s date or an inference)', () => {
    const undated = sets.filter((set) => set.versions.every((v) => !v.effective_in_text)).map((set) => set.id);
    expect(undated).toContain('hospital');
    expect(undated).not.toContain('national');
    const claims = /本制度自[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日起施行|发布　自[0-9]{4}年|[0-9]{4}-[0-9]{2}-[0-9]{2} ?施行/;
    const found: string[] = [];
    for (const [path, text] of pages) if (undated.some((id) => path.startsWith(`/${id}/`)) && claims.test(text)) found.push(`${path}: ${claims.exec(text)![0]}`);
    expect(found).toEqual([]);
    expect(page('/hospital/')).toContain('制度原文未写明施行日期，本站对2023年12月13日及以后登记的信访事项按本制度计算期限。');
  });
});

describe('the petitioner at 375 px', () => {
  /** A tap from the index: a link by its text, in the page's main part or its section menu. */
  type Tap = { menu?: string; link?: string };
  const NATIONAL: Tap = { link: '国家信访局' };
  // Every destination from the index, each within 3 taps, with what the page there must say (信访工作条例
  // 第十九、二十、二十三、三十四至三十六条; 国土资源局 "每个工作日都有一名领导同志随时接待").
  it.each<[string, Tap[], string, string[]]>([
    ['how to submit', [NATIONAL], 'main', ['写明请求、事实和理由', '代表人数不得超过5人']],
    ['what happens next, with every period', [NATIONAL], '#next + ol.steps', ['15日内书面告知您是否受理', '自受理之日起60日内办结', '最长30日']],
    ['复查 and 复核 with their windows', [NATIONAL], '#appeal + ol.steps', ['自收到书面答复之日起30日内请求复查', '自收到复查意见之日起30日内请求复核', '不再受理']],
    ['the whole procedure in plain words', [NATIONAL, { menu: '办事指南' }], '#summary + ul', ['15日内书面告知您是否受理', '60日内办结', '收到书面答复后30日内请求复查', '收到复查意见后30日内请求复核', '不再受理']],
    ['the flow chart with its periods', [NATIONAL, { menu: '办事指南' }], 'figure.flow svg > g text', ['受理告知：15日', '办结：60日', '您：收到书面答复后30日内请求复查', '您：收到复查意见后30日内请求复核', '不再受理']],
    ['the 复核 request form', [NATIONAL, { menu: '办事指南' }, { link: '复核申请书' }], '#form-recheck', ['复核申请书', '收到复查意见的日期', '可以自收到复查意见之日起30日内请求复核']],
    ['the reception day the 条例 does not fix', [NATIONAL, { menu: '接待日' }], 'main', ['没有规定具体在哪一天']],
    ['a reception day a 制度 fixes', [{ link: 'xz市国土资源局' }], 'main', ['下一次值班领导接待：2025年9月16日（星期二）']],
    ['the contact', [NATIONAL, { menu: '联系方式' }], 'main', ['https://www.gjxfj.gov.cn/']],
  ])('at 375 px from the index: %s, within 3 taps', async (_goal, taps, where, words) => {
    expect(taps.length).toBeLessThanOrEqual(3);
    const p = await phone('/');
    for (const t of taps) {
      const link = t.menu ? p.locator('nav.org-nav a', { hasText: t.menu }) : p.locator('main a', { hasText: t.link! });
      const before = p.url();
      await link.first().click();
      await p.waitForURL((u) => u.href !== before);
    }
    // Text content, not innerText: the chart's words are SVG text elements (spaces are dropped below).
    const text = (await p.locator(where).allTextContents()).join('');
    expect(text.length, where).toBeGreaterThan(0);
    for (const w of words) expect(text.replace(/\s+/g, ''), w).toContain(w.replace(/\s+/g, ''));
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await p.context().close();
  });

  it('the calculator: today set on the client, dates limited to the versions, options of the version in force, the petitioner path', async () => {
    const p = await phone('/national/calculator/');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    expect(await p.locator('#calc-date').getAttribute('value')).toBeNull();
    expect(await p.locator('#calc-date').inputValue()).toBe(today <= '2027-12-31' ? today : '');
    const options = () => p.locator('#calc-clock option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    // 2010: the 2005 信访条例 is in force, with its 重大、紧急信访事项报告 (第二十六条 "立即"); 2025: the 条例 of 2022 has none.
    await p.fill('#calc-date', '2010-03-01');
    await p.locator('#calc-date').dispatchEvent('change');
    expect(await options()).toContain('report-urgent');
    await p.fill('#calc-date', '2025-09-16');
    await p.locator('#calc-date').dispatchEvent('change');
    expect(await options()).not.toContain('report-urgent');
    // Before the first version (信访条例 2005-05-01): a clear message, no result.
    await p.fill('#calc-date', '2004-12-31');
    await p.click('button[type=submit]');
    await expect.poll(() => p.locator('#calc-out [role=alert]').textContent()).toContain('本站按《信访条例》计算2005年5月1日及以后的日期');
    expect(await p.locator('#calc-out output').count()).toBe(0);
    // After the year following the last holiday notice (2026 in data/calendars/cn): no count, and why.
    await p.fill('#calc-date', '2028-01-03');
    await p.click('button[type=submit]');
    await expect.poll(() => p.locator('#calc-out [role=alert]').textContent()).toContain('更晚的年份还没有公布节假日安排');
    expect(await p.locator('#calc-out output').count()).toBe(0);
    await p.context().close();

    // 我是信访人: only what the petitioner waits for or does; the review window from the day the reply was received.
    const q = await phone('/national/calculator/?who=petitioner&date=2025-09-16&clock=window:review-request');
    const values = await q.locator('#calc-clock option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(values).toEqual(['', 'window:review-request', 'window:recheck-request', 'notice', 'resolve', 'review', 'recheck']);
    expect(await q.locator('#calc-lead').innerText()).toContain('收到书面答复');
    await q.click('button[type=submit]');
    // 第三十五条: 30日 from receiving the reply: 2025-09-16 + 30 = Thu 2025-10-16, a working day.
    await expect.poll(() => q.locator('#calc-out output').allTextContents()).toEqual(['2025-10-16（星期四）']);
    expect(await q.locator('#calc-out').innerText()).toContain('最迟在2025年10月16日当天');
    // The address of this calculation, shown to send on and put in the address bar to bookmark.
    const shared = `${server.url}/national/calculator/?date=2025-09-16&clock=window%3Areview-request&who=petitioner`;
    expect(await q.locator('#calc-out .share-url').innerText()).toBe(shared);
    expect(q.url()).toBe(shared);
    // 加入日历: the .ics made in the page holds the hand-counted last day as an all-day event.
    const [download] = await Promise.all([q.waitForEvent('download'), q.locator('#calc-out .add-calendar').first().click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('DTSTART;VALUE=DATE:20251016');
    expect(ics).toContain('SUMMARY:请求复查截止');
    await q.context().close();

    // The shared address gives the same result again, time of day included (school 30分钟: 23:50 → 00:20).
    const r = await phone('/school/calculator/?date=2025-09-30&time=23:50');
    expect(await r.locator('#calc-time').inputValue()).toBe('23:50');
    await r.context().close();
  });

  it('remembers 大字 and 高对比度 from page to page, prints at 12 pt with the full address', async () => {
    const p = await phone('/national/');
    await p.locator('label[for="opt-large"]').click();
    await p.locator('nav.org-nav a', { hasText: '办理步骤' }).click();
    await p.waitForURL(/steps/);
    expect(await p.locator('#opt-large').isChecked()).toBe(true);
    // 131.25% of 16 px (site.css).
    expect(await p.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('21px');
    await p.goto(server.url + '/national/print/');
    await p.emulateMedia({ media: 'print' });
    expect(await p.locator('.print-url').innerText()).toBe(`${server.url}/national/`);
    // 12 pt = 16 px.
    const sizes = await p.locator('main li, main p, main td').evaluateAll((es) => es.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(sizes.length).toBeGreaterThan(5);
    expect(sizes.filter((px) => px < 16)).toEqual([]);
    await p.context().close();
  });

  it('search results name the organisation and the page', async () => {
    const p = await phone('/search/?q=%E5%A4%8D%E6%A0%B8');
    await p.locator('#search-out li').first().waitFor({ timeout: 15_000 });
    const titles = await p.locator('#search-out li a').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    // "国家信访局：办理步骤", never a bare "办理步骤".
    for (const t of titles) expect(t).toMatch(/^[^：]+：./);
    await p.context().close();
  });
});
