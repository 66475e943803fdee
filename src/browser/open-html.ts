/**
 * Opens an HTML string in a browser page together with the CJK fonts xinfang ships: the variable
 * (all weights in one file) Noto Serif SC and Noto Sans SC of the `@fontsource-variable/noto-serif-sc`
 * and `@fontsource-variable/noto-sans-sc` packages, served under the plain family names "Noto Serif
 * SC" and "Noto Sans SC" that the print styles and reports already list (a web font of a family shadows
 * an installed font of that name). The page is served from a private origin by request interception
 * (nothing goes to the network), with the packages' stylesheets linked in its head; each stylesheet
 * splits a font into subsets by unicode-range, so only the subsets the page uses are loaded. A
 * printed PDF therefore embeds the same fonts on every machine, whatever fonts the machine has.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';

/** The private origin the page is served from; `.invalid` never resolves (RFC 2606). */
const ORIGIN = 'http://xinfang.invalid';
const FONTS = '/fonts/';
/** The font packages, by their name under `@fontsource-variable/`. */
const PACKAGES = ['noto-serif-sc', 'noto-sans-sc'] as const;

/** `<link>`s to the font stylesheets, for the page's head. */
const CJK_FONT_LINKS = PACKAGES.map((p) => `<link rel="stylesheet" href="${FONTS}${p}/index.css">`).join('');

const require = createRequire(import.meta.url);
/** The folder of an installed font package. */
const packageDir = (name: string) => dirname(require.resolve(`@fontsource-variable/${name}/package.json`));

const TYPES: Record<string, string> = { css: 'text/css', woff2: 'font/woff2' };

/** Answers `/fonts/<package>/<file>` from the package folder: only known packages and plain file names. */
async function serveFont(route: Route, path: string): Promise<void> {
  const match = /^\/fonts\/([a-z-]+)\/((?:files\/)?[\w.-]+\.(css|woff2))$/.exec(path);
  const name = match?.[1];
  if (!match || !name || !(PACKAGES as readonly string[]).includes(name)) return route.fulfill({ status: 404 });
  try {
    const body = await readFile(join(packageDir(name), match[2]!));
    const css = match[3] === 'css' ? body.toString('utf8').replaceAll(" Variable'", "'") : undefined;
    return route.fulfill({ body: css ?? body, contentType: TYPES[match[3]!]! });
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
