/**
 * One clock (or petitioner window) of one version as SQL: the reference is src/check/judge-clock.ts
 * with src/deadlines/compute.ts. Each clock becomes a view in steps a reviewer can follow from the
 * YAML: which cases it applies to, the last day of its period, the extension, the suspension, the
 * roll (民法典第二百零一至二百零三条, docs/day-counting.md), then status and whether it is scored.
 */
import { canSuspend, NO_TIME_ASSUMED } from '../deadlines/compute.ts';
import type { Limit } from '../deadlines/limit.ts';
import { REQUEST_NOT_JUDGED } from '../check/judge-clock.ts';
import { clockKpi } from '../kpi/count.ts';
import type { CompiledClock, CompiledVersion, CompiledWindow } from '../rules/compiled.ts';
import { testsField } from '../rules/condition.ts';
import type { EventName } from '../rules/model.ts';
import { citeArticle, eventName } from '../rules/vocabulary.ts';
import { coveredRanges, type SqlCalendars } from './calendar-sql.ts';
import type { SqlFeature } from './codes.ts';
import { conditionSql, type ConditionSql } from './condition-sql.ts';
import { comment, quote, type Dialect } from './dialect.ts';
import { Steps } from './steps-sql.ts';

/** What compiling a clock needs about its version. */
export interface ClockContext {
  dialect: Dialect;
  version: CompiledVersion;
  /** The version's calendar number and the calendars. */
  cal: number;
  calendars: SqlCalendars;
  /** Called for a feature the compiler cannot express exactly; the clock is then left out. */
  refuse: (clock: string, feature: SqlFeature) => void;
}

const TIMED = new Set(['hours', 'minutes']);

/**
 * Whether a clock counts hours or minutes: the only clocks that read the time of an event
 * (docs/check-results.md start, due, stop).
 */
export const timedClock = (clock: CompiledClock): boolean => clock.limit !== undefined && TIMED.has(clock.limit.unit);

const zh = (e: EventName) => eventName(e, 'zh');

/** Whether the window start…due touches a year without a notice (docs/day-counting.md provisional). */
export function provisional(ctx: ClockContext, from: string, to: string): string {
  const ranges = coveredRanges(ctx.calendars.calendars[ctx.cal - 1]!);
  const inside = ranges.map(([a, b]) => `(${from} >= DATE '${a}-01-01' AND ${to} <= DATE '${b}-12-31')`);
  return inside.length ? `NOT (${inside.join(' OR ')})` : 'TRUE';
}

/** Columns of a case for conditions; `refuse` records an inexpressible test. */
function condition(ctx: ClockContext, c: CompiledClock | CompiledWindow): ConditionSql {
  const names = (id: string) => ctx.version.categories.find((k) => k.id === id)?.name ?? id;
  return conditionSql(c.when?.test, c.if_empty, {
    field: (f) => (f === 'department' ? 'c.department_id' : `c.${f}`),
    event: (e) => `c.${e}`,
    refuse: (feature) => {
      ctx.refuse(c.id, feature);
      return 'FALSE';
    },
  }, names);
}

/** A petitioner window's columns on a case (step `applies`): whether it applies, when it opened, the request. */
export function windowColumns(ctx: ClockContext, w: CompiledWindow, prefix: string): string[] {
  if (TIMED.has(w.limit.unit) || w.limit.unit === 'same-day') ctx.refuse(w.id, { zh: `信访人期限“${w.limit.text}”`, en: `window limit ${w.limit.text}` });
  const from = w.from_fallback ? `COALESCE(c.${w.from}, c.${w.from_fallback})` : `c.${w.from}`;
  return [
    `(${condition(ctx, w).holds} AND ${from} IS NOT NULL) AS ${prefix}applies`,
    `${from} AS ${prefix}from`,
    `(c.${w.from} IS NOT NULL) AS ${prefix}recorded`,
    `c.${w.until} AS ${prefix}request`,
  ];
}

