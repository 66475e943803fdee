/**
 * One diagnostic type shared by every stage (rules, calendars, ledgers, workbooks).
 * Stages collect diagnostics and return them next to their value; they never throw
 * for bad input (house style, after eemeli/yaml's `doc.errors`).
 */

/** How serious a diagnostic is: errors make the CLI exit 1, warnings do not. */
export type Severity = 'error' | 'warning' | 'info';

/** Human output language: Chinese for staff by default, English with `--lang en`. */
export type Lang = 'zh' | 'en';

/** Where a diagnostic points. Text files use line/column (1-based); spreadsheets use sheet/row/column letter. */
export interface Location {
  /** Path of the file as the user gave it (or relative to the working folder). */
  file?: string;
  /** 1-based line in a text file. */
  line?: number;
  /** 1-based column in a text file. */
  column?: number;
  /** Sheet name in a workbook. */
  sheet?: string;
  /** Excel-style 1-based row number. */
  row?: number;
  /** Excel-style column letter (`A`, `AB`). */
  columnLetter?: string;
  /** The header of the column, when the location is a ledger or workbook cell. */
  header?: string;
}

/** A problem found in an input, with a stable code from the catalogue. */
export interface Diagnostic extends Location {
  /** Stable code from the catalogue (`src/diagnostics/catalogue.ts`); never renamed. */
  code: string;
  severity: Severity;
  /** Message in the language asked for, saying what happened and why. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** A stage's result: a value (possibly partial) and everything noticed on the way. */
export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Convert a 0-based column index to an Excel column letter (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The position part of a printed diagnostic: `file:line:col` or `file[sheet]!B7 (header)`. */
export function formatLocation(d: Location): string {
  if (d.sheet !== undefined || d.row !== undefined) {
    const cell = `${d.columnLetter ?? ''}${d.row ?? ''}`;
    const sheet = d.sheet !== undefined ? `${d.sheet}!` : '';
    const header = d.header ? ` (${d.header})` : '';
    return `${d.file ?? ''}${d.file ? ':' : ''}${sheet}${cell}${header}`;
  }
  if (d.line !== undefined) return `${d.file ?? ''}:${d.line}:${d.column ?? 1}`;
  return d.file ?? '';
}

/** Print a diagnostic as `path:line:col  severity  CODE  message` (docs/cli.md), hint on the next line. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${formatLocation(d)}  ${d.severity}  ${d.code}  ${d.message}`;
  return d.hint ? `${head}\n    ${d.hint}` : head;
}
