/**
 * Semantic checks of one rule file after the schema passed: duplicate ids, references to
 * departments / categories / articles / clocks, time limits, condition values, RRULEs and
 * appraisal weights. Routing coverage lives in check-routing.ts; cross-file checks
 * (versions, extends) in load-rulesets.ts.
 */
import { parseDay } from '../calendar/day.ts';
import { checkedRrule } from '../recurrence/occurs.ts';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { canExtend } from '../deadlines/compute.ts';
import { parseLimit } from '../deadlines/limit.ts';
import { CHANNELS, SIGNED, SOURCES, type Condition, type RuleFile } from './model.ts';
import { type ParsedYaml } from './parse-yaml.ts';
import { locate, type DataPath } from '../diagnostics/yaml-position.ts';
import { closest, firstFew, suggestBudget, type SuggestBudget } from './suggest.ts';
import { checkContacts } from './check-contacts.ts';

type Kind = 'department' | 'category' | 'article' | 'clock' | 'window';
const KIND_ZH: Record<Kind, string> = { department: '部门', category: '事项类别', article: '条文', clock: '时限', window: '期限' };

/** Ids defined in a file, by kind. */
export type IdIndex = Record<Kind, Set<string>>;

/** Collect ids and report duplicates (each duplicate at its second occurrence). */
function indexIds(parsed: ParsedYaml, rules: RuleFile, out: CatalogueDiagnostic[]): IdIndex {
  const lists: [Kind, string, { id: string }[] | undefined][] = [
    ['department', 'departments', rules.departments],
    ['category', 'categories', rules.categories],
    ['article', 'articles', rules.articles],
    ['clock', 'clocks', rules.clocks],
    ['window', 'windows', rules.windows],
    ['clock', 'reception', rules.reception],
    ['clock', 'schedules', rules.schedules],
  ];
  const index: IdIndex = { department: new Set(), category: new Set(), article: new Set(), clock: new Set(), window: new Set() };
  const firstLines = new Map<string, number>();
  for (const [kind, key, list] of lists) {
    (list ?? []).forEach((item, i) => {
      const where = locate(parsed, [key, i, 'id']);
      const k = `${key}:${item.id}`;
      if (firstLines.has(k)) {
        out.push(diagnostic('DUPLICATE_ID', { id: item.id, kind, kindZh: KIND_ZH[kind], firstLine: firstLines.get(k)! }, where));
      } else firstLines.set(k, where.line ?? 0);
      if (key !== 'reception' && key !== 'schedules') index[kind].add(item.id);
    });
  }
  return index;
}

/** Report a reference to an id that is not defined. `parentArticles` allows `ruleset:article` refs. */
function checkRef(
  parsed: ParsedYaml,
  out: CatalogueDiagnostic[],
  index: IdIndex,
  budget: SuggestBudget,
  kind: Kind,
  id: string | undefined,
  path: DataPath,
  parentRuleset?: string,
): void {
  if (id === undefined) return;
  if (kind === 'article' && id.includes(':')) {
    const [ruleset] = id.split(':');
    if (ruleset === parentRuleset) return; // resolved against the parent's articles by load-rulesets
  }
  if (index[kind].has(id)) return;
  const known = index[kind];
  out.push(
    diagnostic(
      'UNKNOWN_REFERENCE',
      { id, kind, kindZh: KIND_ZH[kind], suggestion: closest(id, known, budget), known: firstFew(known, 12) },
      locate(parsed, path),
    ),
  );
}

function checkLimit(parsed: ParsedYaml, out: CatalogueDiagnostic[], value: string | undefined, path: DataPath): void {
  if (value === undefined) return;
  const r = parseLimit(value);
  if ('error' in r) out.push(diagnostic('INVALID_LIMIT', { value, reason: r.error }, locate(parsed, path)));
}

