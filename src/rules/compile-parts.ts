/**
 * Compiling the timed parts of one version: clocks, petitioner windows and procedure steps, and
 * article citations. Pure; called by compile.ts on files without errors.
 */
import { parseLimit, type Limit } from '../deadlines/limit.ts';
import { describeCondition, type NameOf } from './condition.ts';
import type {
  ArticleRef,
  CompiledClock,
  CompiledCondition,
  CompiledProcedureStep,
  CompiledStop,
  CompiledWindow,
  SourceRef,
} from './compiled.ts';
import { PROCEDURE_STEPS, type Article, type Clock, type Condition, type ProcedureStep, type Stop, type Window } from './model.ts';

/** Resolves a `basis` reference to the article it names. */
export type Resolve = (ref: string | undefined) => ArticleRef | undefined;

export function limit(text: string): Limit {
  const r = parseLimit(text);
  if ('error' in r) throw new Error(`compile called on an unchecked limit "${text}"`);
  return r;
}

export function condition(c: Condition | undefined, names: NameOf): CompiledCondition | undefined {
  return c ? { test: c, text: { zh: describeCondition(c, 'zh', names), en: describeCondition(c, 'en', names) } } : undefined;
}

/** `until: closed` → any of [closed]; `{all: [...]}` → all of them. */
export function stop(s: Stop): CompiledStop {
  if (typeof s === 'string') return { mode: 'any', events: [s] };
  return 'all' in s ? { mode: 'all', events: s.all } : { mode: 'any', events: s.any };
}

const ENUMERATOR = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

/** Half-width brackets to full-width, as citations print them. */
const fullWidth = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）');

/**
 * How to cite an article: its `path` when given; else, where the chapter heading carries the item
 * numbers the article's own number restarts under (四、 …, (三) …), those numbers and the article's
 * (四、6); else the number as printed (第二十二条).
 */
export function citationOf(a: Article): string {
  if (a.path) return a.path;
  const prefix = (a.chapter ?? '')
    .split(/[\s。]+/)
    .map((part) => ENUMERATOR.exec(part)?.[1])
    .filter((x): x is string => x !== undefined)
    .map(fullWidth)
    .join('');
  if (!prefix || /^第.+条$/.test(a.number)) return a.number;
  return prefix + fullWidth(a.number).replace(/[、.．]$/, '');
}

/** Whether a clock's findings count against this organisation (docs/check-results.md: 复查/复核 by the next organ up). */
export function scored(decidedBy: 'self' | 'superior', id: string, decides: readonly string[] | undefined): boolean {
  return decidedBy === 'self' || (decides ?? []).includes(id);
}

export function compileClock(c: Clock, basis: Resolve, names: NameOf, decides: readonly string[] | undefined, source: SourceRef): CompiledClock {
  const decidedBy = c.decided_by ?? 'self';
  const ext = c.extension;
  return {
    id: c.id,
    name: c.name,
    from: c.from,
    ...(c.from_fallback ? { from_fallback: c.from_fallback } : {}),
    until: stop(c.until),
    ...(c.limit !== undefined ? { limit_text: c.limit, limit: limit(c.limit) } : {}),
    ...(c.due_by ? { due_by: c.due_by } : {}),
    ...(c.when ? { when: condition(c.when, names) } : {}),
    ...(c.if_empty ? { if_empty: c.if_empty } : {}),
    ...(c.pause ? { pause: { from: c.pause.from, until: c.pause.until, ...(c.pause.basis ? { basis: basis(c.pause.basis) } : {}) } } : {}),
    ...(ext
      ? {
          extension: {
            ...(ext.max !== undefined ? { max: limit(ext.max), max_text: ext.max } : {}),
            approval: ext.approval ?? 'required',
            ...(ext.approver ? { approver: ext.approver } : {}),
            ...(ext.notify_petitioner !== undefined ? { notify_petitioner: ext.notify_petitioner } : {}),
            ...(ext.basis ? { basis: basis(ext.basis) } : {}),
          },
        }
      : {}),
    ...(c.explain ? { explain: { basis: basis(c.explain.basis)! } } : {}),
    decided_by: decidedBy,
    scored: scored(decidedBy, c.id, decides),
    ...(c.request_window ? { request_window: c.request_window } : {}),
    roll: c.roll ?? 'next-workday',
    ...(c.warn ? { warn: limit(c.warn) } : {}),
    basis: basis(c.basis)!,
    ...(c.description ? { description: c.description } : {}),
    source,
  };
}

export function compileWindow(w: Window, basis: Resolve, names: NameOf, source: SourceRef): CompiledWindow {
  return {
    id: w.id,
    name: w.name,
    from: w.from,
    ...(w.from_fallback ? { from_fallback: w.from_fallback } : {}),
    until: w.until,
    limit_text: w.limit,
    limit: limit(w.limit),
    ...(w.when ? { when: condition(w.when, names) } : {}),
    ...(w.if_empty ? { if_empty: w.if_empty } : {}),
    roll: w.roll ?? 'next-workday',
    basis: basis(w.basis)!,
    ...(w.description ? { description: w.description } : {}),
    source,
  };
}

export function compileStep(s: ProcedureStep, basis: Resolve, source: SourceRef): CompiledProcedureStep {
  return {
    step: s.step,
    clocks: s.clocks ?? [],
    windows: s.windows ?? [],
    basis: basis(s.basis)!,
    ...(s.summary ? { summary: s.summary } : {}),
    source,
  };
}

/**
 * The procedure of a version that takes its parent's (`extends.procedure: true`): the parent's
 * steps whose clocks and windows this version has all taken, replaced by own steps of the same
 * kind; a 终结 step only after a 复核 step. Ordered 受理 → 终结.
 */
export function mergeProcedure(
  own: CompiledProcedureStep[],
  parent: CompiledProcedureStep[],
  parentId: string,
  clockIds: ReadonlySet<string>,
  windowIds: ReadonlySet<string>,
): CompiledProcedureStep[] {
  const mine = new Set(own.map((s) => s.step));
  const taken = parent
    .filter((s) => !mine.has(s.step) && s.clocks.every((id) => clockIds.has(id)) && s.windows.every((id) => windowIds.has(id)))
    .map((s) => ({ ...s, inherited_from: s.inherited_from ?? parentId }));
  const steps = [...taken, ...own].sort((a, b) => PROCEDURE_STEPS.indexOf(a.step) - PROCEDURE_STEPS.indexOf(b.step));
  return steps.filter((s) => s.step !== 'final' || steps.some((x) => x.step === 'recheck'));
}
