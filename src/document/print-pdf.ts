/**
 * Print an HTML page to PDF with headless Chromium (found by `src/browser/launch-chromium.ts`),
 * with the CJK fonts xinfang ships (`src/browser/open-html.ts`), honouring the page's @page size and
 * margins and adding 公文-style page numbers (— 1 —) at the foot.
 * I/O edge: starts a browser process.
 */
import { launchChromium } from '../browser/launch-chromium.ts';
import { openHtml } from '../browser/open-html.ts';
import { diagnostic } from '../diagnostics/catalogue.ts';
import type { Result } from '../diagnostics/diagnostic.ts';

/** The PDF bytes of `html`, or the diagnostic saying why no browser could print it. */
export async function htmlToPdf(html: string): Promise<Result<Uint8Array | undefined>> {
  const launched = await launchChromium();
  const browser = launched.value;
  if (!browser) return { value: undefined, diagnostics: launched.diagnostics };
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
    const reason = (e as Error).message.split('\n')[0] ?? '';
    return { value: undefined, diagnostics: [diagnostic('BROWSER_PRINT_FAILED', { reason }, {})] };
  } finally {
    await browser.close();
  }
}
