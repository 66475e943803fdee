/**
 * `xinfang check --db URL (--table T | --query SQL)` (docs/sql.md "Checking a database"): the
 * ledger is checked inside PostgreSQL by the compiled rules, in one transaction that creates only
 * temporary objects and is rolled back (src/sql/pg-script.ts), and the results come back through
 * src/sql/run-check.ts as the TypeScript engine's own result, for every report writer. The same
 * steps, recorded instead of run, are the script `--emit-sql` prints: nothing is connected to then.
 */
import { diagnostic } from '../diagnostics/catalogue.ts';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.ts';
import type { CheckOutcome, CheckSink } from '../check/checker.ts';
import type { LedgerLayout } from '../ledger/assemble.ts';
import { COLUMN_BY_ALIAS } from '../ledger/columns.ts';
import type { LedgerColumn } from '../ledger/ledger-case.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import { compileSql } from './compile-sql.ts';
import { connectPostgres, FETCH_BATCH, maskUrl, orderedQuery, serverError } from './pg-database.ts';
import { pgPrelude, type DbSource } from './pg-script.ts';
import { checkWithSql, type SqlDatabase } from './run-check.ts';
import type { SqlRow } from './sql-judge.ts';

/** The relation's columns as the prelude matched them. */
const COLUMNS_QUERY = 'SELECT "column", alias, used FROM pg_temp.xinfang_columns ORDER BY ord';
/** The input table the prelude fills. */
const INPUT = 'xinfang_ledger';
/** Nothing stays: every object was temporary, and the transaction is undone. */
const END = 'ROLLBACK;';

/** Options of {@link checkInPostgres}. */
export interface DbCheckOptions {
  source: DbSource;
  /** The as-of day index. */
  asOf: number;
  lang: Lang;
  sink: CheckSink;
}

/** What a check in the database gives: the checker's outcome, or diagnostics saying why there is none. */
export interface DbCheckResult {
  outcome?: CheckOutcome;
  diagnostics: Diagnostic[];
  /** The ledger as diagnostics and reports name it: the table (or `--query`) and the URL, password masked. */
  display: string;
}

/** How the ledger is named: `台账 (postgres://user:***@host/db)`. */
export function dbDisplayName(url: string, source: DbSource): string {
  return `${'table' in source ? source.table : '--query'} (${maskUrl(url)})`;
}

/**
 * The layout of the relation (its columns by name, as a ledger's header), with the reader's
 * diagnostics for a column matched twice and for a missing 登记日期 (then there is no layout).
 */
function layoutOf(rows: readonly SqlRow[], file: string): { layout?: LedgerLayout; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const columns: LedgerColumn[] = [];
  const first = new Map<string, string>();
  rows.forEach((r, index) => {
    const header = String(r.column);
    const alias = r.alias === null ? undefined : String(r.alias);
    if (alias && r.used === true) first.set(alias, header);
    else if (alias) diagnostics.push(diagnostic('LEDGER_DUPLICATE_COLUMN', { zh: COLUMN_BY_ALIAS.get(alias)!.zh, first: first.get(alias)! }, { file, header }));
    columns.push({ index, letter: '', header, ...(alias && r.used === true ? { alias } : {}) });
  });
  if (!first.has('received')) return { diagnostics: [...diagnostics, diagnostic('LEDGER_NO_RECEIVED_COLUMN', {}, { file })] };
  return { layout: { headerRow: 0, columns }, diagnostics };
}

/** Check the ledger in the database at `url`; never throws for the server's errors (diagnostics say what failed). */
export async function checkInPostgres(url: string, ruleSet: CompiledRuleSet, opts: DbCheckOptions): Promise<DbCheckResult> {
  const display = dbDisplayName(url, opts.source);
  const unsupported = compileSql(ruleSet, { dialect: 'postgres' }).diagnostics;
  if (unsupported.length) return { diagnostics: unsupported, display };
  const connection = await connectPostgres(url);
  if (!('db' in connection)) return { diagnostics: [connection], display };
  const { db } = connection;
  try {
    const prelude = pgPrelude(ruleSet, opts.source);
    await db.run(prelude.head);
    await connection.single(prelude.relation);
    await db.run(prelude.tail);
    const { layout, diagnostics } = layoutOf(await connection.rows(COLUMNS_QUERY), display);
    if (!layout) return { diagnostics, display };
    const checked = await checkWithSql(ruleSet, db, { asOf: opts.asOf, lang: opts.lang, file: display, sink: opts.sink, input: INPUT, layout });
    return { ...checked, diagnostics: [...diagnostics, ...checked.diagnostics], display };
  } catch (e) {
    const reason = serverError(e);
    if (reason === undefined) throw e;
    return { diagnostics: [diagnostic('DB_QUERY_FAILED', { url: maskUrl(url), reason }, {})], display };
  } finally {
    await db.run(END).catch(() => undefined);
    await connection.close();
  }
}

/** The whole script a check runs, as `--emit-sql` prints it; absent when the rules do not compile to SQL. */
export async function postgresScript(ruleSet: CompiledRuleSet, source: DbSource, asOf: number): Promise<{ sql?: string; diagnostics: Diagnostic[] }> {
  const parts: string[] = [];
  const recorder: SqlDatabase = {
    dialect: 'postgres',
    run: async (sql) => void parts.push(sql),
    ordered: (relation) => {
      parts.push(`${orderedQuery(relation)};`);
      return (async function* () {})();
    },
  };
  const prelude = pgPrelude(ruleSet, source);
  parts.push(prelude.head, prelude.relation, prelude.tail);
  parts.push(`-- The relation's columns and the aliases they matched.\n${COLUMNS_QUERY};`);
  const sink: CheckSink = { finding: () => undefined, petitioner: () => undefined, violation: () => undefined };
  const checked = await checkWithSql(ruleSet, recorder, { asOf, lang: 'zh', file: '', sink, input: INPUT });
  if (!checked.outcome) return { diagnostics: checked.diagnostics };
  parts.push(`-- The rows above are read back in batches of ${FETCH_BATCH} rows through cursors; then everything is undone.\n${END}\n`);
  return { sql: parts.join('\n'), diagnostics: [] };
}
