/**
 * `npm run bench`: every benchmark in one run, printed as one table to paste into
 * README's performance section and compare between commits — fixed row order, fixed column
 * widths, no timestamps; the machine it ran on is printed above the table.
 *
 *   npm run bench                     all of them (several minutes: the 1M-case check and the site builds)
 *   npm run bench -- --only deadlines,rules   a subset, by section name
 *
 * A section that fails prints a `failed` row (and the run exits 1) so the others still print.
 */
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchCheck } from './bench-check.ts';
import { benchDeadlines } from './bench-deadlines.ts';
import { benchRules } from './bench-rules.ts';
import { benchSite } from './bench-site.ts';
import { benchSiteCity } from './bench-site-city.ts';
import { benchSql } from './bench-sql.ts';
import { benchXlsx } from './bench-xlsx.ts';
import type { BenchFigure } from './figure.ts';

/** The sections, in table order. */
const SECTIONS: readonly { name: string; run: () => Promise<BenchFigure[]> }[] = [
  { name: 'deadlines', run: benchDeadlines },
  { name: 'rules', run: benchRules },
  { name: 'check', run: benchCheck },
  { name: 'sql', run: benchSql },
  { name: 'xlsx', run: benchXlsx },
  { name: 'site', run: benchSite },
  { name: 'site-city', run: benchSiteCity },
];

/** A value with thousands separators and as many decimals as it was rounded to (at most 2). */
function formatValue(v: number): string {
  const decimals = Number.isInteger(v) ? 0 : Math.abs(v) >= 100 ? 1 : 2;
  return v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Render rows as an aligned Markdown table (pastes into README as is). */
export function renderTable(rows: readonly { section: string; figure: BenchFigure | { name: string; failed: string } }[]): string {
  const cells = rows.map(({ section, figure }) =>
    'failed' in figure ? [section, figure.name, 'failed', figure.failed] : [section, figure.name, formatValue(figure.value), figure.unit],
  );
  const head = ['section', 'figure', 'value', 'unit'];
  const widths = head.map((h, i) => cells.reduce((w, c) => Math.max(w, c[i]!.length), h.length));
  const line = (c: string[]) => `| ${c.map((x, i) => (i === 2 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(head), rule, ...cells.map(line)].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((s) => !SECTIONS.some((x) => x.name === s)) ?? [];
  if (unknown.length) throw new Error(`--only: unknown section ${unknown.join(', ')} (have ${SECTIONS.map((s) => s.name).join(', ')})`);
  const cpu = cpus();
  console.log(`node ${process.version} · ${cpu[0]?.model.trim() ?? 'unknown CPU'} · ${cpu.length} cores · ${Math.round(totalmem() / 2 ** 30)} GB RAM · ${process.platform}-${process.arch}`);

  const rows: Parameters<typeof renderTable>[0][number][] = [];
  let failed = false;
  for (const section of SECTIONS) {
    if (only && !only.includes(section.name)) continue;
    process.stderr.write(`running ${section.name}…\n`);
    try {
      for (const figure of await section.run()) rows.push({ section: section.name, figure });
    } catch (e) {
      failed = true;
      rows.push({ section: section.name, figure: { name: '(section failed)', failed: (e as Error).message.split('\n')[0]! } });
    }
  }
  console.log(`\n${renderTable(rows)}`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
