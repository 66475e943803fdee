/**
 * Parquet ledgers (docs/ledger-columns.md "Parquet"): read through DuckDB, their cells come as the
 * text a CSV export of the same table holds — DATE as YYYY-MM-DD, a TIMESTAMP at midnight as a plain
 * date, other TIMESTAMPs to the second, a TIMESTAMP WITH TIME ZONE in Beijing time — so a sample
 * ledger written to Parquet by DuckDB (COPY … TO, its columns typed by DuckDB's CSV sniffer) checks
 * exactly as the CSV does, with either engine; a damaged file, a sheet name and a file name that
 * read_parquet would take as a pattern are refused with their diagnostics.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.ts';
import { streamParquet } from '../../src/ledger/read-parquet.ts';
import { cli } from './check-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'xinfang-parquet-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run statements in a fresh in-memory DuckDB. */
async function duck(...sql: string[]): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    for (const s of sql) await con.run(s);
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

/** The rows streamParquet hands over. */
async function rows(path: string): Promise<(string | null)[][]> {
  const out: (string | null)[][] = [];
  const end = await streamParquet(path, (cells, row) => void out.push([String(row), ...cells]));
  expect(end).toEqual({ ok: true });
  return out;
}

describe('cells', () => {
  it('typed columns come as the text a CSV export holds', async () => {
    const path = join(dir, 'typed.parquet');
    await duck(
      `COPY (SELECT 'A1' AS 编号, DATE '2026-03-05' AS 登记日期, TIMESTAMP '2026-03-06 00:00:00' AS 受理日期,
         TIMESTAMPTZ '2026-03-09 02:30:00+00' AS 答复日期, TIMESTAMP '2026-03-10 08:05:09' AS 办结日期,
         2.0::DOUBLE AS 人数, 15::BIGINT AS 延期天数, NULL::VARCHAR AS 备注) TO '${path}' (FORMAT parquet)`,
    );
    // Hand-written: 02:30 UTC is 10:30 in Beijing (UTC+8); midnight is a plain date; NULL an empty cell.
    expect(await rows(path)).toEqual([
      ['1', '编号', '登记日期', '受理日期', '答复日期', '办结日期', '人数', '延期天数', '备注'],
      ['2', 'A1', '2026-03-05', '2026-03-06', '2026-03-09 10:30:00', '2026-03-10 08:05:09', '2.0', '15', null],
    ]);
  });
});

describe('a sample ledger as Parquet checks as the CSV does', () => {
  // The national sample without its title line, so that CSV and Parquet number their rows alike.
  const csv = join(dir, 'national.csv');
  const parquet = join(dir, 'national.parquet');
  beforeAll(async () => {
    const text = readFileSync(join(packageRoot, 'data/ledgers/national.csv'), 'utf8');
    writeFileSync(csv, text.slice(text.indexOf('\n') + 1));
    await duck(`COPY (SELECT * FROM read_csv('${csv}')) TO '${parquet}' (FORMAT parquet)`);
  });

  it.each(['ts', 'duckdb'])('--engine %s: the same --json output', { timeout: 120_000 }, async (engine) => {
    const run = (path: string) => cli(['check', '--rules', 'rules/national', '--cases', path, '--as-of', '2026-03-31', '--json', '--engine', engine]);
    const fromCsv = await run(csv);
    const fromParquet = await run(parquet);
    expect(fromCsv.code).toBe(0);
    expect(fromParquet.code).toBe(0);
    const json = JSON.parse(fromCsv.stdout);
    expect(json.findings.length).toBeGreaterThan(100);
    expect(json.diagnostics.length).toBeGreaterThan(0);
    expect(fromParquet.stdout.replaceAll(parquet, csv)).toBe(fromCsv.stdout);
  });

  it('writes the reports, the annotated copy with the Parquet file\'s rows', { timeout: 120_000 }, async () => {
    const out = join(dir, 'reports');
    const r = await cli(['check', '--rules', 'rules/national', '--cases', parquet, '--as-of', '2026-03-31', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('（Parquet）');
    expect(r.stdout).toContain('national.annotated.xlsx');
  });
});

describe('refused', () => {
  it('a damaged file: LEDGER_PARQUET_DAMAGED, nothing checked (exit 1)', async () => {
    const path = join(dir, 'damaged.parquet');
    writeFileSync(path, Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 7)]));
    const r = await cli(['check', '--rules', 'rules/national', '--cases', path, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('LEDGER_PARQUET_DAMAGED');
  });

  it('--sheet: a Parquet file has no sheets (LEDGER_NOT_A_WORKBOOK)', async () => {
    const r = await cli(['check', '--rules', 'rules/national', '--cases', join(dir, 'national.parquet'), '--sheet', '台账', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('LEDGER_NOT_A_WORKBOOK  台账是 Parquet 文件，没有工作表，不能按 --sheet“台账”读取。');
  });

  it('a name read_parquet would take as a pattern matching another file too (LEDGER_PARQUET_NAME_PATTERN)', async () => {
    const pattern = join(dir, 'p*.parquet');
    await duck(`COPY (SELECT 'A1' AS 编号) TO '${pattern}' (FORMAT parquet)`, `COPY (SELECT 'B1' AS 编号) TO '${join(dir, 'p1.parquet')}' (FORMAT parquet)`);
    const r = await cli(['check', '--rules', 'rules/national', '--cases', pattern, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('LEDGER_PARQUET_NAME_PATTERN');
  });
});
