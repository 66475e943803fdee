/**
 * The catalogue of diagnostic codes (after Astro's errors-data.ts): one entry per code with a
 * title and Chinese/English message and hint, each a function of the diagnostic's arguments.
 * Codes are permanent — deprecate, never rename. Each stage keeps its own codes in
 * `src/<stage>/codes.ts`; this module joins them and renders messages.
 */
import type { Diagnostic, Lang, Location, Severity } from './diagnostic.ts';

/** Arguments interpolated into a message. */
export type Args = Record<string, string | number | undefined>;

/** One code's entry: what it is called and what it says in each language. */
export interface CodeEntry {
  /** Default severity. */
  severity: Severity;
  /** Short English title, used in the generated list of codes. */
  title: string;
  zh: (a: Args) => string;
  en: (a: Args) => string;
  /** What to do, in Chinese. */
  hintZh?: (a: Args) => string;
  /** What to do, in English. */
  hintEn?: (a: Args) => string;
}

/** A stage's codes. */
export type Codes = Record<string, CodeEntry>;

const registry: Map<string, CodeEntry> = new Map();

/** Add a stage's codes to the catalogue. Called once per stage module at import time. */
export function registerCodes(codes: Codes): Codes {
  for (const [code, entry] of Object.entries(codes)) {
    const known = registry.get(code);
    if (known && known !== entry) throw new Error(`diagnostic code ${code} registered twice`);
    registry.set(code, entry);
  }
  return codes;
}

/** Every registered code, for the generated docs page. */
export function allCodes(): ReadonlyMap<string, CodeEntry> {
  return registry;
}

/** A diagnostic keeps its arguments so it can be re-rendered in another language. */
export interface CatalogueDiagnostic extends Diagnostic {
  args: Args;
}

/** Build a diagnostic from its code, arguments and location; message in Chinese by default. */
export function diagnostic(
  code: string,
  args: Args,
  location: Location,
  severity?: Severity,
): CatalogueDiagnostic {
  const entry = registry.get(code);
  if (!entry) throw new Error(`unknown diagnostic code ${code}`);
  return {
    code,
    severity: severity ?? entry.severity,
    message: entry.zh(args),
    ...(entry.hintZh ? { hint: entry.hintZh(args) } : {}),
    ...location,
    args,
  };
}

/** Re-render a diagnostic's message and hint in the given language. */
export function localize<D extends Diagnostic>(d: D, lang: Lang): D {
  const entry = registry.get(d.code);
  const args = (d as Partial<CatalogueDiagnostic>).args;
  if (!entry || !args) return d;
  const hint = lang === 'en' ? entry.hintEn?.(args) : entry.hintZh?.(args);
  return { ...d, message: lang === 'en' ? entry.en(args) : entry.zh(args), ...(hint ? { hint } : {}) };
}
