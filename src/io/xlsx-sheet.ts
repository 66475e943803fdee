/**
 * One worksheet's XML (`xl/worksheets/sheetN.xml`), generated row by row as text in chunks of about
 * a megabyte for the zip (`zip-write.ts`): no object per cell, nothing the size of the sheet held.
 * What each part of a {@link SheetSpec} looks like is described in `xlsx-write.ts`.
 */
import { columnLetter } from '../diagnostics/diagnostic.ts';
import { displayWidth } from './display-width.ts';
import type { Cell, Range, SheetSpec } from './xlsx-write.ts';
import { ALIGN, FILL, FONT, type Align, type FillId, type Font, type StyleTable } from './xlsx-styles.ts';
import type { SharedStrings } from './xlsx-strings.ts';
import { xmlEscape } from './xml-text.ts';

/** Excel caps an inline list formula at 255 characters, and a comma would split a value. */
const MAX_LIST = 255;
/** Columns this wide hold long text (条文, 说明, 问题): it wraps instead of running over the next cells. */
const WRAP_WIDTH = 40;
/** Tables up to this many characters wide print one page wide on A4 landscape; wider ones (a 28-column ledger) at full size over several pages, rather than too small to read. */
const FIT_WIDTH = 220;
/** Bytes of XML gathered before a chunk goes to the zip. */
const CHUNK = 1 << 20;

/**
 * The sheet's XML gathered as UTF-8 bytes, a row's text at a time: a megabyte of text held as one
 * string would be thousands of small pieces surviving young-generation collections until the chunk
 * is flattened. Two buffers serve in turn: the zip deflates a chunk before it asks for the next
 * (`ZipWriter.part`), so the other buffer is free again when this one is full. A fresh buffer per
 * chunk would add a megabyte of memory outside the heap each time, which V8 counts towards starting
 * a full collection of the whole heap (the ledger's rows included).
 */
class Chunks {
  private readonly bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  private current = 0;
  private at = 0;

  /** Append `text`; returns the chunk gathered so far, to pass on first, when `text` does not fit. */
  add(text: string): Uint8Array | undefined {
    let full: Uint8Array | undefined;
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (this.at + text.length * 3 > this.bufs[this.current]!.length) {
      full = this.take();
      if (text.length * 3 > CHUNK) this.bufs[this.current] = Buffer.allocUnsafe(text.length * 3);
    }
    this.at += this.bufs[this.current]!.write(text, this.at);
    return full;
  }

  /** What was gathered; later text goes into the other buffer. */
  take(): Uint8Array {
    const out = this.bufs[this.current]!.subarray(0, this.at);
    this.current = 1 - this.current;
    this.at = 0;
    return out;
  }
}

/** The text a wrapping column shows: a string's, or a rich cell's runs joined. */
function textOf(value: Cell): string | undefined {
  if (typeof value === 'string') return value;
  return value && typeof value === 'object' && 'runs' in value ? value.runs.map((r) => r.text).join('') : undefined;
}

/** Lines `text` takes in a wrapping column `width` characters wide (a Chinese character is two: {@link displayWidth}). */
function lines(text: string, width: number): number {
  let n = 0;
  for (const line of text.split('\n')) {
    n += Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, width - 1)));
  }
  return n;
}

/** The ranges to merge: a range overlapping one kept before (a damaged workbook's) is left out, as Excel refuses such a file. */
function kept(merges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const m of merges.slice().sort((a, b) => a.s.r - b.s.r)) {
    if (!out.some((o) => m.s.r <= o.e.r && o.s.r <= m.e.r && m.s.c <= o.e.c && o.s.c <= m.e.c)) out.push(m);
  }
  return out;
}

const ref = (r: Range) => `${columnLetter(r.s.c)}${r.s.r + 1}:${columnLetter(r.e.c)}${r.e.r + 1}`;

