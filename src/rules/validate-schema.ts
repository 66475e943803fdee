/**
 * Check a parsed rule file against the closed JSON Schema and map every ajv error back to the YAML
 * node at its instancePath — an unknown key points at that key, a missing key at its parent,
 * a wrong value at the value (never report just the top-level key).
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

/** Keep the most specific error per location: an `anyOf` failure hides the branch errors below it. */
function pick(errors: ErrorObject[]): ErrorObject[] {
  const branchPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath));
  const kept = errors.filter((e) => ![...branchPaths].some((p) => e.schemaPath.startsWith(p + '/') ));
  const seen = new Set<string>();
  return kept.filter((e) => {
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

/** Validate parsed data against the rule schema: the errors, the most specific one per place. */
export function schemaErrors(parsed: ParsedYaml): ErrorObject[] {
  if (validate(parsed.data)) return [];
  return pick(validate.errors ?? []);
}
