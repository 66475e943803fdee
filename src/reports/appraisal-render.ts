/** The appraisal report as an HTML page and an XLSX workbook; the figures come from the model only. */
import { escapeHtml } from '../io/html.ts';
import type { AppraisalReport, DepartmentScore } from './appraisal.ts';
import type { Scorecard } from './appraisal-score.ts';
import { formatPercent, formatPoints, headerHtml, kpiAgainstTarget, kpiDefinitionsHtml, page, table } from './html.ts';
import { headerRows, kpiCell, kpiDefinitionRows, workbook, type SheetCell, type SheetSpec } from './xlsx.ts';

const target = (t: number | undefined): string => (t === undefined ? '—' : formatPercent(t));

function cardHtml(title: string, card: Scorecard): string {
  const kpis = table(
    `${title}：指标`,
    ['指标', '分子', '分母', '实际值', '目标值', '权重', '达成度'],
    card.kpis.map((k) => [k.name, k.numerator, k.denominator, kpiAgainstTarget(k), target(k.target), k.weight, k.weight === 0 ? '不计分' : k.attainment === null ? '不计（无数据）' : formatPercent(k.attainment)]),
  );
  const items = table(
    `${title}：扣（加）分项`,
    ['事项', '次数', '每次分值', '上限', '小计', '依据'],
    card.items.map((i) => [i.label, i.count, i.points, i.cap ?? '—', formatPoints(i.total), i.basis ? `《${i.basis.document}》${i.basis.number}` : '']),
  );
  const sum = `<p class="score">指标综合达成度 A = ${escapeHtml(formatPercent(card.kpi_attainment))}；指标得分 = ${escapeHtml(String(card.base))} × A = ${escapeHtml(formatPoints(card.kpi_points))}；扣（加）分合计 ${escapeHtml(formatPoints(card.items_total))}；考核得分 ${escapeHtml(formatPoints(card.score))}</p>`;
  return `${kpis}\n${items}\n${sum}`;
}

/** The report as a standalone HTML page. */
export function appraisalHtml(r: AppraisalReport): string {
  const ranking = table(
    '各部门考核得分',
    ['名次', '承办部门', '本期登记', '指标达成度', '指标得分', '扣（加）分', '考核得分'],
    r.departments.map((d) => [d.rank, d.department, d.received, formatPercent(d.kpi_attainment), formatPoints(d.kpi_points), formatPoints(d.items_total), formatPoints(d.score)]),
  );
  const unranked = r.unranked.length
    ? table(
        '不参加排名（承办部门不在制度的部门名单中）',
        ['承办部门', '可能是', '本期登记', '指标达成度', '指标得分', '扣（加）分', '考核得分'],
        r.unranked.map((d) => [d.department, d.nearest ?? '—', d.received, formatPercent(d.kpi_attainment), formatPoints(d.kpi_points), formatPoints(d.items_total), formatPoints(d.score)]),
      )
    : '';
  const body = [
    headerHtml(r.header),
    `<h2>计分办法</h2>`,
    `<p>基础分 ${escapeHtml(String(r.scheme.base))} 分${r.scheme.basis ? `，依据${escapeHtml(r.scheme.basis)}` : ''}。</p>`,
    `<ol class="rules">${r.formula.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ol>`,
    kpiDefinitionsHtml(r.kpi_definitions),
    `<h2>考核结果</h2>`,
    ranking,
    unranked,
    `<h2>全单位</h2>`,
    cardHtml('全单位', r.overall),
    ...r.departments.map((d) => `<h2>${escapeHtml(d.department)}（第 ${d.rank} 名）</h2>\n${cardHtml(d.department, d)}`),
    ...r.unranked.map((d) => `<h2>${escapeHtml(d.department)}（不参加排名）</h2>\n${cardHtml(d.department, d)}`),
    `<div class="signature"><div>考核人（签字）：</div><div>日期：</div></div>`,
  ];
  return page(r.header.title, body.join('\n'));
}

function cardRows(name: string, c: Scorecard): SheetCell[][] {
  return [
    ...c.kpis.map((k) => [name, '指标', k.name, k.numerator, k.denominator, kpiCell(k), k.target === undefined ? null : { percent: k.target }, k.weight, k.attainment === null ? '不计' : { percent: k.attainment }, null]),
    ...c.items.map((i) => [name, '扣（加）分', i.label, i.count, null, null, null, null, null, { points: i.total }]),
  ];
}

/** The report as a workbook: 考核得分, 明细, 指标定义. */
export function appraisalXlsx(r: AppraisalReport): Promise<Uint8Array> {
  const top = headerRows(r.header);
  const all: (Omit<DepartmentScore, 'rank'> & { rank?: number | string })[] = [r.overall, ...r.departments, ...r.unranked.map((d) => ({ ...d, rank: '不排名' }))];
  const sheets: SheetSpec[] = [
    {
      name: '考核得分',
      header: top.length,
      widths: [22, 24, 12, 12, 12, 12, 12],
      rows: [
        ...top,
        ['名次', '承办部门', '本期登记', '指标达成度', '指标得分', '扣（加）分', '考核得分'],
        ...all.map((d) => [d.rank ?? '', d.department, d.received, { percent: d.kpi_attainment }, { points: d.kpi_points }, { points: d.items_total }, { points: d.score }]),
      ],
    },
    {
      name: '明细',
      header: 0,
      widths: [24, 10, 26, 8, 8, 10, 10, 8, 10, 10],
      rows: [['承办部门', '类型', '项目', '分子/次数', '分母', '实际值', '目标值', '权重', '达成度', '小计'], ...all.flatMap((d) => cardRows(d.department, d))],
    },
    {
      name: '指标定义',
      header: 1,
      widths: [14, 50, 50, 40, 30],
      rows: [...kpiDefinitionRows(r.kpi_definitions), [], ['计分办法'], ...r.formula.map((f) => [f])],
    },
  ];
  return workbook(sheets, r.header.title);
}
