/**
 * The cases as the checker sees them (src/check/checker.ts is the reference), as one SQL view over
 * the input relation with the canonical ledger columns (docs/sql.md "Input"): dates as days (and
 * minutes, for the events an hour or minute clock reads), events after the check date left out (a
 * case registered after it is not in the ledger yet), the contract's defaults (来源 直接, 等级 一般,
 * 人数 1), the version in force on the 登记日期, and 类别 / 承办部门 resolved to the rules' ids as
 * `resolveCategory` does.
 */
import { CONDITION_FIELDS, EVENTS, type EventName } from '../rules/model.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import { testsField } from '../rules/condition.ts';
import { nameKey } from '../check/plan.ts';
import { timedClock } from './clock-sql.ts';
import { quote, type Dialect } from './dialect.ts';

/** The text columns of the input besides the dates (docs/ledger-columns.md aliases). */
export const TEXT_COLUMNS = ['channel', 'source', 'level', 'category', 'department', 'handler', 'subject', 'forwarded_to', 'diverted', 'signed', 'rating'] as const;
/** The number columns of the input. */
export const NUMBER_COLUMNS = ['persons', 'extension_days'] as const;
/** Every column the input must have: `row` (a unique row number), `id`, the events, text and numbers. */
export const INPUT_COLUMNS: readonly string[] = ['row', 'id', ...EVENTS, ...TEXT_COLUMNS, ...NUMBER_COLUMNS];

/** Quote an identifier that is also a keyword (`row`). */
export const ident = (name: string): string => (name === 'row' ? '"row"' : name);

/** The lookup table of category and department names and keywords, per version. */
function namesTable(dialect: Dialect, ruleSet: CompiledRuleSet): string {
  const rows: string[] = [];
  for (const v of ruleSet.versions) {
    const add = (field: string, entries: Map<string, string>, keyword: boolean) => {
      let ord = 0;
      for (const [key, id] of entries) rows.push(`(${quote(v.version)}, '${field}', ${quote(key)}, ${ord++}, ${quote(id)}, ${keyword})`);
    };
    // Later entries win, as in the checker's maps (src/check/plan.ts).
    const categories = new Map<string, string>();
    for (const c of v.categories) for (const n of [c.id, c.name]) categories.set(nameKey(n), c.id);
    add('category', categories, false);
    // Keywords keep their order and repeats: the first that the text contains wins.
    v.categories.forEach((c) => (c.keywords ?? []).forEach((k) => rows.push(`(${quote(v.version)}, 'category', ${quote(nameKey(k))}, ${rows.length}, ${quote(c.id)}, true)`)));
    const departments = new Map<string, string>();
    for (const d of v.departments) for (const n of [d.id, d.name]) departments.set(nameKey(n), d.id);
    add('department', departments, false);
  }
  const t = dialect.text;
  return `-- 类别 and 承办部门 as the rules name them (id or name, spaces removed, lower case), and 类别 keywords.
CREATE TABLE xinfang_names (version ${t}, field ${t}, key ${t}, ord INTEGER, id ${t}, keyword BOOLEAN);
${rows.length ? `INSERT INTO xinfang_names VALUES\n  ${rows.join(',\n  ')};\n` : ''}`;
}

/** `nameKey` of src/check/plan.ts: no spaces (ASCII or 全角), lower case. */
function keyOf(expr: string): string {
  return `lower(regexp_replace(${expr}, '[\\s\u3000]+', '', 'g'))`;
}

/**
 * The resolution of one text field to an id for each version: exact name first, then the first
 * keyword it contains. Over the field's distinct texts, read from the input (a few, however many cases).
 */
function resolved(field: 'category' | 'department', input: string, text: string): string {
  return `${field}_hits AS (
  SELECT n.version, t.text, n.id, row_number() OVER (PARTITION BY n.version, t.text ORDER BY n.keyword, n.ord) AS rn
  FROM (SELECT text, ${keyOf('text')} AS key FROM (SELECT DISTINCT NULLIF(trim(CAST(${field} AS ${text})), '') AS text FROM ${input}) d WHERE text IS NOT NULL) t
  JOIN xinfang_names n ON n.field = '${field}'
    AND CASE WHEN n.keyword THEN strpos(t.key, n.key) > 0 ELSE n.key = t.key END
)`;
}

/**
 * The text columns the rule set's SQL reads: the fields its conditions test, its discipline rules'
 * (src/sql/violations-sql.ts), 承办部门 (every finding's), 评价 (the KPIs') and 类别 where a version
 * lists categories (`xinfang_unresolved`). The cases relation carries these only: each column is
 * written once per case.
 */
