/**
 * Ledger-check benchmark, for `test/bench/run.ts`: generates 100,000- and 1,000,000-case
 * CSV ledgers (seeded) in a temp folder, checks each against rules/national in a child process
 * (`node src/cli/xinfang.js check … --json > /dev/null`, streamed), and reports wall time, cases/s
 * and peak RSS (the child's maxRSS via /usr/bin/time-free `process.resourceUsage` in a wrapper).
 * Targets for 1,000,000 cases on the 2-core machine: ≤ 15 s wall, ≤ 1 GB peak; with the default
 * outputs (report files in a folder) ≤ 1.3 × the `--json` time and ≤ 600 MB.
 *
 * DuckDB comparison (same file, `read_csv` with all columns as text): counts the cases whose
 * 告知日期 (notified) is empty and whose 登记日期 + 15 calendar days is before the as-of date — the
 * `notice` clock's overdue test WITHOUT the holiday roll (SQL has no State Council calendar) and
 * without date-format normalisation (the generated file writes ISO dates only). We do strictly
 * more work per case (every clock, the roll, violations, KPIs, full JSON output), so the ratio is
 * "our full check" ÷ "DuckDB's one overdue count".
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayFromYmd, formatDay } from '../../src/calendar/day.ts';
import { packageRoot } from '../../src/paths.ts';
import type { BenchFigure } from './figure.ts';

export const AS_OF = '2026-03-01';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Write an n-case national ledger (ISO dates, so DuckDB can read the same file). */
export function writeLedger(path: string, n: number): void {
  const rnd = random(n);
  const first = dayFromYmd(2024, 1, 1);
  const span = dayFromYmd(2026, 2, 28) - first;
  const fd = openSync(path, 'w');
  const depts = ['信访科', '办公室', '城建科', '民政科', '综治办'];
  let buf = '编号,登记日期,来源,承办部门,承办人,被反映对象,转送单位,转送日期,告知日期,受理日期,办结日期,答复日期\n';
  for (let i = 0; i < n; i++) {
    const r = first + Math.floor(rnd() * span);
    const fwd = rnd() < 0.2;
    const notified = rnd() < 0.9 ? formatDay(r + Math.floor(rnd() * 20)) : '';
    const accepted = r + Math.floor(rnd() * 4);
    const closed = rnd() < 0.8 ? formatDay(accepted + 5 + Math.floor(rnd() * 70)) : '';
    buf += `N${i},${formatDay(r)},${rnd() < 0.8 ? '' : '交办'},${depts[i % 5]},王某某,${rnd() < 0.01 ? '王某某' : ''},${fwd ? '区信访局' : ''},${fwd ? formatDay(r + 3) : ''},${notified},${formatDay(accepted)},${closed},${closed}\n`;
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
}

/**
 * Run the CLI's check on the ledger in a child process with stdout to /dev/null. The child runs
 * `main()` from src/cli/main.ts (exactly what `node src/cli/xinfang.js check … --json` runs, or
 * with `output` instead of `--json`) and reports its own peak RSS (`process.resourceUsage().maxRSS`,
 * KB) on stderr before exiting.
 */
export function runCheck(path: string, output: string[] = ['--json']): { seconds: number; rssMb: number; status: number | null } {
  const script = `
    const { main } = await import('./src/cli/main.ts');
    const code = await main(['check', '--rules', 'rules/national', '--cases', ${JSON.stringify(path)}, '--as-of', '${AS_OF}', ...${JSON.stringify(output)}]);
    process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n');
    process.exitCode = code;`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: packageRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - t0) / 1000;
  const kb = Number(/MAXRSS (\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  if (r.status !== 0) process.stderr.write(r.stderr ?? '');
  return { seconds, rssMb: kb / 1024, status: r.status };
}

/** DuckDB: the notice clock's overdue count without the holiday roll (see the module comment). */
async function duckdbSeconds(path: string): Promise<{ seconds: number; overdue: number }> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const t0 = performance.now();
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const reader = await con.runAndReadAll(
    `SELECT count(*) AS n FROM read_csv(${sqlString(path)}, header = true, all_varchar = true)
     WHERE "告知日期" IS NULL AND CAST("登记日期" AS DATE) + 15 < DATE '${AS_OF}'`,
  );
  const overdue = Number(reader.getRows()[0]![0]);
  const seconds = (performance.now() - t0) / 1000;
  con.closeSync?.();
  return { seconds, overdue };
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Run the ledger-check benchmarks. */
export async function benchCheck(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'xinfang-bench-check-'));
  const figures: BenchFigure[] = [];
  try {
    for (const n of [100_000, 1_000_000]) {
      const path = join(dir, `national-${n}.csv`);
      writeLedger(path, n);
      const run = runCheck(path);
      if (run.status !== 0) throw new Error(`check exited ${run.status} on ${n} cases`);
      const duck = await duckdbSeconds(path);
      const label = n === 1_000_000 ? '1M' : '100k';
      figures.push(
        { name: `check ${label} cases: wall time (target ≤ 15 s for 1M)`, value: round(run.seconds), unit: 's' },
        { name: `check ${label} cases: throughput`, value: Math.round(n / run.seconds), unit: 'cases/s' },
        { name: `check ${label} cases: peak RSS (target ≤ 1024 MB for 1M)`, value: Math.round(run.rssMb), unit: 'MB' },
        { name: `DuckDB ${label}: notice-overdue count (no roll)`, value: round(duck.seconds), unit: 's' },
        { name: `check ${label} ÷ DuckDB ${label}`, value: round(run.seconds / duck.seconds), unit: '×' },
      );
      if (n !== 1_000_000) continue;
      // The default outputs (HTML, JSON file, XLSX, the problem-rows workbook) against --json alone.
      const reports = runCheck(path, ['--out', join(dir, 'reports')]);
      if (reports.status !== 0) throw new Error(`check with the default outputs exited ${reports.status} on ${n} cases`);
      figures.push(
        { name: `check ${label} cases, default outputs: wall time`, value: round(reports.seconds), unit: 's' },
        { name: `check ${label} cases, default outputs ÷ --json (target ≤ 1.3)`, value: round(reports.seconds / run.seconds), unit: '×' },
        { name: `check ${label} cases, default outputs: peak RSS (target ≤ 600 MB)`, value: Math.round(reports.rssMb), unit: 'MB' },
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

const round = (x: number) => Math.round(x * 100) / 100;

// `npx tsx test/bench/bench-check.ts` runs this benchmark alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await benchCheck()) process.stdout.write(`${f.name}: ${f.value} ${f.unit}\n`);
}
