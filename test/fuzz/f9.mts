import XLSX from 'xlsx';
import { writeFileSync } from 'node:fs';
import { zip } from '../hardening/zip-writer.ts';
const ws = XLSX.utils.aoa_to_sheet([['编号', '登记日期'], ['A-1', '2024-01-02']]);
const wb = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(wb, ws, '台账');
const cfb = XLSX.CFB.read(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }), { type: 'buffer' });
const entries = cfb.FileIndex.map((f, i) => ({ f, path: cfb.FullPaths[i]!.replace(/^Root Entry\//, '') })).filter(({ f }) => f.type === 2 && !f.name.startsWith('\u0001'));
const t0 = performance.now();
const out = await zip(entries.map(({ f, path }) => {
  const content = Buffer.from(f.content as Uint8Array);
  if (f.name !== 'sheet1.xml') return { name: path, data: content };
  const [head, tail] = content.toString().split('<sheetData>');
  const pad = Buffer.from(' '.repeat(1 << 20));
  return { name: path, declaredSize: process.argv[2] ? 1000 : undefined, data: function* () { yield Buffer.from(head + '<sheetData>'); for (let i = 0; i < 300; i++) yield pad; yield Buffer.from(tail!); } };
}));
console.log('zip', out.length, (performance.now() - t0).toFixed(0), 'ms');
writeFileSync(process.argv[2] ? '/tmp/scratch/bomb-lie.xlsx' : '/tmp/scratch/bomb.xlsx', out);
