/**
 * Semantic checks of the rules language v2 parts of one file (rules/AUTHORING.md): empty cells
 * declared for the conditions that need them, starts, stops and due dates, extensions, pauses, procedure
 * steps, levels, recurrences. Ids a procedure may use include the clocks and windows the
 * file takes from its parent (`extends.clocks`/`windows`), so these checks need only the file; what
 * needs the clocks a version ends up with (request windows, ledger.decides, appraisal targets) is
 * in check-resolved.ts.
 */
import { diagnostic, type CatalogueDiagnostic, type Code, type CodeArgs } from '../diagnostics/catalogue.ts';
import { locate, type DataPath } from '../diagnostics/yaml-position.ts';
import { fieldName, isValueTest } from './condition.ts';
import { canSuspend } from '../deadlines/compute.ts';
import { isLimit, parseLimit } from '../deadlines/limit.ts';
import { stop } from './compile-parts.ts';
import {
  DUE_DATE_EVENTS,
  EMPTYABLE_FIELDS,
  LEVELS,
  PROCEDURE_STEPS,
  type Condition,
  type ConditionField,
  type EventName,
  type IfEmpty,
  type Matcher,
  type RuleFile,
} from './model.ts';
import type { ParsedYaml } from './parse-yaml.ts';
import { closest, firstFew, suggestBudget, type SuggestBudget } from './suggest.ts';

const EMPTYABLE: ReadonlySet<string> = new Set(EMPTYABLE_FIELDS);

export type Emit = <C extends Code>(code: C, args: CodeArgs<C>, path: DataPath) => void;

/** Value tests on emptyable fields, outside any `not`, with their paths. */
function* valueTests(cond: Condition | undefined, path: DataPath): Generator<[field: string, path: DataPath]> {
  if (!cond) return;
  for (const [key, test] of Object.entries(cond)) {
    if (key === 'all' || key === 'any') {
      for (const [i, c] of (test as Condition[]).entries()) yield* valueTests(c, [...path, key, i]);
    } else if (EMPTYABLE.has(key) && isValueTest(test as Matcher)) yield [key, [...path, key]];
  }
}

/** CONDITION_EMPTY_UNDECLARED for each undeclared value test; IF_EMPTY_UNUSED for declarations no test needs. */
function checkEmpty(emit: Emit, when: Condition | undefined, ifEmpty: IfEmpty | undefined, path: DataPath): void {
  const used = new Set<string>();
  for (const [field, at] of valueTests(when, [...path, 'when'])) {
    used.add(field);
    if (!ifEmpty?.[field as keyof IfEmpty]) emit('CONDITION_EMPTY_UNDECLARED', { field, fieldZh: fieldName(field as ConditionField, 'zh') }, at);
  }
  for (const field of Object.keys(ifEmpty ?? {})) {
    // Any other key is not a field (SCHEMA_UNKNOWN_KEY), and is still here when the schema rejected it (check-file.ts).
    if (EMPTYABLE.has(field) && !used.has(field)) emit('IF_EMPTY_UNUSED', { field, fieldZh: fieldName(field as ConditionField, 'zh') }, [...path, 'if_empty', field]);
  }
}

/** Level values in conditions: 一般/重大/紧急 or the file's own levels. */
function checkLevels(emit: Emit, cond: Condition | undefined, path: DataPath, levels: readonly string[]): void {
  if (!cond) return;
  for (const [key, test] of Object.entries(cond)) {
    if (key === 'all' || key === 'any') (test as Condition[]).forEach((c, i) => checkLevels(emit, c, [...path, key, i], levels));
    else if (key === 'not') checkLevels(emit, test as Condition, [...path, 'not'], levels);
    else if (key === 'level') {
      const m = test as Matcher;
      const raw = typeof m === 'object' && !Array.isArray(m) && 'not' in m ? m.not : m;
      const list = Array.isArray(raw) ? raw : typeof raw === 'object' ? [] : [raw];
      list.forEach((v, i) => {
        if (levels.includes(String(v))) return;
        const at = [...path, 'level', ...(Array.isArray(m) ? [i] : typeof m === 'object' ? ['not', ...(Array.isArray(raw) ? [i] : [])] : [])];
        emit('INVALID_CONDITION_VALUE', { field: 'level', value: String(v), allowed: levels.join('、') }, at);
      });
    }
  }
}

