/**
 * The differential harness of test/sql: the same cases through the TypeScript checker (the
 * reference) and through the compiled SQL in DuckDB and in PostgreSQL (PGlite, WASM); findings,
 * petitioner windows, violations and the warnings `xinfang_unresolved` stands for compared row for
 * row. A mismatch names the case and prints both results.
 */
import { PGlite } from '@electric-sql/pglite';
import { parseDay } from '../../src/calendar/day.ts';
import { headerSynonyms, ruleSetLevels } from '../../src/check/check-ledger.ts';
import { Checker } from '../../src/check/checker.ts';
import type { Finding, PetitionerEntry, Violation } from '../../src/check/result.ts';
import type { CatalogueDiagnostic } from '../../src/diagnostics/catalogue.ts';
import type { LedgerCase } from '../../src/ledger/ledger-case.ts';
import { readLedger } from '../../src/ledger/read-ledger.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';
import { INPUT_COLUMNS } from '../../src/sql/cases-sql.ts';
import { compileSql, FINDING_COLUMNS } from '../../src/sql/compile-sql.ts';
import type { DialectName } from '../../src/sql/dialect.ts';
import { ledgerRow, type InputValue } from '../../src/sql/ledger-rows.ts';
import { openDuck } from './run-duckdb.ts';

/** What both engines produce, each row as canonical JSON text. */
export interface Results {
  findings: string[];
  petitioner: string[];
  violations: string[];
  /** The warnings `xinfang_unresolved` stands for, summed up as the checker does (per text, its first row). */
  unresolved: string[];
}

const keyed = (o: Record<string, unknown>, keys: readonly string[]) => JSON.stringify(Object.fromEntries(keys.filter((k) => o[k] !== undefined && o[k] !== null || k === 'stop').map((k) => [k, o[k] ?? null])));
const PETITIONER_KEYS = ['case', 'window', 'version', 'from', 'due', 'request', 'status', 'provisional', 'assumed'] as const;
const VIOLATION_KEYS = ['case', 'code', 'version', 'clock'] as const;

/** The checker's codes `xinfang_unresolved` lists; all but CHECK_NO_VERSION are summed up per text. */
const UNRESOLVED_CODES = new Set(['CHECK_UNKNOWN_CATEGORY', 'CHECK_EMPTY_CATEGORY', 'CHECK_UNKNOWN_DEPARTMENT', 'CHECK_EMPTY_DEPARTMENT', 'CHECK_NO_VERSION']);
/** A warning as compared, its first row as `case` (which `differences` groups a failure's lines by). */
const unresolvedKey = (row: number, code: string, value: string | null, cases: number) => JSON.stringify({ case: String(row), code, value, cases });

/** A finding as compared: the contract's fields (optional ones only when present). */
function findingKey(f: Record<string, unknown>): string {
  return keyed(f, FINDING_COLUMNS);
}

/** Read a ledger file with our reader. */
export async function readCases(path: string, ruleSet: CompiledRuleSet): Promise<LedgerCase[]> {
  const cases: LedgerCase[] = [];
  const r = await readLedger(path, { displayName: path, headers: headerSynonyms(ruleSet), levels: ruleSetLevels(ruleSet), onCase: (c) => cases.push(c) });
  if (!r.ok) throw new Error(`not a ledger: ${path}`);
  return cases;
}

/** The TypeScript engine's results. */
export function engineResults(ruleSet: CompiledRuleSet, cases: readonly LedgerCase[], asOf: string): Results {
  const out: Results = { findings: [], petitioner: [], violations: [], unresolved: [] };
  const checker = new Checker(ruleSet, {
    asOf: parseDay(asOf)!,
    lang: 'zh',
    file: 'ledger',
    sink: {
      finding: (f: Finding) => out.findings.push(findingKey(f as unknown as Record<string, unknown>)),
      petitioner: (p: PetitionerEntry) => out.petitioner.push(keyed(p as unknown as Record<string, unknown>, PETITIONER_KEYS)),
      violation: (v: Violation) => out.violations.push(keyed(v as unknown as Record<string, unknown>, VIOLATION_KEYS)),
    },
  });
  for (const c of cases) checker.add(c);
  for (const d of checker.finish().diagnostics as CatalogueDiagnostic[]) {
    if (!UNRESOLVED_CODES.has(d.code)) continue;
    const a = d.args as { value?: string; count?: number; date?: string };
    out.unresolved.push(unresolvedKey(d.row!, d.code, (d.code === 'CHECK_NO_VERSION' ? a.date : a.value) || null, a.count ?? 1));
  }
  return out;
}

/**
 * `xinfang_unresolved`'s rows summed up as the checker does: per code and text, the cases and the
 * first row (CHECK_NO_VERSION one per case).
 */
