/** `xinfang deadline --rules DIR --clock ID`: take the limit from a clock of the version in force on --from. */
import type { CalendarData } from '../calendar/calendar-data.ts';
import { diagnostic } from '../diagnostics/catalogue.ts';
import { hasErrors, type Result } from '../diagnostics/diagnostic.ts';
import type { RollMode } from '../deadlines/compute.ts';
import type { ExtensionRule } from '../deadlines/extension.ts';
import type { Limit } from '../deadlines/limit.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { versionInForce } from '../rules/version-in-force.ts';
import type { CliContext } from './command.ts';

/** A clock taken from a rule set. */
export interface ClockSpec {
  /** The clock's name, for diagnostics. */
  name: string;
  limit: Limit;
  /** Its extension rule, applied to --extension as the ledger check applies it. */
  extension: ExtensionRule;
  roll?: RollMode;
  /** The rule set's calendar (with its closures). */
  calendar?: CalendarData;
}

/** Find clock `clockId` in the version of the rule set in `dir` in force on `from` (YYYY-MM-DD…). */
export async function clockFromRules(dir: string, clockId: string, from: string, ctx: CliContext): Promise<Result<ClockSpec | undefined>> {
  const built = await buildRuleSets([dir], ctx.cwd);
  const set = built.compiled[0];
  if (hasErrors(built.diagnostics) || !set) return { value: undefined, diagnostics: built.diagnostics };
  const date = from.slice(0, 10);
  const version = versionInForce(set.versions, date);
  if (!version) {
    const d = diagnostic('NO_VERSION_IN_FORCE', { ruleset: set.id, date, first: set.versions[0]?.effective_from ?? '' }, { file: dir });
    return { value: undefined, diagnostics: [...built.diagnostics, d] };
  }
  const clock = version.clocks.find((c) => c.id === clockId);
  if (!clock) {
    const known = version.clocks.map((c) => c.id).join(', ');
    const d = diagnostic('UNKNOWN_REFERENCE', { id: clockId, kind: 'clock', kindZh: '时限', known }, { file: version.file });
    return { value: undefined, diagnostics: [...built.diagnostics, d] };
  }
  if (!clock.limit) {
    const d = diagnostic('CLOCK_DUE_BY_ONLY', { id: clockId }, { file: version.file });
    return { value: undefined, diagnostics: [...built.diagnostics, d] };
  }
  const extension: ExtensionRule = clock.extension ? { ...(clock.extension.max ? { max: clock.extension.max } : {}) } : undefined;
  return { value: { name: clock.name, limit: clock.limit, extension, roll: clock.roll, calendar: version.calendar }, diagnostics: built.diagnostics };
}
