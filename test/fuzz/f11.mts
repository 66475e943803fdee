import XLSX from 'xlsx';
import { writeFileSync } from 'node:fs';
import { zip } from '../hardening/zip-writer.ts';
const ws = XLSX.utils.aoa_to_sheet([['编号', '登记日期'], ['A-1', '2024-01-02']]);
const wb = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(wb, ws, '台账');
const cfb = XLSX.CFB.read(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }), { type: 'buffer' });
const entries = cfb.FileIndex.map((f, i) => ({ f, path: cfb.FullPaths[i]!.replace(/^Root Entry\//, '') })).filter(({ f }) => f.type === 2 && !f.name.startsWith('\u0001'));
const out = await zip(entries.map(({ f, path }) => {
  const content = Buffer.from(f.content as Uint8Array);
  if (f.name !== 'sheet1.xml') return { name: path, data: content };
  const xml = content.toString().replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z1000000"/>');
  const [head, tail] = xml.split('</sheetData>');
  return { name: path, data: function* () { yield Buffer.from(head!); for (let r = 3; r <= 1_000_000; r += 1000) { let s = ''; for (let k = r; k < r + 1000 && k <= 1_000_000; k++) s += `<row r="${k}" s="1" customFormat="1"/>`; yield Buffer.from(s); } yield Buffer.from(`<row r="1000001"><c r="Z1000001" t="inlineStr"><is><t>x</t></is></c></row></sheetData>` + tail); } };
}));
console.log('zip', out.length);
writeFileSync('/tmp/scratch/million2.xlsx', out);
