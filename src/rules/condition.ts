/**
 * `when` conditions: does a case match, on what assumptions, and how to say the condition in plain
 * words (e.g. "when persons > 5" renders 超过5人). Pure and browser-safe.
 *
 * Empty cells are declared, never implicit (rules/AUTHORING.md "空白单元格"): a value test on an
 * empty field of EMPTYABLE_FIELDS holds only when the clock's `if_empty` says `assume` (and the
 * result says so in words), makes the case skipped when it says `skip`, and fails otherwise. Inside
 * a `not` an empty cell is never assumed: an empty cell is not the excluded value.
 */
import type { Lang } from '../diagnostics/diagnostic.ts';
import { messages } from '../diagnostics/messages.ts';
import {
  CONDITION_FIELDS,
  EMPTYABLE_FIELDS,
  type Condition,
  type ConditionField,
  type EmptyableField,
  type EventName,
  type IfEmpty,
  type Matcher,
} from './model.ts';
import { eventName } from './vocabulary.ts';

/** The case fields a condition can see (normalised: empty source = 直接, empty level = 一般, persons ≥ 1). */
export interface CaseFacts {
  channel?: string;
  source?: string;
  level?: string;
  category?: string;
  department?: string;
  persons?: number;
  forwarded_to?: string;
  subject?: string;
  signed?: string;
  diverted?: string;
  /** Recorded events: a key with a non-empty value is recorded. */
  events?: { readonly [E in EventName]?: unknown };
}

/** Maps category and department ids to their names (for words shown to people). */
export type NameOf = (id: string) => string;

/** The result of evaluating a condition on one case. */
export interface Evaluation {
  holds: boolean;
  /** Assumptions the result rests on, in Chinese (e.g. 类别未填，按申诉求决类计算); [] when none. Shared: copy before adding. */
  assumed: readonly string[];
  /** Set when the condition could not be decided because this field is empty and `if_empty` says skip. */
  skippedEmpty?: EmptyableField;
}

const FIELDS: ReadonlySet<string> = new Set(CONDITION_FIELDS);
const EMPTYABLE: ReadonlySet<string> = new Set(EMPTYABLE_FIELDS);

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

function matchOne(m: Matcher, v: string | number | undefined): boolean {
  if (Array.isArray(m)) return m.some((x) => String(x) === String(v));
  if (typeof m === 'string' || typeof m === 'number') return String(m) === String(v);
  if ('present' in m) return m.present === !isEmpty(v);
  if ('not' in m) return !matchOne(m.not, v);
  if (isEmpty(v)) return false;
  const n = Number(v);
  if (!Number.isFinite(n)) return false;
  return (
    (m.gt === undefined || n > m.gt) &&
    (m.gte === undefined || n >= m.gte) &&
    (m.lt === undefined || n < m.lt) &&
    (m.lte === undefined || n <= m.lte)
  );
}

/** True for a test that an empty cell cannot decide (a value, list or comparison; not present/not). */
export function isValueTest(m: Matcher): boolean {
  return typeof m !== 'object' || Array.isArray(m) || !('present' in m || 'not' in m);
}

const NONE: readonly string[] = Object.freeze([]);
const HOLDS: Evaluation = Object.freeze({ holds: true, assumed: NONE });
const FAILS: Evaluation = Object.freeze({ holds: false, assumed: NONE });

function evalField(field: ConditionField, m: Matcher, facts: CaseFacts, ifEmpty: IfEmpty | undefined, names?: NameOf): Evaluation {
  const v = facts[field];
  const treatment = ifEmpty && EMPTYABLE.has(field) ? ifEmpty[field as EmptyableField] : undefined;
  if (treatment && isEmpty(v) && isValueTest(m)) {
    if (treatment === 'skip') return { holds: false, assumed: NONE, skippedEmpty: field as EmptyableField };
    return { holds: true, assumed: [assumption(field, m, names)] };
  }
  return matchOne(m, v) ? HOLDS : FAILS;
}

/** One test of a condition object: a field, an event, or a combinator. */
function evalKey(key: string, test: unknown, facts: CaseFacts, ifEmpty: IfEmpty | undefined, names?: NameOf): Evaluation {
  if (key === 'all') return allOf(test as Condition[], facts, ifEmpty, names);
  if (key === 'any') return anyOf(test as Condition[], facts, ifEmpty, names);
  // Inside `not` an empty cell is never assumed: an empty cell is not the excluded value.
  if (key === 'not') return evaluate(test as Condition, facts, undefined, names).holds ? FAILS : HOLDS;
  if (FIELDS.has(key)) return evalField(key as ConditionField, test as Matcher, facts, ifEmpty, names);
  return (test as { present: boolean }).present === !isEmpty(facts.events?.[key as EventName]) ? HOLDS : FAILS;
}

/** Fold one part's result into an AND: a definite failure wins over a skip; assumptions are collected. */
class Conjunction {
  assumed: string[] | undefined;
  skipped: EmptyableField | undefined;
  failed = false;

