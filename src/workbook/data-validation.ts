/**
 * Dropdowns (Excel data validation) for enumerated columns. SheetJS community edition reads and
 * writes cells but not `<dataValidations>` (a Pro feature), so this adds the element to each sheet's
 * XML inside the xlsx zip, using the CFB zip reader/writer SheetJS itself ships (`XLSX.CFB`).
 */
import XLSX from 'xlsx';

/** One dropdown: the cells it covers (`D2:D500`) and the values it offers. */
export interface ListValidation {
  sqref: string;
  values: readonly string[];
}

/** Excel caps an inline list formula at 255 characters. */
const MAX_LIST = 255;
/** Elements that must come after <dataValidations> in CT_Worksheet (ECMA-376 §18.3.1.99). */
const AFTER = ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter', '<rowBreaks', '<colBreaks', '<customProperties', '<cellWatches', '<ignoredErrors', '<smartTags', '<drawing', '<legacyDrawing', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function element(validations: readonly ListValidation[]): string {
  const items = validations
    .map((v) => ({ ...v, formula: `"${v.values.join(',')}"` }))
    .filter((v) => v.values.length && v.formula.length <= MAX_LIST && !v.values.some((x) => x.includes(',')))
    .map(
      (v) =>
        `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="warning" sqref="${xml(v.sqref)}"><formula1>${xml(v.formula)}</formula1></dataValidation>`,
    );
  return items.length ? `<dataValidations count="${items.length}">${items.join('')}</dataValidations>` : '';
}

/** Insert the dropdowns into the xlsx bytes; `bySheet[i]` are those of the i-th sheet (book order). */
export function addListValidations(xlsx: Uint8Array, bySheet: readonly (readonly ListValidation[])[]): Uint8Array {
  const zip = XLSX.CFB.read(xlsx, { type: 'buffer' });
  bySheet.forEach((validations, i) => {
    const dv = element(validations);
    if (!dv) return;
    const entry = XLSX.CFB.find(zip, `/xl/worksheets/sheet${i + 1}.xml`);
    if (!entry?.content) return;
    const text = new TextDecoder().decode(entry.content as Uint8Array);
    const at = AFTER.map((tag) => text.indexOf(tag)).reduce((min, n) => (n >= 0 && n < min ? n : min), Infinity);
    entry.content = new TextEncoder().encode(text.slice(0, at) + dv + text.slice(at)) as unknown as typeof entry.content;
    entry.size = (entry.content as Uint8Array).length;
  });
  return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true }) as Buffer);
}
