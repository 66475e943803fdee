/**
 * The one input budget of every workbook reader (ledgers in src/ledger/read-xlsx.ts, rule workbooks
 * in src/workbook/read-workbook.ts), checked on the zip before SheetJS allocates anything. SheetJS
 * 0.20.3 inflates every part into memory whatever the zip declares, never returns on a damaged
 * deflate stream (found by the fuzzer), and a reader that fills merged ranges allocates every cell
 * they cover (a 2 KB file merging A3:XFD1048576 is 17 billion cells). So here: the central
 * directory's entries and sizes are counted, every part is inflated once by Node's zlib — which
 * fails cleanly — bounded by its declared size, and the cells each sheet's merged ranges cover are
 * counted from its XML. Only Office Open XML workbooks (.xlsx) are read: legacy .xls,
 * .xlsb and OpenDocument (.ods) files are refused with a message saying to save as .xlsx, since
 * none of these checks apply to their formats.
 */
import { inflateRawSync } from 'node:zlib';

/** What is wrong with a workbook, in both languages. */
export interface Damage {
  zh: string;
  en: string;
}

/**
 * Most bytes a workbook's zip may inflate to: SheetJS holds every part in memory, at about 2.4×
 * the inflated size in RSS. About 250,000 rows of a full 28-column ledger fit (≈ 1 KB of sheet XML
 * a row; larger ledgers belong in CSV); a 300 KB file holding 300 MB of sheet XML does not.
 */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;
/** Most parts in a workbook's zip (a real one has a few dozen). */
export const MAX_ZIP_ENTRIES = 10_000;
/** Most cells that merged ranges may cover together in one sheet: each covered cell gets its range's value. */
export const MAX_MERGED_CELLS = 1_000_000;

const mb = (n: number) => Math.ceil(n / (1 << 20));

/** Cells of an A1-style range such as `A3:XFD1048576` (a single cell counts 1); 0 when unreadable. */
export function rangeCells(ref: string): number {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return 0;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [c1, r1] = [col(m[1]!), Number(m[2])];
  const [c2, r2] = m[3] ? [col(m[3]), Number(m[4])] : [c1, r1];
  return (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1);
}

/**
 * The cells one sheet's merged ranges cover (`<mergeCells>`, after the data; only that region is
 * decoded). A declared `<dimension>` alone is not refused: Excel writes A1:Z1000000 for a million
 * empty styled rows, and the readers go by the cells present (test/hardening/xlsx-hostile.test.ts).
 */
function sheetProblem(name: string, part: Uint8Array): Damage | undefined {
  const buf = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  const from = buf.indexOf('mergeCells');
  const to = from < 0 ? -1 : buf.indexOf('mergeCells>', from + 10);
  const xml = from < 0 ? '' : buf.subarray(from, to < 0 ? buf.length : to).toString('latin1');
  let merged = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\s+ref="([^"]*)"/g)) merged += rangeCells(m[1]!);
  if (merged > MAX_MERGED_CELLS) {
    return { zh: `工作表 ${name} 的合并单元格共覆盖 ${merged} 个单元格，超过上限 ${MAX_MERGED_CELLS}`, en: `the merged cells of sheet ${name} cover ${merged} cells, more than the ${MAX_MERGED_CELLS} allowed` };
  }
  return undefined;
}

const SAVE_AS = { zh: '，请用 Excel 或 WPS 另存为 .xlsx 后再读取', en: '; save it as .xlsx in Excel or WPS and try again' };

/** What is wrong with a workbook's bytes, refused before SheetJS sees them, or undefined. */
export function workbookProblem(bytes: Uint8Array): Damage | undefined {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return { zh: `这是旧版 Excel 97–2003（.xls）或加密的工作簿${SAVE_AS.zh}`, en: `this is a legacy Excel 97–2003 (.xls) or encrypted workbook${SAVE_AS.en}` };
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { zh: `不是 .xlsx 工作簿${SAVE_AS.zh}`, en: `not an .xlsx workbook${SAVE_AS.en}` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557) && end < 0; i--) if (view.getUint32(i, true) === 0x06054b50) end = i;
  if (end < 0) return { zh: '压缩结构没有目录（文件不完整，如下载中断？）', en: 'the zip has no central directory (a truncated file?)' };
  const count = view.getUint16(end + 10, true);
  if (count > MAX_ZIP_ENTRIES) return { zh: `压缩文件有 ${count} 项，超过上限 ${MAX_ZIP_ENTRIES}`, en: `the zip has ${count} entries, more than the ${MAX_ZIP_ENTRIES} allowed` };
  const parts: { name: string; method: number; csz: number; usz: number; local: number }[] = [];
  let total = 0;
  let at = view.getUint32(end + 16, true);
  for (let n = count; n > 0; n--) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return { zh: '压缩目录已损坏', en: 'the zip directory is damaged' };
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, Math.min(bytes.length, at + 46 + nameLength)));
    parts.push({ name, method: view.getUint16(at + 10, true), csz: view.getUint32(at + 20, true), usz: view.getUint32(at + 24, true), local: view.getUint32(at + 42, true) });
    total += view.getUint32(at + 24, true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  const names = new Set(parts.map((p) => p.name));
  if (names.has('content.xml') && names.has('mimetype')) return { zh: `这是 OpenDocument 表格（.ods）${SAVE_AS.zh}`, en: `this is an OpenDocument spreadsheet (.ods)${SAVE_AS.en}` };
  if (names.has('xl/workbook.bin')) return { zh: `这是 Excel 二进制工作簿（.xlsb）${SAVE_AS.zh}`, en: `this is an Excel binary workbook (.xlsb)${SAVE_AS.en}` };
  if (total > MAX_INFLATED_BYTES) {
    return { zh: `解压后有 ${mb(total)} MB，超过上限 ${mb(MAX_INFLATED_BYTES)} MB`, en: `it inflates to ${mb(total)} MB, more than the ${mb(MAX_INFLATED_BYTES)} MB allowed` };
  }
  for (const p of parts) {
    if (p.local + 30 > bytes.length || view.getUint32(p.local, true) !== 0x04034b50) return { zh: '压缩文件中的一项已损坏', en: 'a zip entry is damaged' };
    const start = p.local + 30 + view.getUint16(p.local + 26, true) + view.getUint16(p.local + 28, true);
    if (start + p.csz > bytes.length) return { zh: '有一部分超出了文件末尾（文件不完整？）', en: 'a part runs past the end of the file (a truncated file?)' };
    if (p.method !== 0 && p.method !== 8) return { zh: `使用了不支持的压缩方式 ${p.method}`, en: `unsupported zip compression method ${p.method}` };
    let out: Uint8Array;
    try {
      out = p.method === 0 ? bytes.subarray(start, start + p.csz) : inflateRawSync(bytes.subarray(start, start + p.csz), { maxOutputLength: Math.max(1, p.usz) });
    } catch {
      return { zh: '有一部分已损坏或比声明的大', en: 'a part is damaged or larger than declared' };
    }
    if (out.length !== p.usz) return { zh: '有一部分解压后的大小与声明的不符', en: 'a part inflates to a size other than the one declared' };
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(p.name)) {
      const problem = sheetProblem(p.name.slice(14, -4), out);
      if (problem) return problem;
    }
  }
  return undefined;
}