function textsRead(ruleSet: CompiledRuleSet): { texts: Set<string>; departmentTested: boolean } {
  const texts = new Set<string>(['department', 'rating']);
  let departmentTested = false;
  for (const v of ruleSet.versions) {
    if (v.categories.length) texts.add('category');
    for (const c of [...v.clocks, ...v.windows]) {
      for (const f of CONDITION_FIELDS) if (f !== 'persons' && testsField(c.when?.test, f)) texts.add(f);
      departmentTested ||= testsField(c.when?.test, 'department');
    }
    if (v.discipline.recusal) texts.add('handler').add('subject');
    if (v.discipline.confidentiality) texts.add('forwarded_to').add('subject').add('category');
  }
  return { texts, departmentTested };
}

/**
 * The events whose time the rule set's SQL reads: an hour or minute clock's start and stop. Every
 * other clock counts whole days, and the order of events checks its times from the input itself
 * (src/sql/violations-sql.ts), so the cases carry no other time.
 */
function timesRead(ruleSet: CompiledRuleSet): Set<EventName> {
  const events = new Set<EventName>();
  for (const c of ruleSet.versions.flatMap((v) => v.clocks)) {
    if (!timedClock(c)) continue;
    events.add(c.from);
    if (c.from_fallback) events.add(c.from_fallback);
    for (const e of c.until.events) events.add(e);
  }
  return events;
}

/**
 * The minute of the day of an event cell read as text (Dialect.dateCell), when it has a time:
 * 'YYYY-MM-DD HH:mm', 'YYYY-MM-DDTHH:mm' or a TIMESTAMP's text.
 */
export function minuteOf(dialect: Dialect, cell: string): string {
  return `CASE WHEN length(${cell}) >= 16 THEN ${dialect.tryCast(`substr(ltrim(${cell}), 12, 2)`, 'INTEGER')} * 60 + ${dialect.tryCast(`substr(ltrim(${cell}), 15, 2)`, 'INTEGER')} END`;
}

/** The settings view, the names table and the cases view. */
export function casesSql(dialect: Dialect, ruleSet: CompiledRuleSet, input: string, asOf: string | undefined): string {
  const read = textsRead(ruleSet);
  const texts = TEXT_COLUMNS.filter((f) => read.texts.has(f));
  const category = read.texts.has('category');
  const times = timesRead(ruleSet);
  // Text cells trimmed here, empty = NULL in the next step (DuckDB's NULLIF would trim twice);
  // event cells as the dialect reads dates (Dialect.dateCell).
  const cells = [
    `CAST(${ident('row')} AS INTEGER) AS ${ident('row')}`,
    `CAST(id AS ${dialect.text}) AS id`,
    ...EVENTS.map((e) => `${dialect.dateCell(e)} AS ${e}`),
    ...[...texts, ...NUMBER_COLUMNS].map((col) => `trim(CAST(${col} AS ${dialect.text})) AS ${col}`),
  ];
  const raw = [
    `${ident('row')}`,
    'id',
    ...EVENTS.flatMap((e) => [`${dialect.tryCast(e, 'DATE')} AS ${e}_day`, ...(times.has(e) ? [`${minuteOf(dialect, e)} AS ${e}_min`] : [])]),
    ...texts.map((f) => `NULLIF(${f}, '') AS ${f}`),
    `CASE WHEN NULLIF(persons, '') IS NULL THEN 1 ELSE ${dialect.tryCast('persons', 'INTEGER')} END AS persons`,
    `${dialect.tryCast(`NULLIF(extension_days, '')`, 'INTEGER')} AS extension_days`,
  ];
  const asOfDay = (e: EventName) => `CASE WHEN r.${e}_day <= s.as_of THEN r.${e}_day END`;
  const dated = [
    `r.${ident('row')}`,
    'r.id',
    ...EVENTS.flatMap((e) => [`${asOfDay(e)} AS ${e}`, ...(times.has(e) ? [`CASE WHEN r.${e}_day <= s.as_of THEN r.${e}_min END AS ${e}_min`] : [])]),
    ...texts.map((f) => (f === 'source' ? `COALESCE(r.source, '直接') AS source` : f === 'level' ? `COALESCE(r.level, '一般') AS level` : `r.${f}`)),
    'r.persons',
    'r.extension_days',
  ];
  // 类别 and a tested 承办部门 resolved to the rules' ids (承办部门 stays as written for the findings).
  const hits = [...(category ? ['category' as const] : []), ...(read.departmentTested ? ['department' as const] : [])];
  const final = [
    ...[ident('row'), 'id', ...EVENTS.flatMap((e) => (times.has(e) ? [e, `${e}_min`] : [e])), ...texts.filter((f) => f !== 'category'), 'persons', 'extension_days', 'version'].map((col) => `v.${col}`),
    ...(category ? ['COALESCE(ch.id, v.category) AS category'] : []),
    ...(read.departmentTested ? ['COALESCE(dh.id, v.department) AS department_id'] : []),
  ];
  // Without a 登记日期 the earliest event picks the version (src/check/checker.ts).
  const anchor = `COALESCE(received, LEAST(${EVENTS.join(', ')}))`;
  const versions = ruleSet.versions.map((v) => v.version).reverse();
  const versionCase = `CASE ${versions.map((v) => `WHEN ${anchor} >= DATE '${v}' THEN ${quote(v)}`).join(' ')} END`;
  return `-- The check date: events after it have not happened yet (docs/check-results.md as_of).
CREATE VIEW xinfang_settings AS SELECT ${asOf ? `DATE '${asOf}'` : dialect.todayInShanghai} AS as_of;

${namesTable(dialect, ruleSet)}
-- The cases: the input's canonical columns (docs/ledger-columns.md), dates split into day and minute.
CREATE ${dialect.relation} xinfang_cases AS
WITH cells AS (
  SELECT
    ${cells.join(',\n    ')}
  FROM ${input}
), raw AS (
  SELECT
    ${raw.join(',\n    ')}
  FROM cells
), dated AS (
  SELECT
    ${dated.join(',\n    ')}
  FROM raw r CROSS JOIN xinfang_settings s
  WHERE r.received_day IS NULL OR r.received_day <= s.as_of
), versioned AS (
  SELECT dated.*, ${versionCase} AS version
  FROM dated
)${hits.map((h) => `, ${resolved(h, input, dialect.text)}`).join('')}
SELECT ${final.join(',\n  ')}
FROM versioned v${hits.map((h) => `\nLEFT JOIN ${h}_hits ${h[0]}h ON ${h[0]}h.version = v.version AND ${h[0]}h.text = v.${h} AND ${h[0]}h.rn = 1`).join('')};
`;
}