function unresolvedAsChecked(rows: Record<string, unknown>[]): string[] {
  const groups = new Map<string, { row: number; code: string; value: string | null; cases: number }>();
  for (const r of rows) {
    const row = Number(r.row);
    const code = String(r.code);
    const value = (r.value as string | null) ?? null;
    const key = code === 'CHECK_NO_VERSION' ? `${code} ${row}` : JSON.stringify([code, value]);
    const g = groups.get(key);
    if (g) {
      g.cases++;
      g.row = Math.min(g.row, row);
    } else groups.set(key, { row, code, value, cases: 1 });
  }
  return [...groups.values()].map((g) => unresolvedKey(g.row, g.code, g.value, g.cases));
}

/** Rows of the four views, as compared. */
function sqlResults([findings, petitioner, violations, unresolved]: Record<string, unknown>[][]): Results {
  const fix = (r: Record<string, unknown>) => ({ ...r, days_late: Number(r.days_late), paused_days: r.paused_days === null ? undefined : Number(r.paused_days), explained: r.explained ?? undefined });
  return {
    findings: findings!.map((r) => findingKey(fix(r))),
    petitioner: petitioner!.map((r) => keyed(r, PETITIONER_KEYS)),
    violations: violations!.map((r) => keyed(r, VIOLATION_KEYS)),
    unresolved: unresolvedAsChecked(unresolved!),
  };
}

const QUERIES = ['findings', 'petitioner', 'violations', 'unresolved'].map((v) => `SELECT * FROM xinfang_${v}`);

/** The compiled SQL's results in `dialect`'s engine (DuckDB embedded, PostgreSQL as PGlite). */
export async function sqlEngineResults(dialect: DialectName, ruleSet: CompiledRuleSet, cases: readonly LedgerCase[], asOf: string): Promise<Results> {
  const compiled = compileSql(ruleSet, { dialect, asOf });
  if (!compiled.sql) throw new Error(JSON.stringify(compiled.diagnostics));
  const rows = cases.map(ledgerRow);
  if (dialect === 'duckdb') {
    const db = await openDuck();
    try {
      await db.append(rows);
      await db.connection.run(compiled.sql);
      const read = async (q: string) => (await db.connection.runAndReadAll(q)).getRowObjectsJS() as Record<string, unknown>[];
      const views: Record<string, unknown>[][] = [];
      for (const q of QUERIES) views.push(await read(q));
      return sqlResults(views);
    } finally {
      db.close();
    }
  }
  // One PostgreSQL per test file (starting one takes seconds), emptied for each run.
  const pg = await (postgres ??= PGlite.create());
  await pg.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  {
    await pg.exec(`CREATE TABLE xinfang_ledger (${INPUT_COLUMNS.map((c) => (c === 'row' ? '"row" integer' : `${c} text`)).join(', ')})`);
    await insertRows(pg, rows);
    // As a database would have it: statistics, so the planner probes the calendar's keys for a small ledger.
    await pg.exec('ANALYZE xinfang_ledger');
    await pg.exec(compiled.sql);
    const views: Record<string, unknown>[][] = [];
    for (const q of QUERIES) views.push((await pg.query<Record<string, unknown>>(q)).rows);
    return sqlResults(views);
  }
}

let postgres: Promise<PGlite> | undefined;

/** INSERT in batches of 500 rows with parameters. */
async function insertRows(pg: PGlite, rows: readonly InputValue[][]): Promise<void> {
  const width = INPUT_COLUMNS.length;
  const cols = INPUT_COLUMNS.map((c) => (c === 'row' ? '"row"' : c)).join(', ');
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const params: InputValue[] = [];
    const tuples = batch.map((r, j) => {
      for (const v of r) params.push(v === null ? null : String(v));
      return `(${r.map((_, k) => `$${j * width + k + 1}`).join(', ')})`;
    });
    await pg.query(`INSERT INTO xinfang_ledger (${cols}) VALUES ${tuples.join(', ')}`, params);
  }
}

/** Rows in one list and not the other (multisets), grouped by case, for a readable failure. */
export function differences(engine: string[], sql: string[], limit = 10): string {
  const count = new Map<string, number>();
  for (const r of engine) count.set(r, (count.get(r) ?? 0) + 1);
  const onlySql: string[] = [];
  for (const r of sql) {
    const n = count.get(r) ?? 0;
    if (n > 0) count.set(r, n - 1);
    else onlySql.push(r);
  }
  const onlyEngine = [...count].flatMap(([r, n]) => Array<string>(n).fill(r));
  if (!onlyEngine.length && !onlySql.length) return '';
  const caseOf = (r: string) => String((JSON.parse(r) as { case: string }).case);
  const cases = [...new Set([...onlyEngine, ...onlySql].map(caseOf))].slice(0, limit);
  return cases
    .map((c) => [`case ${c}:`, ...onlyEngine.filter((r) => caseOf(r) === c).map((r) => `  engine ${r}`), ...onlySql.filter((r) => caseOf(r) === c).map((r) => `  sql    ${r}`)].join('\n'))
    .join('\n');
}
