/**
 * Load, check and compile rule-set folders in one call — what every command that needs compiled
 * rules does (validate, compile, check, matrix, site). I/O edge: reads rules and calendars from disk.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import type { CalendarData } from '../calendar/calendar-data.ts';
import { loadCalendarData } from '../calendar/load-calendars.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { packageRoot } from '../paths.ts';
import { compileRuleSet } from './compile.ts';
import type { CompiledRuleSet } from './compiled.ts';
import { listRuleSetDirs, loadRuleSets, type LoadedRuleSet } from './load-rulesets.ts';

/** The rules root used when no folder is named: `./rules` if present, else the shipped examples. */
export function defaultRulesRoot(cwd: string): string {
  const local = join(cwd, 'rules');
  return existsSync(local) ? local : join(packageRoot, 'rules');
}

/** Result of building rule sets: compiled sets (only those whose files had no errors). */
export interface BuiltRuleSets {
  compiled: CompiledRuleSet[];
  loaded: Map<string, LoadedRuleSet>;
  /** Ids of the rule sets that were asked for (parents loaded on the way are not listed). */
  requested: string[];
  diagnostics: Diagnostic[];
}

/** Load, check and compile; `dirs` empty = every rule set under the default root. */
export async function buildRuleSets(dirs: string[], cwd: string): Promise<BuiltRuleSets> {
  const targets = dirs.length ? dirs.map((d) => resolve(cwd, d)) : listRuleSetDirs(defaultRulesRoot(cwd));
  const { value: loaded, diagnostics: ruleDiagnostics } = loadRuleSets(targets, cwd);
  const diagnostics: Diagnostic[] = [...ruleDiagnostics];
  // A rule set's id is its folder name; parents loaded on the way are not among the requested.
  const requested = [...new Set(targets.map((d) => basename(d)))];
  const calendars = new Map<string, CalendarData>();
  const ids = new Set([...loaded.values()].flatMap((s) => s.versions.map((v) => v.rules.calendar?.base ?? 'cn')));
  for (const id of ids) {
    const r = await loadCalendarData(id, { cwd });
    for (const d of r.diagnostics) diagnostics.push(d);
    calendars.set(id, r.value);
  }
  const calendar = (id: string): CalendarData => calendars.get(id)!;
  const compiled: CompiledRuleSet[] = [];
  const cache = new Map<string, CompiledRuleSet>();
  const clean = (set: LoadedRuleSet): boolean => set.versions.length > 0 && !hasErrorsIn(set, diagnostics, loaded, cwd);
  for (const id of requested) {
    const set = loaded.get(id)!;
    if (clean(set)) compiled.push(compileRuleSet(set, loaded, calendar, cache));
  }
  return { compiled, loaded, requested, diagnostics };
}

/** Errors anywhere in a rule set's folder or its parents' make it uncompilable. */
function hasErrorsIn(
  set: LoadedRuleSet,
  diagnostics: Diagnostic[],
  loaded: Map<string, LoadedRuleSet>,
  cwd: string,
  seen = new Set<string>(),
): boolean {
  if (seen.has(set.id)) return true;
  seen.add(set.id);
  const own = diagnostics.filter((d) => d.severity === 'error' && d.file !== undefined && resolve(cwd, d.file).startsWith(set.dir + sep));
  if (hasErrors(own)) return true;
  const parents = new Set(set.versions.map((v) => v.rules.extends?.ruleset).filter((x): x is string => !!x));
  return [...parents].some((p) => !loaded.has(p) || hasErrorsIn(loaded.get(p)!, diagnostics, loaded, cwd, seen));
}
