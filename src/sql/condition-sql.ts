/**
 * A `when` condition as SQL (src/rules/condition.ts is the reference): a boolean that holds, and
 * the assumptions it rests on, each a fixed sentence behind a guard. Empty cells follow the
 * clock's `if_empty` exactly as `evaluate` does: a value test on an empty EMPTYABLE field holds
 * (`assume`, with its sentence) or fails (`skip`); inside `not` an empty cell is never assumed; of
 * `any`, a branch holding without an assumption wins, else the first holding branch's assumptions.
 */
import { CONDITION_FIELDS, EMPTYABLE_FIELDS, type Condition, type ConditionField, type EmptyableField, type EventName, type IfEmpty, type Matcher } from '../rules/model.ts';
import { assumption, fieldName, isValueTest, type NameOf } from '../rules/condition.ts';
import type { SqlFeature } from './codes.ts';
import { quote } from './dialect.ts';

/** One assumption: its sentence, stated when `guard` holds (and the condition does). */
export interface GuardedText {
  guard: string;
  text: string;
}

/** A condition compiled: `holds` is a SQL boolean (never NULL); `assumed` its guarded sentences. */
export interface ConditionSql {
  holds: string;
  assumed: GuardedText[];
}

/** How the compiled condition names a case's columns. */
export interface ConditionColumns {
  /** The column of a condition field (category and department resolved to ids). */
  field: (f: ConditionField) => string;
  /** The column of an event (NULL when not recorded). */
  event: (e: EventName) => string;
  /** Called for a test the compiler cannot express; the returned SQL is never run. */
  refuse: (feature: SqlFeature) => string;
}

const FIELDS: ReadonlySet<string> = new Set(CONDITION_FIELDS);
const EMPTYABLE: ReadonlySet<string> = new Set(EMPTYABLE_FIELDS);
const TRUE: ConditionSql = { holds: 'TRUE', assumed: [] };

const literal = (v: string | number) => quote(String(v));
const or = (parts: string[]) => (parts.length === 0 ? 'FALSE' : parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`);
const and = (parts: string[]) => (parts.length === 0 ? 'TRUE' : parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`);

/** `matchOne` of src/rules/condition.ts: the value as text against the matcher; NULL never matches a value. */
function match(m: Matcher, v: string, field: ConditionField, cols: ConditionColumns): string {
  // persons is an integer column; every other field is text, compared as String(v) is.
  const asText = field === 'persons' ? `CAST(${v} AS VARCHAR)` : v;
  if (Array.isArray(m)) return `COALESCE(${asText} IN (${m.map(literal).join(', ')}), FALSE)`;
  if (typeof m === 'string' || typeof m === 'number') return `COALESCE(${asText} = ${literal(m)}, FALSE)`;
  if ('present' in m) return `(${v} IS ${m.present ? 'NOT ' : ''}NULL)`;
  if ('not' in m) return `(NOT ${match(m.not, v, field, cols)})`;
  if (field !== 'persons') return cols.refuse({ zh: `对${fieldName(field, 'zh')}的大小比较`, en: `comparison on ${fieldName(field, 'en')}` });
  const ops: [number | undefined, string][] = [[m.gt, '>'], [m.gte, '>='], [m.lt, '<'], [m.lte, '<=']];
  const tests = ops.filter(([n]) => n !== undefined).map(([n, op]) => `${v} ${op} ${n}`);
  return `COALESCE(${and(tests)}, FALSE)`;
}

function fieldTest(field: ConditionField, m: Matcher, ifEmpty: IfEmpty | undefined, cols: ConditionColumns, names?: NameOf): ConditionSql {
  const v = cols.field(field);
  const treatment = ifEmpty && EMPTYABLE.has(field) ? ifEmpty[field as EmptyableField] : undefined;
  const test = match(m, v, field, cols);
  if (!treatment || !isValueTest(m)) return { holds: test, assumed: [] };
  if (treatment === 'skip') return { holds: `(${v} IS NOT NULL AND ${test})`, assumed: [] };
  return { holds: `(${v} IS NULL OR ${test})`, assumed: [{ guard: `${v} IS NULL`, text: assumption(field, m, names) }] };
}

/** AND of parts: holds when all do; their assumptions together, each sentence once (first place). */
function conjunction(parts: ConditionSql[]): ConditionSql {
  const assumed: GuardedText[] = [];
  for (const p of parts) {
    for (const a of p.assumed) {
      const same = assumed.findIndex((x) => x.text === a.text);
      if (same < 0) assumed.push(a);
      else assumed[same] = { text: a.text, guard: `(${assumed[same]!.guard} OR ${a.guard})` };
    }
  }
  return { holds: and(parts.map((p) => p.holds)), assumed };
}

/** OR of parts (`anyOf`): a branch that holds without assumptions wins; else the first that holds. */
function disjunction(parts: ConditionSql[]): ConditionSql {
  const clean = (p: ConditionSql) => (p.assumed.length ? `(${p.holds} AND NOT ${or(p.assumed.map((a) => a.guard))})` : p.holds);
  const anyClean = or(parts.map(clean));
  const assumed: GuardedText[] = [];
  parts.forEach((p, i) => {
    const earlier = parts.slice(0, i).map((q) => q.holds);
    for (const a of p.assumed) {
      assumed.push({ text: a.text, guard: and([`NOT ${anyClean}`, p.holds, a.guard, ...earlier.map((h) => `NOT ${h}`)]) });
    }
  });
  return { holds: or(parts.map((p) => p.holds)), assumed };
}

/** Compile a condition (absent: always holds). `names` maps category ids to names for the sentences. */
export function conditionSql(when: Condition | undefined, ifEmpty: IfEmpty | undefined, cols: ConditionColumns, names?: NameOf): ConditionSql {
  if (!when) return TRUE;
  const parts: ConditionSql[] = [];
  for (const [key, test] of Object.entries(when)) {
    if (test === undefined) continue;
    if (key === 'all') parts.push(conjunction((test as Condition[]).map((c) => conditionSql(c, ifEmpty, cols, names))));
    else if (key === 'any') parts.push(disjunction((test as Condition[]).map((c) => conditionSql(c, ifEmpty, cols, names))));
    // Inside `not` an empty cell is never assumed: an empty cell is not the excluded value.
    else if (key === 'not') parts.push({ holds: `(NOT ${conditionSql(test as Condition, undefined, cols, names).holds})`, assumed: [] });
    else if (FIELDS.has(key)) parts.push(fieldTest(key as ConditionField, test as Matcher, ifEmpty, cols, names));
    else parts.push({ holds: `(${cols.event(key as EventName)} IS ${(test as { present: boolean }).present ? 'NOT ' : ''}NULL)`, assumed: [] });
  }
  return conjunction(parts);
}
