/**
 * The office's rule breaches and the KPIs as SQL views (src/check/judge-case.ts, judge-clock.ts and
 * src/kpi/count.ts are the reference; docs/check-results.md `violations[]` and `summary.kpis`).
 */
import type { CompiledRuleSet } from '../rules/compiled.ts';
import { EVENTS, type EventName } from '../rules/model.ts';
import { ident, minuteOf } from './cases-sql.ts';
import { quote, type Dialect } from './dialect.ts';

/**
 * The order of events (src/check/judge-case.ts ORDER): the procedure of 信访工作条例 2022
 * 第三十五、三十六条, with 听证 inside 复核, and 登记 before every event but 要求办结日期.
 */
const ORDER: [EventName, EventName][] = [
  ...EVENTS.filter((e) => e !== 'received' && e !== 'assigned_due').map((e): [EventName, EventName] => ['received', e]),
  ['accepted', 'closed'],
  ['replied', 'reply_received'],
  ['replied', 'review_requested'],
  ['reply_received', 'review_requested'],
  ['review_requested', 'review_proposed'],
  ['review_proposed', 'review_decided'],
  ['review_requested', 'review_decided'],
  ['review_decided', 'review_received'],
  ['review_decided', 'recheck_requested'],
  ['review_received', 'recheck_requested'],
  ['recheck_requested', 'recheck_proposed'],
  ['recheck_proposed', 'recheck_decided'],
  ['recheck_requested', 'recheck_decided'],
  ['recheck_requested', 'hearing_started'],
  ['hearing_started', 'hearing_ended'],
  ['hearing_ended', 'recheck_decided'],
];

/** The columns of `xinfang_violations`. */
export const VIOLATION_COLUMNS = ['row', 'case', 'code', 'version', 'clock'] as const;

/** Whether two texts name someone in common (`overlap` of judge-case.ts: split on 、,，;；/ and spaces); never NULL. */
function overlap(d: Dialect, a: string, b: string): string {
  const sep = `'[、,，;；/\\s]+'`;
  if (d.name === 'duckdb') {
    const parts = (x: string) => `list_filter(string_split_regex(${x}, ${sep}), t -> t <> '')`;
    return `(${a} IS NOT NULL AND ${b} IS NOT NULL AND list_has_any(${parts(a)}, ${parts(b)}))`;
  }
  const parts = (x: string) => `array_remove(regexp_split_to_array(${x}, ${sep}), '')`;
  return `(${a} IS NOT NULL AND ${b} IS NOT NULL AND ${parts(a)} && ${parts(b)})`;
}

/**
 * The violations view: the clocks' (extension, group report), discipline, order and duplicates.
 * `input` is the input relation, whose event cells give the times the order of events compares.
 */
export function violationsView(d: Dialect, ruleSet: CompiledRuleSet, clocks: readonly string[], input: string): string {
  const sel = (code: string, clock: string, from: string, where: string) =>
    `SELECT "row", ${from === 'xinfang_cases' ? 'id' : '"case"'} AS "case", '${code}' AS code, version, ${clock} AS clock FROM ${from} WHERE ${where}`;
  const noClock = `CAST(NULL AS ${d.text})`;
  const parts: string[] = [];
  // One scan per clock that can breach: its extension rule or its group-report test (src/check/judge-clock.ts).
  for (const v of clocks) {
    parts.push(
      `SELECT "row", "case", x.code, version, clock FROM ${v} CROSS JOIN (VALUES ('EXTENSION_AFTER_DUE'), ('EXTENSION_OVER_MAX'), ('GROUP_NOT_REPORTED')) AS x(code)
  WHERE CASE x.code WHEN 'EXTENSION_AFTER_DUE' THEN extension_after_due WHEN 'EXTENSION_OVER_MAX' THEN extension_over_max ELSE group_not_reported END`,
    );
  }
  const inVersion = (pred: (v: CompiledRuleSet['versions'][number]) => string | undefined) => {
    const cases = ruleSet.versions.flatMap((v) => {
      const p = pred(v);
      return p ? [`(version = ${quote(v.version)} AND ${p})`] : [];
    });
    return cases.length ? `(${cases.join(' OR ')})` : undefined;
  };
  const recusal = inVersion((v) => (v.discipline.recusal ? overlap(d, 'handler', 'subject') : undefined));
  if (recusal) parts.push(sel('RECUSAL_CONFLICT', noClock, 'xinfang_cases', recusal));
  const confidentiality = inVersion((v) => {
    const rule = v.discipline.confidentiality;
    if (!rule) return undefined;
    const listed = rule.categories.length ? `category IN (${rule.categories.map(quote).join(', ')})` : 'FALSE';
    // An empty 类别 is checked (marked assumed) unless the rule set says skip.
    return `(${listed}${(rule.if_empty ?? 'assume') === 'assume' ? ' OR category IS NULL' : ''}) AND ${overlap(d, 'forwarded_to', 'subject')}`;
  });
  if (confidentiality) parts.push(sel('CONFIDENTIALITY_BREACH', noClock, 'xinfang_cases', confidentiality));
  // Events out of order: the few cases with any pair out of order (`unordered`), then each pair.
  // Two events on the same day are ordered by their times, read from the input's cells (the cases
  // carry days only), for the cases with such a pair alone.
  const before = (a: string, b: string) => `(${b} < ${a} OR (${b} = ${a} AND ${b}_min < ${a}_min))`;
  const events = [...new Set(ORDER.flat())];
  const minute = (e: string) => minuteOf(d, d.dateCell(`i.${e}`));
  for (const [a, b] of ORDER) parts.push(`SELECT "row", id AS "case", 'EVENTS_OUT_OF_ORDER' AS code, version, ${noClock} AS clock FROM unordered WHERE ${before(a, b)}`);
  parts.push(
    `SELECT c."row", c.id AS "case", 'DUPLICATE_CASE' AS code, c.version, ${noClock} AS clock
  FROM xinfang_cases c JOIN (SELECT id, min("row") AS first_row FROM xinfang_cases WHERE id IS NOT NULL GROUP BY id HAVING count(*) > 1) d ON d.id = c.id
  WHERE c."row" > d.first_row AND c.version IS NOT NULL`,
  );
  return `-- The office's rule breaches (docs/check-results.md violations): one row per breach.
CREATE ${d.relation} xinfang_violations AS
WITH same_day AS (
  SELECT "row", id, version, ${events.join(', ')}
  FROM xinfang_cases WHERE version IS NOT NULL AND (${ORDER.map(([a, b]) => `${b} <= ${a}`).join('\n    OR ')})
), timed AS (
  SELECT k.*, ${events.map((e) => `${minute(e)} AS ${e}_min`).join(',\n    ')}
  FROM same_day k JOIN ${input} i ON CAST(i.${ident('row')} AS INTEGER) = k.${ident('row')}
), unordered AS (
  SELECT * FROM timed WHERE ${ORDER.map(([a, b]) => before(a, b)).join('\n    OR ')}
)
${parts.join('\nUNION ALL\n')};
`;
}

