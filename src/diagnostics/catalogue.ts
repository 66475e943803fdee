/**
 * The catalogue of diagnostic codes: every stage's table (`src/<stage>/codes.ts`, declared with
 * `code<A>()` from `define.ts`) joined into one object, so `Code` is the union of every code and
 * `CodeArgs<C>` the arguments code `C` takes. `diagnostic()` builds a diagnostic from a code and
 * its arguments — a misspelt code or a wrong argument is a compile error — and `localize()`
 * re-renders it in another language. Codes are permanent: deprecate, never rename.
 */
import { BROWSER_CODES } from '../browser/codes.ts';
import { CALENDAR_CODES } from '../calendar/codes.ts';
import { CHECK_CODES, VIOLATION_MESSAGES } from '../check/codes.ts';
import { DEADLINE_CODES } from '../deadlines/codes.ts';
import { DIAGNOSTIC_CODES } from './codes.ts';
import { IO_CODES, OUTPUT_CODES } from '../io/codes.ts';
import { INPUT_CODES } from '../io/input-codes.ts';
import { LEDGER_CODES } from '../ledger/codes.ts';
import { RECURRENCE_CODES } from '../recurrence/codes.ts';
import { REPORT_CODES } from '../reports/codes.ts';
import { RULES_CODES } from '../rules/codes.ts';
import { CONTACT_CODES } from '../rules/contact-codes.ts';
import { SEMANTIC_CODES } from '../rules/semantic-codes.ts';
import { DB_CODES } from '../sql/db-codes.ts';
import { SQL_CODES } from '../sql/codes.ts';
import { WORKBOOK_CODES } from '../workbook/codes.ts';
import type { Arg, ArgsOf, Codes, CodeSpec } from './define.ts';
import type { Diagnostic, Lang, Location, Severity } from './diagnostic.ts';

/** Every stage's table, by stage; a test checks that no code is in two of them. */
export const STAGE_CODES = {
  browser: BROWSER_CODES,
  calendar: CALENDAR_CODES,
  check: CHECK_CODES,
  violations: VIOLATION_MESSAGES,
  deadlines: DEADLINE_CODES,
  diagnostics: DIAGNOSTIC_CODES,
  io: IO_CODES,
  inputs: INPUT_CODES,
  outputs: OUTPUT_CODES,
  ledger: LEDGER_CODES,
  recurrence: RECURRENCE_CODES,
  reports: REPORT_CODES,
  rules: RULES_CODES,
  contacts: CONTACT_CODES,
  semantic: SEMANTIC_CODES,
  sql: SQL_CODES,
  db: DB_CODES,
  workbook: WORKBOOK_CODES,
} satisfies Record<string, Codes>;

/** Every code with its entry. */
export const CATALOGUE = {
  ...BROWSER_CODES,
  ...CALENDAR_CODES,
  ...CHECK_CODES,
  ...VIOLATION_MESSAGES,
  ...DEADLINE_CODES,
  ...DIAGNOSTIC_CODES,
  ...IO_CODES,
  ...INPUT_CODES,
  ...OUTPUT_CODES,
  ...LEDGER_CODES,
  ...RECURRENCE_CODES,
  ...REPORT_CODES,
  ...RULES_CODES,
  ...CONTACT_CODES,
  ...SEMANTIC_CODES,
  ...SQL_CODES,
  ...DB_CODES,
  ...WORKBOOK_CODES,
} satisfies Codes;

/** Every diagnostic code. */
export type Code = keyof typeof CATALOGUE;

/** The arguments code `C`'s messages take. */
export type CodeArgs<C extends Code> = ArgsOf<(typeof CATALOGUE)[C]>;

/** Arguments as a diagnostic keeps them, to be rendered again in another language. */
export type StoredArgs = Readonly<Record<string, Arg | undefined>>;

/** True when `code` is in the catalogue. */
export function isCode(code: string): code is Code {
  return Object.hasOwn(CATALOGUE, code);
}

/** A code's entry, with its argument type. */
export function entryOf<C extends Code>(code: C): CodeSpec<CodeArgs<C>> {
  return CATALOGUE[code] as unknown as CodeSpec<CodeArgs<C>>;
}

/** A diagnostic keeps its arguments so it can be re-rendered in another language. */
export interface CatalogueDiagnostic extends Diagnostic {
  code: Code;
  args: StoredArgs;
}

/** Build a diagnostic from its code, arguments and location; message in Chinese by default. */
export function diagnostic<C extends Code>(
  code: C,
  args: CodeArgs<C>,
  location: Location,
  severity?: Severity,
): CatalogueDiagnostic {
  const entry = entryOf(code);
  const hint = entry.zh.hint?.(args);
  return {
    code,
    severity: severity ?? entry.severity,
    message: entry.zh.message(args),
    ...(hint ? { hint } : {}),
    ...location,
    args: args as StoredArgs,
  };
}

/** Re-render a diagnostic's message and hint in the given language. */
export function localize<D extends Diagnostic>(d: D, lang: Lang): D {
  const args = (d as Partial<CatalogueDiagnostic>).args;
  if (!isCode(d.code) || !args) return d;
  // The arguments were checked against this code when the diagnostic was built.
  const texts = (CATALOGUE[d.code] as CodeSpec<StoredArgs>)[lang];
  const hint = texts.hint?.(args);
  return { ...d, message: texts.message(args), ...(hint ? { hint } : {}) };
}
