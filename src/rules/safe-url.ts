/**
 * The only way a link built from rule-file data reaches a page: each function returns an `href`
 * for an allowlisted scheme, or `undefined` (the caller then shows the text without a link).
 * Validation (`src/rules/check-contacts.ts`) refuses the same values with a diagnostic; these checks
 * hold even when it was skipped, so a `javascript:` website or a `mailto:` with a query never
 * becomes a live link. Pure; shared with the rules check so both agree on what is allowed.
 */

/** Top-level paths of the public site besides the organisations' `/<id>/` (site/pages, Pagefind, Astro assets). */
export const RESERVED_SITE_PATHS: readonly string[] = ['search', 'help', 'pagefind', 'api', 'schema', 'accessibility', '_astro'];

/** A phone number as written: digits, `+`, `-`, spaces, parentheses, then an optional extension. */
export const PHONE_PATTERN = /^[0-9xX×+\-() （）]+(?:(?:转|分机|ext\.?|EXT\.?)\s*[0-9]+)?$/;
/** A plain address: no query, no fragment, no percent escapes, no spaces or quotes. */
export const EMAIL_PATTERN = /^[A-Za-z0-9._+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** `https:`/`http:` URL with a host and no credentials, as written; else undefined. */
export function webHref(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text) || /[\s"'<>\\`]/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || url.username || url.password) return undefined;
  return url.href;
}

/** The digits (and leading `+`) of a phone number before its extension; undefined if it is not one. */
export function telDigits(number: string): string | undefined {
  if (!PHONE_PATTERN.test(number)) return undefined;
  const main = number.split(/转|分机|ext|EXT/)[0]!.replace(/[^\d+]/g, '');
  return /^\+?\d{3,}$/.test(main) ? main : undefined;
}

/** `tel:` with only the digits and `+` of the number before its extension; else undefined. */
export function telHref(number: string): string | undefined {
  const digits = telDigits(number);
  return digits === undefined ? undefined : `tel:${digits}`;
}

/** `mailto:` for a plain address; else undefined. */
export function mailtoHref(email: string): string | undefined {
  return EMAIL_PATTERN.test(email) ? `mailto:${email}` : undefined;
}
