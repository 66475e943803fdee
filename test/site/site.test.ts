/**
 * The built site in a real browser: headless Chromium (src/browser/launch-chromium.ts) drives a site
 * built once from every rule set in rules/ plus the hostile-text fixture, with the build date
 * pinned to 2025-09-16 so "the next 12 months" and every example are fixed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import Papa from 'papaparse';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/launch-chromium.ts';
import { packageRoot } from '../../src/paths.ts';
import { rrulestr } from '../../src/lib/rrule-lib.ts';
import { COMPILED_FORMAT } from '../../src/rules/compiled.ts';
import { listRuleSetDirs } from '../../src/rules/load-rulesets.ts';
import { buildSite, type SiteBuildResult } from '../../src/site/build-site.ts';
import { measureSite } from '../../src/site/measure-site.ts';
import { serveStatic } from './static-server.ts';

const BUILD_DATE = '2025-09-16';
/** The public address the site is built for (xinfang site --url): the print view prints it with a QR code. */
const SITE_URL = 'https://xf.example.gov.cn/';
const FIXTURE = join(packageRoot, 'test/site/fixtures/hostile-text');
const SCREENS = join(tmpdir(), 'xinfang-site-screens');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The national 修订对照表 (the showcase of revisions): its first page; chapter pages are `1/` … `6/` under it. */
const REVISION = '/national/revisions/2005-05-01-to-2022-05-01/';

let out: string;
let result: SiteBuildResult;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
/** Site paths of every page (`/national/steps/`). */
const pagePaths = () => walk(out).filter((f) => f.endsWith('index.html')).map((f) => f.slice(out.length).replace(/index\.html$/, ''));

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'xinfang-site-test-')), 'dist');
  // Eight organisations per search bundle: the 20 here make three bundles, so search merges them.
  result = await buildSite({ rulesDirs: [...listRuleSetDirs(join(packageRoot, 'rules')), FIXTURE], outDir: out, buildDate: BUILD_DATE, cwd: packageRoot, siteUrl: SITE_URL, orgsPerSearchBundle: 8 });
  server = await serveStatic(out);
  const launched = await launchChromium();
  if (!launched.value) throw new Error(`no browser: ${launched.diagnostics.map((d) => d.message).join('; ')}`);
  browser = launched.value.browser;
  mkdirSync(SCREENS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(join(out, '..'), { recursive: true, force: true });
});

async function open(path: string, options: { width?: number; js?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, javaScriptEnabled: options.js ?? true });
  const page = await context.newPage();
  await page.goto(server.url + path);
  return page;
}

