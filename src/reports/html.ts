/**
 * The HTML shell the period reports share: a standalone, print-ready A4 page (lang zh-CN, no
 * scripts, CJK fonts), the report header with the attribution rules, and table helpers. Every
 * piece of text goes through `escapeHtml` (`src/io/html.ts`); callers pass markup only as `Html` values built here.
 */
import { escapeHtml } from '../io/html.ts';
import { KPI_SCOPE, type KpiDefinition } from '../kpi/definitions.ts';
import type { ReportHeader } from './report-header.ts';

/** Markup that is already escaped. */
export interface Html {
  html: string;
}

/** Wrap trusted markup (built from escaped parts). */
export const raw = (html: string): Html => ({ html });

/** A cell: text (escaped), a number, or markup. */
export type Cell = string | number | Html | null | undefined;

const cell = (c: Cell): string => (c === null || c === undefined ? '' : typeof c === 'object' ? c.html : escapeHtml(String(c)));

/** A table with a caption, a header row and rows; numeric cells are right-aligned. */
export function table(caption: string, head: readonly string[], rows: readonly (readonly Cell[])[], className = ''): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c) => `<td${typeof c === 'number' ? ' class="num"' : ''}>${cell(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table${className ? ` class="${escapeHtml(className)}"` : ''}>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** The KPI definitions a period report counts by (`src/kpi/definitions.ts`), with the scope sentence. */
export function kpiDefinitionsHtml(defs: readonly KpiDefinition[]): string {
  const rows = defs.map((d) => [d.name, d.numerator, d.denominator, d.excluded, d.attribution]);
  return `<p>${escapeHtml(KPI_SCOPE.period.zh)}</p>\n${table('指标定义', ['指标', '分子', '分母', '不计入', '归属期间'], rows)}`;
}

/** A percentage for people: `93.3%`, or `—` when there is no value (the same rounding everywhere). */
export function formatPercent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** A KPI's value for people: `93.3%`, `—` without cases, or `不适用（reason）` when the ledger lacks its data. */
export function formatKpi(v: { rate: number | null; not_applicable?: string }): string {
  return v.not_applicable ? `不适用（${v.not_applicable}）` : formatPercent(v.rate);
}

/**
 * A KPI's value against its target, coloured: green (met), amber (at least 90% of the way:
 * attainment ≥ 0.9) or red, with the word too so a black-and-white print still says it.
 */
export function kpiAgainstTarget(k: { rate: number | null; not_applicable?: string; target?: number; attainment: number | null }): Cell {
  const text = formatKpi(k);
  if (k.target === undefined || k.attainment === null) return text;
  const [cls, word] = k.attainment >= 1 ? ['ok', '达标'] : k.attainment >= 0.9 ? ['amber', '接近'] : ['red', '未达标'];
  return raw(`<span class="${cls}">${escapeHtml(text)}（${word}）</span>`);
}

/** A signed change: `+12.5%`, `-3.0%`, or `—`. */
export function formatChange(rate: number | null): string {
  if (rate === null) return '—';
  const p = (rate * 100).toFixed(1);
  return rate > 0 ? `+${p}%` : `${p}%`;
}

/** Points with two decimals: `96.50`. */
export const formatPoints = (x: number): string => x.toFixed(2);

const STYLE = `
@page { size: A4; margin: 18mm 15mm; @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 9pt; color: #555; } }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 10.5pt; line-height: 1.5; color: #111; margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4mm; }
h2 { font-size: 13pt; border-bottom: 1.5px solid #333; padding-bottom: 1mm; margin: 7mm 0 3mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
.meta { display: grid; grid-template-columns: auto 1fr; gap: 0.5mm 4mm; margin: 0 0 4mm; font-size: 9.5pt; }
.meta dt { color: #444; }
.meta dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9.5pt; break-inside: auto; }
caption { text-align: left; font-weight: bold; padding: 1mm 0; }
th, td { border: 1px solid #777; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
thead th { background: #e8e8e8; }
tr { break-inside: avoid; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
ol.rules, ul.rules { margin: 1mm 0 3mm; padding-left: 6mm; font-size: 9.5pt; }
.explain { margin: 0; padding-left: 4mm; font-size: 8.5pt; color: #333; }
figure { margin: 3mm 0 5mm; break-inside: avoid; }
figcaption { font-weight: bold; font-size: 10pt; margin-bottom: 1mm; }
svg { display: block; max-width: 100%; height: auto; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
.signature { margin-top: 12mm; display: grid; grid-template-columns: 1fr 1fr; gap: 10mm 8mm; break-inside: avoid; }
.signature div { border-bottom: 1px solid #333; padding-bottom: 6mm; }
.score { font-size: 12pt; font-weight: bold; }
section.department { break-before: page; }
table.inspection td:nth-child(-n+3), table.inspection td:nth-child(n+6):nth-child(-n+8) { white-space: nowrap; }
section.notice + section.notice { break-before: page; }
.verdict { font-size: 12pt; font-weight: bold; }
.ok { background: #d7f0d7; } .amber { background: #ffe6a8; } .red { background: #f7c4c4; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
`;

/** The report's header block: title, metadata and the attribution rules. */
export function headerHtml(h: ReportHeader): string {
  const meta: [string, string][] = [
    ['单位', h.organisation],
    ['统计期间', `${h.period.label}（${h.period.from} 至 ${h.period.to}）`],
    ['统计日（as-of）', h.as_of],
    ['依据制度', `《${h.version.title}》（${h.version.version} 施行版本，规则集 ${h.ruleset}）`],
    ['台账', h.ledger],
  ];
  return `<h1>${escapeHtml(h.title)}</h1>
<dl class="meta">${meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
<h2>统计口径</h2>
<ol class="rules">${h.attribution.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ol>`;
}

/** A whole page. `body` is markup built from escaped parts. */
/**
 * A standalone report page on A4; `landscape` for reports whose lists are a dozen columns wide (the
 * whole document: Chromium lays out a named landscape page's first table one page too late).
 */
export function page(title: string, body: string, orientation: 'portrait' | 'landscape' = 'portrait'): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}${orientation === 'landscape' ? '@page { size: A4 landscape; }\nbody { max-width: 267mm; }\n' : ''}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

