import { readFileSync } from 'node:fs';
import { readWorkbookSheet } from '../../src/ledger/read-xlsx.ts';
for (const f of ['out/fuzz/xlsx-1-28.xlsx', 'out/fuzz/xlsx-1-163.xlsx']) {
  for (let k = 0; k < 3; k++) try { const r = readWorkbookSheet(readFileSync(f)); console.log(f, 'error' in r ? r : r.rows.length); } catch (e) { console.log(f, 'THROW', (e as Error).stack?.split('\n').slice(0, 5).join(' | ')); }
}
