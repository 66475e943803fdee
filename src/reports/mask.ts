/**
 * Personal data in reports (docs/ledger-columns.md: 信访人, 联系电话, 身份证号 are never published and are
 * masked by default) and spreadsheet safety: text that a spreadsheet would run as a formula.
 */
import type { PersonalKind } from '../ledger/personal-columns.ts';

/** 张某某 → 张**, Zhang San → Z*******: keep the first character. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}

/** 13812341234 → 138****1234; short numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  const t = phone.trim();
  if (t.length >= 11) return t.slice(0, 3) + '*'.repeat(t.length - 7) + t.slice(-4);
  return t.length <= 2 ? '*'.repeat(t.length) : '*'.repeat(t.length - 2) + t.slice(-2);
}

/** 110101199003071234 → 110***********1234; anything shorter than a 15-digit ID is masked whole, since keeping 7 characters of it would show most of it. */
export function maskIdNumber(id: string): string {
  const t = id.trim();
  if (t.length < 15) return '*'.repeat(t.length);
  return t.slice(0, 3) + '*'.repeat(t.length - 7) + t.slice(-4);
}

// In free text: an 18-character ID number (last character a digit or X), a mainland mobile number —
// also as people write one: with +86, 0086 or 86 before it, a space or hyphen after the 3rd and 7th digits.
const ID_IN_TEXT = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<![\d+])(?:(?:\+|00)?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)/g;
/** What both need: eleven digits, a space or hyphen at most between two of them. */
const ELEVEN_DIGITS = /\d(?:[- ]?\d){10}/;

/** 备注 is free text (docs/ledger-columns.md): ID and mobile numbers inside it are masked before it is written. */
export function maskFreeText(text: string): string {
  // Most cells (dates, names, short notes) have no eleven digits and are passed at once.
  if (text.length < 11 || !ELEVEN_DIGITS.test(text)) return text;
  return text.replace(ID_IN_TEXT, maskIdNumber).replace(MOBILE_IN_TEXT, maskPhone);
}

/**
 * Mask a cell of the ledger copied into a report: a known personal column by its alias, an extra
 * column that looks personal by its kind, and any other text but 编号 scanned like 备注 (诉求 and
 * 反映问题 columns are free text too).
 */
export function maskColumn(column: { alias?: string; personal?: PersonalKind } | undefined, value: string, show: boolean): string {
  if (show || !value || column?.alias === 'id') return value;
  if (column?.alias && column.alias !== 'notes') return maskFreeText(maskPersonal(column.alias, value, show));
  if (column?.personal === 'phone') return maskPhone(value);
  if (column?.personal === 'id') return maskIdNumber(value);
  if (column?.personal) return maskName(value);
  return maskFreeText(value);
}

/** Mask a personal-data value by its column alias; other values pass through. */
export function maskPersonal(alias: string | undefined, value: string, show: boolean): string {
  if (show || !value) return value;
  if (alias === 'petitioner') return maskName(value);
  if (alias === 'phone') return maskPhone(value);
  if (alias === 'id_number') return maskIdNumber(value);
  if (alias === 'notes') return maskFreeText(value);
  return value;
}

/**
 * Text a spreadsheet would treat as a formula (= + - @, or a leading tab or carriage return)
 * gets a leading apostrophe, so opening a report never runs a formula from a ledger cell
 * (CSV/formula injection).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
