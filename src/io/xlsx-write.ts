/**
 * The one writer of every workbook xinfang generates (reports, the annotated ledger, the matrix,
 * the 修订对照表, the rule-set workbook): ExcelJS's streaming writer, because SheetJS Community
 * Edition cannot write fills, fonts, borders or data validation (README "Spreadsheets"). Rows are
 * committed as they are written, so a 200,000-row ledger copy never holds its row objects at once.
 *
 * Every table gets the same dress: its header row bold on a grey-blue fill with thin borders,
 * frozen, with an autofilter; column widths; A4 landscape, one page wide, the header repeated on
 * every printed page. Strings are stored as strings, never as formulas.
 */
import { PassThrough } from 'node:stream';
import type { Borders, Cell as XCell, DataValidation, Fill, Style, Worksheet } from 'exceljs';
import { columnLetter } from '../diagnostics/diagnostic.ts';

/** A rate 0–1 stored as a number shown `93.3%`; null (no data) is written as `—`. */
export interface PercentCell {
  percent: number | null;
}
/** Points stored as a number shown with two decimals. */
export interface PointsCell {
  points: number;
}
/** A number with an Excel number format (a date serial with `yyyy-mm-dd`, a time). */
export interface FormattedCell {
  number: number;
  format: string;
}
/** Text in runs; `del` runs are struck through in red, `ins` runs bold and underlined in green (both still read on a black-and-white print). */
export interface RichCell {
  runs: readonly { text: string; mark?: 'del' | 'ins' }[];
}
/** One cell. */
export type Cell = string | number | boolean | null | undefined | PercentCell | PointsCell | FormattedCell | RichCell;

/** Highlights of the annotated ledger: red, amber and yellow fills. */
export type Mark = 'overdue' | 'due-soon' | 'bad';

/**
 * A dropdown on a column (0-based; from the first data row to the last row plus `spareRows`) or on a
 * range (`C5:D5`): of fixed values, or of the cells of another sheet (`'部门'!$C$2:$C$1000`), so
 * rows added there are offered too.
 */
export type ListValidation = ({ values: readonly string[] } | { source: string }) & ({ column: number } | { range: string });

/** A rectangle of cells, 0-based (SheetJS's shape). */
export interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** One sheet. Rows above `header` are a title block (its first row bold), rows below are data. */
export interface SheetSpec {
  name: string;
  rows: Iterable<readonly Cell[]>;
  /** 0-based index of the table's header row (dressed, frozen, filtered); none when undefined. */
  header?: number;
  /** Header rows of further small tables on the sheet: dressed like the header, not frozen. */
  headings?: readonly number[];
  /** Column widths in characters. */
  widths?: readonly number[];
  lists?: readonly ListValidation[];
  /** Rows below the data that still get the dropdowns, so new rows have them too. */
  spareRows?: number;
  /** Ranges to merge, 0-based first (`s`) and last (`e`) cells. */
  merges?: readonly Range[];
  /** A printed form (the 修订对照表): thin borders on every cell of the table below the header too, the title block centred. */
  grid?: boolean;
  /** Highlights of row `r` (0-based, as in `rows`): the whole row and single cells (by column). */
  marks?: (r: number) => { row?: Mark; cells?: ReadonlyMap<number, Mark> } | undefined;
}

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const FILLS: Record<Mark | 'header', Fill> = {
  header: solid('FFDCE6F1'),
  overdue: solid('FFF4B6B6'),
  'due-soon': solid('FFFCE1B0'),
  bad: solid('FFFFF59D'),
};
const thin = { style: 'thin' as const, color: { argb: 'FF8C8C8C' } };
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
/** Excel caps an inline list formula at 255 characters, and a comma would split a value. */
const MAX_LIST = 255;
/** Columns this wide hold long text (条文, 说明, 问题): it wraps instead of running over the next cells. */
const WRAP_WIDTH = 40;
/** Tables up to this many characters wide print one page wide on A4 landscape; wider ones (a 28-column ledger) at full size over several pages, rather than too small to read. */
const FIT_WIDTH = 220;

