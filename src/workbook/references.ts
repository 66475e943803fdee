/**
 * References in a workbook are written the way staff name things: a department or category by its
 * name, an article by its 条号 (第二十二条), a clock by its name. Import turns each name back into the
 * id the rule file uses; export writes the name wherever it names one item only, so the cells, and
 * the dropdowns offering the names (write-workbook.ts), read as Chinese. An id is always accepted
 * too, and a name that names nothing is left as written for the reference check to report.
 */
import type { Condition, RuleFile } from '../rules/model.ts';
import type { DataPath } from '../diagnostics/yaml-position.ts';
import type { RefKind } from './layout.ts';

/** Where each kind of item lives (rule-file list, workbook sheet), and which of its fields staff call it by. */
export const REFERENCED: Record<RefKind, { list: string; sheet: string; label: string }> = {
  department: { list: 'departments', sheet: '部门', label: 'name' },
  category: { list: 'categories', sheet: '事项类别', label: 'name' },
  article: { list: 'articles', sheet: '条文', label: 'number' },
  clock: { list: 'clocks', sheet: '时限', label: 'name' },
  window: { list: 'windows', sheet: '期限', label: 'name' },
};
const KINDS = Object.keys(REFERENCED) as RefKind[];
/** A name a cell could not carry back unchanged (a list separator, a condition operator, YAML): such an item is written by id. */
const UNWRITABLE = /[、,，;；/=≠<>!:：\n]|^[[{]/;

/** Ids of one kind, and its labels that name exactly one item (and are no item's id). */
interface Names {
  ids: Set<string>;
  byLabel: Map<string, string>;
  byId: Map<string, string>;
}

function names(data: Record<string, unknown>, kind: RefKind): Names {
  const { list, label } = REFERENCED[kind];
  const items = (Array.isArray(data[list]) ? data[list] : []) as Record<string, unknown>[];
  const ids = new Set(items.flatMap((x) => (typeof x.id === 'string' ? [x.id] : [])));
  const count = new Map<string, number>();
  for (const x of items) if (typeof x[label] === 'string') count.set(x[label], (count.get(x[label]) ?? 0) + 1);
  const byLabel = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const x of items) {
    const l = x[label];
    if (typeof l !== 'string' || typeof x.id !== 'string' || count.get(l) !== 1 || ids.has(l) || l.trim() === '') continue;
    byLabel.set(l.trim(), x.id);
    if (l.trim() === l && !UNWRITABLE.test(l)) byId.set(x.id, l);
  }
  return { ids, byLabel, byId };
}

/** Map a reference value (one name, a list, or a condition's category/department values) through `f`. */
function mapValue(value: unknown, kind: RefKind | 'condition', f: (kind: RefKind, s: string) => string): unknown {
  if (kind !== 'condition') {
    if (typeof value === 'string') return f(kind, value);
    return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? f(kind, v) : v)) : value;
  }
  return mapCondition(value as Condition, f);
}

function mapMatcher(m: unknown, kind: RefKind, f: (kind: RefKind, s: string) => string): unknown {
  if (m && typeof m === 'object' && !Array.isArray(m) && 'not' in m) return { ...m, not: mapValue((m as { not: unknown }).not, kind, f) };
  return mapValue(m, kind, f);
}

function mapCondition(cond: Condition | undefined, f: (kind: RefKind, s: string) => string): unknown {
  if (!cond || typeof cond !== 'object') return cond;
  return Object.fromEntries(
    Object.entries(cond).map(([k, m]) => {
      if (k === 'all' || k === 'any') return [k, Array.isArray(m) ? m.map((c) => mapCondition(c as Condition, f)) : m];
      if (k === 'not') return [k, mapCondition(m as Condition, f)];
      if (k === 'category' || k === 'department') return [k, mapMatcher(m, k, f)];
      return [k, m];
    }),
  );
}

const getAt = (root: unknown, path: DataPath): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), root);

function setAt(root: Record<string, unknown>, path: DataPath, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown> | undefined;
  if (parent && typeof parent === 'object') parent[path[path.length - 1]!] = value;
}

/** Import: every name in a reference cell of `data` becomes the id it names. */
export function resolveNames(data: Record<string, unknown>, refs: readonly { path: DataPath; kind: RefKind | 'condition' }[]): void {
  const all = Object.fromEntries(KINDS.map((k) => [k, names(data, k)])) as Record<RefKind, Names>;
  const toId = (kind: RefKind, s: string) => (all[kind].ids.has(s) ? s : (all[kind].byLabel.get(s.trim()) ?? s));
  for (const ref of refs) {
    const value = getAt(data, ref.path);
    if (value !== undefined) setAt(data, ref.path, mapValue(value, ref.kind, toId));
  }
}

/** Export: a function writing a reference of one version by its name, where the name is unambiguous. */
export function nameReferences(rules: RuleFile): (value: unknown, kind: RefKind | 'condition') => unknown {
  const data = rules as unknown as Record<string, unknown>;
  const all = Object.fromEntries(KINDS.map((k) => [k, names(data, k)])) as Record<RefKind, Names>;
  const toName = (kind: RefKind, s: string) => all[kind].byId.get(s) ?? s;
  return (value, kind) => mapValue(value, kind, toName);
}
