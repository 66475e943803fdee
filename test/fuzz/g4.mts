import { readFileSync } from 'node:fs';
import { readWorkbookSheet, zipProblem } from '../../src/ledger/read-xlsx.ts';
for (const f of process.argv.slice(2)) { const b = readFileSync(f); const t0 = performance.now(); const r = readWorkbookSheet(b); console.log(f, zipProblem(b), 'error' in r ? r : r.rows.length, (performance.now() - t0).toFixed(0)); }
