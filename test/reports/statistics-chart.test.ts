/**
 * The statistics report's charts: inline SVG with Chinese titles and labelled axes, no
 * scripts, rendered in headless Chromium with the shipped CJK fonts to a PNG (saved in a temp folder,
 * so CI produces one to look at) — and the rendered charts really carry their Chinese labels.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/browser/launch-chromium.ts';
import { openHtml } from '../../src/browser/open-html.ts';
import { parseDay } from '../../src/calendar/day.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import { loadReportInput } from '../../src/reports/load-report-input.ts';
import { parsePeriod } from '../../src/reports/period.ts';
import { buildStatistics, type StatisticsReport } from '../../src/reports/statistics.ts';
import { statisticsHtml } from '../../src/reports/statistics-render.ts';
import { barChart, lineChart, niceScale } from '../../src/reports/svg-chart.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'q2-ledger');
let report: StatisticsReport;

beforeAll(async () => {
  const built = await buildRuleSets([join(FIXTURE, 'rules', 'kpi-office')], FIXTURE);
  const loaded = await loadReportInput(join(FIXTURE, 'ledger.csv'), built.compiled[0]!, { asOf: parseDay('2026-06-30')!, displayName: 'ledger.csv' });
  report = buildStatistics(loaded.input!, parsePeriod('2026Q2')!).report!;
});

describe('SVG charts', () => {
  it('picks gridline steps of 1, 2 or 5 × 10^k', () => {
    expect([niceScale(0), niceScale(4), niceScale(7), niceScale(24), niceScale(130)]).toEqual([
      { step: 1, top: 1 }, { step: 1, top: 4 }, { step: 2, top: 8 }, { step: 5, top: 25 }, { step: 50, top: 150 },
    ]);
  });

  it('labels both axes, the legend and every bar, escaping text', () => {
    const svg = barChart({ title: '按类别<测试>', labels: ['劳资纠纷', 'A&B'], series: [{ name: '本期', values: [3, 1] }], categoryAxis: '类别', valueAxis: '件数（件）' });
    expect(svg).toContain('<title>按类别&lt;测试&gt;</title>');
    expect(svg).toContain('>类别</text>');
    expect(svg).toContain('>件数（件）</text>');
    expect(svg).toContain('>A&amp;B</text>');
    expect(svg.match(/class="axis-title"/g)).toHaveLength(2);
    const line = lineChart({ title: '逐月', labels: ['4月', '5月'], series: [{ name: '本期', values: [2, 1] }], categoryAxis: '月份', valueAxis: '件数（件）' });
    expect(line).toContain('>月份</text>');
    expect(line).toContain('<polyline');
  });
});

describe('statistics report in Chromium', () => {
  it('renders legible charts with Chinese labels to a PNG', async () => {
    const html = statisticsHtml(report);
    expect(html).not.toMatch(/<script/i);
    const dir = mkdtempSync(join(tmpdir(), 'xinfang-statistics-'));
    const launched = await launchChromium();
    expect(launched.diagnostics).toEqual([]);
    const browser = launched.value!.browser;
    try {
      const page = await openHtml(browser, html, { width: 900, height: 1200 });
      const png = join(dir, 'statistics.png');
      await page.screenshot({ path: png, fullPage: true });
      await page.locator('figure').first().screenshot({ path: join(dir, 'trend.png') });
      expect(statSync(png).size).toBeGreaterThan(20_000);
      // One line chart and five bar charts, each with two axis titles, as rendered.
      const charts = await page.locator('figure svg').evaluateAll((svgs) =>
        svgs.map((s) => ({ title: s.querySelector('title')?.textContent, axes: Array.from(s.querySelectorAll('.axis-title'), (t) => t.textContent) })),
      );
      expect(charts.map((c) => c.title)).toEqual(['逐月登记件数', '按来源方式（件）', '按来源（件）', '按类别（件）', '按承办部门（件）', '按办理状态（截至 2026-06-30）（件）']);
      expect(charts[0]!.axes).toEqual(['月份', '件数（件）']);
      expect(charts[1]!.axes).toEqual(['件数（件）', '来源方式']);
      // The CJK labels take real width: a missing font would render them as zero-width or tofu boxes of equal size.
      const width = await page.locator('figure svg text', { hasText: '逾期未办结' }).first().evaluate((t) => (t as SVGTextElement).getComputedTextLength());
      expect(width).toBeGreaterThan(40);
      console.info(`statistics report screenshot: ${png}`);
    } finally {
      await browser.close();
    }
  });
});
