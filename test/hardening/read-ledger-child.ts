/**
 * Child process for the big hostile ledgers: read one ledger with `readLedger` and print
 * one JSON line { ok, cases, codes, ms, peakRssMb }, so the parent measures this read's own peak
 * memory (process.resourceUsage().maxRSS) rather than the test runner's.
 *
 *   node --import tsx test/hardening/read-ledger-child.ts FILE
 */
import { readLedger } from '../../src/ledger/read-ledger.ts';

const t0 = performance.now();
const info = await readLedger(process.argv[2]!, { displayName: 'ledger', onCase: () => {} });
console.log(
  JSON.stringify({
    ok: info.ok,
    cases: info.cases,
    codes: [...new Set(info.diagnostics.map((d) => d.code))],
    ms: Math.round(performance.now() - t0),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
