/**
 * One field ↔ one cell. Lists are written with 顿号 (、), booleans as 是/否, enumerations by their
 * Chinese label, conditions in words (condition-text.ts), a clock's stop events by their labels
 * joined with 或 (the first of them) or 及 (all of them). Whatever the plain notation cannot carry
 * exactly is written as YAML flow text, which reads back unchanged — export → import is lossless.
 * A value that does not parse is passed through as text, so the schema check reports it with the
 * same code as in a YAML file (SCHEMA_TYPE, SCHEMA_ENUM) at this cell.
 */
import { parse as parseYaml, stringify } from 'yaml';
import type { Condition } from '../rules/model.ts';
import { formatCondition, parseCondition } from './condition-text.ts';
import type { FieldSpec } from './layout.ts';

/** A cell as SheetJS gives it: its type letter and raw value. */
export interface RawCell {
  t?: string;
  v?: unknown;
}

const SEPARATORS = /[、,，;；\n]/;
/** Joiners of stop events: 答复日期或办结日期 (the first of them), 告知日期及报告日期 (all of them). */
const STOP_ANY = '或';
const STOP_ALL = '及';
const flow = (v: unknown): string => stringify(v, { collectionStyle: 'flow', lineWidth: 0 }).trim();

/** The cell content for a field value (undefined = leave the cell empty). */
export function toCell(value: unknown, spec: FieldSpec): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  switch (spec.kind) {
    case 'bool':
      return typeof value === 'boolean' ? (value ? '是' : '否') : String(value);
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'condition':
      return formatCondition(value as Condition);
    case 'yaml':
      return flow(value);
    case 'stop': {
      const label = (e: unknown) => spec.labels?.find(([stored]) => stored === e)?.[1] ?? String(e);
      if (typeof value === 'string') return label(value);
      const o = value as { any?: unknown[]; all?: unknown[] };
      const events = o.any ?? o.all;
      const plain = Array.isArray(events) && Object.keys(o).length === 1 && events.every((e) => typeof e === 'string' && spec.labels?.some(([stored]) => stored === e));
      return plain ? events.map(label).join(o.any ? STOP_ANY : STOP_ALL) : flow(value);
    }
    case 'list':
    case 'one-or-list': {
      if (!Array.isArray(value)) return String(value);
      const plain = value.every((x) => typeof x === 'string' && x !== '' && !SEPARATORS.test(x) && !x.startsWith('['));
      if (!plain || (spec.kind === 'one-or-list' && value.length === 1) || value.length === 0) return flow(value);
      return value.join('、');
    }
    default: {
      const text = String(value);
      return spec.labels?.find(([stored]) => stored === text)?.[1] ?? text;
    }
  }
}

/** Excel date serial → YYYY-MM-DD (serial 1 = 1900-01-01; UTC arithmetic, no time zone involved). */
function serialDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** Result of reading a cell: nothing, a value, or why it cannot be read (with the WORKBOOK_* code). */
export type CellRead = { empty: true } | { value: unknown } | { code: 'WORKBOOK_BAD_CONDITION' | 'WORKBOOK_BAD_CELL'; text: string; reason: string };

/** Read a field value from a cell. */
export function fromCell(cell: RawCell | undefined, spec: FieldSpec): CellRead {
  if (!cell || cell.v === undefined || cell.v === null) return { empty: true };
  if (spec.kind === 'number' && typeof cell.v === 'number') return { value: cell.v };
  if (spec.kind === 'bool' && typeof cell.v === 'boolean') return { value: cell.v };
  if (spec.kind === 'date' && typeof cell.v === 'number') return { value: serialDate(cell.v) };
  const text = typeof cell.v === 'string' ? cell.v : String(cell.v);
  if (text.trim() === '') return { empty: true };
  const t = text.trim();
  const yaml = (): CellRead => {
    try {
      return { value: parseYaml(t) as unknown };
    } catch (e) {
      return { code: 'WORKBOOK_BAD_CELL', text: t, reason: (e as Error).message.split('\n')[0]! };
    }
  };
  switch (spec.kind) {
    case 'bool':
      return { value: /^(是|true|TRUE|True|1|Y|y)$/.test(t) ? true : /^(否|false|FALSE|False|0|N|n)$/.test(t) ? false : t };
    case 'number':
      return { value: /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t };
    case 'condition': {
      const c = parseCondition(t);
      return 'value' in c ? { value: c.value } : { code: 'WORKBOOK_BAD_CONDITION', text: t, reason: c.error };
    }
    case 'yaml':
      return yaml();
    case 'stop': {
      if (t.startsWith('{')) return yaml();
      const stored = (l: string) => spec.labels?.find(([, label]) => label === l.trim())?.[0] ?? l.trim();
      if (t.includes(STOP_ANY)) return { value: { any: t.split(STOP_ANY).map(stored) } };
      if (t.includes(STOP_ALL)) return { value: { all: t.split(STOP_ALL).map(stored) } };
      return { value: stored(t) };
    }
    case 'list':
    case 'one-or-list': {
      if (t.startsWith('[')) return yaml();
      const items = t.split(SEPARATORS).map((s) => s.trim()).filter(Boolean);
      return { value: spec.kind === 'one-or-list' && items.length === 1 ? items[0] : items };
    }
    case 'date':
      return { value: t };
    default:
      return { value: spec.labels?.find(([, label]) => label === t)?.[0] ?? text };
  }
}
