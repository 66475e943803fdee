import { readFileSync } from 'node:fs';
import { declaredInflatedSize } from '../../src/ledger/read-xlsx.ts';
for (const f of process.argv.slice(2)) console.log(f, readFileSync(f).length, declaredInflatedSize(readFileSync(f)));
