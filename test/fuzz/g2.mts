import { readFileSync } from 'node:fs';
import XLSX from 'xlsx';
const b = readFileSync(process.argv[2]!);
setTimeout(() => {}, 0);
const t0 = performance.now();
try { XLSX.read(b, { type: 'buffer', dense: true }); console.log('read ok'); } catch (e) { console.log('threw', (e as Error).message); }
console.log((performance.now() - t0).toFixed(0));