/** Characters XML 1.0 forbids (ExcelJS drops C0 controls but writes U+FFFE and lone surrogates, which makes the file unreadable): shown as U+FFFD. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlText = (text: string): string => text.replace(NOT_XML, '\uFFFD');

/** Set the cell's value; returns the number format it needs, if any (the caller styles the cell). */
function put(cell: XCell, value: Cell): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string') cell.value = xmlText(value);
  else if (typeof value !== 'object') cell.value = value;
  else if ('percent' in value) {
    if (value.percent === null) cell.value = '—';
    else {
      cell.value = value.percent;
      return '0.0%';
    }
  } else if ('points' in value) {
    cell.value = value.points;
    return '0.00';
  } else if ('number' in value) {
    cell.value = value.number;
    return value.format;
  } else {
    const font = (mark?: 'del' | 'ins') => (mark === 'del' ? { strike: true, color: { argb: 'FFC00000' } } : mark === 'ins' ? { bold: true, underline: true, color: { argb: 'FF1E7B34' } } : {});
    const rich = { richText: value.runs.map((r) => ({ text: xmlText(r.text), font: font(r.mark) })) };
    // ExcelJS's shared-string table keys each value by its string form (utils/shared-strings.js), and
    // every rich text's is "[object Object]": without a key of its own every rich cell of the workbook
    // would show the first one's text. U+0000 cannot start a plain string here (xmlText removes it).
    Object.defineProperty(rich, 'toString', { value: () => `\u0000${JSON.stringify(rich.richText)}` });
    cell.value = rich;
  }
  return undefined;
}

/**
 * One style object per distinct style. ExcelJS's streaming writer renders a cell's style to XML to
 * find its id unless it has seen that very object before (styles-xform.js `addStyleModel`, a
 * WeakMap), and every cell it creates gets an object of its own: 40 s of the 60 s a 120,000-row
 * annotated copy took. A pooled object is only ever assigned whole (`cell.style = …`), never
 * changed through a cell's setters (`cell.fill = …` writes into the object it holds).
 */
class StylePool {
  private readonly styles = new Map<string, Partial<Style>>();

  get(style: Partial<Style>): Partial<Style> {
    const key = JSON.stringify(style);
    let pooled = this.styles.get(key);
    if (!pooled) this.styles.set(key, (pooled = style));
    return pooled;
  }
}

/** The streaming worksheet has range validations (`lib/doc/data-validations.js`), which ExcelJS's typings leave out. */
type StreamedSheet = Worksheet & { dataValidations: { add(range: string, validation: DataValidation): void } };

/** The text a wrapping column shows: a string's, or a rich cell's runs joined. */
function textOf(value: Cell): string | undefined {
  if (typeof value === 'string') return value;
  return value && typeof value === 'object' && 'runs' in value ? value.runs.map((r) => r.text).join('') : undefined;
}

/** Lines `text` takes in a wrapping column `width` characters wide (a Chinese character is two). */
function lines(text: string, width: number): number {
  let n = 0;
  for (const line of text.split('\n')) {
    let units = 0;
    for (const ch of line) units += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
    n += Math.max(1, Math.ceil(units / Math.max(1, width - 1)));
  }
  return n;
}

