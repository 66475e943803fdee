/**
 * HTML text escaping, shared by every HTML writer (matrix, formal document, version diff, reports,
 * charts): rule text and ledger values are always shown as text, never as markup.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
