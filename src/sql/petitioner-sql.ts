/**
 * A petitioner window of one version as a SQL view (src/check/judge-windows.ts is the reference):
 * when the petitioner's own period opened (送达, else the fallback date, marked assumed), when it
 * ends, and whether the request came in it. Information about the petitioner, never scored.
 */
import type { CompiledWindow } from '../rules/compiled.ts';
import { citeArticle, eventName } from '../rules/vocabulary.ts';
import { conditionSql } from './condition-sql.ts';
import { comment, quote } from './dialect.ts';
import { viewName, windowCore, type ClockContext } from './clock-sql.ts';
import { coveredRanges } from './calendar-sql.ts';

/** The columns of `xinfang_petitioner` (docs/check-results.md `petitioner[]`, plus the row). */
export const PETITIONER_COLUMNS = ['row', 'case', 'window', 'version', 'from', 'due', 'request', 'status', 'provisional', 'assumed'] as const;

/** The view of one window: one row per case it applies to. */
export function petitionerView(ctx: ClockContext, w: CompiledWindow): string {
  const d = ctx.dialect;
  const core = windowCore(ctx, w);
  const names = (id: string) => ctx.version.categories.find((k) => k.id === id)?.name ?? id;
  const when = conditionSql(w.when?.test, w.if_empty, { field: (f) => (f === 'department' ? 'c.department_id' : `c.${f}`), event: (e) => `c.${e}`, refuse: () => 'FALSE' }, names);
  const assumed = [
    ...when.assumed.map((g) => `CASE WHEN ${g.guard} THEN ${quote(g.text)} END`),
    ...(w.from_fallback ? [`CASE WHEN NOT ${core.recorded} THEN ${quote(`${eventName(w.from, 'zh')}未填，按${eventName(w.from_fallback, 'zh')}推算`)} END`] : []),
  ];
  const ranges = coveredRanges(ctx.calendars.calendars[ctx.cal - 1]!);
  const inside = ranges.map(([a, b]) => `(EXTRACT(YEAR FROM x.from_day) >= ${a} AND EXTRACT(YEAR FROM x.due_day) <= ${b})`);
  return `${comment(`${ctx.version.version} · window ${w.id} ${w.name}: ${w.limit_text}，${eventName(w.from, 'zh')} → ${eventName(w.until, 'zh')}`)}
${comment(`basis: ${citeArticle(w.basis)} (${w.source.file}:${w.source.line})`)}
CREATE VIEW ${viewName('window', ctx.version.version, w.id)} AS
SELECT x."row", x.id AS "case", ${quote(w.id)} AS "window", ${quote(ctx.version.version)} AS version,
  ${d.dateText('x.from_day')} AS "from", ${d.dateText('x.due_day')} AS due,
  CASE WHEN x.request IS NOT NULL THEN ${d.dateText('x.request')} END AS request,
  CASE WHEN x.request IS NOT NULL THEN CASE WHEN x.request <= x.due_day THEN 'in-time' ELSE 'out-of-time' END
       WHEN x.as_of > x.due_day THEN 'closed' ELSE 'open' END AS status,
  ${inside.length ? `NOT (${inside.join(' OR ')})` : 'TRUE'} AS provisional,
  x.assumed
FROM (
  SELECT c."row", c.id, s.as_of, ${core.from} AS from_day, ${core.due} AS due_day, ${core.request} AS request,
    ${d.textList(assumed)} AS assumed
  FROM xinfang_cases c CROSS JOIN xinfang_settings s
  WHERE c.version = ${quote(ctx.version.version)} AND ${core.applies}
) x;
`;
}
