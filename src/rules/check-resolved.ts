/**
 * Checks that need the clocks and windows a version ends up with, its own and those it takes from
 * its parent (`extends`): request windows, `ledger.decides`, and appraisal items that no clock or
 * check can ever produce (APPRAISAL_TARGET_UNREACHABLE, rules/README.md, reading policy: "no appraisal item that no clock
 * or check can ever produce").
 */
import type { CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { diagnostic } from '../diagnostics/catalogue.ts';
import { locate } from '../diagnostics/yaml-position.ts';
import { unknown, type Emit } from './check-language.ts';
import { suggestBudget } from './suggest.ts';
import { stop } from './compile-parts.ts';
import { testsField } from './condition.ts';
import type { Clock, RuleFile, Window } from './model.ts';
import type { ParsedYaml } from './parse-yaml.ts';

/** The parent's clocks and windows in force when this version takes effect, if it extends one. */
export interface ParentParts {
  clocks: readonly Clock[];
  windows: readonly Window[];
}

function take<T extends { id: string }>(ids: readonly string[] | undefined, parent: readonly T[], own: readonly T[]): T[] {
  const inherited = (ids ?? []).filter((id) => !own.some((o) => o.id === id)).flatMap((id) => parent.filter((p) => p.id === id));
  return [...inherited, ...own];
}

/** Whether an appraisal target can ever be produced by this version's clocks and checks (docs/check-results.md). */
function reachable(target: string, rules: RuleFile, clocks: readonly Clock[]): boolean {
  const decides = rules.ledger?.decides ?? [];
  switch (target) {
    case 'late':
    case 'overdue':
      return clocks.some((c) => (c.decided_by ?? 'self') === 'self' || decides.includes(c.id));
    case 'EXTENSION_OVER_MAX':
      return clocks.some((c) => c.extension?.max !== undefined);
    case 'EXTENSION_AFTER_DUE':
      return clocks.some((c) => c.extension !== undefined && (c.extension.approval ?? 'required') === 'required');
    case 'RECUSAL_CONFLICT':
      return rules.discipline?.recusal !== undefined;
    case 'CONFIDENTIALITY_BREACH':
      return rules.discipline?.confidentiality !== undefined;
    case 'GROUP_NOT_REPORTED':
      return clocks.some((c) => stop(c.until).events.includes('reported') && testsField(c.when, 'persons'));
    default:
      return true;
  }
}

/** Run the checks on one version; `parent` is undefined when it extends nothing (or its parent failed). */
export function checkResolved(parsed: ParsedYaml, rules: RuleFile, parent: ParentParts | undefined, out: CatalogueDiagnostic[]): void {
  const emit: Emit = (code, args, path) => out.push(diagnostic(code, args, locate(parsed, path)));
  const budget = suggestBudget();
  const clocks = take(rules.extends?.clocks, parent?.clocks ?? [], rules.clocks ?? []);
  const windows = take(rules.extends?.windows, parent?.windows ?? [], rules.windows ?? []);
  const clockIds = new Set(clocks.map((c) => c.id));
  const windowIds = new Set(windows.map((w) => w.id));

  (rules.clocks ?? []).forEach((c, i) => {
    if (c.request_window === undefined) return;
    const at = ['clocks', i, 'request_window'];
    const w = windows.find((x) => x.id === c.request_window);
    if (!w) unknown(emit, budget, 'window', c.request_window, windowIds, at);
    else if (w.until !== c.from) emit('REQUEST_WINDOW_MISMATCH', { id: c.id, window: w.id, until: w.until, from: c.from }, at);
  });
  // A clock taken from the parent brings its request window's rule with it: the window must be taken too.
  rules.extends?.clocks?.forEach((id, i) => {
    const c = clocks.find((x) => x.id === id);
    if (c?.request_window !== undefined && !windowIds.has(c.request_window) && !rules.clocks?.some((o) => o.id === id)) {
      emit('REQUEST_WINDOW_NOT_TAKEN', { id, window: c.request_window }, ['extends', 'clocks', i]);
    }
  });
  rules.ledger?.decides?.forEach((id, i) => {
    const at = ['ledger', 'decides', i];
    const c = clocks.find((x) => x.id === id);
    if (!c) unknown(emit, budget, 'clock', id, clockIds, at);
    else if ((c.decided_by ?? 'self') !== 'superior') emit('DECIDES_NOT_SUPERIOR', { id }, at);
  });
  rules.appraisal?.items?.forEach((it, i) => {
    if (!reachable(it.on, rules, clocks)) emit('APPRAISAL_TARGET_UNREACHABLE', { on: it.on }, ['appraisal', 'items', i, 'on']);
  });
}
