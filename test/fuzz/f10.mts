import { readLedger } from '../../src/ledger/read-ledger.ts';
const t0 = performance.now();
const r = await readLedger(process.argv[2]!, { displayName: 'x', onCase: () => {} });
console.log(r.ok, r.cases, r.diagnostics.map((d) => d.code), (performance.now() - t0).toFixed(0), 'ms', 'rss', (process.memoryUsage().rss / 2 ** 20).toFixed(0));
