/**
 * The site's budgets, measured on the built files: every page's HTML plus the CSS it
 * links ≤ 50 KB, no JavaScript except on the calculator and search pages, calculator JavaScript
 * ≤ 30 KB gzipped. Reads the output folder; used by `buildSite`, the bench and the browser tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One HTML page and what it loads. */
export interface PageWeight {
  /** Path relative to the site root, `/`-separated. */
  path: string;
  htmlBytes: number;
  cssBytes: number;
  /** Site paths of the JavaScript modules the page runs (with their static imports). */
  scripts: string[];
  /** Those scripts' total size, gzipped. */
  scriptGzBytes: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** A site path (`/_astro/x.css`) or a relative one, as a file under the root. */
function fileOf(root: string, page: string, href: string): string {
  return href.startsWith('/') ? join(root, href) : resolve(dirname(page), href);
}

/** A module and the modules it imports statically, transitively. */
function moduleClosure(root: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) moduleClosure(root, fileOf(root, file, m[1]!), seen);
}

/** A start or end tag, its quoted attribute values consumed whole (they may hold escaped text that looks like a tag). */
const TAG = /<(\/?[a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** The start tags of a page in order, with each script element's body (found by scanning, not by searching the text). */
function tagsOf(html: string): { name: string; attrs: string; body: string }[] {
  const found: { name: string; attrs: string; body: string }[] = [];
  const tags = new RegExp(TAG);
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    const name = m[1]!.toLowerCase();
    if (name !== 'script') {
      found.push({ name, attrs: m[2]!, body: '' });
      continue;
    }
    const end = html.indexOf('</script>', tags.lastIndex);
    found.push({ name, attrs: m[2]!, body: html.slice(tags.lastIndex, end < 0 ? undefined : end) });
    if (end < 0) break;
    tags.lastIndex = end + '</script>'.length;
  }
  return found;
}

/** Weigh every HTML page under `root`. Executable scripts only: JSON and JSON-LD blocks are data. */
export function measureSite(root: string): PageWeight[] {
  // The same scripts serve every organisation (the calculator's on 400 pages at city scale): weighed once.
  const gzipped = new Map<string, number>();
  const gzBytes = (key: string, parts: () => Buffer[]) => {
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(Buffer.concat(parts()), { level: 9 }).length);
    return gzipped.get(key)!;
  };
  return walk(root)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const tags = tagsOf(html);
      const css = tags
        .filter((t) => t.name === 'link' && /rel="stylesheet"/.test(t.attrs))
        .reduce((n, t) => n + statSync(fileOf(root, file, /href="([^"]+)"/.exec(t.attrs)![1]!)).size, 0);
      const modules = new Set<string>();
      let inline = '';
      for (const { attrs, body } of tags.filter((t) => t.name === 'script')) {
        if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
        const src = /src="([^"]+)"/.exec(attrs)?.[1];
        if (src) moduleClosure(root, fileOf(root, file, src), modules);
        else inline += body;
      }
      const parts = () => [...[...modules].map((f) => readFileSync(f)), ...(inline ? [Buffer.from(inline)] : [])];
      return {
        path: relative(root, file).split('\\').join('/'),
        htmlBytes: Buffer.byteLength(html),
        cssBytes: css,
        scripts: [...[...modules].map((f) => '/' + relative(root, f).split('\\').join('/')), ...(inline ? ['(inline)'] : [])],
        scriptGzBytes: modules.size || inline ? gzBytes(`${[...modules].join('\n')}\n${inline}`, parts) : 0,
      };
    });
}
