/**
 * Read a ledger file and check it against a compiled rule set in one streamed pass: the reader
 * hands each case to the checker, the checker hands findings and violations to the caller's sink.
 * I/O edge (reads the ledger); everything it calls is pure.
 */
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.ts';
import { readLedger, type LedgerInfo, type ReadUnit } from '../ledger/read-ledger.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import { Checker, type CheckOutcome, type CheckSink } from './checker.ts';

/** Options of {@link checkLedgerFile}. */
export interface CheckLedgerOptions {
  /** The as-of day index (docs/check-results.md: overdue = not stopped and as-of after due). */
  asOf: number;
  lang: Lang;
  /** The ledger path as the user wrote it. */
  displayName: string;
  sheet?: string;
  sink: CheckSink;
  onProgress?: (done: number, total: number, unit: ReadUnit) => void;
}

/** The reader's account plus the checker's; `outcome` is absent when the file is not a ledger. */
export interface CheckLedgerResult {
  ledger: LedgerInfo;
  outcome?: CheckOutcome;
  /** Reader and checker diagnostics together. */
  diagnostics: Diagnostic[];
}

/** Header synonyms from every version of the rule set (newer versions last, so they win). */
export function headerSynonyms(ruleSet: CompiledRuleSet): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const v of ruleSet.versions) for (const [alias, names] of Object.entries(v.ledger.headers ?? {})) {
    const list = (out[alias] ??= []);
    for (const name of names) list.push(name);
  }
  return out;
}

/** The rule set's own levels (等级 beyond 一般/重大/紧急) across its versions, accepted by the reader. */
export function ruleSetLevels(ruleSet: CompiledRuleSet): string[] {
  const out = new Set<string>();
  for (const v of ruleSet.versions) for (const l of v.levels) out.add(l.name);
  return [...out];
}

/** Check the ledger at `path` against `ruleSet`. Never throws for bad input. */
export async function checkLedgerFile(path: string, ruleSet: CompiledRuleSet, opts: CheckLedgerOptions): Promise<CheckLedgerResult> {
  const checker = new Checker(ruleSet, { asOf: opts.asOf, lang: opts.lang, file: opts.displayName, sink: opts.sink });
  const ledger = await readLedger(path, {
    displayName: opts.displayName,
    headers: headerSynonyms(ruleSet),
    levels: ruleSetLevels(ruleSet),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    onLayout: (layout) => checker.setLayout(layout),
    onCase: (c) => checker.add(c),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  if (!ledger.ok) return { ledger, diagnostics: ledger.diagnostics };
  const outcome = checker.finish();
  return { ledger, outcome, diagnostics: [...ledger.diagnostics, ...outcome.diagnostics] };
}
