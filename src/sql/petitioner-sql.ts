/**
 * A petitioner window of one version as a SQL view (src/check/judge-windows.ts is the reference):
 * when the petitioner's own period opened (送达, else the fallback date, marked assumed), when it
 * ends, and whether the request came in it. Information about the petitioner, never scored.
 */
import type { CompiledWindow } from '../rules/compiled.ts';
import { citeArticle, eventName } from '../rules/vocabulary.ts';
import { conditionSql } from './condition-sql.ts';
import { comment, quote } from './dialect.ts';
import { provisional, viewName, windowColumns, type ClockContext } from './clock-sql.ts';
import { Steps } from './steps-sql.ts';

/** The columns of `xinfang_petitioner` (docs/check-results.md `petitioner[]`, plus the row). */
export const PETITIONER_COLUMNS = ['row', 'case', 'window', 'version', 'from', 'due', 'request', 'status', 'provisional', 'assumed'] as const;

/** The view of one window: one row per case it applies to. */
export function petitionerView(ctx: ClockContext, w: CompiledWindow): string {
  const d = ctx.dialect;
  const names = (id: string) => ctx.version.categories.find((k) => k.id === id)?.name ?? id;
  const when = conditionSql(w.when?.test, w.if_empty, { field: (f) => (f === 'department' ? 'c.department_id' : `c.${f}`), event: (e) => `c.${e}`, refuse: () => 'FALSE' }, names);
  const steps = new Steps(d, ctx.cal);
  const a = steps.step('applies', 'the cases this window applies to, opened on 送达 or the fallback date');
  a.columns = ['c."row"', 'c.id', 's.as_of', ...windowColumns(ctx, w, 'w_'), ...when.assumed.map((g, i) => `(${g.guard}) AS assumed_${i + 1}`)];
  a.where.push(`c.version = ${quote(ctx.version.version)}`);
  const b = steps.step('counted', 'the last day of the window, before any roll');
  b.columns.push(`${steps.count(b, 'p.w_from', w.limit)} AS last0`);
  b.where.push('p.w_applies');
  const c = steps.step('rolled', 'the last day of the window, rolled');
  c.columns.push(`${steps.roll(c, 'p.last0', w.roll)} AS due_day`);
  const assumed = [
    ...when.assumed.map((g, i) => `CASE WHEN p.assumed_${i + 1} THEN ${quote(g.text)} END`),
    ...(w.from_fallback ? [`CASE WHEN NOT p.w_recorded THEN ${quote(`${eventName(w.from, 'zh')}未填，按${eventName(w.from_fallback, 'zh')}推算`)} END`] : []),
  ];
  return `${comment(`${ctx.version.version} · window ${w.id} ${w.name}: ${w.limit_text}，${eventName(w.from, 'zh')} → ${eventName(w.until, 'zh')}`)}
${comment(`basis: ${citeArticle(w.basis)} (${w.source.file}:${w.source.line})`)}
CREATE VIEW ${viewName('window', ctx.version.version, w.id)} AS
${steps.render('xinfang_cases c CROSS JOIN xinfang_settings s')}
SELECT p."row", p.id AS "case", ${quote(w.id)} AS "window", ${quote(ctx.version.version)} AS version,
  ${d.dateText('p.w_from')} AS "from", ${d.dateText('p.due_day')} AS due,
  CASE WHEN p.w_request IS NOT NULL THEN ${d.dateText('p.w_request')} END AS request,
  CASE WHEN p.w_request IS NOT NULL THEN CASE WHEN p.w_request <= p.due_day THEN 'in-time' ELSE 'out-of-time' END
       WHEN p.as_of > p.due_day THEN 'closed' ELSE 'open' END AS status,
  ${provisional(ctx, 'p.w_from', 'p.due_day')} AS provisional,
  ${d.textList(assumed)} AS assumed
FROM rolled p;
`;
}
