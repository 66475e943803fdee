/**
 * Opens an HTML string in a browser page together with the CJK fonts xinfang ships: Noto Serif SC
 * and Noto Sans SC from the `@fontsource/noto-serif-sc` and `@fontsource/noto-sans-sc` packages.
 * The page is served from a private origin by request interception (nothing goes to the network),
 * with the packages' stylesheets linked in its head; each stylesheet splits a font into subsets by
 * unicode-range, so only the subsets the page uses are loaded. A printed PDF therefore embeds the
 * same fonts on every machine, whatever fonts the machine has.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';

/** The private origin the page is served from; `.invalid` never resolves (RFC 2606). */
const ORIGIN = 'http://xinfang.invalid';
const FONTS = '/fonts/';
/** Font packages and the weights the printed pages use (body 400, titles 700). */
const PACKAGES = ['noto-serif-sc', 'noto-sans-sc'] as const;
const WEIGHTS = [400, 700] as const;

/** `<link>`s to the font stylesheets, for the page's head. */
export const CJK_FONT_LINKS = PACKAGES.flatMap((p) => WEIGHTS.map((w) => `<link rel="stylesheet" href="${FONTS}${p}/${w}.css">`)).join('');

const require = createRequire(import.meta.url);
/** The folder of an installed font package. */
const packageDir = (name: string) => dirname(require.resolve(`@fontsource/${name}/package.json`));

const TYPES: Record<string, string> = { css: 'text/css', woff2: 'font/woff2', woff: 'font/woff' };

/** Answers `/fonts/<package>/<file>` from the package folder: only known packages and plain file names. */
async function serveFont(route: Route, path: string): Promise<void> {
  const match = /^\/fonts\/([a-z-]+)\/((?:files\/)?[\w.-]+\.(css|woff2?))$/.exec(path);
  const name = match?.[1];
  if (!match || !name || !(PACKAGES as readonly string[]).includes(name)) return route.fulfill({ status: 404 });
  try {
    return route.fulfill({ body: await readFile(join(packageDir(name), match[2]!)), contentType: TYPES[match[3]!]! });
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
