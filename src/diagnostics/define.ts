/**
 * How a stage declares its diagnostic codes (after Astro's `errors-data.ts`): each code is one
 * entry with a severity and, per language, a short title and its message and hint, the last two
 * functions of the code's own arguments. `code<A>()` fixes the argument type once for every text of the
 * entry, so a call that names an unknown argument, leaves one out or gives the wrong type does not
 * compile. Each stage's `src/<stage>/codes.ts` exports one such table `satisfies Codes`.
 */
import type { Lang, Severity } from './diagnostic.ts';

/** A value interpolated into a message: text or a number, printed as is. */
export type Arg = string | number;

/** The arguments of a code whose texts take none. */
export type NoArgs = Record<string, never>;

/** What a code says in one language. */
export interface Texts<A> {
  /** What happened and why (no "Error:" prefix; the printer shows the position). */
  message: (a: A) => string;
  /** What to do about it. */
  hint?: (a: A) => string;
}

/** One code's entry. Codes are permanent: deprecate, never rename. */
export interface CodeSpec<A> {
  /** Default severity. */
  severity: Severity;
  /** Short title in each language, shown in the list of codes (`xinfang codes`): a noun phrase, no full stop. */
  title: Record<Lang, string>;
  /** Chinese texts, for staff (the default). */
  zh: Texts<A>;
  /** English texts, for `--lang en`. */
  en: Texts<A>;
}

/** A stage's table of codes. */
export type Codes = Record<string, CodeSpec<never>>;

/** Declare one code whose texts all take arguments of type `A`. */
export function code<A>(spec: CodeSpec<A>): CodeSpec<A> {
  return spec;
}

/** The arguments a code's entry takes. */
export type ArgsOf<E> = E extends CodeSpec<infer A> ? A : never;