/**
 * The cases `xinfang check` warns about and the findings cannot show (src/check/checker.ts): a
 * 类别 or 承办部门 that the version's rules do not name, or an empty one, where the version lists
 * them — a clock that depends on it may not apply (CHECK_UNKNOWN_CATEGORY, CHECK_EMPTY_CATEGORY,
 * CHECK_UNKNOWN_DEPARTMENT, CHECK_EMPTY_DEPARTMENT) — and a 登记日期 before the first version, so
 * that no clock applies (CHECK_NO_VERSION). One row per case and code, with the text or date.
 */
export function unresolvedView(dialect: Dialect, ruleSet: CompiledRuleSet): string {
  const names = (field: string, match: string) => `SELECT 1 FROM xinfang_names n WHERE n.version = c.version AND n.field = '${field}'${match}`;
  // A 类别 the rules name is an id in the cases (casesSql), so any other text is unknown.
  const field = (f: 'category' | 'department', codes: { empty: string; unknown: string }, match: string) =>
    `SELECT c."row", c.id AS "case", CASE WHEN c.${f} IS NULL THEN '${codes.empty}' ELSE '${codes.unknown}' END AS code, c.version, c.${f} AS value
  FROM xinfang_cases c
  WHERE EXISTS (${names(f, '')}) AND NOT EXISTS (${names(f, match)})`;
  const parts = [
    ...(ruleSet.versions.some((v) => v.categories.length)
      ? [field('category', { empty: 'CHECK_EMPTY_CATEGORY', unknown: 'CHECK_UNKNOWN_CATEGORY' }, ' AND n.id = c.category')]
      : []),
    field('department', { empty: 'CHECK_EMPTY_DEPARTMENT', unknown: 'CHECK_UNKNOWN_DEPARTMENT' }, ` AND n.key = ${keyOf('c.department')}`),
    `SELECT c."row", c.id AS "case", 'CHECK_NO_VERSION' AS code, c.version, ${dialect.dateText('c.received')} AS value
  FROM xinfang_cases c
  WHERE c.version IS NULL AND c.received IS NOT NULL`,
  ];
  return `-- The cases xinfang check warns about for their 类别, 承办部门 or 登记日期 (docs/sql.md "Output").
CREATE VIEW xinfang_unresolved AS
${parts.join('\nUNION ALL\n')};
`;
}
