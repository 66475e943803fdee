/**
 * `xinfang import FILE --out DIR` as one pure step: workbook bytes → the rule files to write and
 * every problem found, at its `sheet!cell`. A missing column reported both as a warning (structure)
 * and as a SCHEMA_MISSING_KEY error at the same place is shown once, as the error.
 */
import type { CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { formatLocation } from '../diagnostics/diagnostic.ts';
import { checkWorkbookVersions, type ImportedFile } from './check-workbook.ts';
import { completeVersions } from './complete-version.ts';
import { readRulesWorkbook } from './read-workbook.ts';

/** Files to write (write them only when no diagnostic is an error) and the diagnostics. */
export function importRulesWorkbook(bytes: Uint8Array, file: string, outDir: string): { files: ImportedFile[]; diagnostics: CatalogueDiagnostic[] } {
  const read = readRulesWorkbook(bytes, file);
  completeVersions(read.versions, read.diagnostics);
  const checked = checkWorkbookVersions(read.versions, outDir, file);
  const all = [...read.diagnostics, ...checked.diagnostics];
  const errorAt = new Set(all.filter((d) => d.severity === 'error').map((d) => formatLocation(d)));
  const seen = new Set<string>();
  const diagnostics = all.filter((d) => {
    if (d.severity !== 'error' && errorAt.has(formatLocation(d))) return false;
    // One deleted column makes every row miss the key: report it once, at the header.
    const k = `${d.code}|${formatLocation(d)}|${d.message}`;
    return !seen.has(k) && (seen.add(k), true);
  });
  return { files: checked.files, diagnostics };
}
