/**
 * Per-language text tables for everything a module prints or renders outside the diagnostic
 * catalogues (CLI output, report headings, plain-words renderings). The English table must have
 * every entry of the Chinese one with the same arguments, so a missing or mistyped entry fails
 * `tsc`; code picks its table once (`const m = MESSAGES[lang]`) instead of branching per string.
 */
import type { Lang } from './diagnostic.ts';

/** A table of one language: fixed strings, lists of them (table headers) and functions of their arguments. */
export type MessageTable = Record<string, string | readonly string[] | ((...args: never[]) => string)>;

/** The tables of a module, Chinese first: `en` is checked against `zh`. */
export function messages<T extends MessageTable>(tables: { zh: T; en: NoInfer<T> }): Record<Lang, T> {
  return tables;
}
