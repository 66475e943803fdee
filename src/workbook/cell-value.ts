/**
 * One field ↔ one cell. Lists are written with 顿号 (、), booleans as 是/否, enumerations by their
 * Chinese label, conditions in words (condition-text.ts), a clock's stop events by their labels
 * joined with 或 (the first of them) or 及 (all of them). Whatever the plain notation cannot carry
 * exactly is written as YAML flow text, which reads back unchanged — export → import is lossless.
 * A value that does not parse is passed through as text, so the schema check reports it with the
 * same code as in a YAML file (SCHEMA_TYPE, SCHEMA_ENUM) at this cell.
 */
import { parse as parseYaml, stringify } from 'yaml';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import type { Location } from '../diagnostics/diagnostic.ts';
import { yamlErrorWords } from '../diagnostics/yaml-errors.ts';
import { COLUMNS, COLUMN_BY_ALIAS } from '../ledger/columns.ts';
import type { Condition } from '../rules/model.ts';
import { closest } from '../rules/suggest.ts';
import { formatCondition, parseCondition } from './condition-text.ts';
import type { FieldSpec } from './layout.ts';
import { parseTimeText } from './time-text.ts';

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
/** Ledger columns by every name a 台账表头别名 cell may give them: Chinese name or alias. */
const LEDGER_COLUMN = new Map<string, string>(COLUMNS.flatMap((c) => [[c.zh, c.alias], [c.alias, c.alias]] as [string, string][]));
const plainList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x !== '' && !SEPARATORS.test(x) && !/^[[{]/.test(x) && !/[:：]/.test(x));

/** 台账表头别名 as words: `信访人：来访人姓名、来访人；联系电话：手机号码`. */
function aliasesText(value: unknown): string {
  const entries = value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
  if (!entries.length || !entries.every(([k, v]) => COLUMN_BY_ALIAS.has(k) && plainList(v))) return flow(value);
  return entries.map(([k, v]) => `${COLUMN_BY_ALIAS.get(k)!.zh}：${(v as string[]).join('、')}`).join('；');
}

/** Read 台账表头别名 words (or YAML, whose keys may be Chinese names too). */
function readAliases(t: string): CellRead {
  let pairs: [string, unknown][];
  if (t.startsWith('{')) {
    try {
      const v = parseYaml(t) as unknown;
      pairs = v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : [];
    } catch (e) {
      return { error: (at) => diagnostic('WORKBOOK_BAD_CELL', { value: t, ...yamlErrorWords(e) }, at) };
    }
  } else {
    pairs = t.split(/[;；\n]/).map((s) => s.trim()).filter(Boolean).map((clause) => {
      const m = /^([^:：=]+)[:：=](.*)$/.exec(clause);
      return m ? [m[1]!.trim(), m[2]!.split(SEPARATORS).map((x) => x.trim()).filter(Boolean)] : [clause, []];
    });
  }
  const out: Record<string, unknown> = {};
  for (const [name, names] of pairs) {
    const alias = LEDGER_COLUMN.get(name);
    if (!alias) {
      const known = COLUMNS.map((c) => c.zh);
      return { error: (at) => diagnostic('WORKBOOK_UNKNOWN_LEDGER_COLUMN', { value: name, suggestion: closest(name, known), known: known.join('、') }, at) };
    }
    out[alias] = names;
  }
  return { value: out };
}

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
    case 'aliases':
      return aliasesText(value);
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

/** Excel's last date serial, 9999-12-31: a number past it (or below 1) is read as text, which the schema's date format refuses. */
const MAX_DATE_SERIAL = 2_958_465;

/** Excel date serial → YYYY-MM-DD (serial 1 = 1900-01-01; UTC arithmetic, no time zone involved). */
function serialDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** Result of reading a cell: nothing, a value, or why it cannot be read (the diagnostic, given the cell). */
export type CellRead = { empty: true } | { value: unknown } | { error: (at: Location) => CatalogueDiagnostic };

/** A time cell: `HH:mm[-HH:mm]`, or 上午/下午 alone (the recurrence's words take it, complete-version.ts). */
function timeCell(v: string | number): CellRead {
  const r = parseTimeText(v);
  if ('problem' in r) return { error: (at) => diagnostic('WORKBOOK_BAD_TIME', { value: String(v), reason: r.problem }, at) };
  return { value: 'time' in r ? r.time : r.part };
}

/** Read a field value from a cell. */
export function fromCell(cell: RawCell | undefined, spec: FieldSpec): CellRead {
  if (!cell || cell.v === undefined || cell.v === null) return { empty: true };
  if (spec.kind === 'number' && typeof cell.v === 'number') return { value: cell.v };
  if (spec.kind === 'bool' && typeof cell.v === 'boolean') return { value: cell.v };
  if (spec.kind === 'date' && typeof cell.v === 'number' && cell.v >= 1 && cell.v <= MAX_DATE_SERIAL) return { value: serialDate(cell.v) };
  if (spec.kind === 'time' && typeof cell.v === 'number') return timeCell(cell.v);
  const text = typeof cell.v === 'string' ? cell.v : String(cell.v);
  if (text.trim() === '') return { empty: true };
  const t = text.trim();
  const yaml = (): CellRead => {
    try {
      return { value: parseYaml(t) as unknown };
    } catch (e) {
      return { error: (at) => diagnostic('WORKBOOK_BAD_CELL', { value: t, ...yamlErrorWords(e) }, at) };
    }
  };
  switch (spec.kind) {
    case 'bool':
      return { value: /^(是|true|TRUE|True|1|Y|y)$/.test(t) ? true : /^(否|false|FALSE|False|0|N|n)$/.test(t) ? false : t };
    case 'number':
      return { value: /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t };
    case 'condition': {
      const c = parseCondition(t);
      return 'value' in c ? { value: c.value } : { error: (at) => diagnostic('WORKBOOK_BAD_CONDITION', { value: t, reason: c.error }, at) };
    }
    case 'yaml':
      return yaml();
    case 'aliases':
      return readAliases(t);
    case 'time':
      return timeCell(t);
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