/** Every condition in the file with its path (levels are checked in all of them). */
function conditions(rules: RuleFile): [Condition | undefined, DataPath][] {
  return [
    ...(rules.clocks ?? []).map((c, i): [Condition | undefined, DataPath] => [c.when, ['clocks', i, 'when']]),
    ...(rules.windows ?? []).map((w, i): [Condition | undefined, DataPath] => [w.when, ['windows', i, 'when']]),
    ...(rules.routing?.rules ?? []).map((r, i): [Condition | undefined, DataPath] => [r.when, ['routing', 'rules', i, 'when']]),
  ];
}

function checkClocks(emit: Emit, rules: RuleFile): void {
  const isDue = (e: EventName) => DUE_DATE_EVENTS.includes(e);
  (rules.clocks ?? []).forEach((c, i) => {
    const p = ['clocks', i];
    checkEmpty(emit, c.when, c.if_empty, p);
    if (c.limit === undefined && c.due_by === undefined) emit('CLOCK_NO_LIMIT', { id: c.id }, [...p, 'id']);
    if (c.due_by !== undefined && !isDue(c.due_by)) emit('DUE_BY_NOT_DUE_DATE', { id: c.id, event: c.due_by, allowed: DUE_DATE_EVENTS.join(', ') }, [...p, 'due_by']);
    const s = stop(c.until);
    const events: [EventName, DataPath][] = [
      [c.from, [...p, 'from']],
      ...(c.from_fallback ? ([[c.from_fallback, [...p, 'from_fallback']]] as [EventName, DataPath][]) : []),
      ...s.events.map((e, k): [EventName, DataPath] => [e, typeof c.until === 'string' ? [...p, 'until'] : [...p, 'until', s.mode, k]]),
      ...(c.pause ? ([[c.pause.from, [...p, 'pause', 'from']], [c.pause.until, [...p, 'pause', 'until']]] as [EventName, DataPath][]) : []),
    ];
    for (const [e, at] of events) if (isDue(e)) emit('DUE_DATE_AS_EVENT', { event: e }, at);
    if (typeof c.until !== 'string' && s.events.includes(c.from)) {
      emit('CLOCK_SAME_EVENTS', { id: c.id, event: c.from }, [...p, 'until', s.mode, s.events.indexOf(c.from)]);
    }
    checkFallback(emit, c.id, c.from, c.from_fallback, p);
    if (c.pause && c.pause.from === c.pause.until) emit('PAUSE_SAME_EVENTS', { id: c.id, event: c.pause.from }, [...p, 'pause', 'until']);
    // The engine excludes calendar days (docs/day-counting.md); an hour, minute or 当日 period has none to exclude.
    const limit = c.pause && c.limit !== undefined ? parseLimit(c.limit) : undefined;
    if (limit && isLimit(limit) && !canSuspend(limit)) emit('PAUSE_NOT_DAY_PERIOD', { id: c.id, limit: c.limit! }, [...p, 'pause']);
    if (c.extension?.approver !== undefined && c.extension.approval === 'none') emit('EXTENSION_APPROVER_WITHOUT_APPROVAL', { id: c.id }, [...p, 'extension', 'approver']);
  });
  (rules.windows ?? []).forEach((w, i) => {
    const p = ['windows', i];
    checkEmpty(emit, w.when, w.if_empty, p);
    const events: [EventName | undefined, string][] = [[w.from, 'from'], [w.from_fallback, 'from_fallback'], [w.until, 'until']];
    for (const [e, key] of events) if (e && isDue(e)) emit('DUE_DATE_AS_EVENT', { event: e }, [...p, key]);
    checkFallback(emit, w.id, w.from, w.from_fallback, p);
  });
}

