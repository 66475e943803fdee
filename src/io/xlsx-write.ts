/**
 * The one writer of every workbook xinfang generates (reports, the annotated ledger, the matrix,
 * the 修订对照表, the rule-set workbook). SheetJS Community Edition cannot write fills, fonts,
 * borders or data validation (README "Spreadsheets"), and a general writer's object per cell
 * (ExcelJS's) took most of the time of checking a 120,000-row ledger: the SpreadsheetML is written
 * here as text, row by row, into a zip (`xlsx-sheet.ts`, `xlsx-styles.ts`, `xlsx-strings.ts`,
 * `zip-write.ts`), so a 200,000-row ledger copy is never held as rows or cells at once.
 *
 * Every table gets the same dress: its header row bold on a grey-blue fill with thin borders,
 * frozen, with an autofilter; column widths; A4 landscape, one page wide, the header repeated on
 * every printed page. Strings are stored as strings, never as formulas.
 */
import { sheetXml } from './xlsx-sheet.ts';
import { SharedStrings } from './xlsx-strings.ts';
import { StyleTable } from './xlsx-styles.ts';
import { xmlEscape, xmlText } from './xml-text.ts';
import { ZipWriter } from './zip-write.ts';

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
  /** A printed form (the 修订对照表): thin borders on every cell of the table below the header too (the header row's width), the title block centred. */
  grid?: boolean;
  /** Highlights of row `r` (0-based, as in `rows`): the whole row (the header row's width, and its own cells beyond) and single cells (by column). */
  marks?: (r: number) => { row?: Mark; cells?: ReadonlyMap<number, Mark> } | undefined;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = 'application/vnd.openxmlformats-officedocument';

/** A name Excel accepts (the annotated copy takes the ledger's, which a damaged workbook may make anything): no `[]:*?/\\`, no quote at either end, 1–31 characters. */
function sheetName(name: string): string {
  const clean = xmlText(name.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31));
  return clean || 'Sheet1';
}

/**
 * The workbook of `sheets`, as xlsx bytes. The package's index parts come first, as Excel writes them
 * (some tools tell an `.xlsx` by a first entry `[Content_Types].xml`); the shared strings and the
 * styles, which the sheets fill, come after them.
 */
export async function writeWorkbook(sheets: readonly SheetSpec[], title: string): Promise<Uint8Array> {
  const zip = new ZipWriter();
  const names = sheets.map((s) => sheetName(s.name));
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  zip.part('[Content_Types].xml', [
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      override('xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`) +
      names.map((_, i) => override(`xl/worksheets/sheet${i + 1}.xml`, `${CT}.spreadsheetml.worksheet+xml`)).join('') +
      override('xl/styles.xml', `${CT}.spreadsheetml.styles+xml`) +
      override('xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`) +
      override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
      '</Types>',
  ]);
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  zip.part('_rels/.rels', [
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      rel('rId1', `${REL}/officeDocument`, 'xl/workbook.xml') +
      rel('rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml') +
      '</Relationships>',
  ]);
  zip.part('docProps/core.xml', [
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlEscape(title)}</dc:title><dc:creator>xinfang</dc:creator></cp:coreProperties>`,
  ]);
  // Each table's header row is printed on every page.
  let printTitles = '';
  sheets.forEach((s, i) => {
    if (s.header !== undefined) printTitles += `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlEscape(`'${names[i]!.replace(/'/g, "''")}'!$${s.header + 1}:$${s.header + 1}`)}</definedName>`;
  });
  zip.part('xl/workbook.xml', [
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
      names.map((name, i) => `<sheet name="${xmlEscape(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</sheets>${printTitles ? `<definedNames>${printTitles}</definedNames>` : ''}</workbook>`,
  ]);
  zip.part('xl/_rels/workbook.xml.rels', [
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      names.map((_, i) => rel(`rId${i + 1}`, `${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`)).join('') +
      rel('rIdStyles', `${REL}/styles`, 'styles.xml') +
      rel('rIdStrings', `${REL}/sharedStrings`, 'sharedStrings.xml') +
      '</Relationships>',
  ]);
  const styles = new StyleTable();
  const strings = new SharedStrings();
  sheets.forEach((spec, i) => zip.part(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(spec, styles, strings)));
  zip.part('xl/sharedStrings.xml', strings.xml());
  zip.part('xl/styles.xml', [styles.xml()]);
  return zip.bytes();
}
