import { readFileSync } from 'node:fs';
import { openTarget, runOne } from './targets.ts';
const t = await openTarget('xlsx');
for (let i = 0; i <= 28; i++) { const input = t.input(1, i); const o = await runOne(t, input); if (o.kind === 'exception') console.log(i, o.stack); }
const o = await runOne(t, { bytes: readFileSync('out/fuzz/xlsx-1-28.xlsx'), from: 'price-bureau.xlsx', chain: [] });
console.log('saved file:', o.kind, o.detail, o.stack);
t.dispose();
