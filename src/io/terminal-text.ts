/**
 * Data shown on a terminal or in a Markdown file is data, not instructions: escape sequences (ESC
 * and the other C0/C1 controls) would move the cursor, retitle the window or hide text, and Unicode
 * bidirectional controls (the "Trojan Source" trick, CVE-2021-42574) would reorder what is read.
 * Line breaks and tabs inside a value become spaces so one value cannot fake another line.
 */

// C0 controls (line breaks and tab included), DEL, C1 controls; bidi embeddings, overrides, isolates and marks.
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control and bidi character removed, line breaks and tabs turned into spaces. */
export function plainText(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\n' || c === '\r' || c === '\t' ? ' ' : ''));
}
