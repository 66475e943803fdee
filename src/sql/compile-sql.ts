/**
 * A compiled rule set as one self-contained SQL script (docs/sql.md): the calendar tables, the
 * cases view over the input relation, one view per clock and petitioner window of every version,
 * and the views `xinfang_findings`, `xinfang_petitioner`, `xinfang_violations` and `xinfang_kpis`
 * with the fields of the JSON contract (docs/check-results.md), and `xinfang_unresolved`, the
 * cases whose 类别, 承办部门 or 登记日期 `xinfang check` warns about. What the compiler cannot express
 * exactly it refuses with SQL_UNSUPPORTED rather than write SQL that would judge differently.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/catalogue.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import { testsField } from '../rules/condition.ts';
import { calendarSql, numberCalendars } from './calendar-sql.ts';
import { casesSql, unresolvedView } from './cases-sql.ts';
import { clockView, viewName, type ClockContext } from './clock-sql.ts';
import { dialectOf, type DialectName } from './dialect.ts';
import { petitionerView } from './petitioner-sql.ts';
import { kpisView, violationsView } from './violations-sql.ts';

/** Options of {@link compileSql}. */
export interface CompileSqlOptions {
  dialect: DialectName;
  /** The input relation (table or view) with the canonical ledger columns; default `xinfang_ledger`. */
  input?: string;
  /** The check date `YYYY-MM-DD`; default today in Beijing time, evaluated when the views are read. */
  asOf?: string;
  /** Tables computed once instead of views (a check of the input as it stands: src/sql/run-check.ts). */
  tables?: boolean;
}

/** The finding columns of the JSON contract, in its order (docs/check-results.md). */
export const FINDING_COLUMNS = ['case', 'clock', 'version', 'start', 'due', 'stop', 'status', 'due_soon', 'days_late', 'provisional', 'department', 'assumed', 'paused_days', 'explained', 'scored'] as const;

/** Columns and types of `xinfang_finding_days` (each clock view's), for a rule set without clocks too. */
const findingTypes: [string, string][] = [
  ['row', 'INTEGER'], ['case', 'T'], ['clock', 'T'], ['version', 'T'], ['start_day', 'DATE'], ['start_min', 'INTEGER'],
  ['due_day', 'DATE'], ['due_min', 'INTEGER'], ['stop_day', 'DATE'], ['stop_min', 'INTEGER'], ['status', 'T'],
  ['due_soon', 'BOOLEAN'], ['days_late', 'INTEGER'], ['provisional', 'BOOLEAN'], ['department', 'T'], ['assumed', 'T[]'],
  ['paused_days', 'INTEGER'], ['explained_day', 'DATE'], ['scored', 'BOOLEAN'], ['kpi', 'T'],
];
const petitionerTypes: [string, string][] = [
  ['row', 'INTEGER'], ['case', 'T'], ['window', 'T'], ['version', 'T'], ['from', 'T'], ['due', 'T'], ['request', 'T'], ['status', 'T'],
  ['provisional', 'BOOLEAN'], ['assumed', 'T[]'],
];

/** A query with the given typed columns and no rows (`T` = the dialect's text type). */
function emptyRow(text: string, types: [string, string][]): string {
  return `SELECT ${types.map(([n, t]) => `CAST(NULL AS ${t === 'T' ? text : t === 'T[]' ? `${text}[]` : t}) AS "${n}"`).join(', ')} WHERE FALSE`;
}

/** Compile `ruleSet` to SQL; `sql` is absent when a clock could not be expressed (diagnostics say which). */
export function compileSql(ruleSet: CompiledRuleSet, opts: CompileSqlOptions): { sql?: string; diagnostics: Diagnostic[] } {
  const dialect = dialectOf(opts.dialect, opts.tables);
  const input = opts.input ?? 'xinfang_ledger';
  const diagnostics: Diagnostic[] = [];
  const calendars = numberCalendars(ruleSet.versions.map((v) => v.calendar));
  const clocks: string[] = [];
  const windows: string[] = [];
  /** The clocks whose view can hold a violation (an extension rule, a group report), scored. */
  const breaching: string[] = [];
  const parts: string[] = [];
  ruleSet.versions.forEach((version, i) => {
    const ctx: ClockContext = {
      dialect, version, cal: calendars.ofVersion[i]!, calendars,
      refuse: (clock, feature) => {
        const source = version.clocks.find((c) => c.id === clock)?.source ?? version.windows.find((w) => w.id === clock)?.source;
        diagnostics.push(diagnostic('SQL_UNSUPPORTED', { ruleset: ruleSet.id, version: version.version, clock, featureZh: feature.zh, featureEn: feature.en }, source ? { file: source.file, line: source.line, column: source.column } : {}));
      },
    };
    for (const w of version.windows) {
      parts.push(petitionerView(ctx, w));
      windows.push(viewName('window', version.version, w.id));
    }
    for (const c of version.clocks) {
      parts.push(clockView(ctx, c));
      clocks.push(viewName('clock', version.version, c.id));
      if (c.scored && (c.extension || (c.until.events.includes('reported') && testsField(c.when?.test, 'persons')))) breaching.push(viewName('clock', version.version, c.id));
    }
  });
  if (diagnostics.length) return { diagnostics };

  const union = (views: string[], columns: string, empty: string) => (views.length ? views.map((v) => `SELECT ${columns} FROM ${v}`).join('\nUNION ALL\n') : empty);
  const findingCols = findingTypes.map(([c]) => `"${c}"`).join(', ');
  const moment = (day: string, min: string) => `${dialect.dateText(day)} || CASE WHEN ${min} IS NOT NULL THEN 'T' || ${dialect.timeText(min)} ELSE '' END`;
  const contract: Record<string, string> = {
    start: moment('start_day', 'start_min'),
    due: moment('due_day', 'due_min'),
    stop: `CASE WHEN stop_day IS NOT NULL THEN ${moment('stop_day', 'stop_min')} END`,
    explained: dialect.dateText('explained_day'),
  };
  const sql = `-- xinfang: the rule set ${ruleSet.id} (${ruleSet.name}) compiled to SQL for ${dialect.name === 'duckdb' ? 'DuckDB' : 'PostgreSQL'}.
-- Versions: ${ruleSet.versions.map((v) => v.version).join(', ')}. Generated by \`xinfang sql\`; docs/sql.md explains every part.
-- Input: ${input}, a table or view with the canonical ledger columns (docs/sql.md "Input").

${calendarSql(dialect, calendars)}
${casesSql(dialect, ruleSet, input, opts.asOf)}
${parts.join('\n')}
-- One row per case and clock that applies to it (docs/check-results.md findings), its dates as
-- dates and minutes; xinfang_findings writes them as the JSON contract does.
CREATE ${dialect.relation} xinfang_finding_days AS
${union(clocks, findingCols, emptyRow(dialect.text, findingTypes))};

CREATE VIEW xinfang_findings AS
SELECT "row", ${FINDING_COLUMNS.map((c) => (contract[c] ? `${contract[c]} AS ${c}` : `"${c}"`)).join(',\n  ')},
  due_day, kpi
FROM xinfang_finding_days;

-- The petitioner's windows: information about the petitioner, never a violation or scored.
CREATE ${dialect.relation} xinfang_petitioner AS
${union(windows, '*', emptyRow(dialect.text, petitionerTypes))};

${violationsView(dialect, ruleSet, breaching, input)}
${kpisView()}
${unresolvedView(dialect, ruleSet)}`;
  return { sql, diagnostics };
}
