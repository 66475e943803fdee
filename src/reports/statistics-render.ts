/** The statistics report as an HTML page with inline SVG charts and an XLSX workbook. */
import { escapeHtml } from '../io/html.ts';
import type { KpiValue } from '../kpi/count.ts';
import { formatChange, formatKpi, formatPercent, headerHtml, kpiDefinitionsHtml, page, table } from './html.ts';
import type { StatisticsReport } from './statistics.ts';
import { barChart, lineChart } from './svg-chart.ts';
import { headerRows, kpiCell, kpiDefinitionRows, workbook, type SheetSpec } from './xlsx.ts';

const AXIS: Record<string, string> = { channel: '来源方式', source: '来源', category: '类别', department: '承办部门', status: '办理状态' };

/** `75.0%（3/4）`, or `—（0/0）`. */
const rateText = (v: KpiValue): string => (v.not_applicable ? formatKpi(v) : `${formatPercent(v.rate)}（${v.numerator}/${v.denominator}）`);

/** The report as a standalone HTML page. */
export function statisticsHtml(r: StatisticsReport): string {
  const p = r.periods;
  const head = ['项目', `本期（${p.current}）`, `上期（${p.previous}）`, '环比', `去年同期（${p.last_year}）`, '同比'];
  const row = (x: { label: string; current: number; previous: number; last_year: number }) => [
    x.label, x.current, x.previous, formatChange(x.previous > 0 ? (x.current - x.previous) / x.previous : null),
    x.last_year, formatChange(x.last_year > 0 ? (x.current - x.last_year) / x.last_year : null),
  ];
  const sections = r.breakdowns.map((b) => {
    const chart = barChart({
      title: `${b.title}（件）`,
      labels: b.rows.map((x) => x.label),
      series: [{ name: `本期 ${p.current}`, values: b.rows.map((x) => x.current) }, { name: `去年同期 ${p.last_year}`, values: b.rows.map((x) => x.last_year) }],
      categoryAxis: AXIS[b.dimension] ?? b.title,
      valueAxis: '件数（件）',
    });
    return `<h2>${escapeHtml(b.title)}</h2>\n${table(b.title, head, [...b.rows.map(row), row(r.total)])}\n${chart}`;
  });
  const trend = lineChart({
    title: '逐月登记件数',
    labels: r.trend.months.map((m) => `${Number(m.slice(5))}月`),
    series: [{ name: '本期', values: r.trend.current }, { name: '去年同期', values: r.trend.last_year }],
    categoryAxis: '月份',
    valueAxis: '件数（件）',
  });
  const trendTable = table('逐月登记件数', ['月份', '本期', '去年同期'], r.trend.months.map((m, i) => [m, r.trend.current[i]!, r.trend.last_year[i]!]));
  const body = [
    headerHtml(r.header),
    '<h2>总体情况</h2>',
    `<p>本期登记信访事项 ${r.total.current} 件；上期 ${r.total.previous} 件，环比 ${escapeHtml(formatChange(r.change.previous))}；去年同期 ${r.total.last_year} 件，同比 ${escapeHtml(formatChange(r.change.last_year))}。</p>`,
    '<h2>主要指标</h2>',
    table('主要指标', ['指标', `本期（${p.current}）`, `上期（${p.previous}）`, `去年同期（${p.last_year}）`], r.kpis.map((k) => [k.name, rateText(k.current), rateText(k.previous), rateText(k.last_year)])),
    kpiDefinitionsHtml(r.kpi_definitions),
    '<h2>逐月趋势</h2>',
    trend,
    trendTable,
    ...sections,
    '<div class="signature"><div>填报人：</div><div>审核人：</div><div>填报日期：</div><div>单位（盖章）：</div></div>',
  ];
  return page(r.header.title, body.join('\n'));
}

/** The report as a workbook: 总表 (every breakdown) and 逐月. */
export function statisticsXlsx(r: StatisticsReport): Promise<Uint8Array> {
  const p = r.periods;
  const top = headerRows(r.header);
  const head = ['维度', '项目', `本期（${p.current}）`, `上期（${p.previous}）`, `去年同期（${p.last_year}）`];
  const sheets: SheetSpec[] = [
    {
      name: '总表',
      header: top.length,
      widths: [16, 28, 16, 16, 18],
      rows: [
        ...top,
        head,
        ['合计', r.total.label, r.total.current, r.total.previous, r.total.last_year],
        ['环比 / 同比', '', null, { percent: r.change.previous }, { percent: r.change.last_year }],
        ...r.breakdowns.flatMap((b) => b.rows.map((x) => [b.title, x.label, x.current, x.previous, x.last_year])),
      ],
    },
    { name: '逐月', header: 0, widths: [12, 10, 12], rows: [['月份', '本期', '去年同期'], ...r.trend.months.map((m, i) => [m, r.trend.current[i]!, r.trend.last_year[i]!])] },
    {
      name: '指标',
      header: 0,
      widths: [14, 12, 8, 8, 12, 8, 8, 12, 8, 8],
      rows: [
        ['指标', `本期（${p.current}）`, '分子', '分母', `上期（${p.previous}）`, '分子', '分母', `去年同期（${p.last_year}）`, '分子', '分母'],
        ...r.kpis.map((k) => [k.name, ...[k.current, k.previous, k.last_year].flatMap((v) => [kpiCell(v), v.numerator, v.denominator])]),
      ],
    },
    { name: '指标定义', header: 1, widths: [14, 50, 50, 40, 30], rows: kpiDefinitionRows(r.kpi_definitions) },
  ];
  return workbook(sheets, r.header.title);
}