describe('build', () => {
  it('builds every shipped rule set and the fixture, within the size budgets (build time is a figure of npm run bench)', () => {
    const f = result.figures!;
    expect(result.skipped).toEqual([]);
    expect(f.organisations).toBe(listRuleSetDirs(join(packageRoot, 'rules')).length + 1);
    expect(f.calculatorGzBytes).toBeGreaterThan(0);
    expect(f.calculatorGzBytes).toBeLessThanOrEqual(30 * 1024);
    expect(f.pagesWithScripts).toEqual([]);
    for (const p of measureSite(out)) expect(p.htmlBytes + p.cssBytes, p.path).toBeLessThanOrEqual(50 * 1024);
  });

  it('publishes the compiled rules, matrix downloads and reception files for each organisation', () => {
    const api = JSON.parse(readFileSync(join(out, 'api/national.json'), 'utf8'));
    expect(api.format).toBe(COMPILED_FORMAT);
    expect(api.versions.map((v: { version: string }) => v.version)).toEqual(['2005-05-01', '2022-05-01']);
    expect(readFileSync(join(out, 'national/matrix.csv'), 'utf8').startsWith('\uFEFF事项类别,')).toBe(true);
    expect(readFileSync(join(out, 'national/matrix.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  // The fixture's a2 says 每周三、每月1日接待来访; its rule file keeps those words as each reception's `pattern`.
  it.each([
    ['hostile-text/reception', '<dt>时间</dt><dd>每周三，09:00-11:30</dd>'],
    ['hostile-text/reception', '<dt>时间</dt><dd>每月1日</dd>'],
    ['hostile-text', '下一次每周三接待日（每周三）：2025年9月17日（星期三） 09:00-11:30'],
  ])('%s shows the 制度’s words for a reception day beside its time: %s', (path, text) => {
    expect(readFileSync(join(out, path, 'index.html'), 'utf8')).toContain(text);
  });

  it('groups the index by kind, then region: 政协机关 → 成都市 → 成都市政协机关; ××局 under 未载明地区', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    // A kind's section runs from its heading (the contents list above links to it by the same words) to its end.
    const section = (kind: string) => {
      const start = html.search(new RegExp(`<h2 id="k\\d+">${kind}（`));
      return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
    };
    expect(section('政协机关')).toMatch(/<h3>成都市（1）<\/h3>\s*<ul>\s*<li><a href="\/cppcc\/">成都市政协机关<\/a>/);
    expect(section('党委部门')).toContain('<h3>昆山市（1）</h3>');
    expect(section('政府部门')).toContain('<h3>未载明地区（');
    // The national rules come first, before any kind.
    expect(html.indexOf('href="/national/"')).toBeLessThan(html.indexOf('class="index-groups"'));
  });
});

const LEDGERS = join(packageRoot, 'data/ledgers');

/** 信访人, 联系电话 and 身份证号 values of every sample ledger CSV (UTF-8 or GB18030, header below title rows). */
function personalData(): string[] {
  const values = new Set<string>();
  for (const file of walk(LEDGERS).filter((f) => f.endsWith('.csv'))) {
    const bytes = readFileSync(file);
    let text = new TextDecoder('utf-8').decode(bytes);
    if (text.includes('\uFFFD')) text = new TextDecoder('gb18030').decode(bytes);
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const header = rows.findIndex((r) => r.includes('信访人') || r.includes('联系电话'));
    if (header < 0) continue;
    const columns = ['信访人', '联系电话', '身份证号'].map((h) => rows[header]!.indexOf(h)).filter((i) => i >= 0);
    for (const row of rows.slice(header + 1)) for (const i of columns) if ((row[i] ?? '').trim().length >= 2) values.add(row[i]!.trim());
  }
  return [...values];
}

describe('personal data', () => {
  it.skipIf(!existsSync(LEDGERS))('no name, phone or ID number from the sample ledgers appears anywhere in the built site (skipped only when data/ledgers is absent)', () => {
    const needles = personalData();
    expect(needles.length).toBeGreaterThan(10);
    const text = walk(out)
      .filter((f) => /\.(html|json|ics|csv|js|css|txt)$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(needles.filter((n) => text.includes(n))).toEqual([]);
  });
});

/** Unfold RFC 5545 lines and pick the VEVENTs' properties. */
function parseIcs(text: string): { props: Map<string, string> }[] {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: { props: Map<string, string> }[] = [];
  let current: Map<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') {
      events.push({ props: current! });
      current = undefined;
    }
    else if (current) {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      current.set(name!, `${params.join(';')}|${line.slice(colon + 1)}`);
    }
  }
  return events;
}

/**
 * The days an event is held: its RRULE from DTSTART (read as a floating time), minus EXDATEs; an
 * event listed day by day ("every working day", rules/AUTHORING.md working_days) has DTSTART and RDATEs.
 */
function heldDays(event: { props: Map<string, string> }): string[] {
  const value = (name: string) => event.props.get(name)?.split('|')[1] ?? '';
  const start = value('DTSTART');
  const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (!value('RRULE')) return [start, ...value('RDATE').split(',').filter(Boolean)].map(iso);
  const dt = start.length === 8 ? `${start}T000000Z` : `${start}Z`;
  const ex = new Set(value('EXDATE').split(',').filter(Boolean).map((d) => d.slice(0, 8)));
  return rrulestr(`DTSTART:${dt}\nRRULE:${value('RRULE')}`)
    .all()
    .map((d) => d.toISOString().slice(0, 10))
    .filter((d) => !ex.has(d.replace(/-/g, '')));
}

describe('reception days (.ics and JSON)', () => {
  it('every .ics parses and each event starts on the first date of its reception.json entry', () => {
    const files = walk(out).filter((f) => f.endsWith('reception.ics'));
    expect(files.length).toBe(result.figures!.organisations);
    for (const file of files) {
      const json = JSON.parse(readFileSync(file.replace(/\.ics$/, '.json'), 'utf8'));
      const events = parseIcs(readFileSync(file, 'utf8'));
      const withDates = json.reception.filter((r: { dates: string[] }) => r.dates.length);
      expect(events.length, file).toBe(withDates.length);
      events.forEach((e, i) => expect(heldDays(e), file).toEqual(withDates[i].dates));
    }
  });

  it('expands the fixture rules by hand-worked dates from the pinned build date', () => {
    const events = parseIcs(readFileSync(join(out, 'hostile-text/reception.ics'), 'utf8'));
    // FREQ=WEEKLY;BYDAY=WE from Tue 2025-09-16: Wed 09-17, 09-24, then 10-01 and 10-08 fall in the
    // 国庆节、中秋节 holiday (2025-10-01 … 10-08, 国办发明电〔2024〕12号) and are skipped; 10-15, 10-22 are held.
    expect(event(events, 'weekly').get('DTSTART')).toBe('TZID=Asia/Shanghai|20250917T090000');
    expect(event(events, 'weekly').get('DTEND')).toBe('TZID=Asia/Shanghai|20250917T113000');
    expect(heldDays({ props: event(events, 'weekly') }).slice(0, 4)).toEqual(['2025-09-17', '2025-09-24', '2025-10-15', '2025-10-22']);
    // FREQ=MONTHLY;BYMONTHDAY=1: 2025-10-01 holiday, 11-01 Saturday, 12-01 Monday (held),
    // 2026-01-01 元旦, 02-01 and 03-01 Sundays, 04-01 Wednesday (held). Oct 2025 … Sep 2026 = 12 dates.
    expect(event(events, 'monthly').get('DTSTART')).toBe('VALUE=DATE|20251001');
    expect(event(events, 'monthly').get('RRULE')).toBe('|FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12');
    expect(heldDays({ props: event(events, 'monthly') }).slice(0, 2)).toEqual(['2025-12-01', '2026-04-01']);
    const json = JSON.parse(readFileSync(join(out, 'hostile-text/reception.json'), 'utf8'));
    expect(json.from).toBe('2025-09-16');
    expect(json.to).toBe('2026-09-15');
    expect(json.reception[1].skipped.slice(0, 3)).toEqual(['2025-10-01', '2025-11-01', '2026-01-01']);
  });
});

function event(events: { props: Map<string, string> }[], id: string): Map<string, string> {
  const e = events.find((x) => x.props.get('UID') === `|hostile-text-${id}@xinfang`);
  expect(e, id).toBeDefined();
  return e!.props;
}

describe('in the browser', () => {
  it('the calculator gives 2025-10-09 for 2025-09-16 + 15日 under the national rules (notice)', async () => {
    const page = await open('/national/calculator/');
    await page.fill('#calc-date', '2025-09-16');
    await page.selectOption('#calc-clock', 'notice');
    await page.click('button[type=submit]');
    // 2025-09-16 + 15日 = 2025-10-01, 国庆节 (10-01 … 10-08) → the first working day after is Thu 2025-10-09.
    await expect.poll(() => page.locator('#calc-out output').allTextContents()).toEqual(['2025-10-09（星期四）']);
    expect(await page.locator('#calc-out').textContent()).toContain('民法典第二百零三条');
    await page.context().close();
  });

  it('the calculator counts a minute limit from the time given, and asks for the time when none is given (school 30分钟)', async () => {
    const page = await open('/school/calculator/');
    await page.fill('#calc-date', '2025-09-16');
    await page.selectOption('#calc-clock', 'report-urgent');
    // Registered 08:50 + 30 minutes = 09:20 the same day (minute limits are never rolled).
    await page.fill('#calc-time', '08:50');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('#calc-out output').allTextContents()).toEqual(['2025-09-16 09:20（星期二）']);
    // No time: a minute limit is not computed from the end of the day (it would show a time nobody
    // gave); the calculator asks for the time instead.
    await page.fill('#calc-time', '');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('#calc-out [role=alert]').allTextContents()).toEqual(['重大紧急信访事件报告按30分钟计算，需要起算时刻：请在“起算时刻”栏填写后再算。']);
    expect(await page.locator('#calc-out output').count()).toBe(0);
    // The national calculator has no hour or minute limit, so it asks for no time.
    const national = await open('/national/calculator/');
    expect(await national.locator('#calc-time').count()).toBe(0);
    await national.context().close();
    await page.context().close();
  });

  it("the calculator gives the petitioner's own review-request deadline 2025-10-16 for a reply received 2025-09-16 (national)", async () => {
    const page = await open('/national/calculator/');
    await page.fill('#calc-date', '2025-09-16');
    await page.selectOption('#calc-clock', 'window:review-request');
    await page.click('button[type=submit]');
    // 信访工作条例第三十五条: 30日 from receiving the written reply. 09-16 + 30 = 10-16 (14 days left in
    // September, 16 in October), a Thursday and a working day: 国庆节 10-01 … 10-08 (国办发明电〔2024〕12号)
    // ends before it, so nothing rolls.
    await expect.poll(() => page.locator('#calc-out output').allTextContents()).toEqual(['2025-10-16（星期四）']);
    const text = (await page.locator('#calc-out').textContent())!;
    expect(text).toContain('您自己的期限');
    expect(text).toContain('自收到书面答复之日起 30日，至请求复查');
    expect(text).toContain('《信访工作条例》第三十五条');
    expect(text).not.toContain('信访工作机构的办理期限');
    // With every item, the petitioner's group comes first and apart from the office's clocks.
    await page.selectOption('#calc-clock', '');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('#calc-out h3').allTextContents()).toEqual(['您自己的期限', '信访工作机构的办理期限']);
    // Both windows count 30日 from the date given (第三十五条 请求复查, 第三十六条 请求复核): the same day.
    expect(await page.locator('#calc-out .own output').allTextContents()).toEqual(['2025-10-16（星期四）', '2025-10-16（星期四）']);
    await page.context().close();
    // The 办理时限 table lists the window in the petitioner's words, without scripts.
    const limits = await open('/national/limits/', { js: false });
    const row = limits.locator('table tbody tr').filter({ hasText: '请求复查' });
    expect(await row.locator('td[data-label="说明"]').textContent()).toBe('属于申诉求决类的，您对书面答复不服的，可以自收到书面答复之日起30日内请求复查（从收到的第二天算起）。');
    expect(await row.locator('td[data-label="期限"]').textContent()).toBe('30日');
    await limits.context().close();
  });

  it('search finds 复查, 接待日 and 时限', async () => {
    for (const q of ['复查', '接待日', '时限']) {
      const page = await open(`/search/?q=${encodeURIComponent(q)}`);
      await page.locator('#search-out li').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('#search-out li').count(), q).toBeGreaterThan(0);
      expect(await page.locator('#search-out mark').count(), q).toBeGreaterThan(0);
      expect((await page.locator('#search-out').innerText()).includes(q), q).toBe(true);
      await page.context().close();
    }
  });

  // Rule sets in folder order, eight per bundle: kunshan-zzb is in /pagefind-2/, transport-group in /pagefind-3/.
  it.each([
    ['昆山市委组织部', '/kunshan-zzb/', '昆山市委组织部：'],
    ['交通集团', '/transport-group/', '交通集团：'],
    ['成都市政协', '/cppcc/', '成都市政协：'],
  ])('search for %s, merged from its bundle, leads to %s with results titled by organisation and page', async (q, prefix, title) => {
    expect(existsSync(join(out, 'pagefind-3/pagefind-entry.json'))).toBe(true);
    const page = await open(`/search/?q=${encodeURIComponent(q)}`);
    await page.locator('#search-out li').first().waitFor({ timeout: 15_000 });
    const found = await page.locator('#search-out li > a').evaluateAll((as) => as.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? ''] as const));
    const own = found.filter(([href]) => href.startsWith(prefix));
    expect(own.length, JSON.stringify(found)).toBeGreaterThan(0);
    for (const [, text] of own) expect(text.startsWith(title), text).toBe(true);
    // No print view, form or formal document among the results: those pages are not indexed.
    for (const [href] of found) expect(href).not.toMatch(/\/(print|forms|document)\//);
    await page.context().close();
  });

  // Every page (over 200) through axe on a shared 2-core machine takes minutes: its own time budget.
  it('every page passes axe-core (WCAG 2.2 AA tags) with zero violations', { timeout: 600_000 }, async () => {
    const axe = join(packageRoot, 'node_modules/axe-core/axe.min.js');
    const paths = pagePaths();
    const failures: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const worker = async (queue: string[]) => {
      const page = await context.newPage();
      for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
        await page.goto(server.url + path);
        await page.addScriptTag({ path: axe });
        const violations = await page.evaluate(async (tags) => {
          const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return r.violations.map((v) => `${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        }, AXE_TAGS);
        for (const v of violations) failures.push(`${path}: ${v}`);
      }
    };
    const queue = [...paths];
    await Promise.all([1, 2, 3, 4].map(() => worker(queue)));
    await context.close();
    expect(paths.length).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });

  it('at 320 px every page of an organisation fits the screen and still passes axe-core', async () => {
    const axe = join(packageRoot, 'node_modules/axe-core/axe.min.js');
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of [...pagePaths().filter((p) => p.startsWith('/national/')), '/', '/search/']) {
      await page.goto(server.url + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) problems.push(`${path}: ${width} px wide`);
      await page.addScriptTag({ path: axe });
      const ids = await page.evaluate(async (tags) => {
        const r = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return r.violations.map((v) => v.id);
      }, AXE_TAGS);
      for (const id of ids) problems.push(`${path}: ${id}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('pages work with JavaScript disabled (except the calculator)', { timeout: 600_000 }, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of pagePaths().filter((p) => !p.endsWith('/calculator/') && p !== '/search/')) {
      await page.goto(server.url + path);
      expect(await page.locator('main h1').count(), path).toBe(1);
      expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(40);
    }
    // The steps page shows the national notice limit and where it comes from without scripts.
    await page.goto(server.url + '/national/steps/');
    const steps = await page.locator('main').innerText();
    expect(await page.locator('ol.steps > li > h2').allInnerTexts()).toEqual(['受理', '办理', '答复', '复查', '复核', '终结']);
    expect(steps).toMatch(/受理告知[^。]*15日/);
    await context.close();
  });

  it('rule text that looks like HTML or Markdown is shown as text and never runs', async () => {
    for (const path of ['/hostile-text/', '/hostile-text/rules/', '/hostile-text/who/', '/hostile-text/limits/', '/hostile-text/reception/', '/hostile-text/calculator/', '/']) {
      const page = await open(path);
      const ran = await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__xss')));
      expect(ran, path).toEqual([]);
      expect(await page.locator('main img, main script:not([type]), main b, main i').count(), path).toBe(0);
      await page.context().close();
    }
    const page = await open('/hostile-text/rules/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('收到信访事项后15日内告知。<script>window.__xss_article=1</script>');
    expect(text).toContain('**这不是粗体** <img src=x onerror="window.__xss_img=1"> &amp; &lt;tag&gt;');
    expect(text).toContain('# 这不是标题');
    await page.context().close();
    // In the raw HTML, rule text may only appear escaped (attribute values are quoted text, so they are left out).
    for (const f of walk(out).filter((x) => x.endsWith('.html'))) {
      expect(readFileSync(f, 'utf8').replace(/="[^"]*"/g, '=""'), f).not.toMatch(/<script>window\.__xss|<img src=x|<b>粗体|<h1>标题/);
    }
  });

  it('takes screenshots of the index, a start page, the 办事指南 with its flow chart, the calculator, the print view, a 对照表 page and a document page at 375 px and desktop', async () => {
    for (const width of [375, 1280]) {
      const pages = [
        ['index', '/'], ['start', '/national/'], ['guide', '/national/guide/'], ['calculator', '/national/calculator/'], ['print', '/national/print/'],
        ['revision', `${REVISION}4/`], ['document', '/national/document/2022-05-01/'], ['document-print', '/national/document/2022-05-01/'],
      ] as const;
      for (const [name, path] of pages) {
        const page = await open(path, { width });
        if (name === 'calculator') {
          await page.fill('#calc-date', '2025-09-16');
          await page.click('button[type=submit]');
          await page.locator('#calc-out output').first().waitFor();
        }
        if (name === 'print' || name === 'document-print') await page.emulateMedia({ media: 'print' });
        const file = join(SCREENS, `${name}-${width}.png`);
        // Chromium cannot capture a page taller than its texture limit (16,384 px; the national
        // document at 375 px is longer), and a full-page capture lays the whole page out at once:
        // the window is made as tall as the first 12,000 px, which are what is looked at.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width, height: Math.min(height, 12_000) });
        await page.screenshot({ path: file });
        // At 375 px nothing may force the page wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}`).toBeLessThanOrEqual(width);
        await page.context().close();
      }
    }
  });
});

/** Cells of the 对照表 row whose new text is article `newNumber` (numbers lead each cell). */
async function diffRow(page: Page, newNumber: string) {
  const row = page.locator('table.diff tbody tr').filter({ has: page.locator(`td[data-label="修订后条文"] .no`, { hasText: newNumber }) });
  expect(await row.count(), newNumber).toBe(1);
  return { old: row.locator('td[data-label="原条文"]'), new: row.locator('td[data-label="修订后条文"]'), status: row.locator('td.status') };
}

describe('documents and 修订对照表', () => {
  // The 2022 信访工作条例 has six chapters: 总则 (第一条–第六条), 信访工作体制 (–第十六条), 信访事项的提出和受理
  // (–第二十六条), 信访事项的办理 (–第三十七条), 监督和追责 (–第四十七条), 附则 (第四十八条–第五十条): 6+10+10+11+10+3 = 50.
  const CHAPTERS_2022 = ['第一章 总则', '第二章 信访工作体制', '第三章 信访事项的提出和受理', '第四章 信访事项的办理', '第五章 监督和追责', '第六章 附则'];

  it('splits the national 2005 → 2022 table into one page per chapter of the 2022 text, each within the budget', async () => {
    const page = await open(REVISION);
    expect(await page.locator('main h1').innerText()).toBe('《信访条例》与《信访工作条例》修订对照表');
    const links = page.locator('ol.parts a');
    expect(await links.allInnerTexts()).toEqual(CHAPTERS_2022);
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(CHAPTERS_2022.map((_, i) => `${REVISION}${i + 1}/`));
    // The changed time limits are on the first page: 办结 now rests on 第三十四条 instead of 第三十三条.
    expect(await page.locator('table.changes').innerText()).toMatch(/时限「办结」\s+依据\s+第三十三条\s+第三十四条/);
    await page.context().close();
    const weights = measureSite(out).filter((p) => p.path.startsWith(REVISION.slice(1)));
    expect(weights.map((p) => p.path).sort()).toEqual(['index.html', ...CHAPTERS_2022.map((_, i) => `${i + 1}/index.html`)].map((f) => REVISION.slice(1) + f).sort());
    for (const p of weights) expect(p.htmlBytes + p.cssBytes, p.path).toBeLessThanOrEqual(50 * 1024);
    // Every article of both texts appears once across the chapter pages: 50 new articles (2022) and 51 old (2005).
    let oldCount = 0;
    let newCount = 0;
    for (let i = 1; i <= CHAPTERS_2022.length; i++) {
      const html = readFileSync(join(out, REVISION, `${i}`, 'index.html'), 'utf8');
      oldCount += html.match(/data-label="原条文"><span class="no">/g)?.length ?? 0;
      newCount += html.match(/data-label="修订后条文"><span class="no">/g)?.length ?? 0;
    }
    expect([oldCount, newCount]).toEqual([51, 50]);
  });

  it('shows the hand-checked pair 2005 第三十三条 ↔ 2022 第三十四条 with the changed words marked', async () => {
    // 2005 第三十三条: "信访事项应当自受理之日起60日内办结；情况复杂的，经本行政机关负责人批准…法律、行政法规另有规定的，从其规定。"
    // 2022 第三十四条: "对本条例第三十一条第六项规定的信访事项应当自受理之日起60日内办结；情况复杂的，经本机关、单位负责人批准…"
    // So 本行政机关 → 本机关、单位 is "行政" deleted and "、单位" inserted; the 60日 limit is unchanged text.
    const page = await open(`${REVISION}4/`);
    expect(await page.locator('main h1').innerText()).toBe('修订对照表：第四章 信访事项的办理');
    const row = await diffRow(page, '第三十四条');
    expect(await row.old.locator('.no').innerText()).toBe('第三十三条');
    expect(await row.status.innerText()).toBe('修改');
    const [oldText, newText] = [await row.old.textContent(), await row.new.textContent()];
    expect(oldText).toContain('60日内办结');
    expect(newText).toContain('60日内办结');
    // textContent includes the visually hidden 删除：/新增： spoken before each mark.
    expect(oldText).toContain('经本删除：行政机关负责人批准');
    expect(newText).toContain('经本机关新增：、单位负责人批准');
    // The 2005 proviso is gone (the diff may take the full stop before it along: either way it is struck).
    expect((await row.old.locator('del').allTextContents()).join('|')).toMatch(/删除：。?法律、行政法规另有规定的，从其规定/);
    expect(await row.new.locator('ins').first().textContent()).toBe('新增：对本条例第三十一条第六项规定的');
    // What the eye sees: the mark words without the prefix, struck through / underlined, not colour alone.
    const shown = await row.new.evaluate((td) => {
      const copy = td.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.sr').forEach((e) => e.remove());
      return copy.textContent;
    });
    expect(shown).toContain('经本机关、单位负责人批准');
    const look = await page.evaluate(() => {
      const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      const sr = document.querySelector('table.diff del .sr')!.getBoundingClientRect();
      return { del: style('table.diff del').textDecorationLine, ins: style('table.diff ins').textDecorationLine, sr: [sr.width, sr.height] };
    });
    expect(look).toEqual({ del: 'line-through', ins: 'underline', sr: [1, 1] });
    await page.context().close();
  });

  it('shows articles new in 2022 as added: 第二条 (scope) and 第四十九条 (国家信访局负责解释)', async () => {
    for (const [part, number, words] of [[1, '第二条', '本条例适用于各级党的机关'], [6, '第四十九条', '本条例由国家信访局负责解释。']] as const) {
      const page = await open(`${REVISION}${part}/`);
      const row = await diffRow(page, number);
      expect(await row.status.innerText()).toBe('新增');
      expect(await row.old.evaluate((td) => td.classList.contains('empty') && td.textContent === '')).toBe(true);
      expect(await row.new.innerText()).toContain(words);
      await page.context().close();
    }
  });

  it('the national 2022 document page starts with 第一条 and shows its effective date 2022-05-01', async () => {
    const page = await open('/national/document/2022-05-01/');
    expect(await page.locator('main h1').innerText()).toBe('信访工作条例');
    const articles = page.locator('.formal .article');
    expect(await articles.count()).toBe(50);
    expect(await articles.first().innerText()).toMatch(/^第一条\s+为了坚持和加强党对信访工作的全面领导/);
    expect(await articles.last().innerText()).toMatch(/^第五十条/);
    expect(await page.locator('.formal .issued').innerText()).toBe('（中共中央、国务院发布　自2022年5月1日起施行）');
    expect(await page.locator('.doc-info').innerText()).toMatch(/适用期间\s+2022-05-01 起（现行）/);
    expect(await page.locator(`.doc-info a[href="${REVISION}"]`).count()).toBe(1);
    // Printed, only the document remains: the site's header, menu, notes and footer are not printed.
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.org-nav', '.doc-info', '.site-footer']) expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    await page.context().close();
    // The 2005 text is marked as replaced on 2022-05-01 and points to the current text.
    const old = await open('/national/document/2005-05-01/');
    expect(await old.locator('.notice').innerText()).toContain('2022-05-01 起由新版本取代');
    expect(await old.locator('.formal .docno').innerText()).toBe('中华人民共和国国务院令第431号');
    await old.context().close();
  });

  it('one document per distinct document version: community only changed through its parent, so it has one text and no 对照表', () => {
    // rules/community has one rule file (2005-05-01); its 2022-05-01 version exists only because the national
    // rules it extends changed then (compiled.ts document_version), so the text was never revised.
    expect(existsSync(join(out, 'community/document/2005-05-01/index.html'))).toBe(true);
    expect(existsSync(join(out, 'community/document/2022-05-01'))).toBe(false);
    expect(existsSync(join(out, 'community/revisions'))).toBe(false);
    expect(readFileSync(join(out, 'community/document/2005-05-01/index.html'), 'utf8')).not.toContain('由新版本取代');
  });

  it('links the documents and the 对照表 from the 制度 page’s version history and the start page', async () => {
    const rules = await open('/national/rules/');
    const hrefs = await rules.locator('#history ~ .table-wrap a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/national/document/2005-05-01/', '/national/document/2022-05-01/', REVISION]);
    await rules.context().close();
    const start = await open('/national/');
    const links = await start.locator('#document ~ p a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/national/document/2022-05-01/', REVISION]);
    await start.context().close();
  });

  it('serves the rule-file JSON Schema and explains it on /help/', async () => {
    const res = await fetch(`${server.url}/schema/rules.schema.json`);
    expect(res.status).toBe(200);
    const schema = await res.json();
    expect(schema).toEqual(JSON.parse(readFileSync(join(packageRoot, 'src/rules/rules.schema.json'), 'utf8')));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const page = await open('/help/');
    expect(await page.locator('main a[href="/schema/rules.schema.json"]').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('xinfang codes');
    await page.context().close();
  });

  it('the print view prints the full address and its QR code, made at build time, and a print button', async () => {
    const page = await open('/national/print/', { width: 375 });
    expect(await page.locator('.print-url').innerText()).toBe('https://xf.example.gov.cn/national/');
    const qr = page.locator('svg.qr');
    expect(await qr.getAttribute('aria-label')).toBe('二维码：https://xf.example.gov.cn/national/');
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
    await page.emulateMedia({ media: 'print' });
    // 30 mm, big enough for a phone camera at reading distance.
    expect(Math.round((await qr.boundingBox())!.width)).toBe(Math.round((30 / 25.4) * 96));
    await page.emulateMedia({ media: 'screen' });
    // The button calls the browser's print dialog (shown by the settings script; hidden without scripts).
    await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
    await page.locator('main .print-button').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.context().close();
    const plain = await open('/national/print/', { js: false });
    expect(await plain.locator('main .print-button').isVisible()).toBe(false);
    await plain.context().close();
  });

  it('the new pages are among those the axe-core, 320 px and no-JavaScript tests above visit', () => {
    const paths = pagePaths();
    for (const p of ['/national/document/2022-05-01/', '/national/document/2005-05-01/', REVISION, `${REVISION}3/`, '/help/', '/national/guide/', '/national/forms/', '/company/guide/']) expect(paths, p).toContain(p);
    expect(result.figures!.pagesWithScripts).toEqual([]);
  });
});