/** The sheet's XML in chunks; cells' text goes to `strings`, their looks to `styles`. */
export function* sheetXml(spec: SheetSpec, styles: StyleTable, strings: SharedStrings): Iterable<string | Uint8Array> {
  const h = spec.header;
  const widths = spec.widths ?? [];
  let total = 0;
  for (const w of widths) total += w ?? 0;
  const wraps = widths.map((w) => (w ?? 0) >= WRAP_WIDTH);
  // A wrapping column's own style, which its cells left out show.
  const columnXf = wraps.map((wrap) => (wrap ? styles.id(FONT.plain, FILL.none, 0, ALIGN.wrapTop, 0) : 0));
  const headings = new Set(spec.headings);
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetter(c));

  let xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  if (total <= FIT_WIDTH) xml += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  xml +=
    h === undefined
      ? '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'
      : `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${h + 1}" topLeftCell="A${h + 2}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${h + 2}" sqref="A${h + 2}"/></sheetView></sheetViews>`;
  xml += '<sheetFormatPr defaultRowHeight="15"/>';
  let cols = '';
  widths.forEach((w, c) => {
    if (w !== undefined) cols += `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"${columnXf[c] ? ` style="${columnXf[c]}"` : ''}/>`;
  });
  if (cols) xml += `<cols>${cols}</cols>`;
  yield `${xml}<sheetData>`;

  const chunks = new Chunks();
  let width = widths.length;
  // The table's width, its header row's: a row's fill and a form's borders reach it (and the row's own
  // cells beyond it), not the width of the widest row, which one ragged row of a ledger can double.
  let tableWidth = 0;
  let r = 0;
  for (const values of spec.rows) {
    if (values.length > width) width = values.length;
    if (r === h) tableWidth = values.length;
    const reach = Math.max(tableWidth, values.length);
    // Spreadsheets do not grow a row for wrapped text on opening a file; it is sized here (15 points a line, Excel's cap 409).
    let tallest = 1;
    for (let c = 0; c < values.length; c++) {
      const w = widths[c] ?? 0;
      if (w < WRAP_WIDTH) continue;
      const text = textOf(values[c]);
      if (text !== undefined && text.length > w / 2) tallest = Math.max(tallest, lines(text, w));
    }
    const title = r === 0 && h !== 0;
    const header = r === h || headings.has(r);
    const gridTitle = spec.grid === true && h !== undefined && r < h;
    const gridBody = spec.grid === true && h !== undefined && r > h;
    const marks = h !== undefined && r > h ? spec.marks?.(r) : undefined;
    const rowFill: FillId = marks?.row ? FILL[marks.row] : FILL.none;
    let extent = values.length;
    if (gridBody || rowFill) extent = reach;
    if (gridTitle) extent = Math.max(extent, 1);
    if (marks?.cells) for (const c of marks.cells.keys()) extent = Math.max(extent, c + 1);

    const n = r + 1;
    // An empty row is left out (its number is in every cell's reference), unless it carries the title's style.
    if (extent === 0 && !title) {
      r++;
      continue;
    }
    let row = `<row r="${n}"${tallest > 1 ? ` ht="${Math.min(409, 15 * tallest)}" customHeight="1"` : ''}`;
    // The row's own style too: Excel shows the cells right of the title in it.
    row += title ? ` s="${styles.id(FONT.title, FILL.none, 0, ALIGN.none, 0)}" customFormat="1">` : '>';
    for (let c = 0; c < extent; c++) {
      const value = values[c];
      const inRow = c < values.length;
      const dressed = header && inRow;
      const cellMark = marks?.cells?.get(c);
      const fill: FillId = cellMark ? FILL[cellMark] : rowFill && c < reach ? rowFill : dressed ? FILL.header : FILL.none;
      const border = dressed || (gridBody && c < reach) ? 1 : 0;
      const empty = value === null || value === undefined || value === '';
      // An empty cell shows only a fill or borders: without them it is left out (its column's style shows).
      if (empty && !fill && !border) continue;
      let format = 0;
      if (value !== null && typeof value === 'object') {
        if ('percent' in value && value.percent !== null) format = styles.format('0.0%');
        else if ('points' in value) format = styles.format('0.00');
        else if ('number' in value) format = styles.format(value.format);
      }
      // A tall row reads from the top in every cell, not only in the wrapping ones.
      let align: Align = wraps[c] ? ALIGN.wrapTop : tallest > 1 && inRow ? ALIGN.top : ALIGN.none;
      if (gridTitle && c === 0) align = ALIGN.centre;
      if (dressed) align = ALIGN.middleWrap;
      const font: Font = dressed ? FONT.bold : title && inRow ? FONT.title : FONT.plain;
      const s = styles.id(font, fill, border, align, format);
      const attrs = `<c r="${letter(c)}${n}"${s ? ` s="${s}"` : ''}`;
      if (empty) row += `${attrs}/>`;
      else if (typeof value === 'string') row += `${attrs} t="s"><v>${strings.text(value)}</v></c>`;
      else if (typeof value === 'boolean') row += `${attrs} t="b"><v>${value ? 1 : 0}</v></c>`;
      else if (typeof value === 'number') row += number(attrs, value, strings);
      else if ('percent' in value) row += value.percent === null ? `${attrs} t="s"><v>${strings.text('—')}</v></c>` : number(attrs, value.percent, strings);
      else if ('points' in value) row += number(attrs, value.points, strings);
      else if ('number' in value) row += number(attrs, value.number, strings);
      else row += `${attrs} t="s"><v>${strings.rich(value.runs)}</v></c>`;
    }
    r++;
    const full = chunks.add(`${row}</row>`);
    if (full) yield full;
  }
  yield chunks.take();
  xml = '</sheetData>';

  if (h !== undefined && width > 0) xml += `<autoFilter ref="A${h + 1}:${columnLetter(width - 1)}${Math.max(r, h + 1)}"/>`;
  const merges = kept(spec.merges ?? []);
  if (merges.length) xml += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${ref(m)}"/>`).join('')}</mergeCells>`;
  if (h !== undefined && width > 0) xml += validations(spec, h + 2, r + (spec.spareRows ?? 0));
  xml += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  xml += `<pageSetup paperSize="9" orientation="landscape"${total <= FIT_WIDTH ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`;
  yield `${xml}</worksheet>`;
}

/** A number cell; one that is not finite (which a cell cannot hold) is written as its text. */
function number(attrs: string, v: number, strings: SharedStrings): string {
  return Number.isFinite(v) ? `${attrs}><v>${v}</v></c>` : `${attrs} t="s"><v>${strings.text(String(v))}</v></c>`;
}

/** The dropdowns, from the first data row `first` to the row `last` (1-based). */
function validations(spec: SheetSpec, first: number, last: number): string {
  let xml = '';
  let count = 0;
  for (const list of spec.lists ?? []) {
    const formula = 'source' in list ? list.source : `"${list.values.join(',')}"`;
    if ('values' in list && (!list.values.length || formula.length > MAX_LIST || list.values.some((v) => v.includes(',')))) continue;
    const range = 'range' in list ? list.range : `${columnLetter(list.column)}${first}:${columnLetter(list.column)}${Math.max(last, first)}`;
    xml += `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" sqref="${xmlEscape(range)}"><formula1>${xmlEscape(formula)}</formula1></dataValidation>`;
    count++;
  }
  return count ? `<dataValidations count="${count}">${xml}</dataValidations>` : '';
}
