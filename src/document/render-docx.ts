/**
 * The 制度 as a Word document (`xinfang document --format docx`), for offices that finish 红头文件
 * in Word or WPS. The layout follows 党政机关公文格式 (GB/T 9704) as far as a 制度 attachment needs
 * it: A4, margins 上 37 mm 下 35 mm 左 28 mm 右 26 mm, the title in 方正小标宋简体 二号 (22 pt), the body
 * in 仿宋 三号 (16 pt) on a fixed 28.95 pt line (22 lines to the page), chapter headings and article
 * numbers in 黑体, paragraphs indented two characters, page numbers "— 1 —" in 宋体 四号 (14 pt)
 * centred at the foot. Fonts are named, not embedded: Word and WPS use the office's own 公文 fonts
 * and substitute where one is missing. The same text as the HTML (render-document.ts): no tool
 * metadata; a draft (`draft`) carries Word's own 草案 watermark, which Word can remove.
 */
import { AlignmentType, Document, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { CompiledArticle, CompiledVersion } from '../rules/compiled.ts';
import { DRAFT_MARK, issuedLine, issuer, numberJoiner, paragraphs } from './render-document.ts';

/** The 公文 fonts by role, with Times New Roman for Latin letters and digits. */
const FONT = {
  title: '方正小标宋简体',
  body: '仿宋',
  heading: '黑体',
  pageNumber: '宋体',
} as const;
const font = (eastAsia: string) => ({ eastAsia, ascii: 'Times New Roman', hAnsi: 'Times New Roman' });

/** Millimetres in twips (twentieths of a point), rounded as Word does: A4 is 11906 × 16838 (docx's own converter rounds down, 11905 × 16837). */
const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** Sizes in half-points, as Word counts them: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;
/** 22 lines in the 225 mm type area: 28.95 pt a line, in twentieths of a point. */
const LINE = { line: 579, lineRule: LineRuleType.EXACT };
/** Two characters of 三号 (16 pt each), in twentieths of a point. */
const INDENT = { firstLine: 640 };

const run = (text: string, role: keyof typeof FONT = 'body') => new TextRun({ text, font: font(FONT[role]), size: role === 'title' ? SIZE.title : SIZE.body });

const centred = (children: TextRun[], spacing: object = LINE) => new Paragraph({ alignment: AlignmentType.CENTER, spacing, children });

function article(a: CompiledArticle): Paragraph[] {
  const [first = '', ...rest] = paragraphs(a.text);
  const lead = [run(a.number, 'heading'), run(numberJoiner(a.number))];
  if (a.title) lead.push(run(a.title, 'heading'), run(numberJoiner(a.number) || '　'));
  return [
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: LINE, indent: INDENT, children: [...lead, run(first)] }),
    ...rest.map((p) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: LINE, indent: INDENT, children: [run(p)] })),
  ];
}

/** Title, document number and issuing line, the preamble, then chapter headings and articles in order. */
function body(version: CompiledVersion): Paragraph[] {
  const out: Paragraph[] = [
    // The title sets its own line: 二号 on a 三号 line would be clipped.
    centred([run(version.title, 'title')], { line: 800, lineRule: LineRuleType.EXACT, after: 290 }),
  ];
  if (version.document_number) out.push(centred([run(version.document_number)]));
  out.push(centred([run(issuedLine(version))]), new Paragraph({ spacing: LINE, children: [] }));
  for (const p of paragraphs(version.preamble ?? '')) out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: LINE, indent: INDENT, children: [run(p)] }));
  let chapter: string | undefined;
  for (const a of version.articles) {
    if (a.chapter && a.chapter !== chapter) out.push(centred([run(a.chapter, 'heading')]));
    chapter = a.chapter ?? chapter;
    for (const p of article(a)) out.push(p);
  }
  return out;
}

/** "— 1 —", centred at the foot of every page. */
const pageNumbers = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONT.pageNumber), size: SIZE.pageNumber })],
      }),
    ],
  });

/** The docx bytes of one version of a 制度. */
export async function renderDocumentDocx(version: CompiledVersion): Promise<Uint8Array> {
  const doc = new Document({
    title: version.title,
    creator: issuer(version),
    lastModifiedBy: issuer(version),
    styles: { default: { document: { run: { font: font(FONT.body), size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            // The page number sits 7 mm below the type area (GB/T 9704 7.5): its line starts 28 mm from the foot.
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(21) },
          },
        },
        ...(version.draft
          ? { headers: { default: new Header({ children: [new Paragraph({ children: [new TextWatermark({ text: DRAFT_MARK, font: FONT.heading, color: 'C0C0C0' })] })] }) } }
          : {}),
        footers: { default: pageNumbers() },
        children: body(version),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
