/**
 * The shared-string table of a generated workbook (`xl/sharedStrings.xml`), as Excel itself writes
 * text: each distinct text once, escaped once, cells pointing at it by number. A ledger repeats
 * most of its values (departments, 来源方式, dates as text), so the sheet stays small. Rich text
 * (struck and inserted words) gets an entry per cell: those are few, in a 修订对照表.
 */
import { xmlEscape } from './xml-text.ts';

/** Struck through in red; bold, underlined and green (both still read on a black-and-white print). */
const RUN_FONT = {
  del: '<rPr><strike/><color rgb="FFC00000"/></rPr>',
  ins: '<rPr><b/><color rgb="FF1E7B34"/><u/></rPr>',
} as const;
const ENTRIES_PER_CHUNK = 20000;

/** `<t>` of `text`, keeping leading and trailing white space (which XML readers may drop otherwise). */
function t(text: string): string {
  const escaped = xmlEscape(text);
  return /^\s|\s$/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly entries: string[] = [];
  private uses = 0;

  /** The number of plain text `text`. */
  text(text: string): number {
    this.uses++;
    let n = this.index.get(text);
    if (n === undefined) {
      n = this.entries.length;
      this.index.set(text, n);
      this.entries.push(`<si>${t(text)}</si>`);
    }
    return n;
  }

  /** The number of a new rich-text entry of these runs. */
  rich(runs: readonly { text: string; mark?: 'del' | 'ins' }[]): number {
    this.uses++;
    let xml = '<si>';
    for (const r of runs) xml += `<r>${r.mark ? RUN_FONT[r.mark] : ''}${t(r.text)}</r>`;
    this.entries.push(`${xml}</si>`);
    return this.entries.length - 1;
  }

  /** `xl/sharedStrings.xml`, in chunks. */
  *xml(): Iterable<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.entries.length}">`;
    for (let i = 0; i < this.entries.length; i += ENTRIES_PER_CHUNK) {
      let chunk = '';
      for (let j = i; j < Math.min(i + ENTRIES_PER_CHUNK, this.entries.length); j++) chunk += this.entries[j];
      yield chunk;
    }
    yield '</sst>';
  }
}
