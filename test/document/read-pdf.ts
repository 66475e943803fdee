/** Reads a PDF back with pdfjs for the printing tests: page count and sizes, the text, and the fonts it embeds. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One embedded font: its base name without the subset tag, and pdfjs's font type (`Type3`, `CIDFontType2`, …). */
export interface PdfFont {
  name: string;
  type: string;
}

/** Page count, each page's size in points, the text of every page, and the fonts the PDF embeds. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: number; sizes: [number, number][]; text: string; fonts: PdfFont[] }> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, disableFontFace: true }).promise;
  const fonts = new Map<string, PdfFont>();
  const sizes: [number, number][] = [];
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    sizes.push([Math.round(x1 - x0), Math.round(y1 - y0)]);
    const content = await page.getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str;
    await page.getOperatorList(); // loads the page's fonts into commonObjs
    for (const id of Object.keys(content.styles)) {
      const font = page.commonObjs.get(id) as { name?: string; type?: string };
      // Embedded subsets are named `ABCDEF+NotoSerifSC…`: keep the name after the subset tag.
      if (font.name || font.type) fonts.set(id, { name: (font.name ?? '').replace(/^[A-Z]{6}\+/, ''), type: font.type ?? '' });
    }
  }
  await pdf.destroy();
  return { pages: pdf.numPages, sizes, text, fonts: [...fonts.values()] };
}