  add(r: Evaluation): void {
    if (r.skippedEmpty) this.skipped ??= r.skippedEmpty;
    else if (!r.holds) this.failed = true;
    for (const a of r.assumed) if (!(this.assumed ??= []).includes(a)) this.assumed.push(a);
  }

  result(): Evaluation {
    if (this.failed) return FAILS;
    if (this.skipped) return { holds: false, assumed: NONE, skippedEmpty: this.skipped };
    return this.assumed ? { holds: true, assumed: this.assumed } : HOLDS;
  }
}

function allOf(conds: Condition[], facts: CaseFacts, ifEmpty: IfEmpty | undefined, names?: NameOf): Evaluation {
  const and = new Conjunction();
  for (const c of conds) {
    and.add(evaluate(c, facts, ifEmpty, names));
    if (and.failed) return FAILS;
  }
  return and.result();
}

/** One part holds (OR): prefer a branch that holds without assumptions; skip only if none holds. */
function anyOf(conds: Condition[], facts: CaseFacts, ifEmpty: IfEmpty | undefined, names?: NameOf): Evaluation {
  let assumedHit: Evaluation | undefined;
  let skipped: EmptyableField | undefined;
  for (const c of conds) {
    const r = evaluate(c, facts, ifEmpty, names);
    if (r.holds && r.assumed.length === 0) return HOLDS;
    if (r.holds) assumedHit ??= r;
    else if (r.skippedEmpty) skipped ??= r.skippedEmpty;
  }
  return assumedHit ?? (skipped ? { holds: false, assumed: NONE, skippedEmpty: skipped } : FAILS);
}

/**
 * Evaluate a condition on one case. No condition holds. `ifEmpty` is the clock's (window's, check's)
 * declared treatment of empty cells; `names` maps category and department ids to names for the
 * `assumed` sentences. Allocates nothing when the result rests on no assumption.
 */
export function evaluate(when: Condition | undefined, facts: CaseFacts, ifEmpty?: IfEmpty, names?: NameOf): Evaluation {
  if (!when) return HOLDS;
  let and: Conjunction | undefined;
  for (const key in when) {
    const test = (when as Record<string, unknown>)[key];
    if (test === undefined) continue;
    const r = evalKey(key, test, facts, ifEmpty, names);
    if (r === HOLDS) continue;
    if (r === FAILS) return FAILS;
    (and ??= new Conjunction()).add(r);
    if (and.failed) return FAILS;
  }
  return and ? and.result() : HOLDS;
}

/**
 * The recorded stop of a clock: the earliest of `any`, or the latest once every one of `all` is
 * recorded. `earlier(a, b)` orders two recorded values.
 */
export function stopValue<T>(
  stop: { mode: 'any' | 'all'; events: readonly EventName[] },
  events: { readonly [E in EventName]?: T | undefined },
  earlier: (a: T, b: T) => boolean,
): T | undefined {
  let best: T | undefined;
  for (const e of stop.events) {
    const v = events[e];
    if (isEmpty(v)) {
      if (stop.mode === 'all') return undefined;
      continue;
    }
    if (best === undefined || (stop.mode === 'any' ? earlier(v!, best) : earlier(best, v!))) best = v;
  }
  return best;
}

const FIELD_NAMES: Record<ConditionField, { zh: string; en: string }> = {
  channel: { zh: '来源方式', en: 'channel' },
  source: { zh: '来源', en: 'source' },
  level: { zh: '等级', en: 'level' },
  category: { zh: '类别', en: 'category' },
  department: { zh: '承办部门', en: 'department' },
  persons: { zh: '人数', en: 'persons' },
  forwarded_to: { zh: '转送单位', en: 'forwarded to' },
  subject: { zh: '被反映对象', en: 'subject' },
  signed: { zh: '是否署名', en: 'signed' },
  diverted: { zh: '分流', en: 'diverted' },
};

/** The field's name in words (its ledger column). */
export function fieldName(f: ConditionField, lang: Lang): string {
  return FIELD_NAMES[f][lang];
}

const VALUE_EN: Record<string, string> = {
  直接: 'direct', 交办: 'assigned', 转办: 'forwarded', 一般: 'normal', 重大: 'major', 紧急: 'urgent',
  来信: 'letter', 来访: 'visit', 来电: 'phone', 网上: 'online', 其他: 'other', 是: 'yes', 否: 'no',
};

type Comparison = 'gt' | 'gte' | 'lt' | 'lte';
const COMPARISONS: readonly Comparison[] = ['gt', 'gte', 'lt', 'lte'];
const COMPARE_ZH: Record<Comparison, string> = { gt: '大于', gte: '不少于', lt: '小于', lte: '不超过' };
const PERSONS_ZH: Record<Comparison, (n: number) => string> = {
  gt: (n) => `超过${n}人`, gte: (n) => `${n}人及以上`, lt: (n) => `少于${n}人`, lte: (n) => `${n}人及以下`,
};
const COMPARE_EN: Record<Comparison, string> = { gt: 'more than', gte: 'at least', lt: 'fewer than', lte: 'at most' };

