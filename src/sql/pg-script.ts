/**
 * The script `xinfang check --db` runs in PostgreSQL around the compiled rules (docs/sql.md
 * "Checking a database"): one transaction that writes only temporary objects and is rolled back.
 * Its prelude puts `pg_temp` first on the search path (so every table and view the compiled SQL
 * creates is temporary), fixes the time zone and date style the dates are read in, and copies the
 * user's table or query into the temporary input table `xinfang_ledger` with the canonical columns
 * (docs/sql.md "Input"), matching the relation's column names as the ledger reader matches headers
 * (src/ledger/columns.ts: the same alias table and the rule set's `ledger.headers`). The matching
 * runs in the database (a `DO` block), so the script is complete before anything is connected to
 * and `--emit-sql` prints exactly what a run executes. Pure.
 */
import { headerSynonyms } from '../check/check-ledger.ts';
import { headerIndex } from '../ledger/columns.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import { INPUT_COLUMNS } from './cases-sql.ts';
import { quote } from './dialect.ts';

/** Where the ledger is: a table (or view) name, or a query. */
export type DbSource = { table: string } | { query: string };

/** The canonical columns of `xinfang_ledger`, in order: the input columns, then 备注 and the personal data. */
export const DB_LEDGER_COLUMNS: readonly string[] = [...INPUT_COLUMNS, 'notes', 'petitioner', 'phone', 'id_number'];

/**
 * A table name as `--table` takes it: one or two parts (`schema.table`), each an identifier
 * (letters of any script, digits, `_`, `$`; folded to lower case by PostgreSQL) or a double-quoted
 * name without `"` in it (kept as written). Anything else would not be a name, and is refused.
 */
export const TABLE_NAME = /^(?:[\p{L}_][\p{L}\p{N}_$]*|"[^"]+")(?:\.(?:[\p{L}_][\p{L}\p{N}_$]*|"[^"]+"))?$/u;

/**
 * `normaliseHeader` of src/ledger/columns.ts in SQL, applied to a column name: no spaces, half-width
 * brackets, no `*` marks, no trailing unit in brackets, no trailing colon, lower case.
 * test/sql/pg-check.test.ts compares the two on a table of header forms (spaces, brackets, marks, case).
 */
export function normalisedName(expr: string): string {
  const spaces = `regexp_replace(${expr}, '[\\s\u3000]+', '', 'g')`;
  const marks = `regexp_replace(translate(${spaces}, '（）', '()'), '^\\*+|\\*+$', '', 'g')`;
  return `lower(regexp_replace(regexp_replace(${marks}, '\\([^)]*\\)$', ''), '[:：]$', ''))`;
}

/**
 * The value of canonical column `alias` in the input table, as a `format()` template whose `%s` is
 * the user's column (or NULL when the relation has none): text, with 编号, 来源, 等级 and 人数 filled
 * as the reader fills an empty cell (src/ledger/assemble.ts: 第N行, 直接, 一般, 1).
 */
function template(alias: string): string {
  const cell = "NULLIF(trim(CAST(%s AS text)), '')";
  if (alias === 'id') return `COALESCE(${cell}, '第' || xinfang_row || '行')`;
  if (alias === 'id_missing') return `CASE WHEN ${cell} IS NULL THEN 1 END`;
  const empty = ({ source: '直接', level: '一般', persons: '1' } as Record<string, string>)[alias];
  return empty ? `COALESCE(${cell}, ${quote(empty)})` : cell;
}

/** The statement of the `DO` block that sets `keys` to the primary key of `table` (`s.a, s.b`), or NULL. */
function primaryKey(table: string): string {
  return `  SELECT string_agg(format('s.%I', a.attname), ', ' ORDER BY k.n) INTO keys
  FROM pg_index i, generate_series(0, i.indnatts - 1) AS k(n), pg_attribute a
  WHERE i.indrelid = CAST(${quote(table)} AS regclass) AND i.indisprimary AND a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n];
`;
}