/** Values a field can have (levels, which a rule set may add to, are checked in check-language.ts). */
const ALLOWED: Partial<Record<string, readonly string[]>> = { channel: CHANNELS, source: SOURCES, signed: SIGNED };

function checkCondition(parsed: ParsedYaml, out: CatalogueDiagnostic[], index: IdIndex, budget: SuggestBudget, cond: Condition | undefined, path: DataPath): void {
  if (!cond) return;
  for (const [field, m] of Object.entries(cond)) {
    if (field === 'all' || field === 'any') {
      (m as Condition[]).forEach((c, i) => checkCondition(parsed, out, index, budget, c, [...path, field, i]));
      continue;
    }
    if (field === 'not') {
      checkCondition(parsed, out, index, budget, m as Condition, [...path, 'not']);
      continue;
    }
    const raw = typeof m === 'object' && m !== null && !Array.isArray(m) && 'not' in m ? m.not : m;
    const list = typeof raw === 'object' && !Array.isArray(raw) ? [] : Array.isArray(raw) ? raw : [raw];
    list.forEach((v, i) => {
      const p = [...path, field, ...(Array.isArray(m) ? [i] : typeof m === 'object' ? ['not'] : [])];
      const allowed = ALLOWED[field];
      if (allowed && !allowed.includes(String(v))) {
        out.push(diagnostic('INVALID_CONDITION_VALUE', { field, value: String(v), allowed: allowed.join('、') }, locate(parsed, p)));
      }
      if (field === 'category') checkRef(parsed, out, index, budget, 'category', String(v), p);
      if (field === 'department') checkRef(parsed, out, index, budget, 'department', String(v), p);
    });
  }
}

/** Our own RRULE checks (recurrence/occurs.ts); rrule.js only ever sees a rule that passed them. */
function checkRrule(parsed: ParsedYaml, out: CatalogueDiagnostic[], rrule: string, start: string, path: DataPath): void {
  // `start` is schema-checked (format: date).
  for (const p of checkedRrule(rrule, parseDay(start)!).problems) out.push(diagnostic(p.code, p.args, locate(parsed, path)));
}

/**
 * Whether the organisation publishes a real way to reach it (rules/AUTHORING.md: a placeholder is not a
 * contact), so a public guide that can only say 待补充 is flagged before it is published.
 */
export function reachable(o: RuleFile['organisation']): boolean {
  const real = (field: 'address' | 'website' | 'email') => o[field] !== undefined && !(o.placeholders ?? []).includes(field);
  const phone = !(o.placeholders ?? []).includes('phones') && (o.phones ?? []).some((p) => !p.placeholder);
  return phone || real('address') || real('website') || real('email');
}

