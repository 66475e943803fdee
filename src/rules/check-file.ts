/**
 * Every check of one rule file, in one round: the JSON Schema, then references, the language,
 * routing coverage and sanity — also when the schema found errors, so a bad value in one clock does
 * not hide a routing overlap elsewhere. Those later checks then see the file without what the schema
 * rejected (a list item with an error left out whole, any other rejected value removed, from the
 * data and the YAML document alike, so positions stay those of the file); a reference to a left-out
 * item's id is not reported, since the item exists and its own error says what is wrong with it.
 */
import type { CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { CappedDiagnostics } from '../diagnostics/capped.ts';
import { pointerToPath, type DataPath } from '../diagnostics/yaml-position.ts';
import { checkLanguage } from './check-language.ts';
import { checkReferences, type IdIndex } from './check-references.ts';
import { checkRouting } from './check-routing.ts';
import { checkSanity } from './check-sanity.ts';
import type { RuleFile } from './model.ts';
import type { ParsedYaml } from './parse-yaml.ts';
import { schemaErrors, toDiagnostic } from './validate-schema.ts';

type Node = Record<string | number, unknown>;

/** Deeper paths first, and later list items before earlier ones, so each cut leaves the others' paths valid. */
function laterFirst(a: DataPath, b: DataPath): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    if (a[k] === b[k]) continue;
    return typeof a[k] === 'number' && typeof b[k] === 'number' ? (b[k] as number) - (a[k] as number) : String(a[k]).localeCompare(String(b[k]));
  }
  return b.length - a.length;
}

/**
 * The file without what the schema rejected at `paths` — its data and its YAML document alike, so
 * positions found in it are those of the file — and the ids of the list items left out.
 */
function withoutRejected(parsed: ParsedYaml, paths: readonly DataPath[]): { source: ParsedYaml; rules: RuleFile; ids: Set<string> } {
  const data = structuredClone(parsed.data) as Node;
  const doc = parsed.doc.clone();
  const ids = new Set<string>();
  const cuts = new Map<string, DataPath>();
  for (const path of paths) {
    const item = path.findIndex((p) => typeof p === 'number');
    const cut = item >= 0 ? path.slice(0, item + 1) : path;
    if (cut.length) cuts.set(JSON.stringify(cut), cut);
  }
  for (const cut of [...cuts.values()].sort(laterFirst)) {
    const parent = cut.slice(0, -1).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Node)[k] : undefined), data);
    if (!parent || typeof parent !== 'object') continue;
    const key = cut[cut.length - 1]!;
    const gone = (parent as Node)[key] as { id?: unknown } | undefined;
    if (typeof key === 'number' && typeof gone?.id === 'string') ids.add(gone.id);
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Node)[key];
    doc.deleteIn(cut);
  }
  // What every later check may take for granted even when the schema rejected it.
  if (!data.organisation || typeof data.organisation !== 'object') data.organisation = {};
  const routing = data.routing as Node | undefined;
  if (routing && (typeof routing !== 'object' || !Array.isArray(routing.rules))) delete data.routing;
  return { source: { ...parsed, doc, data }, rules: data as unknown as RuleFile, ids };
}

/** The checks after the schema, on data the schema accepted. */
function semanticChecks(parsed: ParsedYaml, rules: RuleFile, out: CatalogueDiagnostic[]): IdIndex {
  const index = checkReferences(parsed, rules, out);
  checkLanguage(parsed, rules, out);
  checkRouting(parsed, rules, out);
  checkSanity(parsed, rules, out);
  return index;
}

/**
 * Check one parsed rule file, pushing its diagnostics to `out` — at most LISTED_PER_CODE of a code,
 * the rest summed up (src/diagnostics/capped.ts). Returns the rules and their id index when the
 * schema accepted the file (only then may it be compiled or compared with other files).
 */
export function checkRuleFile(parsed: ParsedYaml, out: CatalogueDiagnostic[]): { rules: RuleFile; index: IdIndex } | undefined {
  const capped = new CappedDiagnostics();
  const checked = checkAll(parsed, capped);
  for (const d of capped.finish()) out.push(d);
  return checked;
}

function checkAll(parsed: ParsedYaml, capped: CappedDiagnostics): { rules: RuleFile; index: IdIndex } | undefined {
  const errors = schemaErrors(parsed);
  for (const e of errors) capped.add(toDiagnostic(parsed, e));
  const later: CatalogueDiagnostic[] = [];
  if (!errors.length) {
    const rules = parsed.data as RuleFile;
    const index = semanticChecks(parsed, rules, later);
    for (const d of later) capped.add(d);
    return { rules, index };
  }
  // A file whose top level is no mapping (only comments, a list, a scalar) holds nothing a later check could read.
  if (!parsed.data || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) return undefined;
  // Unknown keys are dropped by no check: the item around one is otherwise sound.
  const rejected = errors.filter((e) => e.keyword !== 'additionalProperties').map((e) => pointerToPath(e.instancePath));
  const { source, rules, ids } = withoutRejected(parsed, rejected);
  semanticChecks(source, rules, later);
  for (const d of later) if (!(d.code === 'UNKNOWN_REFERENCE' && ids.has(String(d.args.id)))) capped.add(d);
  return undefined;
}
