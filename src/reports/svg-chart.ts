/**
 * Inline SVG charts for the printed reports (bar and line, labelled in Chinese, no
 * client-side JavaScript). Each chart is a `<figure>` with an accessible `<svg role="img">`: a
 * title, labelled axes with ticks, a legend, and the value written on every bar or point so the
 * printed page can be read without guessing from the gridlines. All text is escaped.
 */
import { escapeHtml } from '../io/html.ts';

/** One data series. */
export interface Series {
  name: string;
  values: number[];
}

/** What a chart shows. */
export interface ChartSpec {
  title: string;
  /** One label per category (bars) or per point (line). */
  labels: string[];
  series: Series[];
  /** Axis titles, e.g. 来源方式 / 件数. */
  categoryAxis: string;
  valueAxis: string;
}

const COLORS = ['#1f5fa8', '#d9822b', '#7a9a3a', '#8e44ad'];
const FONT = `font-family="Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, Microsoft YaHei, sans-serif"`;

/** Gridline step and axis maximum: steps of 1, 2 or 5 × 10^k, at most 5 intervals. */
export function niceScale(max: number): { step: number; top: number } {
  if (max <= 0) return { step: 1, top: 1 };
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!);
  return { step, top: Math.ceil(max / step) * step };
}

const text = (x: number, y: number, s: string, attrs = ''): string =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${escapeHtml(s)}</text>`;

/** The largest value of any series, at least 0. */
function largestValue(spec: ChartSpec): number {
  let max = 0;
  for (const series of spec.series) for (const v of series.values) if (v > max) max = v;
  return max;
}

/** Approximate rendered width of a label at `size` px: CJK characters are square. */
const labelWidth = (s: string, size: number): number => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? size : size * 0.6), 0);

function legend(series: Series[], x: number, y: number): string {
  let at = x;
  return series
    .map((s, i) => {
      const item = `<rect x="${at}" y="${y - 9}" width="10" height="10" fill="${COLORS[i % COLORS.length]}"/>${text(at + 14, y, s.name, 'font-size="11"')}`;
      at += 14 + labelWidth(s.name, 11) + 24;
      return item;
    })
    .join('');
}

function frame(spec: ChartSpec, width: number, height: number, body: string): string {
  const desc = spec.series.map((s) => `${s.name}：${spec.labels.map((l, i) => `${l} ${s.values[i] ?? 0}`).join('，')}`).join('；');
  return `<figure>
<figcaption>${escapeHtml(spec.title)}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ${FONT} font-size="11" fill="#222">
<title>${escapeHtml(spec.title)}</title>
<desc>${escapeHtml(desc)}</desc>
${body}
</svg>
</figure>`;
}

/**
 * Horizontal grouped bars: categories down the left (long Chinese labels stay readable), counts
 * along the bottom axis, one bar per series in each group.
 */
export function barChart(spec: ChartSpec): string {
  const width = 640;
  const left = Math.min(200, spec.labels.reduce((w, l) => Math.max(w, labelWidth(l, 11) + 12), 60));
  const right = 40;
  const top = 30;
  const bar = 12;
  const gap = 8;
  const group = spec.series.length * bar + gap;
  const plotH = spec.labels.length * group;
  const height = top + plotH + 50;
  const plotW = width - left - right;
  const max = largestValue(spec);
  const { step, top: vmax } = niceScale(max);
  const x = (v: number) => left + (v / vmax) * plotW;
  const parts: string[] = [legend(spec.series, left, 16)];
  for (let v = 0; v <= vmax; v += step) {
    parts.push(`<line x1="${x(v).toFixed(1)}" y1="${top}" x2="${x(v).toFixed(1)}" y2="${top + plotH}" stroke="#ccc"/>`);
    parts.push(text(x(v), top + plotH + 14, String(v), 'text-anchor="middle"'));
  }
  spec.labels.forEach((label, i) => {
    const gy = top + i * group + gap / 2;
    parts.push(text(left - 6, gy + (spec.series.length * bar) / 2 + 4, label, 'text-anchor="end"'));
    spec.series.forEach((s, j) => {
      const v = s.values[i] ?? 0;
      const y = gy + j * bar;
      parts.push(`<rect x="${left}" y="${y}" width="${(x(v) - left).toFixed(1)}" height="${bar - 2}" fill="${COLORS[j % COLORS.length]}"/>`);
      parts.push(text(x(v) + 3, y + bar - 3, String(v), 'font-size="10"'));
    });
  });
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#333"/>`);
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#333"/>`);
  parts.push(text(left + plotW / 2, height - 8, spec.valueAxis, 'text-anchor="middle" class="axis-title"'));
  parts.push(text(12, top + plotH / 2, spec.categoryAxis, `text-anchor="middle" class="axis-title" transform="rotate(-90 12 ${(top + plotH / 2).toFixed(1)})"`));
  return frame(spec, width, height, parts.join('\n'));
}

/** A line chart: points along the bottom axis (months), counts up the side. */
export function lineChart(spec: ChartSpec): string {
  const width = 640;
  const height = 300;
  const left = 56;
  const right = 20;
  const top = 32;
  const bottom = 52;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = largestValue(spec);
  const { step, top: vmax } = niceScale(max);
  const n = spec.labels.length;
  // Points sit inside the plot, half a step from each edge, so none lands on an axis.
  const x = (i: number) => left + ((i + 0.5) / n) * plotW;
  const y = (v: number) => top + plotH - (v / vmax) * plotH;
  const parts: string[] = [legend(spec.series, left, 16)];
  for (let v = 0; v <= vmax; v += step) {
    parts.push(`<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${left + plotW}" y2="${y(v).toFixed(1)}" stroke="#ccc"/>`);
    parts.push(text(left - 6, y(v) + 4, String(v), 'text-anchor="end"'));
  }
  spec.labels.forEach((l, i) => parts.push(text(x(i), top + plotH + 16, l, 'text-anchor="middle"')));
  spec.series.forEach((s, j) => {
    const color = COLORS[j % COLORS.length];
    const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${color}" stroke-width="2"${j > 0 ? ' stroke-dasharray="6 3"' : ''}/>`);
    s.values.forEach((v, i) => {
      parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${color}"/>`);
      // The first series is labelled above its points, the others below, so labels do not collide.
      parts.push(text(x(i), j === 0 ? y(v) - 7 : y(v) + 15, String(v), `text-anchor="middle" font-size="10" fill="${color}"`));
    });
  });
  parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="#333"/>`);
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#333"/>`);
  parts.push(text(left + plotW / 2, height - 10, spec.categoryAxis, 'text-anchor="middle" class="axis-title"'));
  parts.push(text(14, top + plotH / 2, spec.valueAxis, `text-anchor="middle" class="axis-title" transform="rotate(-90 14 ${(top + plotH / 2).toFixed(1)})"`));
  return frame(spec, width, height, parts.join('\n'));
}
