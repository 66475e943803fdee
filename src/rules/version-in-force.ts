/**
 * Which version of a rule set governs a date: the last one that took effect on or before it.
 * Versions are kept sorted by effective date (load-rulesets.ts sorts them), so a later version
 * never reaches back before its own effective date. One function for every stage: the compiler
 * (loaded rule files), the deadline/matrix commands, reports, the site and version selection.
 */

/** The version in force on `date` (YYYY-MM-DD), if any; `versions` ascending by effective date. */
export function versionInForce<V extends { effective_from: string }>(versions: readonly V[], date: string): V | undefined;
/** The same for versions whose effective date is read by `effectiveFrom` (e.g. loaded rule files). */
export function versionInForce<V>(versions: readonly V[], date: string, effectiveFrom: (v: V) => string): V | undefined;
export function versionInForce<V>(
  versions: readonly V[],
  date: string,
  effectiveFrom: (v: V) => string = (v) => (v as { effective_from: string }).effective_from,
): V | undefined {
  let found: V | undefined;
  for (const v of versions) if (effectiveFrom(v) <= date) found = v;
  return found;
}
