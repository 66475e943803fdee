/**
 * Address a version of a rule set the way people do: by its effective date (`2022-05-01`), by its
 * file name (`2022-05-01.yaml`), or by any date on which it was in force.
 */
import type { CompiledRuleSet, CompiledVersion } from '../rules/compiled.ts';
import { versionInForce } from '../rules/version-in-force.ts';

/** Normalise `2022-05-01.yaml`, `2022-5-1` or `2022/05/01` to `2022-05-01`; undefined when not a date. */
export function versionKey(text: string): string | undefined {
  const name = /\.ya?ml$/.test(text) ? text.trim().replace(/^.*\//, '') : text.trim();
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\.ya?ml)?$/.exec(name);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

/** The version named by `text`: exact effective date first, else the version in force on that date. */
export function selectVersion<V extends Pick<CompiledVersion, 'effective_from'>>(versions: readonly V[], text: string): V | undefined {
  const key = versionKey(text);
  if (!key) return undefined;
  const exact = versions.find((v) => v.effective_from === key);
  if (exact) return exact;
  return versionInForce(versions, key);
}

/** The version before `v` (what a revision of `v` is compared with). */
export function previousVersion<V extends Pick<CompiledVersion, 'effective_from'>>(versions: readonly V[], v: V): V | undefined {
  const i = versions.indexOf(v);
  return i > 0 ? versions[i - 1] : undefined;
}

/**
 * One version per document (rule file) of a rule set, as issued: a version that exists only because
 * a parent rule set changed is the same document, so it is not listed, and each document's
 * `superseded_on` is the day the next document takes effect (not the day its parent changed).
 */
export function documentVersions(set: CompiledRuleSet): CompiledVersion[] {
  const heads = set.versions.filter((v, i) => i === 0 || set.versions[i - 1]!.document_version !== v.document_version);
  return heads.map((v, i) => {
    const { superseded_on: _segmentEnd, ...rest } = v;
    const next = heads[i + 1];
    return next ? { ...rest, superseded_on: next.document_version } : rest;
  });
}