/** The prelude in three parts: the transaction and its settings; the relation; the column matching and the input table. */
export interface Prelude {
  head: string;
  /**
   * The one statement that holds the user's `--query`: it is sent alone (the extended protocol takes
   * one statement), so that a query with a `;` in it cannot run a second statement, a `COMMIT` say.
   */
  relation: string;
  tail: string;
}

/** The prelude of the check of `source` (module comment). */
export function pgPrelude(ruleSet: CompiledRuleSet, source: DbSource): Prelude {
  const wanted = new Set(DB_LEDGER_COLUMNS);
  const headers = [...headerIndex(headerSynonyms(ruleSet))].filter(([, alias]) => wanted.has(alias));
  const relation = 'table' in source ? `SELECT * FROM ${source.table}` : source.query.replace(/[\s;]+$/, '');
  // Each output column: its name, the alias whose user column it reads, its template.
  const outputs = [...DB_LEDGER_COLUMNS.filter((c) => c !== 'row'), 'id_missing'].map((c) => `(${quote(c)}, ${quote(c === 'id_missing' ? 'id' : c)}, ${quote(template(c))})`);
  const head = `-- xinfang check --db: one transaction that writes only temporary objects (pg_temp) and is rolled back.
BEGIN ISOLATION LEVEL REPEATABLE READ;
-- Everything created from here on is temporary: pg_temp comes first on the search path.
SELECT set_config('search_path', 'pg_temp, ' || current_setting('search_path'), true);
-- Dates and times as the ledger means them: Beijing time, ISO text (docs/sql.md "Input").
SET LOCAL TimeZone = 'Asia/Shanghai';
SET LOCAL DateStyle = 'ISO, YMD';
-- A table without a primary key is read from its first stored row (not from where another scan is).
SET LOCAL synchronize_seqscans = off;
`;
  // The semicolon on a line of its own: the query may end in a -- comment.
  const view = `-- The ledger as given (--table or --query).
CREATE VIEW pg_temp.xinfang_source AS
${relation}
;
`;
  const tail = `-- Column names the ledger reader accepts (docs/ledger-columns.md and the rule set's ledger.headers), normalised.
CREATE TABLE pg_temp.xinfang_headers (header text PRIMARY KEY, alias text NOT NULL);
INSERT INTO pg_temp.xinfang_headers VALUES
  ${headers.map(([h, a]) => `(${quote(h)}, ${quote(a)})`).join(',\n  ')};

-- The relation's columns in order, each with the alias its name matches; the first of an alias is used.
CREATE TABLE pg_temp.xinfang_columns AS
SELECT a.attnum AS ord, a.attname::text AS "column", h.alias,
  h.alias IS NOT NULL AND row_number() OVER (PARTITION BY h.alias ORDER BY a.attnum) = 1 AS used
FROM pg_attribute a
LEFT JOIN pg_temp.xinfang_headers h ON h.header = ${normalisedName('a.attname::text')}
WHERE a.attrelid = 'pg_temp.xinfang_source'::regclass AND a.attnum > 0 AND NOT a.attisdropped;

-- The input table: one row per row of the relation, numbered in its order (a table's: its primary key's,
-- else as stored), with the canonical columns.
DO $xinfang$
DECLARE
  keys text;
BEGIN
${'table' in source ? primaryKey(source.table) : ''}  EXECUTE (
    SELECT 'CREATE TABLE pg_temp.xinfang_ledger AS SELECT xinfang_row AS "row", '
      || string_agg(format(w.template, COALESCE(quote_ident(c."column"), 'NULL')) || ' AS ' || quote_ident(w.name), ', ' ORDER BY w.ord)
      || ' FROM (SELECT CAST(row_number() OVER (' || COALESCE('ORDER BY ' || keys, '') || ') AS integer) AS xinfang_row, s.* FROM pg_temp.xinfang_source s) s'
    FROM (VALUES
      ${outputs.map((o, i) => o.replace(/^\(/, `(${i}, `)).join(',\n      ')}
    ) AS w(ord, name, alias, template)
    LEFT JOIN pg_temp.xinfang_columns c ON c.alias = w.alias AND c.used
  );
END
$xinfang$;
`;
  return { head, relation: view, tail };
}
