/**
 * The database side of `xinfang check` (docs/sql.md "Checking a database"): `--db URL` with
 * `--table T` or `--query SQL` names the ledger in PostgreSQL instead of `--cases FILE`, and
 * `--emit-sql` prints the script such a check runs instead of running it. The check itself is
 * src/sql/pg-check.ts; check.ts writes the reports as for a file.
 */
import { resolve } from 'node:path';
import { messages } from '../diagnostics/messages.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import { dbDisplayName, postgresScript } from '../sql/pg-check.ts';
import { TABLE_NAME, type DbSource } from '../sql/pg-script.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliContext } from './command.ts';
import { CLI_MESSAGES } from './messages.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';

const MESSAGES = messages({
  zh: {
    tableOrQuery: '--db 需要 --table 表名或 --query 查询（二者选一）。',
    onlyWithDb: (flag: string) => `${flag} 只能与 --db 一起使用。`,
    badTable: (text: string) => `--table “${text}”不是表名（可写 模式.表名；名称含大写或空格时加双引号，或改用 --query）。`,
    notWithDb: (flag: string) => `${flag} 用于台账文件，不能与 --db 一起使用（数据库中的台账由数据库自己检查）。`,
  },
  en: {
    tableOrQuery: '--db needs either --table NAME or --query SQL.',
    onlyWithDb: (flag) => `${flag} goes with --db only.`,
    badTable: (text) => `--table "${text}" is not a table name (schema.table is fine; double-quote a name with capitals or spaces, or use --query).`,
    notWithDb: (flag) => `${flag} is for a ledger file and does not go with --db (a database ledger is checked by the database itself).`,
  },
});

/** A check of a ledger in a database: where it is, and how reports name it. */
export interface DbRequest {
  url: string;
  source: DbSource;
  /** The ledger's name in diagnostics and reports (password masked). */
  display: string;
  /** The report files' stem: the table's name, or `query`. */
  stem: string;
}

/** The database options, or undefined for a ledger file; a usage error when they do not fit together. */
export function dbRequest(values: { db?: string; table?: string; query?: string; 'emit-sql'?: boolean; sheet?: string; engine?: string }, ctx: CliContext): DbRequest | undefined {
  const m = MESSAGES[ctx.lang];
  if (values.db === undefined) {
    const stray = (['table', 'query', 'emit-sql'] as const).find((k) => values[k] !== undefined);
    if (stray) throw new UsageError(m.onlyWithDb(`--${stray}`));
    return undefined;
  }
  const fileOnly = (['sheet', 'engine'] as const).find((k) => values[k] !== undefined);
  if (fileOnly) throw new UsageError(m.notWithDb(`--${fileOnly}`));
  if ((values.table === undefined) === (values.query === undefined)) throw new UsageError(m.tableOrQuery);
  if (values.table !== undefined && !TABLE_NAME.test(values.table)) throw new UsageError(m.badTable(values.table));
  const source: DbSource = values.table !== undefined ? { table: values.table } : { query: values.query! };
  const stem = values.table?.split('.').pop()!.replace(/"/g, '').replace(/[\\/:*?<>|\s]+/g, '_') ?? 'query';
  return { url: values.db, source, display: dbDisplayName(values.db, source), stem };
}

/** `--emit-sql`: print (or write to `--out FILE`) the script a check would run; connects to nothing. */
export async function emitDbSql(req: DbRequest, ruleSet: CompiledRuleSet, asOf: number, out: string | undefined, ctx: CliContext): Promise<number> {
  const script = await postgresScript(ruleSet, req.source, asOf);
  for (const line of formatDiagnostics(script.diagnostics, ctx.lang)) ctx.stderr(line);
  if (!script.sql) return EXIT_INVALID;
  if (out === undefined) {
    ctx.stdout(script.sql);
    return EXIT_OK;
  }
  writeFileAtomic(resolve(ctx.cwd, out), script.sql);
  ctx.stderr(CLI_MESSAGES[ctx.lang].wrote(out));
  return EXIT_OK;
}

/** Guard `--out FILE` of `--emit-sql` (before the rules are built, as every command does). */
export function guardScriptOut(ctx: CliContext, rules: string, out: string): void {
  guardOutputs(ctx, { ruleSets: [rules] }, { flag: '--out', path: out, kind: 'file' });
}