/** All single-file semantic checks except routing coverage. Returns the id index for later checks. */
export function checkReferences(parsed: ParsedYaml, rules: RuleFile, out: CatalogueDiagnostic[]): IdIndex {
  const index = indexIds(parsed, rules, out);
  const budget = suggestBudget();
  const parent = rules.extends?.ruleset;
  const art = (id: string | undefined, path: DataPath) => checkRef(parsed, out, index, budget, 'article', id, path, parent);
  const dept = (id: string | undefined, path: DataPath) => checkRef(parsed, out, index, budget, 'department', id, path);

  rules.departments?.forEach((d, i) => art(d.basis, ['departments', i, 'basis']));
  rules.categories?.forEach((c, i) => art(c.basis, ['categories', i, 'basis']));
  rules.routing?.rules.forEach((r, i) => {
    const p = ['routing', 'rules', i];
    const cats = r.category === undefined ? [] : Array.isArray(r.category) ? r.category : [r.category];
    cats.forEach((c, j) => checkRef(parsed, out, index, budget, 'category', c, Array.isArray(r.category) ? [...p, 'category', j] : [...p, 'category']));
    dept(r.lead, [...p, 'lead']);
    r.assist?.forEach((a, j) => dept(a, [...p, 'assist', j]));
    dept(r.approver, [...p, 'approver']);
    dept(r.supervisor, [...p, 'supervisor']);
    art(r.basis, [...p, 'basis']);
    checkCondition(parsed, out, index, budget, r.when, [...p, 'when']);
  });
  rules.clocks?.forEach((c, i) => {
    const p = ['clocks', i];
    checkLimit(parsed, out, c.limit, [...p, 'limit']);
    checkLimit(parsed, out, c.warn, [...p, 'warn']);
    checkLimit(parsed, out, c.extension?.max, [...p, 'extension', 'max']);
    const base = c.limit !== undefined ? parseLimit(c.limit) : undefined;
    const ext = c.extension?.max !== undefined ? parseLimit(c.extension.max) : undefined;
    if (base && ext && !('error' in base) && !('error' in ext) && !canExtend(base, ext)) {
      out.push(diagnostic('EXTENSION_UNIT_MISMATCH', { limit: c.limit!, max: c.extension!.max! }, locate(parsed, [...p, 'extension', 'max'])));
    }
    if (c.from === c.until) out.push(diagnostic('CLOCK_SAME_EVENTS', { id: c.id, event: c.from }, locate(parsed, [...p, 'until'])));
    art(c.basis, [...p, 'basis']);
    art(c.extension?.basis, [...p, 'extension', 'basis']);
    art(c.pause?.basis, [...p, 'pause', 'basis']);
    art(c.explain?.basis, [...p, 'explain', 'basis']);
    checkCondition(parsed, out, index, budget, c.when, [...p, 'when']);
  });
  rules.windows?.forEach((w, i) => {
    checkLimit(parsed, out, w.limit, ['windows', i, 'limit']);
    art(w.basis, ['windows', i, 'basis']);
  });
  for (const key of ['reception', 'schedules'] as const) {
    rules[key]?.forEach((r, i) => {
      checkRrule(parsed, out, r.rrule, r.start, [key, i, 'rrule']);
      const [start, end] = (r.time ?? '').split('-');
      if (end !== undefined && end <= start!) out.push(diagnostic('TIME_RANGE_REVERSED', { time: r.time! }, locate(parsed, [key, i, 'time'])));
      dept(r.department, [key, i, 'department']);
      art(r.basis, [key, i, 'basis']);
    });
  }
  rules.levels?.forEach((l, i) => art(l.basis, ['levels', i, 'basis']));
  rules.obligations?.forEach((o, i) => art(o.basis, ['obligations', i, 'basis']));
  rules.procedure?.forEach((st, i) => art(st.basis, ['procedure', i, 'basis']));
  art(rules.discipline?.recusal, ['discipline', 'recusal']);
  art(rules.discipline?.confidentiality?.basis, ['discipline', 'confidentiality', 'basis']);
  if (rules.appraisal) {
    art(rules.appraisal.basis, ['appraisal', 'basis']);
    rules.appraisal.items?.forEach((it, i) => art(it.basis, ['appraisal', 'items', i, 'basis']));
    const kpis = rules.appraisal.kpis ?? [];
    const sum = kpis.reduce((s, k) => s + k.weight, 0);
    if (kpis.length && Math.abs(sum - 1) > 1e-6) {
      out.push(diagnostic('APPRAISAL_WEIGHTS', { sum: Number(sum.toFixed(4)) }, locate(parsed, ['appraisal', 'kpis'])));
    }
  }
  if (!reachable(rules.organisation)) out.push(diagnostic('CONTACT_NONE', {}, locate(parsed, ['organisation'])));
  for (const field of rules.organisation.placeholders ?? []) {
    if ((rules.organisation as unknown as Record<string, unknown>)[field] === undefined) {
      out.push(diagnostic('PLACEHOLDER_UNKNOWN_FIELD', { field }, locate(parsed, ['organisation', 'placeholders'])));
    }
  }
  checkContacts(parsed, rules, out);
  return index;
}
