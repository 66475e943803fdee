/** Reads a PDF back with pdfjs for the printing tests: page count and sizes, the text, and the fonts it embeds. */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The path of a program on $PATH, or undefined: the tests that need poppler or LibreOffice skip without it. */
export function which(program: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && existsSync(join(dir, program))) return join(dir, program);
  return undefined;
}

/** One embedded font: its base name without the subset tag, and whether it is a Type 3 font (glyphs drawn by procedures, no outlines). */
export interface PdfFont {
  name: string;
  type3: boolean;
}

/**
 * Page count, each page's size in points, the text of each page and of all, each page's rotated text
 * (a watermark: body text is never rotated), and the fonts the PDF embeds.
 */
export async function readPdf(
  bytes: Uint8Array,
): Promise<{ pages: number; sizes: [number, number][]; text: string; pageTexts: string[]; rotated: string[]; fonts: PdfFont[] }> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, disableFontFace: true }).promise;
  const fonts = new Map<string, PdfFont>();
  const sizes: [number, number][] = [];
  const pageTexts: string[] = [];
  const rotated: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    sizes.push([Math.round(x1 - x0), Math.round(y1 - y0)]);
    const content = await page.getTextContent();
    let text = '';
    let turned = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str;
      if (item.transform[1] !== 0 || item.transform[2] !== 0) turned += item.str;
    }
    pageTexts.push(text);
    rotated.push(turned);
    await page.getOperatorList(); // loads the page's fonts into commonObjs
    for (const id of Object.keys(content.styles)) {
      const font = page.commonObjs.get(id) as { name?: string; isType3Font?: boolean };
      // Embedded subsets are named `ABCDEF+NotoSerifSC…`: keep the name after the subset tag.
      fonts.set(id, { name: (font.name ?? '').replace(/^[A-Z]{6}\+/, ''), type3: font.isType3Font === true });
    }
  }
  await pdf.destroy();
  return { pages: pdf.numPages, sizes, text: pageTexts.join(''), pageTexts, rotated, fonts: [...fonts.values()] };
}
