/**
 * Site benchmark at city scale, for `test/bench/run.ts`: 400 organisations — 400 copies of one rule
 * set (成都市政协机关, which builds on the 条例) under different ids, names, kinds and regions, plus the national rules
 * — built into a temp folder in a child process, so its peak memory is the build's alone (and, under
 * GNU time, that of the Pagefind indexer it starts). Budgets: build ≤ 60 s, peak RSS ≤ 1.5 GB, every
 * page (the index included) ≤ 50 KB with its CSS.
 *
 *   npx tsx test/bench/bench-site-city.ts          the figures, as the bench table has them
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { measureSite } from '../../src/site/measure-site.ts';
import type { BenchFigure } from './figure.ts';

/** How many copies of the rule set. */
export const CITY_ORGANISATIONS = 400;
const SOURCE = join(packageRoot, 'rules/cppcc/2023-12-13.yaml');

/** Regions the copies cycle through, so the index groups them (every seventh copy names none: 未载明地区). */
const REGIONS = ['成都市锦江区', '成都市青羊区', '成都市金牛区', '成都市武侯区', '成都市成华区', '成都市龙泉驿区', '成都市新都区', '成都市温江区', '成都市双流区', '成都市郫都区', '简阳市', '都江堰市', '彭州市', '邛崃市', '崇州市', '金堂县', '大邑县', '蒲江县', '新津区', '成都高新区'];
/** Kinds the copies cycle through, so the index has several kind groups. */
const KINDS = ['cppcc', 'government', 'party', 'town', 'community'];

/** Write the copies: the folder name is the rule set's id, so `ruleset:` and the names change with it. */
function writeCity(root: string): string[] {
  const text = readFileSync(SOURCE, 'utf8');
  const dirs = [join(packageRoot, 'rules/national')];
  for (let i = 1; i <= CITY_ORGANISATIONS; i++) {
    const id = `org-${String(i).padStart(3, '0')}`;
    const dir = join(root, id);
    mkdirSync(dir);
    const region = i % 7 === 0 ? '' : `$1${REGIONS[i % REGIONS.length]}\n`;
    const copy = text
      .replace(/^ruleset: cppcc$/m, `ruleset: ${id}`)
      .replace(/^( {2}name: )成都市政协机关$/m, `$1第${i}机关`)
      .replace(/^( {2}short_name: )成都市政协$/m, `$1第${i}机关`)
      .replace(/^( {2}kind: )cppcc$/m, `$1${KINDS[i % KINDS.length]}`)
      .replace(/^( {2}region: )成都市\n/m, region);
    if (copy === text) throw new Error('bench-site-city: the source rule file no longer has the lines it rewrites');
    writeFileSync(join(dir, '2023-12-13.yaml'), copy);
    dirs.push(dir);
  }
  return dirs;
}

/** Build in this process and print the figures as JSON (the child's side). */
async function buildCity(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'xinfang-bench-city-'));
  try {
    const dirs = writeCity(root);
    const result = await buildSite({ rulesDirs: dirs, outDir: join(root, 'dist'), buildDate: '2025-09-16', cwd: packageRoot });
    const f = result.figures;
    if (!f || result.skipped.length) throw new Error(`site build failed: ${result.skipped.join(', ')}`);
    const pages = measureSite(join(root, 'dist'));
    const home = pages.find((p) => p.path === 'index.html')!;
    const over = pages.filter((p) => p.htmlBytes + p.cssBytes > 50 * 1024).length;
    process.stdout.write(JSON.stringify({ seconds: f.seconds, organisations: f.organisations, pages: f.pages, largest: f.largestPage, home, over, maxRssKb: process.resourceUsage().maxRSS }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** GNU time, where installed: its %M is the largest resident set of the child and every process it waited for. */
const GNU_TIME = '/usr/bin/time';

export async function benchSiteCity(): Promise<BenchFigure[]> {
  const child = [process.execPath, '--import', 'tsx', import.meta.filename, '--child'];
  // The search index is built by Pagefind's own process: only the whole tree's peak counts it.
  const timed = existsSync(GNU_TIME);
  // CPU seconds too: on a machine shared with other work the wall time says more about the load than the build.
  const run = spawnSync(timed ? GNU_TIME : child[0]!, timed ? ['-f', '\ntree-max-rss-kb %M\ntree-cpu-s %U %S', ...child] : child.slice(1), { cwd: packageRoot, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`city build failed: ${run.stderr.split('\n').filter(Boolean).at(-1) ?? run.status}`);
  const treeKb = Number(/tree-max-rss-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  const cpu = /tree-cpu-s ([\d.]+) ([\d.]+)/.exec(run.stderr);
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
  const r = JSON.parse(run.stdout) as { seconds: number; organisations: number; pages: number; largest: { path: string; htmlBytes: number; cssBytes: number }; home: { htmlBytes: number; cssBytes: number }; over: number; maxRssKb: number };
  const kb = (p: { htmlBytes: number; cssBytes: number }) => Number(((p.htmlBytes + p.cssBytes) / 1024).toFixed(1));
  return [
    { name: `city site build (${r.organisations} organisations)`, value: Number(r.seconds.toFixed(2)), unit: 's' },
    ...(Number.isFinite(cpuSeconds) ? [{ name: 'city site CPU time, user + system, all processes (incl. writing the copies)', value: Number(cpuSeconds.toFixed(1)), unit: 's' }] : []),
    { name: 'city site peak memory, build process (RSS)', value: Number((r.maxRssKb / 1024 / 1024).toFixed(2)), unit: 'GB' },
    ...(Number.isFinite(treeKb) ? [{ name: 'city site peak memory, any process incl. Pagefind (RSS)', value: Number((treeKb / 1024 / 1024).toFixed(2)), unit: 'GB' }] : []),
    { name: 'city site pages', value: r.pages, unit: 'pages' },
    { name: `city site largest page HTML+CSS (${r.largest.path})`, value: kb(r.largest), unit: 'KB' },
    { name: 'city site index HTML+CSS', value: kb(r.home), unit: 'KB' },
    { name: 'city site pages over 50 KB', value: r.over, unit: 'pages' },
  ];
}

if (process.argv.includes('--child')) await buildCity();
else if (import.meta.url === `file://${process.argv[1]}`) for (const f of await benchSiteCity()) console.log(`${f.name}\t${f.value} ${f.unit}`);