/** The words of a condition in each language. */
const WORDS = messages({
  zh: {
    value: (v: string) => v,
    or: '或',
    and: '且',
    is: (f: string, v: string) => `${f}为${v}`,
    isNot: (f: string, v: string) => `${f}不是${v}`,
    present: (f: string) => `有${f}`,
    absent: (f: string) => `无${f}`,
    compare: (field: ConditionField, f: string, op: Comparison, n: number) => (field === 'persons' ? PERSONS_ZH[op](n) : `${f}${COMPARE_ZH[op]}${n}`),
    recorded: (e: string) => `已记录${e}`,
    notRecorded: (e: string) => `未记录${e}`,
    group: (s: string) => `（${s}）`,
    not: (s: string) => `并非${s}`,
    orClause: '，或',
    andClause: '，且',
  },
  en: {
    value: (v) => VALUE_EN[v] ?? v,
    or: ' or ',
    and: ' and ',
    is: (f, v) => `${f} is ${v}`,
    isNot: (f, v) => `${f} is not ${v}`,
    present: (f) => `${f} is given`,
    absent: (f) => `no ${f}`,
    compare: (_field, f, op, n) => `${f} ${COMPARE_EN[op]} ${n}`,
    recorded: (e) => `${e} recorded`,
    notRecorded: (e) => `no ${e}`,
    group: (s) => `(${s})`,
    not: (s) => `not ${s}`,
    orClause: ', or ',
    andClause: ', and ',
  },
});

function values(v: string | number | (string | number)[], lang: Lang, names?: NameOf): string {
  const w = WORDS[lang];
  return (Array.isArray(v) ? v : [v]).map((x) => w.value(names ? names(String(x)) : String(x))).join(w.or);
}

function namer(field: ConditionField, names?: NameOf): NameOf | undefined {
  return field === 'category' || field === 'department' ? names : undefined;
}

/** The sentence for an assumed empty cell, e.g. 类别未填，按申诉求决类计算 (also written into compiled SQL, src/sql/). */
export function assumption(field: ConditionField, m: Matcher, names?: NameOf): string {
  const f = FIELD_NAMES[field].zh;
  const what = typeof m !== 'object' || Array.isArray(m) ? values(m, 'zh', namer(field, names)) : describeField(field, m, 'zh', names);
  return `${f}未填，按${what}计算`;
}

function describeField(field: ConditionField, m: Matcher, lang: Lang, names?: NameOf): string {
  const f = FIELD_NAMES[field][lang];
  const w = WORDS[lang];
  const named = namer(field, names);
  if (typeof m === 'string' || typeof m === 'number' || Array.isArray(m)) return w.is(f, values(m, lang, named));
  if ('present' in m) return m.present ? w.present(f) : w.absent(f);
  if ('not' in m) return w.isNot(f, values(m.not, lang, named));
  return COMPARISONS.filter((k) => m[k] !== undefined)
    .map((k) => w.compare(field, f, k, m[k]!))
    .join(w.and);
}

function describeEvent(e: EventName, present: boolean, lang: Lang): string {
  const n = eventName(e, lang);
  return present ? WORDS[lang].recorded(n) : WORDS[lang].notRecorded(n);
}

/**
 * The condition in plain words, e.g. 来源为交办或转办，且超过5人. `names` maps category/department ids
 * to names. Nested combinators are bracketed.
 */
export function describeCondition(cond: Condition | undefined, lang: Lang, names?: NameOf): string {
  if (!cond) return '';
  const w = WORDS[lang];
  const group = (s: string, n: number) => (n > 1 ? w.group(s) : s);
  const out: string[] = [];
  for (const [key, test] of Object.entries(cond)) {
    if (test === undefined) continue;
    if (key === 'all' || key === 'any') {
      const list = test as Condition[];
      const alts = list.map((c) => group(describeCondition(c, lang, names), Object.keys(c).length));
      out.push(w.group(alts.join(key === 'any' ? w.orClause : w.andClause)));
    } else if (key === 'not') {
      const keys = Object.keys(test as Condition);
      const m = (test as Record<string, Matcher>)[keys[0]!];
      // One value test reads as the field's own negation: 是否署名不是否.
      if (keys.length === 1 && m !== undefined && FIELDS.has(keys[0]!) && (typeof m !== 'object' || Array.isArray(m))) {
        out.push(describeField(keys[0] as ConditionField, { not: m }, lang, names));
        continue;
      }
      const inner = describeCondition(test as Condition, lang, names);
      out.push(w.not(group(inner, keys.length)));
    } else if (FIELDS.has(key)) out.push(describeField(key as ConditionField, test as Matcher, lang, names));
    else out.push(describeEvent(key as EventName, (test as { present: boolean }).present, lang));
  }
  return out.join(w.andClause);
}

/** Whether a condition tests `field` anywhere (inside all/any/not too). */
export function testsField(cond: Condition | undefined, field: ConditionField): boolean {
  if (!cond) return false;
  return cond[field] !== undefined || [...(cond.all ?? []), ...(cond.any ?? [])].some((c) => testsField(c, field)) || testsField(cond.not, field);
}
