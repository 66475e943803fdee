/**
 * Opens an HTML string in a browser page together with the CJK fonts xinfang ships: Noto Serif SC
 * and Noto Sans SC, regular and bold, of the `@fontsource/noto-serif-sc` and `@fontsource/noto-sans-sc`
 * packages, under the family names the print styles and reports list (a web font of a family
 * shadows an installed font of that name). The page is served from a private origin by request
 * interception (nothing goes to the network), with the packages' stylesheets linked in its head;
 * each stylesheet splits a font into subsets by unicode-range, so only the subsets the page uses
 * are loaded. A printed PDF therefore embeds the same fonts on every machine.
 *
 * The fonts are served as plain TrueType, decompressed from the packages' WOFF2 files: Chromium's
 * PDF writer (Skia) embeds a font's outlines (CIDFontType2) only from a static sfnt font, and draws
 * text in a WOFF/WOFF2 or a variable font as Type 3 glyph procedures, which some print shops reject.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { decompress } from 'wawoff2';

/** The private origin the page is served from; `.invalid` never resolves (RFC 2606). */
const ORIGIN = 'http://xinfang.invalid';
const FONTS = '/fonts/';
/** The font packages, by their name under `@fontsource/`, and the weights served: regular and bold. */
const PACKAGES = ['noto-serif-sc', 'noto-sans-sc'] as const;
const WEIGHTS = [400, 700] as const;

/** `<link>`s to the font stylesheets, for the page's head. */
const CJK_FONT_LINKS = PACKAGES.flatMap((p) => WEIGHTS.map((w) => `<link rel="stylesheet" href="${FONTS}${p}/${w}.css">`)).join('');

const require = createRequire(import.meta.url);
/** The folder of an installed font package. */
const packageDir = (name: string) => dirname(require.resolve(`@fontsource/${name}/package.json`));

const TYPES: Record<string, string> = { css: 'text/css', ttf: 'font/ttf' };

/** Each face's sources (WOFF2, then WOFF) become the one TrueType file this module serves for it. */
const asTrueType = (css: string): string =>
  css.replace(/url\(\.\/files\/([\w.-]+)\.woff2\) format\('woff2'\)(?:, url\(\.\/files\/[\w.-]+\.woff\) format\('woff'\))?/g, "url(./files/$1.ttf) format('truetype')");

/** Answers `/fonts/<package>/<file>` from the package folder: only known packages and plain file names. */
async function serveFont(route: Route, path: string): Promise<void> {
  const match = /^\/fonts\/([a-z-]+)\/((?:files\/)?[\w.-]+)\.(css|ttf)$/.exec(path);
  const name = match?.[1];
  if (!match || !name || !(PACKAGES as readonly string[]).includes(name)) return route.fulfill({ status: 404 });
  try {
    const dir = packageDir(name);
    const body =
      match[3] === 'css'
        ? asTrueType(await readFile(join(dir, `${match[2]!}.css`), 'utf8'))
        : Buffer.from(await decompress(await readFile(join(dir, `${match[2]!}.woff2`))));
    return route.fulfill({ body, contentType: TYPES[match[3]!]! });
  } catch {
    return route.fulfill({ status: 404 });
  }
}

/** A new page showing `html` with the CJK fonts loaded (after `document.fonts.ready`). */
export async function openHtml(browser: Browser, html: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage(viewport ? { viewport } : {});
  const withFonts = html.includes('</head>') ? html.replace('</head>', `${CJK_FONT_LINKS}</head>`) : CJK_FONT_LINKS + html;
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ body: withFonts, contentType: 'text/html; charset=utf-8' });
    return path.startsWith(FONTS) ? serveFont(route, path) : route.fulfill({ status: 404 });
  });
  await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}
