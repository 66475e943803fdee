/**
 * Positions in YAML sources: turn a data path (ajv's instancePath, or keys and indexes) into the
 * `line:column` of the node it names, so every diagnostic points at the offending node rather than
 * the top-level key (after eemeli/yaml's LineCounter).
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Location } from './diagnostic.ts';

/** A path into parsed data: keys and array indexes. */
export type DataPath = readonly (string | number)[];

/** A parsed YAML document with what is needed to locate its nodes. */
export interface YamlSource {
  /** Path of the file as shown to the user. */
  file: string;
  doc: Document;
  lines: LineCounter;
}

/** A JSON pointer (`/clocks/2/limit`, ajv's instancePath) as a data path. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Location of the node at `path`, or of its deepest existing ancestor when the path goes further
 * than the document (e.g. a missing key). With `key`, the key of the last step rather than its value.
 */
export function locate(source: YamlSource, path: DataPath, key = false): Location {
  let node: unknown = source.doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const [i, step] of path.entries()) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      next = pair && (key && i === path.length - 1 ? pair.key : pair.value ?? pair.key);
    } else if (isSeq(node) && typeof step === 'number') {
      next = node.items[step];
    }
    const range = (next as Node | undefined)?.range;
    if (!range) break;
    node = next;
    offset = range[0];
  }
  const pos = source.lines.linePos(offset);
  return { file: source.file, line: pos.line, column: pos.col };
}
