/**
 * Builders and a measuring runner for hostile ledger files, shared by the CSV and XLSX
 * hostile suites and the hostile table (test/hardening/hostile-table.ts).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import XLSX from 'xlsx';
import { packageRoot } from '../../src/paths.ts';
import type { ZipPart } from '../fuzz/mutate.ts';
import { zip, type ZipEntry } from './zip-writer.ts';

const run = promisify(execFile);

/** What reading a ledger in a child process gave. */
export interface ChildRead {
  ok: boolean;
  cases: number;
  codes: string[];
  ms: number;
  peakRssMb: number;
}

/** Read `file` with `readLedger` in a fresh Node process; its own time and peak RSS. A child still running after `killAfterMs` is killed and the promise rejects (a hang fails the test instead of blocking it). */
export async function readInChild(file: string, killAfterMs = 30_000): Promise<ChildRead> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join(packageRoot, 'test/hardening/read-ledger-child.ts'), file], {
    cwd: packageRoot,
    maxBuffer: 1 << 20,
    timeout: killAfterMs,
    killSignal: 'SIGKILL',
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ChildRead;
}

/** A small valid ledger workbook's parts (SheetJS), with `sheet1.xml` split around its rows. */
function ledgerParts(): { entries: { path: string; bytes: Buffer }[]; head: string; rows: string; tail: string } {
  const ws = XLSX.utils.aoa_to_sheet([['编号', '登记日期', '办结日期'], ['A-1', '2024-01-02', '2024-01-20']]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '台账');
  const cfb = XLSX.CFB.read(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }), { type: 'buffer' });
  const entries = (cfb.FileIndex as ZipPart[]).map((f, i) => ({ f, path: cfb.FullPaths[i]!.replace(/^Root Entry\//, '') }))
    .filter(({ f }) => f.type === 2 && !f.name.startsWith('\u0001')) // SheetJS's own marker entry
    .map(({ f, path }) => ({ path, bytes: Buffer.from(f.content) }));
  const xml = entries.find((e) => e.path.endsWith('sheet1.xml'))!.bytes.toString();
  const m = /^(.*<sheetData>)(.*)(<\/sheetData>.*)$/s.exec(xml)!;
  return { entries, head: m[1]!, rows: m[2]!, tail: m[3]! };
}

/**
 * A workbook whose sheet XML is `head + rows + extra chunks + tail`, zipped with deflate level 9
 * by streaming, so a sheet of hundreds of MB costs no more than its chunks in memory.
 */
export async function workbookWithSheet(extra: () => Iterable<string>, edit: (headXml: string) => string = (x) => x, declaredSize?: number): Promise<Buffer> {
  const { entries, head, rows, tail } = ledgerParts();
  const parts: ZipEntry[] = entries.map(({ path, bytes }) =>
    path.endsWith('sheet1.xml')
      ? {
          name: path,
          ...(declaredSize !== undefined ? { declaredSize } : {}),
          data: function* () {
            yield Buffer.from(edit(head) + rows);
            for (const s of extra()) yield Buffer.from(s);
            yield Buffer.from(tail);
          },
        }
      : { name: path, data: bytes },
  );
  return zip(parts);
}

/** The valid small workbook with its sheet XML edited (for malformed-cell cases). */
export async function workbookWithSheetXml(edit: (sheetXml: string) => string): Promise<Buffer> {
  const { entries } = ledgerParts();
  return zip(entries.map(({ path, bytes }) => ({ name: path, data: path.endsWith('sheet1.xml') ? Buffer.from(edit(bytes.toString())) : bytes })));
}

/** The valid small workbook without one of its parts. */
export async function workbookWithout(part: string): Promise<Buffer> {
  const { entries } = ledgerParts();
  return zip(entries.filter((e) => e.path !== part).map(({ path, bytes }) => ({ name: path, data: bytes })));
}

/** A one-case ledger in `type`'s format; with `merges`, one merged area over the whole sheet below it (a 2 KB file declaring 17 billion cells). */
export function book(type: XLSX.BookType, merges = false): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([['编号', '登记日期'], ['A-1', '2024-01-02']]);
  if (merges) ws['!merges'] = [XLSX.utils.decode_range('A3:XFD1048576')];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '台账');
  return XLSX.write(wb, { type: 'buffer', bookType: type }) as Buffer;
}

/**
 * The CSV ledger `csv` (a title line, the header, then records) with its records repeated to
 * `rows` cases, numbered anew in the first column (`BIG-0`, `BIG-1`, …). Records, not lines: a
 * quoted cell such as a 备注 may hold line breaks.
 */
export function repeatedLedger(csv: string, rows: number): string {
  const [title, header, ...body] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  // Each record after its number, written once (quoted again where a cell needs it).
  const rests = body.map((cells) => Papa.unparse([cells.slice(1)]));
  const out = [Papa.unparse([title!, header!])];
  for (let i = 0; i < rows; i++) out.push(`BIG-${i},${rests[i % rests.length]!}`);
  return `${out.join('\r\n')}\r\n`;
}
