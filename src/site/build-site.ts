/**
 * Build the public guidance site: compile the rule sets, write the pages' data, run
 * Astro (pages in `site/`, config in `astro.config.mjs`), write the machine-readable files, index
 * with Pagefind, and measure the budgets. I/O edge. The output folder is replaced only when the
 * whole build has succeeded, so a failed build never leaves a half-written site.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { packageRoot } from '../paths.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { measureSite, type PageWeight } from './measure-site.ts';
import { bundleOf, ORGS_PER_BUNDLE, searchBundles, type SearchBundle } from './search-bundles.ts';
import { orgFiles } from './site-files.ts';
import { siteData } from './site-data.ts';

/** What to build. */
export interface SiteBuildOptions {
  /** Rule-set folders; empty = every rule set under `rules/`. */
  rulesDirs: string[];
  /** Where the site goes (replaced). */
  outDir: string;
  /** The date "next 12 months" and examples are relative to, `YYYY-MM-DD` (tests pin it). */
  buildDate: string;
  /** Folder relative paths resolve against. */
  cwd: string;
  /** The site's public address (`https://…/`): the print view prints page addresses with it and a QR code. */
  siteUrl?: string;
  /** Organisations per search-index bundle (search-bundles.ts; tests make it small to exercise merging). */
  orgsPerSearchBundle?: number;
}

/** Figures of a finished build. */
export interface SiteBuildFigures {
  seconds: number;
  organisations: number;
  pages: number;
  largestPage: PageWeight;
  /** The calculator's JavaScript, gzipped (the same bundle serves every organisation). */
  calculatorGzBytes: number;
  /** Pages other than the calculator and search that run JavaScript beyond the settings script (should be none). */
  pagesWithScripts: string[];
}

/** Result: diagnostics from the rules, and the figures when a site was built. */
export interface SiteBuildResult {
  diagnostics: Diagnostic[];
  /** Rule sets left out because they have errors. */
  skipped: string[];
  figures?: SiteBuildFigures;
}

/** The small script every page may load: it remembers 大字/高对比度 (site/public/settings.js). */
export const SETTINGS_SCRIPT = '/settings.js';

/** Build the site. */
export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const started = performance.now();
  const built = await buildRuleSets(options.rulesDirs, options.cwd);
  const skipped = built.requested.filter((id) => !built.compiled.some((s) => s.id === id));
  if (built.compiled.length === 0) return { diagnostics: built.diagnostics, skipped };

  const perBundle = options.orgsPerSearchBundle ?? ORGS_PER_BUNDLE;
  const data = siteData(built.compiled, options.buildDate, perBundle);
  const work = mkdtempSync(join(tmpdir(), 'xinfang-site-'));
  const outDir = resolve(options.cwd, options.outDir);
  const staging = `${outDir}.building-${process.pid}`;
  try {
    // The pages' data module reads the JSON when the pages render instead of holding it as code:
    // bundled, 400 organisations' data (25 MB) cost Vite seconds and the build hundreds of MB.
    const dataFile = join(work, 'site-data.json');
    writeFileAtomic(dataFile, JSON.stringify(data));
    const dataModule = join(work, 'site-data.mjs');
    writeFileAtomic(dataModule, `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(dataFile)}, 'utf8'));\n`);
    rmSync(staging, { recursive: true, force: true });
    process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
    const { build } = await import('astro');
    await build({
      root: packageRoot,
      configFile: 'astro.config.mjs',
      outDir: staging,
      logLevel: 'warn',
      ...(options.siteUrl ? { site: options.siteUrl } : {}),
      // Bundle every dependency into the pages' server chunks: Astro writes them under the output
      // folder when it lies within the working folder (xinfang run from /tmp), and a bare import
      // there ('piccolore', one of Astro's own) would be looked up beside them, not in this package.
      vite: { resolve: { alias: { 'xinfang:site-data': dataModule } }, ssr: { noExternal: true } },
    });
    // Astro's content layer leaves empty module stubs in a static build; they are not part of the site.
    for (const stub of ['content-assets.mjs', 'content-modules.mjs']) rmSync(join(staging, stub), { force: true });
    // Pagefind indexes the pages in its own process while this one writes the data files beside
    // them (it reads only HTML): on two cores the two overlap.
    const byId = new Map(data.orgs.map((o) => [o.id, o]));
    const writeDataFiles = async () => {
      for (const set of built.compiled) {
        for (const f of await orgFiles(set, byId.get(set.id)!, options.buildDate)) writeFileAtomic(join(staging, f.path), f.data);
      }
      // The rule-file schema, for office staff and their editors (linked from /help/).
      writeFileAtomic(join(staging, 'schema/rules.schema.json'), readFileSync(join(packageRoot, 'src/rules/rules.schema.json')));
    };
    await Promise.all([indexSearch(staging, searchBundles(data.orgs.map((o) => o.id), perBundle)), writeDataFiles()]);
    const pages = measureSite(staging);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(staging, outDir);
    const interactive = (p: PageWeight) => p.path.endsWith('calculator/index.html') || p.path === 'search/index.html';
    const largestPage = pages.reduce((a, b) => (b.htmlBytes + b.cssBytes > a.htmlBytes + a.cssBytes ? b : a));
    return {
      diagnostics: built.diagnostics,
      skipped,
      figures: {
        seconds: (performance.now() - started) / 1000,
        organisations: data.orgs.length,
        pages: pages.length,
        largestPage,
        calculatorGzBytes: pages.reduce((max, p) => (p.path.endsWith('calculator/index.html') ? Math.max(max, p.scriptGzBytes) : max), 0),
        pagesWithScripts: pages.filter((p) => !interactive(p) && p.scripts.some((s) => s !== SETTINGS_SCRIPT)).map((p) => p.path),
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Index the built pages with Pagefind (its extended binary segments Chinese, given lang="zh-CN"),
 * one bundle at a time, each in a Pagefind process of its own, so the peak memory is one bundle's
 * (search-bundles.ts). Pages are read here and handed over with their site address.
 */
async function indexSearch(root: string, bundles: readonly SearchBundle[]): Promise<void> {
  const pagefind = await import('pagefind');
  const pages = new Map<SearchBundle, string[]>();
  for (const file of htmlFiles(root)) {
    const bundle = bundleOf(bundles, file);
    const list = pages.get(bundle);
    if (list) list.push(file);
    else pages.set(bundle, [file]);
  }
  const check = (what: string, errors: string[]) => {
    if (errors.length) throw new Error(`Pagefind ${what}: ${errors.join('; ')}`);
  };
  for (const bundle of bundles) {
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      const added = await Promise.all((pages.get(bundle) ?? []).map((file) =>
        index.addHTMLFile({ url: `/${file.replace(/index\.html$/, '')}`, content: readFileSync(join(root, file), 'utf8') })));
      for (const a of added) check('addHTMLFile', a.errors);
      check('writeFiles', (await index.writeFiles({ outputPath: join(root, bundle.path) })).errors);
    } finally {
      // Ends the Pagefind process: the next bundle starts with an empty one.
      await pagefind.close();
    }
  }
}

/** HTML files under `root`, `/`-separated paths relative to it. */
function htmlFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? htmlFiles(root, rel) : e.name.endsWith('.html') ? [rel] : [];
  });
}
