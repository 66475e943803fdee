/**
 * Check a parsed rule file against the closed JSON Schema and map every ajv error back to the YAML
 * node at its instancePath — an unknown key points at that key, a missing key at its parent,
 * a wrong value at the value (never report just the top-level key).
 *
 * ajv gathers the errors of a `$ref` by `vErrors.concat(ref.errors)` (ajv/dist/vocabularies/core/ref.js),
 * copying all errors so far at every failing item: quadratic in the number of errors (300,000 wrong
 * list items took over a minute). So long lists are validated in pieces (`errorsAt`): the file with
 * each long list cut to its first LONG_LIST items, then every further item on its own against the
 * list's item schema, its errors' paths put back under the list.
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from './rules.schema.json' with { type: 'json' };
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { formWords, ruleWords, typeWords } from './schema-words.ts';
import { closest } from './suggest.ts';
import { type ParsedYaml } from './parse-yaml.ts';
import { locate, pointerToPath } from '../diagnostics/yaml-position.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function describe(err: ErrorObject): string {
  return (err.parentSchema as { description?: string } | undefined)?.description ?? '';
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
}

/**
 * Keep the most specific error per location: an `anyOf` failure hides the branch errors below it
 * (those whose schema path lies under the `anyOf`'s, at its place in the data or below).
 */
function pick(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfs = new Set<string>();
  for (const e of errors) if (e.keyword === 'anyOf') anyOfs.add(`${e.instancePath}|${e.schemaPath}`);
  const underAnyOf = (e: ErrorObject): boolean => {
    for (let at = e.schemaPath.indexOf('/anyOf/'); at >= 0; at = e.schemaPath.indexOf('/anyOf/', at + 1)) {
      const branch = e.schemaPath.slice(0, at + '/anyOf'.length);
      // The data place of the `anyOf` is this error's or one of its ancestors'.
      for (let place = e.instancePath; ; place = place.slice(0, place.lastIndexOf('/'))) {
        if (anyOfs.has(`${place}|${branch}`)) return true;
        if (!place) break;
      }
    }
    return false;
  };
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (underAnyOf(e)) return false;
    const k = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    return !seen.has(k) && (seen.add(k), true);
  });
}

/** The diagnostic of one schema error, at the YAML node of its instancePath. */
export function toDiagnostic(parsed: ParsedYaml, err: ErrorObject): CatalogueDiagnostic {
  const path = pointerToPath(err.instancePath);
  const description = describe(err);
  const value = valueAt(parsed.data, path);
  switch (err.keyword) {
    case 'additionalProperties': {
      const key = String(err.params.additionalProperty);
      const allowed = Object.keys((err.parentSchema as { properties?: object }).properties ?? {});
      return diagnostic(
        'SCHEMA_UNKNOWN_KEY',
        { key, suggestion: closest(key, allowed), allowed: allowed.join(', ') },
        locate(parsed, [...path, key], true),
      );
    }
    case 'required': {
      const key = String(err.params.missingProperty);
      const props = (err.parentSchema as { properties?: Record<string, { description?: string }> }).properties ?? {};
      return diagnostic('SCHEMA_MISSING_KEY', { key, description: props[key]?.description ?? '' }, locate(parsed, path));
    }
    case 'type':
      return diagnostic('SCHEMA_TYPE', { ...typeWords(String(err.params.type)), description }, locate(parsed, path));
    case 'enum':
      return diagnostic(
        'SCHEMA_ENUM',
        { value: String(value), allowed: (err.params.allowedValues as unknown[]).join(', ') },
        locate(parsed, path),
      );
    case 'pattern':
    case 'format': {
      const isDate = err.keyword === 'format' && err.params.format === 'date';
      // 2026-02-30 is written right: the day does not exist, which is a different mistake.
      const ymd = isDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value)) : null;
      if (ymd) return diagnostic('DATE_DOES_NOT_EXIST', { value: String(value), year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]) }, locate(parsed, path));
      return diagnostic('SCHEMA_FORMAT', { value: String(value), ...formWords(err), description }, locate(parsed, path));
    }
    default:
      return diagnostic('SCHEMA_INVALID', { ...ruleWords(err), description }, locate(parsed, path));
  }
}

/** Items of a list validated in one run of ajv; the rest one by one (see the top of this file). */
export const LONG_LIST = 256;

type SchemaNode = { $ref?: string; items?: unknown; properties?: Record<string, unknown>; additionalProperties?: unknown };
const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The schema node at a JSON pointer into rules.schema.json, `$ref`s followed: the node and its own pointer. */
function schemaAt(pointer: string): { node: SchemaNode; pointer: string } {
  let node: unknown = schema;
  for (const step of pointerToPath(pointer)) node = (node as Record<string, unknown>)[step];
  const ref = (node as SchemaNode).$ref;
  return ref?.startsWith('#/') ? schemaAt(ref.slice(1)) : { node: node as SchemaNode, pointer };
}

/** A list whose items past LONG_LIST are validated one by one against the schema at `itemPointer`. */
interface LongList {
  pointer: string;
  items: readonly unknown[];
  itemPointer: string;
}

/**
 * A copy of `data` (validated by the schema at `pointer`) with every long list cut to LONG_LIST items,
 * collecting the cut lists in `long`. Below a list or map whose schema is not plain (`anyOf` …) nothing
 * is cut, so each branch error stays in one run with its `anyOf` (see `pick`).
 */
function cut(data: unknown, pointer: string, at: string, long: LongList[]): unknown {
  if (!data || typeof data !== 'object') return data;
  const { node, pointer: own } = schemaAt(pointer);
  if (Array.isArray(data)) {
    if (!node.items || typeof node.items !== 'object') return data;
    const itemPointer = `${own}/items`;
    if (data.length > LONG_LIST) long.push({ pointer: at, items: data, itemPointer });
    const kept: unknown[] = [];
    for (let i = 0; i < Math.min(data.length, LONG_LIST); i++) kept.push(cut(data[i], itemPointer, `${at}/${i}`, long));
    return kept;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const where = `${at}/${escapePointer(key)}`;
    const sub = Object.hasOwn(node.properties ?? {}, key)
      ? `${own}/properties/${escapePointer(key)}`
      : node.additionalProperties && typeof node.additionalProperties === 'object'
        ? `${own}/additionalProperties`
        : undefined;
    // Defined, not assigned: a key `__proto__` stays a key (an unknown one) of the copy.
    Object.defineProperty(copy, key, { value: sub ? cut(value, sub, where, long) : value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** The errors of `data` against the schema at `pointer` ('' for a whole file), long lists validated in pieces. */
function errorsAt(data: unknown, pointer: string): ErrorObject[] {
  const long: LongList[] = [];
  const short = cut(data, pointer, '', long);
  const check = pointer ? ajv.getSchema(`${schema.$id}#${pointer}`)! : validate;
  const errors = check(short) ? [] : pick(check.errors ?? []);
  for (const list of long) {
    for (let i = LONG_LIST; i < list.items.length; i++) {
      for (const e of errorsAt(list.items[i], list.itemPointer)) errors.push({ ...e, instancePath: `${list.pointer}/${i}${e.instancePath}` });
    }
  }
  return errors;
}

/** Validate parsed data against the rule schema: the errors, the most specific one per place. */
export function schemaErrors(parsed: Pick<ParsedYaml, 'data'>): ErrorObject[] {
  return errorsAt(parsed.data, '');
}
