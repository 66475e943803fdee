/**
 * Print an HTML page to PDF with headless Chromium (found by `src/browser/launch-chromium.ts`),
 * with the CJK fonts xinfang ships (`src/browser/open-html.ts`), honouring the page's @page size and
 * margins and adding 公文-style page numbers (— 1 —) at the foot.
 * I/O edge: starts a browser process.
 */
import { browserFailed, launchChromium } from '../browser/launch-chromium.ts';
import { openHtml } from '../browser/open-html.ts';
import type { Result } from '../diagnostics/diagnostic.ts';

/** The PDF bytes of `html`, or the diagnostic saying why no browser could print it. */
export async function htmlToPdf(html: string): Promise<Result<Uint8Array | undefined>> {
  const launched = await launchChromium();
  if (!launched.value) return { value: undefined, diagnostics: launched.diagnostics };
  const { browser, path } = launched.value;
  try {
    const page = await openHtml(browser, html);
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      // Chromium draws the footer apart from the page, without its web fonts: the page numbers are in
      // the machine's default serif, the only text of the PDF that is.
      footerTemplate:
        '<div style="width:100%;text-align:center;font-size:10pt;font-family:serif;">— <span class="pageNumber"></span> —</div>',
    });
    return { value: new Uint8Array(pdf), diagnostics: [] };
  } catch (e) {
    return { value: undefined, diagnostics: [browserFailed(path, e)] };
  } finally {
    await browser.close();
  }
}
