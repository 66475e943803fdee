/**
 * Columns the reader does not recognise that look like personal data (docs/ledger-columns.md: the
 * petitioner's name, phone and ID number are never shown unmasked): by their header (来访人住址,
 * 微信号, 家属姓名 …) or by their values (most of them mobile, landline or ID numbers). Such a column
 * is masked wherever it is copied and named in one warning. Pure.
 */

/** How a personal column is masked: a name (first character kept), a phone, an ID number, other (as a name). */
export type PersonalKind = 'name' | 'phone' | 'id' | 'other';

/** Header words that mark a personal column, in the order tried. */
const HEADER_KINDS: readonly [RegExp, PersonalKind][] = [
  [/身份证|证件号|身份号码/, 'id'],
  [/电话|手机|联系方式|微信|QQ/i, 'phone'],
  [/姓名|名字/, 'name'],
  [/住址|地址|户籍|邮箱|e-?mail/i, 'other'],
];

const ID = /^\d{17}[\dXx]$|^\d{15}$/;
const PHONE = /^(?:\+?86[-\s]?)?(?:1[3-9]\d{9}|0\d{2,3}[-\s]?\d{7,8})$/;

/** The kind a header names, if it names one. */
export function personalByHeader(header: string): PersonalKind | undefined {
  return HEADER_KINDS.find(([re]) => re.test(header))?.[1];
}

/** Data rows whose values are looked at, per column. */
export const SAMPLE_ROWS = 200;

/** Counts of one unrecognised column's sampled values. */
interface Tally {
  filled: number;
  phone: number;
  id: number;
}

/** Samples the values of unrecognised columns (by index) over the first SAMPLE_ROWS data rows. */
export class PersonalSampler {
  private readonly tallies = new Map<number, Tally>();
  private rows = 0;

  constructor(columns: readonly number[]) {
    for (const c of columns) this.tallies.set(c, { filled: 0, phone: 0, id: 0 });
  }

  /** Look at one data row (cells as text); does nothing past the sample. */
  add(cell: (index: number) => string): void {
    if (this.rows++ >= SAMPLE_ROWS) return;
    for (const [c, t] of this.tallies) {
      const v = cell(c).replace(/\s+/g, '');
      if (!v) continue;
      t.filled++;
      if (ID.test(v)) t.id++;
      else if (PHONE.test(v)) t.phone++;
    }
  }

  /** The column's kind when at least half of its sampled values are ID or phone numbers. */
  kind(c: number): PersonalKind | undefined {
    const t = this.tallies.get(c);
    if (!t || t.filled === 0) return undefined;
    if (t.id * 2 >= t.filled) return 'id';
    if ((t.id + t.phone) * 2 >= t.filled) return 'phone';
    return undefined;
  }
}
