/**
 * Read a ledger and check it (the ledger reader and checker), keeping every case, finding and
 * violation in memory for the period reports. I/O edge. Reports need all cases — also those no
 * clock applies to — so this drives `readLedger` and `Checker` itself rather than
 * `checkLedgerFile`, whose sink sees only cases with findings.
 */
import { headerSynonyms, ruleSetLevels } from '../check/check-ledger.ts';
import { Checker } from '../check/checker.ts';
import type { Finding, Violation } from '../check/result.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import { readLedger } from '../ledger/read-ledger.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import type { ReportInput } from './report-input.ts';

/** Read and check the ledger at `path`; `input` is absent when the file is not a ledger. */
export async function loadReportInput(
  path: string,
  ruleset: CompiledRuleSet,
  opts: { asOf: number; displayName: string; sheet?: string },
): Promise<{ input?: ReportInput; diagnostics: Diagnostic[] }> {
  const cases: LedgerCase[] = [];
  const findings: Finding[] = [];
  const findingsOf = new Map<number, Finding[]>();
  const violations: Violation[] = [];
  const columns: string[] = [];
  const doubtful = new Set<number>();
  const checker = new Checker(ruleset, {
    asOf: opts.asOf,
    lang: 'zh',
    file: opts.displayName,
    sink: {
      finding: (f, c) => {
        findings.push(f);
        const list = findingsOf.get(c.row);
        if (list) list.push(f);
        else findingsOf.set(c.row, [f]);
      },
      // Petitioner windows are information about the petitioner: no period report counts them.
      petitioner: () => {},
      violation: (v) => {
        violations.push(v);
        if (v.code === 'EVENTS_OUT_OF_ORDER') doubtful.add(v.row);
      },
    },
  });
  const ledger = await readLedger(path, {
    displayName: opts.displayName,
    headers: headerSynonyms(ruleset),
    levels: ruleSetLevels(ruleset),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    onLayout: (layout) => {
      checker.setLayout(layout);
      for (const col of layout.columns) if (col.alias) columns.push(col.alias);
    },
    onCase: (c) => {
      cases.push(c);
      checker.add(c);
    },
  });
  if (!ledger.ok) return { diagnostics: ledger.diagnostics };
  const outcome = checker.finish();
  return {
    input: { ruleset, ledger: opts.displayName, cases, findings, findingsOf, violations, doubtful, columns, asOf: opts.asOf },
    diagnostics: [...ledger.diagnostics, ...outcome.diagnostics],
  };
}
