/**
 * Layers point down only: cli and the Astro site → reports and the site model → check → ledger and
 * rules → engine (deadlines, calendar) → base (diagnostics, io). Every relative import of every
 * file in src/ and site/ (static, type-only, re-export and dynamic) is read and must point to a
 * folder of the same layer or a lower one; folders of one layer must not import each other in a loop.
 * A word two layers share lives in the lower one (src/rules/vocabulary.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The layers, lowest first; each names its folders (a file at the top of src/ counts as its own folder). */
const LAYERS: readonly { name: string; folders: readonly string[] }[] = [
  // General utilities that know nothing about petitions: diagnostics, file output, the browser
  // launcher, third-party interop shims, where the package lives.
  { name: 'base', folders: ['src/diagnostics', 'src/io', 'src/browser', 'src/lib', 'src/paths.ts'] },
  // Day counting: the holiday calendar and the deadline engine, usable without any rule set.
  { name: 'engine', folders: ['src/calendar', 'src/deadlines'] },
  // The rules model with the shared vocabulary, recurrences drawn from it, and the ledger reader
  // that maps columns onto its events.
  { name: 'model', folders: ['src/rules', 'src/recurrence', 'src/ledger'] },
  // Judging a ledger against the rules, and the KPI arithmetic the check and the reports share.
  // The SQL compilation of the same judgement (src/sql), for DuckDB and PostgreSQL.
  { name: 'check', folders: ['src/check', 'src/kpi', 'src/sql'] },
  // Outputs built from check results or compiled rules: reports, the site model and the documents,
  // matrix, schedule, version diff and rule workbook it shows.
  {
    name: 'outputs',
    folders: ['src/reports', 'src/site', 'src/matrix', 'src/schedule', 'src/document', 'src/versions', 'src/workbook'],
  },
  // Entry points: the command line and the Astro pages, which nothing else imports.
  { name: 'entry', folders: ['src/cli', 'site'] },
];

/** The folder a repository path belongs to: `src/<folder>`, a file at the top of src/, or `site`. */
function folderOf(path: string): string {
  const parts = path.split('/');
  return parts[0] === 'site' ? 'site' : parts.slice(0, 2).join('/');
}

const LAYER_OF = new Map<string, number>(LAYERS.flatMap((l, i) => l.folders.map((f) => [f, i] as const)));

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) walk(path, out);
    else if (/\.(ts|mts|js|mjs|astro)$/.test(e.name)) out.push(path);
  }
  return out;
}

/** The script parts of a file: all of a module; an .astro file's frontmatter and <script> blocks. */
function scriptOf(path: string): string {
  const text = readFileSync(join(ROOT, path), 'utf8');
  if (!path.endsWith('.astro')) return text;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

/** See edges(): the catalogue's imports of code tables are exempt. */
const CATALOGUE_FILE = 'src/diagnostics/catalogue.ts';

interface Edge {
  file: string;
  target: string;
  from: string;
  to: string;
}

/** Every relative import between two folders. */
function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of [...walk('src'), ...walk('site')]) {
    for (const { fileName } of ts.preProcessFile(scriptOf(file), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = relative(ROOT, resolve(ROOT, dirname(file), fileName)).split('\\').join('/');
      const from = folderOf(file);
      const to = folderOf(target);
      // The one aggregate: the diagnostic catalogue joins every stage's code table (leaf data
      // modules of messages) so that a code is a type checked everywhere. Known wart: the joined
      // catalogue belongs above the stages; moving it means passing it to diagnostic() callers.
      if (file === CATALOGUE_FILE && /[/-]codes\.ts$/.test(target)) continue;
      if (from !== to) out.push({ file, target, from, to });
    }
  }
  return out;
}

describe('layers', () => {
  const all = edges();

  it('reads imports of every kind, including from .astro pages', () => {
    // Hand-picked imports that exist in the tree: a static, a type-only, one inside an .astro page.
    const has = (file: string, target: string) => all.some((e) => e.file === file && e.target === target);
    expect(has('src/check/checker.ts', 'src/kpi/count.ts')).toBe(true);
    expect(has('src/kpi/count.ts', 'src/rules/vocabulary.ts')).toBe(true);
    expect(all.some((e) => e.file.startsWith('site/pages/') && e.file.endsWith('.astro') && e.to === 'src/site')).toBe(true);
  });

  it('declares the layer of every folder', () => {
    const folders = new Set([...walk('src'), ...walk('site')].map(folderOf));
    expect([...folders].filter((f) => !LAYER_OF.has(f))).toEqual([]);
  });

  it('has no import that points up a layer', () => {
    const up = all
      .filter((e) => LAYER_OF.get(e.to)! > LAYER_OF.get(e.from)!)
      .map((e) => `${e.file} → ${e.target} (${LAYERS[LAYER_OF.get(e.from)!]!.name} → ${LAYERS[LAYER_OF.get(e.to)!]!.name})`);
    expect(up).toEqual([]);
  });

  it('has no import loop between the folders of one layer', () => {
    const next = new Map<string, Set<string>>();
    for (const e of all) {
      if (LAYER_OF.get(e.to) !== LAYER_OF.get(e.from)) continue;
      if (!next.has(e.from)) next.set(e.from, new Set());
      next.get(e.from)!.add(e.to);
    }
    // A folder reaches itself again only through a loop.
    const reaches = (start: string): boolean => {
      const seen = new Set<string>();
      const stack = [...(next.get(start) ?? [])];
      while (stack.length) {
        const f = stack.pop()!;
        if (f === start) return true;
        if (seen.has(f)) continue;
        seen.add(f);
        for (const g of next.get(f) ?? []) stack.push(g);
      }
      return false;
    };
    expect([...next.keys()].filter(reaches)).toEqual([]);
  });
});
