/** Shared helpers of the ledger-check tests: compiled rules, a collecting sink, running the CLI. */
import { parseDay } from '../../src/calendar/day.ts';
import { checkLedgerFile, type CheckLedgerResult } from '../../src/check/check-ledger.ts';
import type { Finding, PetitionerEntry, Violation } from '../../src/check/result.ts';
import { main } from '../../src/cli/main.ts';
import { isLimit, parseLimit, type Limit } from '../../src/deadlines/limit.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledClock, CompiledRuleSet } from '../../src/rules/compiled.ts';
import { packageRoot } from '../../src/paths.ts';

/** A seed rule set, compiled. */
export async function ruleSet(id: string): Promise<CompiledRuleSet> {
  const built = await buildRuleSets([`rules/${id}`], packageRoot);
  return built.compiled[0]!;
}

export const limit = (text: string): Limit => {
  const l = parseLimit(text);
  if (!isLimit(l)) throw new Error(text);
  return l;
};

/** Check a ledger, collecting everything. */
export async function check(
  path: string,
  rules: CompiledRuleSet,
  asOf: string,
): Promise<CheckLedgerResult & { findings: Finding[]; violations: Violation[]; petitioner: PetitionerEntry[] }> {
  const findings: Finding[] = [];
  const violations: Violation[] = [];
  const petitioner: PetitionerEntry[] = [];
  const r = await checkLedgerFile(path, rules, {
    asOf: parseDay(asOf)!,
    lang: 'zh',
    displayName: 'ledger',
    sink: { finding: (f) => findings.push(f), petitioner: (p) => petitioner.push(p), violation: (v) => violations.push(v) },
  });
  return { ...r, findings, violations, petitioner };
}

/** Run the CLI, capturing output. */
export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`), stderr: (t) => (stderr += `${t}\n`), cwd: packageRoot, isTTY: false });
  return { code, stdout, stderr };
}

export type { CompiledClock };