/** FALLBACK_SAME_AS_FROM: a start used when `from` is empty must be another event. */
function checkFallback(emit: Emit, id: string, from: EventName, fallback: EventName | undefined, path: DataPath): void {
  if (fallback === from) emit('FALLBACK_SAME_AS_FROM', { id, event: from }, [...path, 'from_fallback']);
}

/** UNKNOWN_REFERENCE to a clock or window, with the closest known id (within `budget`). */
export function unknown(emit: Emit, budget: SuggestBudget, kind: 'clock' | 'window', id: string, known: ReadonlySet<string>, path: DataPath): void {
  emit('UNKNOWN_REFERENCE', { id, kind, kindZh: kind === 'clock' ? '时限' : '期限', suggestion: closest(id, known, budget), known: firstFew(known, 12) }, path);
}

function checkProcedure(emit: Emit, rules: RuleFile, clockIds: ReadonlySet<string>, windowIds: ReadonlySet<string>): void {
  const budget = suggestBudget();
  let last = -1;
  let recheck = false;
  (rules.procedure ?? []).forEach((st, i) => {
    const p = ['procedure', i];
    const order = PROCEDURE_STEPS.indexOf(st.step);
    if (order <= last) emit('PROCEDURE_STEP_ORDER', { step: st.step, order: PROCEDURE_STEPS.join(' → ') }, [...p, 'step']);
    last = Math.max(last, order);
    if (st.step === 'recheck') recheck = true;
    const inherited = rules.extends?.procedure === true;
    if (st.step === 'final' && !recheck && !inherited) emit('PROCEDURE_FINAL_WITHOUT_RECHECK', {}, [...p, 'step']);
    st.clocks?.forEach((id, k) => clockIds.has(id) || unknown(emit, budget, 'clock', id, clockIds, [...p, 'clocks', k]));
    st.windows?.forEach((id, k) => windowIds.has(id) || unknown(emit, budget, 'window', id, windowIds, [...p, 'windows', k]));
  });
}

function checkRecurrences(emit: Emit, rules: RuleFile): void {
  for (const key of ['reception', 'schedules'] as const) {
    rules[key]?.forEach((r, i) => {
      if (!r.working_days) return;
      if (!/(^|;)FREQ=DAILY(;|$)/.test(r.rrule)) emit('WORKING_DAYS_NOT_DAILY', { id: r.id }, [key, i, 'rrule']);
      if (r.on_holiday !== undefined) emit('WORKING_DAYS_ON_HOLIDAY', { id: r.id }, [key, i, 'on_holiday']);
    });
  }
}

/** Run the language checks of one file. */
export function checkLanguage(parsed: ParsedYaml, rules: RuleFile, out: CatalogueDiagnostic[]): void {
  const emit: Emit = (code, args, path) => out.push(diagnostic(code, args, locate(parsed, path)));
  const clockIds = new Set([...(rules.clocks ?? []).map((c) => c.id), ...(rules.extends?.clocks ?? [])]);
  const windowIds = new Set([...(rules.windows ?? []).map((w) => w.id), ...(rules.extends?.windows ?? [])]);
  const levels = [...LEVELS, ...(rules.levels ?? []).map((l) => l.name)];
  rules.levels?.forEach((l, i) => {
    if (levels.indexOf(l.name) !== LEVELS.length + i) emit('LEVEL_DUPLICATE', { name: l.name, builtIn: LEVELS.join('、') }, ['levels', i, 'name']);
  });
  for (const [cond, path] of conditions(rules)) checkLevels(emit, cond, path, levels);
  checkClocks(emit, rules);
  checkProcedure(emit, rules, clockIds, windowIds);
  checkRecurrences(emit, rules);
}
