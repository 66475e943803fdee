/**
 * The cell formats of a generated workbook (`xl/styles.xml`). A cell's look is a few small
 * choices — font, fill, border, alignment, number format — so it is found by a number made of
 * them, not by a text key per cell: a 120,000-row sheet has millions of cells and a dozen looks.
 */
import { xmlEscape } from './xml-text.ts';

export const FONT = { plain: 0, bold: 1, title: 2 } as const;
export const FILL = { none: 0, header: 2, overdue: 3, 'due-soon': 4, bad: 5 } as const;
export const ALIGN = { none: 0, wrapTop: 1, top: 2, centre: 3, middleWrap: 4 } as const;
export type Font = (typeof FONT)[keyof typeof FONT];
export type FillId = (typeof FILL)[keyof typeof FILL];
export type Align = (typeof ALIGN)[keyof typeof ALIGN];

const ALIGNMENT: Record<Align, string> = {
  0: '',
  1: '<alignment vertical="top" wrapText="1"/>',
  2: '<alignment vertical="top"/>',
  3: '<alignment horizontal="center" vertical="center"/>',
  4: '<alignment vertical="center" wrapText="1"/>',
};
const FONTS = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>', '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>', '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>'];
const solid = (rgb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
/** Fills 0 and 1 are the two Excel requires (none, gray125); then the header's grey-blue and the red, amber and yellow highlights. */
const FILLS = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>', solid('FFDCE6F1'), solid('FFF4B6B6'), solid('FFFCE1B0'), solid('FFFFF59D')];
const THIN = (side: string) => `<${side} style="thin"><color rgb="FF8C8C8C"/></${side}>`;
const BORDERS = ['<border><left/><right/><top/><bottom/><diagonal/></border>', `<border>${THIN('left')}${THIN('right')}${THIN('top')}${THIN('bottom')}<diagonal/></border>`];
/** Custom number formats are numbered from 164 (lower ids are Excel's built-in ones). */
const FIRST_FORMAT = 164;

/** The formats of one workbook: each distinct look gets an index into `cellXfs`, 0 being the plain one. */
export class StyleTable {
  private readonly formats = new Map<string, number>();
  private readonly ids = new Map<number, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  /** The number of number format `code` (1 and up; 0 is General), for {@link StyleTable.id}. */
  format(code: string): number {
    let n = this.formats.get(code);
    if (n === undefined) this.formats.set(code, (n = this.formats.size + 1));
    return n;
  }

  /** The `s` attribute of a cell of this look: font, fill, thin borders or none, alignment, number format (from {@link StyleTable.format}). */
  id(font: Font, fill: FillId, border: 0 | 1, align: Align, format: number): number {
    const key = (((format * 5 + align) * 2 + border) * 6 + fill) * 3 + font;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = key === 0 ? 0 : this.xfs.length;
      if (key !== 0) this.xfs.push(xf(font, fill, border, align, format));
      this.ids.set(key, id);
    }
    return id;
  }

  /** `xl/styles.xml`. */
  xml(): string {
    let formats = '';
    for (const [code, n] of this.formats) formats += `<numFmt numFmtId="${FIRST_FORMAT + n - 1}" formatCode="${xmlEscape(code)}"/>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.formats.size ? `<numFmts count="${this.formats.size}">${formats}</numFmts>` : '') +
      `<fonts count="${FONTS.length}">${FONTS.join('')}</fonts><fills count="${FILLS.length}">${FILLS.join('')}</fills><borders count="${BORDERS.length}">${BORDERS.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}

function xf(font: Font, fill: FillId, border: 0 | 1, align: Align, format: number): string {
  const apply = (format ? ' applyNumberFormat="1"' : '') + (font ? ' applyFont="1"' : '') + (fill ? ' applyFill="1"' : '') + (border ? ' applyBorder="1"' : '') + (align ? ' applyAlignment="1"' : '');
  const attrs = `numFmtId="${format ? FIRST_FORMAT + format - 1 : 0}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${apply}`;
  return align ? `<xf ${attrs}>${ALIGNMENT[align]}</xf>` : `<xf ${attrs}/>`;
}