/** The SQL view name of a clock or window. */
export function viewName(kind: 'clock' | 'window', version: string, id: string): string {
  return `xinfang_${kind}_${version.replace(/-/g, '_')}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** `warnFrom` of src/check/deadline-cache.ts: the first day of the due-soon window before `due`. */
function warnFrom(ctx: ClockContext, steps: Steps, step: Parameters<Steps['count']>[0], due: string, warn: Limit | undefined): string {
  if (!warn) return 'CAST(NULL AS DATE)';
  if (warn.unit === 'days') return `${due} - ${warn.amount}`;
  if (warn.unit === 'workdays') return steps.addWorkdays(step, due, -warn.amount);
  if (warn.unit === 'months') return ctx.dialect.addMonths(due, -warn.amount);
  return due;
}

/** The comment heading a clock's view: id, name, limit, events, article and YAML line, condition, extension, suspension. */
function heading(v: CompiledVersion, clock: CompiledClock): string {
  const ext = clock.extension;
  return [
    comment(`${v.version} · ${clock.id} ${clock.name}: ${clock.limit_text ?? ''}${clock.due_by ? `${clock.limit_text ? '，' : ''}或${zh(clock.due_by)}` : ''}，${zh(clock.from)}${clock.from_fallback ? `（未填按${zh(clock.from_fallback)}）` : ''} → ${clock.until.events.map(zh).join(clock.until.mode === 'any' ? '或' : '及')}`),
    comment(`basis: ${citeArticle(clock.basis)} (${clock.source.file}:${clock.source.line})`),
    ...(clock.when ? [comment(`when: ${clock.when.text.zh}${clock.if_empty ? `（未填：${JSON.stringify(clock.if_empty)}）` : ''}`)] : []),
    ...(ext ? [comment(`extension: ${ext.max_text ? `至多 ${ext.max_text}` : '无上限'}，${ext.approval === 'required' ? '需延期批准日期' : '延期天数即可'}`)] : []),
    ...(clock.pause ? [comment(`suspension: ${zh(clock.pause.from)} → ${zh(clock.pause.until)} 不计入期限`)] : []),
  ].join('\n');
}

/** The view of one clock: one row per case it applies to, with the finding's fields and its violations' facts. */
export function clockView(ctx: ClockContext, clock: CompiledClock): string {
  const d = ctx.dialect;
  const v = ctx.version;
  const limit = clock.limit;
  const unit = limit?.unit;
  const timed = timedClock(clock);
  const counted = limit !== undefined && !timed && unit !== 'same-day';
  const refuse = (feature: SqlFeature) => ctx.refuse(clock.id, feature);
  if (timed && clock.until.events.length > 1) refuse({ zh: '按小时或分钟计算的时限有多个终止事件', en: 'several stop events on an hour or minute clock' });
  if ((timed || unit === 'same-day') && (clock.due_by || clock.pause)) refuse({ zh: `“${limit!.text}”时限带有个案期限（due_by）或中止（pause）`, en: `due_by or pause on a ${limit!.text} clock` });
  const ext = clock.extension && limit && !timed ? clock.extension : undefined;
  if (ext && unit === 'same-day') refuse({ zh: '“当日”时限的延期', en: 'an extension of a 当日 clock' });
  if (ext?.max && ext.max.unit !== 'days') refuse({ zh: `延期上限为“${ext.max.text}”`, en: `an extension maximum of ${ext.max.text}` });
  // The engine suspends day periods only (validation refuses a pause elsewhere: PAUSE_NOT_DAY_PERIOD).
  const pause = clock.pause && canSuspend(limit) ? clock.pause : undefined;
  const window = clock.request_window ? v.windows.find((w) => w.id === clock.request_window) : undefined;
  const steps = new Steps(d, ctx.cal);

  // 1. The cases the clock applies to: its version, its `when`, a start; the request window's facts.
  const when = condition(ctx, clock);
  const start = clock.from_fallback ? `COALESCE(c.${clock.from}, c.${clock.from_fallback})` : `c.${clock.from}`;
  const stops = clock.until.events.map((e) => `c.${e}`);
  const a = steps.step('applies', `the cases this clock applies to, with its start and stop (${clock.until.mode} of its stop events)`);
  a.columns = [
    'c."row"', 'c.id', 'c.department', 'c.persons', 's.as_of',
    `${start} AS s`,
    // The times: only an hour or minute clock reads them (the cases carry no others, src/sql/cases-sql.ts).
    !timed ? 'CAST(NULL AS INTEGER) AS s_min' : clock.from_fallback ? `CASE WHEN c.${clock.from} IS NOT NULL THEN c.${clock.from}_min ELSE c.${clock.from_fallback}_min END AS s_min` : `c.${clock.from}_min AS s_min`,
    `(c.${clock.from} IS NOT NULL) AS recorded`,
    `${stops.length === 1 ? stops[0] : clock.until.mode === 'any' ? `LEAST(${stops.join(', ')})` : `CASE WHEN ${stops.map((x) => `${x} IS NOT NULL`).join(' AND ')} THEN GREATEST(${stops.join(', ')}) END`} AS stop`,
    `${timed ? `${stops[0]}_min` : 'CAST(NULL AS INTEGER)'} AS stop_min`,
    `${clock.due_by ? `c.${clock.due_by}` : 'CAST(NULL AS DATE)'} AS due_by`,
    ...(ext ? [`CASE WHEN c.extension_days IS NULL${ext.approval === 'required' ? ' OR c.extension_approved IS NULL' : ''} THEN NULL ELSE c.extension_days END AS ext_requested`] : []),
    ...(ext?.approval === 'required' ? ['c.extension_approved AS ext_approved'] : []),
    ...(pause ? [`c.${pause.from} AS pause_from`, `c.${pause.until} AS pause_until_recorded`] : []),
    ...(clock.explain ? ['c.delay_explained'] : []),
    ...(window ? windowColumns(ctx, window, 'w_') : []),
    ...when.assumed.map((g, i) => `(${g.guard}) AS assumed_${i + 1}`),
  ];
  a.where.push(`c.version = ${quote(v.version)}`, when.holds, `${start} IS NOT NULL`);
  if (!limit) a.where.push(`c.${clock.due_by} IS NOT NULL`);

  // 2. The period counted from the start; the request window's last day.
  const b = steps.step('counted', 'the period counted from the start (民法典第二百零一、二百零二条), before any roll');
  b.columns.push(`${counted ? steps.count(b, 'p.s', limit!) : 'CAST(NULL AS DATE)'} AS original_last`);
  if (window) b.columns.push(`${steps.count(b, 'p.w_from', window.limit)} AS w_last`);

  // 3. Rolled; a request out of time by a recorded 送达 date gets no decision clock (docs/check-results.md).
  const c = steps.step('rolled', 'the original due date, rolled (民法典第二百零三条); a request out of time by a recorded 送达 date owes no decision');
  // Only an extension approved after it needs the original due date (step 4).
  if (ext?.approval === 'required') c.columns.push(`${counted ? (unit === 'workdays' ? 'p.original_last' : steps.roll(c, 'p.original_last', clock.roll)) : 'CAST(NULL AS DATE)'} AS original_due`);
  if (window) {
    const wDue = steps.roll(c, 'p.w_last', window.roll);
    const outOfTime = `(p.w_applies AND p.w_request IS NOT NULL AND p.w_request > ${wDue})`;
    c.columns.push(`(${outOfTime} AND NOT p.w_recorded) AS request_not_judged`);
    c.where.push(`NOT (${outOfTime} AND p.w_recorded)`);
  }

  // 4. The extension within its maximum, added to the period (60日 + 30日 → 90日); a case's own due date replaces both.
  const e = steps.step('extended', 'the extension within its maximum (approved after the original due date: none), and the last day');
  const max = ext?.max?.amount;
  const afterDue = 'p.due_by IS NULL AND p.ext_requested IS NOT NULL AND p.ext_approved IS NOT NULL AND p.ext_approved > p.original_due';
  if (ext) {
    const late = ext.approval === 'required' ? afterDue : 'FALSE';
    e.columns.push(
      `(${late}) AS ext_after_due`,
      `${max !== undefined ? `(p.due_by IS NULL AND p.ext_requested > ${max} AND NOT (${late}))` : 'FALSE'} AS ext_over_max`,
      `CASE WHEN p.due_by IS NOT NULL OR p.ext_requested IS NULL OR (${late}) THEN NULL ELSE ${max !== undefined ? `LEAST(p.ext_requested, ${max})` : 'p.ext_requested'} END AS ext`,
    );
  } else e.columns.push('FALSE AS ext_after_due', 'FALSE AS ext_over_max', 'CAST(NULL AS INTEGER) AS ext');
  const countedLast = ext ? `p.original_last + COALESCE(CASE WHEN p.due_by IS NOT NULL OR p.ext_requested IS NULL OR (${ext.approval === 'required' ? afterDue : 'FALSE'}) THEN NULL ELSE ${max !== undefined ? `LEAST(p.ext_requested, ${max})` : 'p.ext_requested'} END, 0)` : 'p.original_last';
  const own = counted ? countedLast : limit ? 'p.s' : 'CAST(NULL AS DATE)';
  e.columns.push(`${clock.due_by ? `CASE WHEN p.due_by IS NOT NULL THEN p.due_by ELSE ${own} END` : own} AS last0`);

  // 5. Rolled as it stood before any suspension; a working-day period never rolls.
  const f = steps.step('settled', 'the last day rolled as it stood before any suspension (a working-day period never rolls)');
  const keepsWorkday = [...(clock.due_by ? ['p.due_by IS NULL'] : []), ...(ext ? ['p.ext IS NULL'] : [])];
  const rolled = counted || clock.due_by ? steps.roll(f, 'p.last0', clock.roll) : 'p.last0';
  f.columns.push(`${unit === 'workdays' ? (keepsWorkday.length ? `CASE WHEN ${keepsWorkday.join(' AND ')} THEN p.last0 ELSE ${rolled} END` : 'p.last0') : rolled} AS before_pause`);

  // 6. The suspension (docs/day-counting.md): days after the start, on or before the due date as it stood.
  const g = steps.step('suspended', 'the suspended days (听证): after the start, on or before the due date as it stood; open = paused');
  if (pause) {
    g.columns.push(
      'COALESCE(p.pause_until_recorded, p.stop) AS pause_until',
      '(p.pause_from IS NOT NULL AND COALESCE(p.pause_until_recorded, p.stop) IS NULL AND p.pause_from <= p.before_pause) AS paused',
      'CASE WHEN p.pause_from IS NOT NULL AND COALESCE(p.pause_until_recorded, p.stop) IS NOT NULL THEN CAST(GREATEST(0, LEAST(COALESCE(p.pause_until_recorded, p.stop), p.before_pause) - GREATEST(p.pause_from, p.s + 1) + 1) AS INTEGER) ELSE 0 END AS pause_days',
    );
  } else g.columns.push('FALSE AS paused', '0 AS pause_days');

  // 7. The due date.
  const h = steps.step('due', 'the due date: suspended days added, then rolled; or the hour/minute/当日 deadline');
  if (timed) {
    const minutes = unit === 'hours' ? limit!.amount * 60 : limit!.amount;
    // No time known: counted from the end of the start day (docs/day-counting.md "Hours and minutes").
    h.columns.push(`p.s + CAST(${d.intDiv(`COALESCE(p.s_min, 1440) + ${minutes}`, '1440')} AS INTEGER) AS due`, `(COALESCE(p.s_min, 1440) + ${minutes}) % 1440 AS due_min`);
  } else if (pause) {
    h.columns.push(`CASE WHEN p.pause_days > 0 THEN ${steps.roll(h, 'p.last0 + p.pause_days', clock.roll)} ELSE p.before_pause END AS due`, 'CAST(NULL AS INTEGER) AS due_min');
  } else h.columns.push('p.before_pause AS due', 'CAST(NULL AS INTEGER) AS due_min');

  // 8. Status, provisional, the due-soon window.
  const j = steps.step('judged', 'status, provisional (a year without a notice), the first day of the due-soon window');
  const kept = 'p.stop < p.due OR (p.stop = p.due AND (p.due_min IS NULL OR p.stop_min IS NULL OR p.stop_min <= p.due_min))';
  j.columns.push(
    `CASE WHEN p.stop IS NOT NULL THEN CASE WHEN ${kept} THEN 'on-time' ELSE 'late' END WHEN p.as_of > p.due AND NOT p.paused THEN 'overdue' ELSE 'pending' END AS status`,
    `${provisional(ctx, 'p.s', 'p.due')} AS provisional`,
    `${warnFrom(ctx, steps, j, 'p.due', clock.warn)} AS warn_from`,
  );

  const missed = `p.status IN ('late', 'overdue')`;
  const explained = clock.explain ? `CASE WHEN ${missed} AND p.delay_explained <= p.due THEN p.delay_explained END` : 'CAST(NULL AS DATE)';
  const assumed = [
    ...when.assumed.map((x, i) => `CASE WHEN p.assumed_${i + 1} THEN ${quote(x.text)} END`),
    ...(clock.from_fallback ? [`CASE WHEN NOT p.recorded THEN ${quote(`${zh(clock.from)}未填，按${zh(clock.from_fallback)}起算`)} END`] : []),
    ...(window ? [`CASE WHEN p.request_not_judged THEN ${quote(REQUEST_NOT_JUDGED)} END`] : []),
    ...(pause ? [`CASE WHEN p.pause_from IS NOT NULL AND p.pause_until_recorded IS NULL AND p.stop IS NOT NULL THEN ${quote(`${zh(pause.until)}未填，中止计至`)} || ${d.dateText('p.stop')} END`] : []),
    ...(timed ? [`CASE WHEN p.due_by IS NULL AND p.s_min IS NULL THEN ${quote(NO_TIME_ASSUMED)} END`] : []),
    ...(pause ? [`CASE WHEN p.paused THEN ${quote(`${zh(pause.from)}已填、${zh(pause.until)}未填，期限中止计算`)} END`] : []),
  ];
  // docs/check-results.md `scored`: not an explained, provisional or fallback-started lateness; never a superior's decision.
  const scored = clock.scored ? `${clock.explain ? `NOT (${explained} IS NOT NULL) AND ` : ''}NOT (${missed} AND (p.provisional OR NOT p.recorded))` : 'FALSE';
  const groupReport = clock.until.events.includes('reported') && testsField(clock.when?.test, 'persons');
  const kpi = clock.until.events.length === 1 && clock.until.events[0] === 'replied' ? 'reply' : clockKpi(clock.until.events);
  const final = [
    'p."row"', 'p.id AS "case"', `${quote(clock.id)} AS clock`, `${quote(v.version)} AS version`,
    // Only an hour or minute clock has times (step 1), and shows them (docs/check-results.md start, due, stop).
    'p.s AS start_day', 'p.s_min AS start_min',
    'p.due AS due_day', 'p.due_min',
    'p.stop AS stop_day', 'p.stop_min AS stop_min',
    'p.status',
    `(p.status = 'pending' AND NOT p.paused AND p.warn_from IS NOT NULL AND p.as_of >= p.warn_from) AS due_soon`,
    `CAST(CASE WHEN p.status = 'late' THEN p.stop - p.due WHEN p.status = 'overdue' THEN p.as_of - p.due ELSE 0 END AS INTEGER) AS days_late`,
    'p.provisional', 'p.department',
    `${d.textList(assumed)} AS assumed`,
    `${pause ? 'CASE WHEN p.pause_from IS NOT NULL AND NOT p.paused THEN p.pause_days END' : 'CAST(NULL AS INTEGER)'} AS paused_days`,
    `${explained} AS explained_day`,
    `(${scored}) AS scored`,
    `${kpi ? quote(kpi) : `CAST(NULL AS ${d.text})`} AS kpi`,
    `(${clock.scored ? 'p.ext_after_due' : 'FALSE'}) AS extension_after_due`,
    `(${clock.scored ? 'p.ext_over_max' : 'FALSE'}) AS extension_over_max`,
    `(${groupReport ? `${missed} AND (${scored})` : 'FALSE'}) AS group_not_reported`,
  ];
  return `${heading(v, clock)}
CREATE VIEW ${viewName('clock', v.version, clock.id)} AS
${steps.render('xinfang_cases c CROSS JOIN xinfang_settings s')}
SELECT ${final.join(',\n  ')}
FROM judged p;
`;
}
