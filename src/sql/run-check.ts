/**
 * A check run by the compiled SQL (docs/sql.md) in any engine that can run it: the script is
 * executed, the cases and the three result views are read back in ledger order, and each case goes
 * through the checker (src/check/checker.ts) with the SQL's rows as its judgement
 * (src/sql/sql-judge.ts). The result is the TypeScript engine's own: the same findings, violations,
 * summary, KPIs (src/kpi) and diagnostics, for every report writer.
 *
 * Dialect-neutral: the engine is a {@link SqlDatabase}, "run this script, give me these rows".
 */
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.ts';
import { formatDay } from '../calendar/day.ts';
import { Checker, type CheckOutcome, type CheckSink } from '../check/checker.ts';
import type { LedgerLayout } from '../ledger/assemble.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import { compileSql } from './compile-sql.ts';
import type { DialectName } from './dialect.ts';
import { caseOfRow } from './ledger-rows.ts';
import { SqlJudge, type SqlRow } from './sql-judge.ts';

/** An engine that runs the compiled SQL. */
export interface SqlDatabase {
  dialect: DialectName;
  /** Run a script of statements. */
  run(sql: string): Promise<void>;
  /**
   * The rows of a table or view ordered by its column `row`, in batches, as JS values (text, numbers,
   * booleans, text lists as arrays, dates as `YYYY-MM-DD`, null); several are read at once.
   */
  ordered(relation: string): AsyncIterable<readonly SqlRow[]>;
}

/** Options of {@link checkWithSql}. */
export interface SqlCheckOptions {
  /** The as-of day index. */
  asOf: number;
  lang: Lang;
  /** The ledger's name, for diagnostics. */
  file: string;
  sink: CheckSink;
  /**
   * The input relation: the columns of docs/sql.md "Input", optionally with `id_missing`, `notes`,
   * `petitioner`, `phone` and `id_number` (src/sql/ledger-rows.ts). Default `xinfang_ledger`.
   */
  input?: string;
  /** The ledger's layout when it was read from a file (column letters in diagnostics, KPIs 不适用). */
  layout?: LedgerLayout;
}

/** Reads one ordered query, handing out the rows of one `row` number at a time. */
class RowCursor {
  private batch: readonly SqlRow[] = [];
  private at = 0;
  private done = false;
  private readonly rows: AsyncIterator<readonly SqlRow[]>;

  constructor(rows: AsyncIterable<readonly SqlRow[]>) {
    this.rows = rows[Symbol.asyncIterator]();
  }

  private async peek(): Promise<SqlRow | undefined> {
    while (this.at >= this.batch.length && !this.done) {
      const next = await this.rows.next();
      if (next.done) this.done = true;
      else [this.batch, this.at] = [next.value, 0];
    }
    return this.done ? undefined : this.batch[this.at];
  }

  /** Every row numbered `row` (the query is ordered by `row`, each number at most once in the cases). */
  async take(row: number): Promise<SqlRow[]> {
    const out: SqlRow[] = [];
    for (let r = await this.peek(); r && Number(r.row) <= row; r = await this.peek()) {
      if (Number(r.row) === row) out.push(r);
      this.at++;
    }
    return out;
  }

  /** The next row, or undefined at the end. */
  async next(): Promise<SqlRow | undefined> {
    const r = await this.peek();
    if (r) this.at++;
    return r;
  }
}

/**
 * Check the ledger in `db` (already loaded into the input relation) against `ruleSet`. `outcome`
 * is absent when the rule set does not compile to SQL (SQL_UNSUPPORTED in the diagnostics).
 */
export async function checkWithSql(ruleSet: CompiledRuleSet, db: SqlDatabase, opts: SqlCheckOptions): Promise<{ outcome?: CheckOutcome; diagnostics: Diagnostic[] }> {
  const input = opts.input ?? 'xinfang_ledger';
  const compiled = compileSql(ruleSet, { dialect: db.dialect, input, asOf: formatDay(opts.asOf), tables: true });
  if (!compiled.sql) return { diagnostics: compiled.diagnostics };
  await db.run(compiled.sql);
  const judge = new SqlJudge();
  const checker = new Checker(ruleSet, { asOf: opts.asOf, lang: opts.lang, file: opts.file, sink: opts.sink, judge: judge.judge });
  if (opts.layout) checker.setLayout(opts.layout);
  const ordered = (relation: string) => new RowCursor(db.ordered(relation));
  const cases = ordered(input);
  const findings = ordered('xinfang_findings');
  const petitioner = ordered('xinfang_petitioner');
  const violations = ordered('xinfang_violations');
  for (let r = await cases.next(); r; r = await cases.next()) {
    const c = caseOfRow(r);
    judge.rows = { findings: await findings.take(c.row), petitioner: await petitioner.take(c.row), violations: await violations.take(c.row) };
    checker.add(c);
  }
  const outcome = checker.finish();
  return { outcome, diagnostics: outcome.diagnostics };
}
