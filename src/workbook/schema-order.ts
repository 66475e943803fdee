/**
 * Put the keys of imported rule data in the order the JSON Schema lists them, which is the order
 * the hand-written rule files use — so an imported file reads like an authored one and diffs
 * against it cleanly.
 */
import schema from '../rules/rules.schema.json' with { type: 'json' };

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

function resolveRef(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace('#/$defs/', '');
  return resolveRef((schema as unknown as { $defs: Record<string, SchemaNode> }).$defs[name] ?? {});
}

function order(value: unknown, node: SchemaNode | undefined): unknown {
  const s = node ? resolveRef(node) : undefined;
  if (Array.isArray(value)) return value.map((v) => order(v, s?.items));
  if (!value || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const known = Object.keys(s?.properties ?? {});
  const keys = [...known.filter((k) => k in obj), ...Object.keys(obj).filter((k) => !known.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, order(obj[k], s?.properties?.[k])]));
}

/** A copy of rule data with keys in schema order (unknown keys last, in their own order). */
export function orderLikeSchema<T>(data: T): T {
  return order(data, schema as unknown as SchemaNode) as T;
}
