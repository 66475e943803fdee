/**
 * Site benchmark, for `test/bench/run.ts`: builds the whole site for every shipped rule
 * set into a temp folder (build date pinned) and reports the budgets — build time (≤ 60 s), the
 * largest page's HTML + CSS (≤ 50 KB), the calculator's JavaScript gzipped (≤ 30 KB) and the number
 * of pages other than the calculator and search that load JavaScript (0).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.ts';
import { buildSite } from '../../src/site/build-site.ts';
import type { BenchFigure } from './figure.ts';

export async function benchSite(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'xinfang-bench-site-'));
  try {
    const result = await buildSite({ rulesDirs: [], outDir: join(dir, 'dist'), buildDate: '2025-09-16', cwd: packageRoot });
    const f = result.figures;
    if (!f) throw new Error(`site build failed: ${result.diagnostics.filter((d) => d.severity === 'error').length} errors`);
    return [
      { name: 'site build (all rule sets)', value: Number(f.seconds.toFixed(2)), unit: 's' },
      { name: 'site pages', value: f.pages, unit: 'pages' },
      { name: `largest page HTML+CSS (${f.largestPage.path})`, value: Number(((f.largestPage.htmlBytes + f.largestPage.cssBytes) / 1024).toFixed(1)), unit: 'KB' },
      { name: 'calculator JS gzipped', value: Number((f.calculatorGzBytes / 1024).toFixed(1)), unit: 'KB' },
      { name: 'pages with JS besides calculator/search', value: f.pagesWithScripts.length, unit: 'pages' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run directly: npx tsx test/bench/bench-site.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchSite()) console.log(`${f.name}\t${f.value} ${f.unit}`);
}
