/**
 * The two SQL dialects the rules compile to (docs/sql.md): DuckDB (embedded, `xinfang check
 * --engine duckdb`) and PostgreSQL (and the engines that speak it). Everything else in src/sql
 * writes standard SQL (CTEs, window functions, CASE, DATE + integer, generate_series); only what
 * differs between the two is here.
 */

/** Dialect names, as `xinfang sql --dialect` takes them. */
export const DIALECTS = ['duckdb', 'postgres'] as const;
export type DialectName = (typeof DIALECTS)[number];

/** What differs between the dialects. */
export interface Dialect {
  name: DialectName;
  /** The text type. */
  text: string;
  /** A cast that yields NULL instead of failing (PostgreSQL has none: its input must be clean, docs/sql.md). */
  tryCast: (expr: string, type: string) => string;
  /**
   * An event cell (any type) as text to read a date from, the time at characters 12–16: DuckDB's
   * `TRY_CAST` reads surrounding spaces and empty text itself; PostgreSQL's `CAST` needs them removed.
   */
  dateCell: (column: string) => string;
  /** A text array of the non-NULL values of `items` (each a text expression or NULL). */
  textList: (items: readonly string[]) => string;
  /** `YYYY-MM-DD` of a DATE. */
  dateText: (expr: string) => string;
  /** Integer division of non-negative integers. */
  intDiv: (a: string, b: string) => string;
  /** `HH:mm` of a minute of the day (0–1439). */
  timeText: (expr: string) => string;
  /** A DATE `months` months later (negative: earlier), clamped to the month's end (民法典第二百零二条). */
  addMonths: (expr: string, months: number) => string;
  /** Today in Beijing time, the default check date (docs/check-results.md `as_of`). */
  todayInShanghai: string;
  /**
   * How the cases and result relations are created: `VIEW` over a live input (`xinfang sql`), or
   * `TABLE`, each computed once, for a check of the input as it stands (docs/sql.md). The clocks
   * and windows are views either way: each is read once, by the findings or the petitioner table.
   */
  relation: 'VIEW' | 'TABLE';
}

const pad2 = (expr: string) => `lpad(CAST(${expr} AS VARCHAR), 2, '0')`;

const DUCKDB: Dialect = {
  name: 'duckdb',
  text: 'VARCHAR',
  tryCast: (expr, type) => `TRY_CAST(${expr} AS ${type})`,
  dateCell: (column) => `CAST(${column} AS VARCHAR)`,
  textList: (items) => (items.length ? `list_filter([${items.join(', ')}], x -> x IS NOT NULL)` : 'CAST([] AS VARCHAR[])'),
  // A DATE's text is ISO 8601 for years 1000–9999.
  dateText: (expr) => `CAST(${expr} AS VARCHAR)`,
  intDiv: (a, b) => `((${a}) // (${b}))`,
  timeText: (expr) => `${pad2(`(${expr}) // 60`)} || ':' || ${pad2(`(${expr}) % 60`)}`,
  addMonths: (expr, months) => `CAST(${expr} + INTERVAL '${months} months' AS DATE)`,
  todayInShanghai: `CAST(timezone('Asia/Shanghai', now()) AS DATE)`,
  relation: 'VIEW',
};

const POSTGRES: Dialect = {
  name: 'postgres',
  text: 'text',
  tryCast: (expr, type) => `CAST(${expr} AS ${type})`,
  dateCell: (column) => `NULLIF(trim(CAST(${column} AS text)), '')`,
  textList: (items) => (items.length ? `array_remove(ARRAY[${items.join(', ')}]::text[], NULL)` : 'ARRAY[]::text[]'),
  dateText: (expr) => `to_char(${expr}, 'YYYY-MM-DD')`,
  intDiv: (a, b) => `((${a}) / (${b}))`,
  timeText: (expr) => `lpad(CAST((${expr}) / 60 AS text), 2, '0') || ':' || lpad(CAST((${expr}) % 60 AS text), 2, '0')`,
  addMonths: (expr, months) => `CAST(${expr} + INTERVAL '${months} months' AS DATE)`,
  todayInShanghai: `CAST(now() AT TIME ZONE 'Asia/Shanghai' AS DATE)`,
  relation: 'VIEW',
};

/** The dialect of a name; `tables`: the relations as tables (Dialect.relation). */
export function dialectOf(name: DialectName, tables = false): Dialect {
  const d = name === 'duckdb' ? DUCKDB : POSTGRES;
  return tables ? { ...d, relation: 'TABLE' } : d;
}

/** A SQL string literal. */
export function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A SQL comment line safe to print: no line breaks or comment closers in it. */
export function comment(text: string): string {
  return `-- ${text.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}
