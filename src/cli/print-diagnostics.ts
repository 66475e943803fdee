/** Print diagnostics for people (`path:line:col  severity  CODE  message`) in the chosen language. */
import { localize, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { formatDiagnostic, type Diagnostic, type Lang } from '../diagnostics/diagnostic.ts';
import { messages } from '../diagnostics/messages.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const COUNTS = messages({
  zh: { line: (errors: number, warnings: number) => `${errors} 个错误，${warnings} 个警告` },
  en: { line: (errors, warnings) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` },
});
import { plainText } from '../io/terminal-text.ts';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Diagnostics sorted by file, then position, then severity — the order a reader fixes them in. */
export function sortDiagnostics<D extends Diagnostic>(list: readonly D[]): D[] {
  return [...list].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? a.row ?? 0) - (b.line ?? b.row ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      ORDER[a.severity] - ORDER[b.severity],
  );
}

/** A diagnostic whose every text field is plain (io/terminal-text.ts): data in it cannot drive the terminal or fake a line. */
export function plainDiagnostic<D extends Diagnostic>(d: D): D {
  const clean = (v: string | undefined) => (v === undefined ? undefined : plainText(v));
  const out = { ...d, message: plainText(d.message) };
  for (const key of ['hint', 'file', 'sheet', 'header'] as const) if (d[key] !== undefined) out[key] = clean(d[key])!;
  return out;
}

/** Localised, sorted, formatted lines, with control and bidi characters of the data removed. */
export function formatDiagnostics(list: readonly Diagnostic[], lang: Lang): string[] {
  return sortDiagnostics(list).map((d) => formatDiagnostic(plainDiagnostic(localize(d, lang))));
}

/** Localised diagnostics as plain JSON objects (the `args` used for re-rendering are dropped). */
export function diagnosticsJson(list: readonly Diagnostic[], lang: Lang): Diagnostic[] {
  return sortDiagnostics(list).map((d) => {
    const { args: _args, ...rest } = localize(d, lang) as Diagnostic & { args?: unknown };
    return rest;
  });
}

/** How many problems `d` stands for: a DIAGNOSTICS_MORE summary all those it sums up (src/diagnostics/capped.ts). */
function problems(d: Diagnostic): number {
  const args = (d as Partial<CatalogueDiagnostic>).args;
  return d.code === 'DIAGNOSTICS_MORE' && typeof args?.count === 'number' ? args.count : 1;
}

/** `2 个错误，1 个警告` / `2 errors, 1 warning`, counting the problems summed up past the cap too. */
export function countLine(list: readonly Diagnostic[], lang: Lang): string {
  let e = 0;
  let w = 0;
  for (const d of list) {
    if (d.severity === 'error') e += problems(d);
    else if (d.severity === 'warning') w += problems(d);
  }
  return COUNTS[lang].line(e, w);
}