function writeSheet(ws: StreamedSheet, spec: SheetSpec): void {
  let width = spec.widths?.length ?? 0;
  // The streaming writer merges only rows not yet committed: each range is merged on reaching its
  // first row. A range overlapping one merged before (a damaged workbook's) is left out: ExcelJS throws on it.
  const merges = (spec.merges ?? []).slice().sort((a, b) => a.s.r - b.s.r);
  const merged: Range[] = [];
  const overlaps = (m: Range) => merged.some((o) => m.s.r <= o.e.r && o.s.r <= m.e.r && m.s.c <= o.e.c && o.s.c <= m.e.c);
  let nextMerge = 0;
  const mergeUpTo = (r: number) => {
    for (; nextMerge < merges.length && merges[nextMerge]!.s.r <= r; nextMerge++) {
      const m = merges[nextMerge]!;
      if (overlaps(m)) continue;
      merged.push(m);
      ws.mergeCells(m.s.r + 1, m.s.c + 1, m.e.r + 1, m.e.c + 1);
    }
  };
  const pool = new StylePool();
  // A wrapping column's style (writeWorkbook's `ws.columns`), which its cells start from.
  const columnStyle = (c: number): Partial<Style> => ((spec.widths?.[c] ?? 0) >= WRAP_WIDTH ? { alignment: { wrapText: true, vertical: 'top' } } : {});
  // Most cells have their column's style and nothing else: pooled once per column, not keyed per cell.
  const plain: Partial<Style>[] = [];
  const plainStyle = (c: number): Partial<Style> => (plain[c] ??= pool.get(columnStyle(c)));
  let r = 0;
  for (const values of spec.rows) {
    mergeUpTo(r);
    const row = ws.getRow(r + 1);
    width = Math.max(width, values.length);
    // This row's cell styles beyond their column's, built whole and then pooled.
    const styles: Partial<Style>[] = [];
    const style = (c: number): Partial<Style> => (styles[c] ??= columnStyle(c));
    let tallest = 1;
    for (let c = 0; c < values.length; c++) {
      const value = values[c];
      const numFmt = put(row.getCell(c + 1), value);
      if (numFmt) style(c).numFmt = numFmt;
      const w = spec.widths?.[c] ?? 0;
      const text = textOf(value);
      if (w >= WRAP_WIDTH && text !== undefined && text.length > w / 2) tallest = Math.max(tallest, lines(text, w));
    }
    // Spreadsheets do not grow a row for wrapped text on opening a file; it is sized here (15 points a line, Excel's cap 409).
    if (tallest > 1) {
      row.height = Math.min(409, 15 * tallest);
      // A tall row reads from the top in every cell, not only in the wrapping ones.
      for (let c = 0; c < values.length; c++) style(c).alignment = { vertical: 'top', wrapText: (spec.widths?.[c] ?? 0) >= WRAP_WIDTH };
    }
    if (r === 0 && spec.header !== 0) {
      // The row's own style too: Excel shows the cells right of the title in it.
      row.font = { bold: true, size: 14 };
      for (let c = 0; c < values.length; c++) style(c).font = { bold: true, size: 14 };
    }
    if (spec.grid && spec.header !== undefined && r < spec.header) style(0).alignment = { horizontal: 'center', vertical: 'middle' };
    if (r === spec.header || spec.headings?.includes(r)) {
      for (let c = 0; c < values.length; c++) Object.assign(style(c), { font: { bold: true }, fill: FILLS.header, border: BORDER, alignment: { vertical: 'middle', wrapText: true } });
    }
    if (spec.grid && spec.header !== undefined && r > spec.header) for (let c = 0; c < width; c++) style(c).border = BORDER;
    const marks = spec.header !== undefined && r > spec.header ? spec.marks?.(r) : undefined;
    if (marks?.row) for (let c = 0; c < width; c++) style(c).fill = FILLS[marks.row];
    if (marks?.cells) for (const [c, mark] of marks.cells) style(c).fill = FILLS[mark];
    for (let c = 0; c < Math.max(values.length, styles.length); c++) {
      const own = styles[c];
      if (own) row.getCell(c + 1).style = pool.get(own);
      else if (c < values.length) row.getCell(c + 1).style = plainStyle(c);
    }
    row.commit();
    r++;
  }
  mergeUpTo(Infinity);
  if (spec.header === undefined || width === 0) return;
  const first = spec.header + 2;
  ws.autoFilter = `A${spec.header + 1}:${columnLetter(width - 1)}${Math.max(r, spec.header + 1)}`;
  const last = r + (spec.spareRows ?? 0);
  for (const list of spec.lists ?? []) {
    const formula = 'source' in list ? list.source : `"${list.values.join(',')}"`;
    if ('values' in list && (!list.values.length || formula.length > MAX_LIST || list.values.some((v) => v.includes(',')))) continue;
    const range = 'range' in list ? list.range : `${columnLetter(list.column)}${first}:${columnLetter(list.column)}${Math.max(last, first)}`;
    ws.dataValidations.add(range, { type: 'list', allowBlank: true, showErrorMessage: true, errorStyle: 'warning', formulae: [formula] });
  }
}

/** A name Excel accepts (the annotated copy takes the ledger's, which a damaged workbook may make anything): no `[]:*?/\`, no quote at either end, 1–31 characters. */
function sheetName(name: string): string {
  const clean = xmlText(name.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31));
  return clean || 'Sheet1';
}

/** The workbook of `sheets`, as xlsx bytes. */
export async function writeWorkbook(sheets: readonly SheetSpec[], title: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  book.title = title;
  book.creator = 'xinfang';
  for (const spec of sheets) {
    const h = spec.header;
    const widths = spec.widths ?? [];
    let total = 0;
    for (const w of widths) total += w;
    const ws = book.addWorksheet(sheetName(spec.name), {
      views: h === undefined ? [] : [{ state: 'frozen', ySplit: h + 1 }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        ...(total <= FIT_WIDTH ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
        ...(h === undefined ? {} : { printTitlesRow: `${h + 1}:${h + 1}` }),
      },
    });
    ws.columns = widths.map((width) => (width >= WRAP_WIDTH ? { width, style: { alignment: { wrapText: true, vertical: 'top' } } } : { width }));
    writeSheet(ws as StreamedSheet, spec);
    ws.commit();
  }
  await book.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
