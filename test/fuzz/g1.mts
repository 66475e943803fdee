import { writeFileSync } from 'node:fs';
import { openTarget } from './targets.ts';
const t = await openTarget('xlsx');
const i = Number(process.argv[2]);
const t0 = performance.now();
const input = t.input(20260701, i);
console.log('generated', input.from, input.chain, input.bytes.length, (performance.now() - t0).toFixed(0), 'ms');
writeFileSync(`/tmp/scratch/hang-${i}.xlsx`, input.bytes);
t.dispose();
