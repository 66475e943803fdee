/**
 * Text in the XML of a generated workbook. Characters XML 1.0 forbids (C0 controls but tab and
 * line breaks, U+FFFE, U+FFFF, lone surrogates) would make the file unreadable: they are shown as
 * U+FFFD. A carriage return is written as a reference, or the reader would turn it into a line feed
 * (XML 1.0 §2.11).
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"\r]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/** `text` with the characters XML cannot hold replaced by U+FFFD. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/** `text` for XML content or a double-quoted attribute value. */
export function xmlEscape(text: string): string {
  return xmlText(text).replace(SPECIAL, (c) => ENTITIES[c]!);
}
