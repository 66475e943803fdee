import XLSX from 'xlsx';
import { readWorkbookSheet } from '../../src/ledger/read-xlsx.ts';
const ws = XLSX.utils.aoa_to_sheet([['编号', '登记日期'], ['A-1', '2024-01-02']]);
const wb = XLSX.utils.book_new(); XLSX.utils.book_append_sheet(wb, ws, '台账');
const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
const cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
console.log(cfb.FullPaths);
const sheet = cfb.FileIndex.find((f) => f.name === 'sheet1.xml')!;
const xml = Buffer.from(sheet.content as Uint8Array).toString();
console.log(xml.slice(0, 600));
const patch = (x: string) => { const c = XLSX.CFB.read(bytes, { type: 'buffer' }); const s = c.FileIndex.find((f) => f.name === 'sheet1.xml')!; s.content = Buffer.from(x) as never; s.size = x.length; return XLSX.CFB.write(c, { fileType: 'zip', type: 'buffer' }) as Buffer; };
const t1 = patch(xml.replace(/t="str"/, `t="str32"`));
try { console.log('str32', readWorkbookSheet(t1)); } catch (e) { console.log('str32 THROW', (e as Error).message); }
const c2 = XLSX.CFB.read(bytes, { type: 'buffer' }); XLSX.CFB.utils.cfb_del(c2, '/xl/worksheets/sheet1.xml');
const t2 = XLSX.CFB.write(c2, { fileType: 'zip', type: 'buffer' }) as Buffer;
try { console.log('nosheet', readWorkbookSheet(t2)); } catch (e) { console.log('nosheet THROW', (e as Error).message); }
