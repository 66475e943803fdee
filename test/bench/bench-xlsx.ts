/**
 * Workbook benchmark, for `test/bench/run.ts` (README "Spreadsheets"):
 *
 * - the writer comparison behind xinfang's own workbook writer: a 200,000-row sheet shaped like the
 *   annotated ledger (12 columns, dates with a date format, a 问题 column on one row in ten, one row
 *   in twenty red, one in twenty amber, one cell in fifty yellow) written by `src/io/xlsx-write.ts`
 *   (styled) and by SheetJS `XLSX.write` (the same cells; SheetJS Community Edition drops the
 *   fills, so its figure is for an unstyled sheet). Each runs in a child process that reports its
 *   own peak RSS;
 * - `check` with the default outputs (HTML, JSON, XLSX and the annotated copy) on a 200,000-case
 *   ledger, as CSV and as XLSX (the same rows, written by SheetJS): the scale at which the
 *   annotated copy used to overflow the stack, and a workbook ledger read twice (check, copy).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { packageRoot } from '../../src/paths.ts';
import { writeLedger } from './bench-check.ts';
import type { BenchFigure } from './figure.ts';

const ROWS = 200_000;

/** The rows both writers get: a generator, so building them costs the same on both sides. */
const ROWS_SOURCE = `
  function* rows() {
    yield ['编号', '登记日期', '来源', '承办部门', '承办人', '转送单位', '转送日期', '告知日期', '受理日期', '办结日期', '答复日期', '问题'];
    for (let i = 0; i < ${ROWS}; i++) {
      const d = 45300 + (i % 700);
      yield ['N' + i, { number: d, format: 'yyyy-mm-dd' }, i % 5 ? '' : '交办', '城建科', '王某某', i % 5 ? '' : '区信访局', i % 5 ? null : { number: d + 3, format: 'yyyy-mm-dd' },
        { number: d + 9, format: 'yyyy-mm-dd' }, { number: d + 2, format: 'yyyy-mm-dd' }, i % 4 ? { number: d + 40, format: 'yyyy-mm-dd' } : null, null,
        i % 10 ? '' : '受理告知：逾期 3 天（期限 2024-03-01）；C列（登记日期）：日期格式无法识别'];
    }
  }
  const marks = (r) => (r % 20 === 1 ? { row: 'overdue' } : r % 20 === 2 ? { row: 'due-soon' } : r % 50 === 3 ? { cells: new Map([[7, 'bad']]) } : undefined);`;

const WRITERS: Record<string, string> = {
  xinfang: `
    const { writeWorkbook } = await import('./src/io/xlsx-write.ts');
    const bytes = await writeWorkbook([{ name: '台账', header: 0, widths: Array(12).fill(12), rows: rows(), marks }], 'bench');`,
  sheetjs: `
    const XLSX = (await import('xlsx')).default;
    const sheet = {};
    let r = 0;
    for (const row of rows()) {
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        sheet[XLSX.utils.encode_cell({ r, c })] = typeof v === 'object' ? { t: 'n', v: v.number, z: v.format } : { t: typeof v === 'number' ? 'n' : 's', v };
      });
      r++;
    }
    sheet['!ref'] = 'A1:L' + r;
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '台账');
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });`,
};

/** Run `script` (ESM, with tsx) in a child; its wall time and its own peak RSS. */
function measure(script: string): { seconds: number; rssMb: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `${script}\nprocess.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n');`], {
    cwd: packageRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(r.stderr);
  return { seconds, rssMb: Number(/MAXRSS (\d+)/.exec(r.stderr)![1]) / 1024 };
}

export async function benchXlsx(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const [name, write] of Object.entries(WRITERS)) {
    const m = measure(`${ROWS_SOURCE}\n${write}`);
    figures.push({ name: `write 200k-row annotated-like sheet, ${name}: wall time`, value: Number(m.seconds.toFixed(2)), unit: 's' });
    figures.push({ name: `write 200k-row annotated-like sheet, ${name}: peak RSS`, value: Math.round(m.rssMb), unit: 'MB' });
  }
  const dir = mkdtempSync(join(tmpdir(), 'xinfang-bench-xlsx-'));
  try {
    const csv = join(dir, 'ledger.csv');
    writeLedger(csv, ROWS);
    // The same ledger as a workbook (cells as text, as an office that typed ISO dates would have them).
    const book = XLSX.read(readFileSync(csv, 'utf8'), { type: 'string', raw: true, dense: true });
    const xlsx = join(dir, 'ledger.xlsx');
    writeFileSync(xlsx, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
    for (const [format, ledger] of [['CSV', csv], ['XLSX', xlsx]] as const) {
      const out = join(dir, `out-${format}`);
      const m = measure(`
        const { main } = await import('./src/cli/main.ts');
        process.exitCode = await main(['check', '--rules', 'rules/national', '--cases', ${JSON.stringify(ledger)}, '--as-of', '2026-03-01', '--out', ${JSON.stringify(out)}]);`);
      if (!existsSync(join(out, 'ledger.annotated.xlsx'))) throw new Error(`no annotated copy was written for the ${format} ledger`);
      figures.push({ name: `check 200k cases (${format}), default outputs incl. annotated copy: wall time`, value: Number(m.seconds.toFixed(2)), unit: 's' });
      figures.push({ name: `check 200k cases (${format}), default outputs incl. annotated copy: peak RSS`, value: Math.round(m.rssMb), unit: 'MB' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
