/**
 * Parse one rule file's bytes into plain data, keeping the YAML document so later stages can
 * point a diagnostic at the exact node (`file:line:col`). Hostile input ends in a diagnostic:
 * oversized files, non-UTF-8 bytes, alias bombs and runaway nesting never hang or throw.
 */
import { LineCounter, parseDocument } from 'yaml';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { CappedDiagnostics } from '../diagnostics/capped.ts';
import type { Location } from '../diagnostics/diagnostic.ts';
import { yamlErrorWords } from '../diagnostics/yaml-errors.ts';
import type { YamlSource } from '../diagnostics/yaml-position.ts';

/** Largest rule file accepted: a real 制度 version is tens of KB. */
export const MAX_RULE_FILE_BYTES = 2 * 1024 * 1024;
/** Most alias expansions accepted (rule files need none; this stops alias bombs). */
const MAX_ALIASES = 50;
/** Deepest nesting accepted. */
const MAX_DEPTH = 64;

/** A parsed rule file: its data and what is needed to locate nodes in it. */
export interface ParsedYaml extends YamlSource {
  data: unknown;
}

function depthOf(value: unknown, limit: number): number {
  const stack: [unknown, number][] = [[value, 1]];
  let max = 0;
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > limit) return max;
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** Decode and parse a rule file. `value` is undefined when nothing usable could be read. */
export function parseRuleBytes(
  bytes: Uint8Array,
  file: string,
): { value: ParsedYaml | undefined; diagnostics: CatalogueDiagnostic[] } {
  const at: Location = { file, line: 1, column: 1 };
  if (bytes.length > MAX_RULE_FILE_BYTES) {
    return { value: undefined, diagnostics: [diagnostic('RULES_TOO_LARGE', { size: bytes.length, max: MAX_RULE_FILE_BYTES }, at)] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { value: undefined, diagnostics: [diagnostic('RULES_NOT_UTF8', { offset }, at)] };
  }
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  } catch (e) {
    // Deep nesting can overflow the stack where the yaml package does not catch it.
    if (e instanceof RangeError) return { value: undefined, diagnostics: [diagnostic('YAML_TOO_DEEP', { max: MAX_DEPTH }, at)] };
    throw e;
  }
  // A stack overflow inside the composer surfaces under whatever code the failing step reports
  // (RESOURCE_EXHAUSTION, TAG_RESOLVE_FAILED …), depending on how deep the caller's stack already is.
  if (doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION' || e.message.includes('Maximum call stack size exceeded'))) {
    return { value: undefined, diagnostics: [diagnostic('YAML_TOO_DEEP', { max: MAX_DEPTH }, at)] };
  }
  // One broken line can make a thousand errors below it: at most LISTED_PER_CODE each (capped.ts).
  const capped = new CappedDiagnostics();
  for (const err of doc.errors) {
    const pos = lines.linePos(err.pos[0]);
    const where = { file, line: pos.line, column: pos.col };
    capped.add(
      err.code === 'DUPLICATE_KEY'
        ? diagnostic('YAML_DUPLICATE_KEY', { key: duplicateKeyAt(text, err.pos[0]) }, where)
        : diagnostic('YAML_SYNTAX', yamlErrorWords(err), where),
    );
  }
  const diagnostics = capped.finish();
  if (diagnostics.length) return { value: undefined, diagnostics };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (e instanceof RangeError) return { value: undefined, diagnostics: [diagnostic('YAML_TOO_DEEP', { max: MAX_DEPTH }, at)] };
    return { value: undefined, diagnostics: [diagnostic('YAML_ALIAS_LIMIT', {}, at)] };
  }
  if (depthOf(data, MAX_DEPTH) > MAX_DEPTH) {
    return { value: undefined, diagnostics: [diagnostic('YAML_TOO_DEEP', { max: MAX_DEPTH }, at)] };
  }
  return { value: { file, doc, lines, data }, diagnostics };
}

function duplicateKeyAt(text: string, offset: number): string {
  return text.slice(offset).match(/^\s*([^:\n]+?)\s*:/)?.[1] ?? '';
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails to decode; streaming mode tolerates a prefix
  // that merely ends mid-character.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
