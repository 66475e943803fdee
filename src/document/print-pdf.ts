/**
 * Print an HTML page to PDF with headless Chromium (Debian's `chromium`, driven by playwright-core),
 * honouring the page's @page size and margins and adding 公文-style page numbers (— 1 —) at the foot.
 * I/O edge: starts a browser process.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Chromium is looked for: $XINFANG_CHROMIUM, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.XINFANG_CHROMIUM ?? '/usr/bin/chromium';
}

/** Flags for a quiet, sandbox-free print run (servers and CI containers have no user namespace). */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** True when the browser binary exists. */
export function canPrintPdf(path = chromiumPath()): boolean {
  return existsSync(path);
}

/** The PDF bytes of `html`. Throws when Chromium cannot be started (the CLI reports it). */
export async function htmlToPdf(html: string, executablePath = chromiumPath()): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath, args: FLAGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;text-align:center;font-size:10pt;font-family:serif;">— <span class="pageNumber"></span> —</div>',
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