/**
 * The KPIs a check can count from the findings and the cases (src/kpi/count.ts): 及时受理率 and
 * 按期办结率 (scored, decided findings), 答复率, 参评率 and 满意率. 重复信访率 and 一次性化解率 need the
 * petitioner's personal data and are left to the TypeScript engine (docs/sql.md).
 */
export function kpisView(): string {
  return `-- KPIs (docs/check-results.md summary.kpis): numerator, denominator and rate.
CREATE VIEW xinfang_kpis AS
WITH clock_kpis AS (
  SELECT kpi, SUM(CASE WHEN status = 'on-time' THEN 1 ELSE 0 END) AS numerator, COUNT(*) AS denominator
  FROM xinfang_finding_days WHERE scored AND status <> 'pending' AND kpi IN ('timely_acceptance', 'on_time_closure')
  GROUP BY kpi
), reply_due AS (
  SELECT "row", MIN(due_day) AS due_day FROM xinfang_finding_days WHERE scored AND status <> 'pending' AND kpi = 'reply' GROUP BY "row"
), case_kpis AS (
  SELECT
    SUM(CASE WHEN COALESCE(c.closed, r.due_day) IS NOT NULL AND c.replied IS NOT NULL THEN 1 ELSE 0 END) AS reply_n,
    SUM(CASE WHEN COALESCE(c.closed, r.due_day) IS NOT NULL THEN 1 ELSE 0 END) AS reply_d,
    SUM(CASE WHEN c.closed IS NOT NULL AND c.rating IS NOT NULL THEN 1 ELSE 0 END) AS rated,
    SUM(CASE WHEN c.closed IS NOT NULL THEN 1 ELSE 0 END) AS closed,
    SUM(CASE WHEN c.closed IS NOT NULL AND c.rating IN ('满意', '基本满意') THEN 1 ELSE 0 END) AS satisfied
  FROM xinfang_cases c LEFT JOIN reply_due r ON r."row" = c."row"
), counts AS (
  SELECT k.kpi, COALESCE(x.numerator, 0) AS numerator, COALESCE(x.denominator, 0) AS denominator
  FROM (VALUES ('timely_acceptance', 1), ('on_time_closure', 2)) AS k(kpi, ord) LEFT JOIN clock_kpis x ON x.kpi = k.kpi
  UNION ALL SELECT 'reply', reply_n, reply_d FROM case_kpis
  UNION ALL SELECT 'rating_participation', rated, closed FROM case_kpis
  UNION ALL SELECT 'satisfaction', satisfied, rated FROM case_kpis
)
SELECT kpi, CAST(numerator AS INTEGER) AS numerator, CAST(denominator AS INTEGER) AS denominator,
  CASE WHEN denominator > 0 THEN CAST(numerator AS DOUBLE PRECISION) / denominator END AS rate
FROM counts;
`;
}
