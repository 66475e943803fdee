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
import { conditionSql, type ConditionSql } from './condition-sql.ts';
import { comment, quote, type Dialect } from './dialect.ts';

/** What compiling a clock needs about its version. */
export interface ClockContext {
  dialect: Dialect;
  version: CompiledVersion;
  /** The version's calendar number and the calendars. */
  cal: number;
  calendars: SqlCalendars;
  /** Called for a feature the compiler cannot express exactly; the clock is then left out. */
  refuse: (clock: string, feature: string) => void;
}

const TIMED = new Set(['hours', 'minutes']);
const zh = (e: EventName) => eventName(e, 'zh');

/** The last day of `limit` counted from `day` (民法典第二百零一、二百零二条), before any roll. */
function countFrom(ctx: ClockContext, day: string, limit: Limit): string {
  if (limit.unit === 'workdays') return `xinfang_add_workdays(${ctx.cal}, ${day}, ${limit.amount})`;
  if (limit.unit === 'months') return ctx.dialect.addMonths(day, limit.amount);
  return `${day} + ${limit.amount}`;
}

/** The roll of a last day (民法典第二百零三条), unless the clock says `roll: none`. */
function settle(ctx: ClockContext, roll: 'next-workday' | 'none', day: string): string {
  return roll === 'none' ? day : `xinfang_roll(${ctx.cal}, ${day})`;
}

/** Whether the window start…due touches a year without a notice (docs/day-counting.md provisional). */
function provisional(ctx: ClockContext, from: string, to: string): string {
  const ranges = coveredRanges(ctx.calendars.calendars[ctx.cal - 1]!);
  const inside = ranges.map(([a, b]) => `(EXTRACT(YEAR FROM ${from}) >= ${a} AND EXTRACT(YEAR FROM ${to}) <= ${b})`);
  return inside.length ? `NOT (${inside.join(' OR ')})` : 'TRUE';
}

/** `warnFrom` of src/check/deadline-cache.ts: the first day of the due-soon window. */
function warnFrom(ctx: ClockContext, due: string, warn: Limit | undefined): string {
  if (!warn) return 'CAST(NULL AS DATE)';
  if (warn.unit === 'days') return `${due} - ${warn.amount}`;
  if (warn.unit === 'workdays') return `xinfang_add_workdays(${ctx.cal}, ${due}, ${-warn.amount})`;
  if (warn.unit === 'months') return ctx.dialect.addMonths(due, -warn.amount);
  return due;
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

/** A petitioner window on a case of `c`: whether it applies, its opening day, and its due day. */
export function windowCore(ctx: ClockContext, w: CompiledWindow): { applies: string; from: string; recorded: string; due: string; request: string } {
  if (TIMED.has(w.limit.unit) || w.limit.unit === 'same-day') ctx.refuse(w.id, `window limit ${w.limit.text}`);
  const from = w.from_fallback ? `COALESCE(c.${w.from}, c.${w.from_fallback})` : `c.${w.from}`;
  return {
    applies: `(${condition(ctx, w).holds} AND ${from} IS NOT NULL)`,
    from,
    recorded: `(c.${w.from} IS NOT NULL)`,
    due: settle(ctx, w.roll, countFrom(ctx, from, w.limit)),
    request: `c.${w.until}`,
  };
}

/** The SQL view name of a clock or window. */
export function viewName(kind: 'clock' | 'window', version: string, id: string): string {
  return `xinfang_${kind}_${version.replace(/-/g, '_')}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** The view of one clock: one row per case it applies to, with the finding's fields and its violations' facts. */
export function clockView(ctx: ClockContext, clock: CompiledClock): string {
  const d = ctx.dialect;
  const v = ctx.version;
  const limit = clock.limit;
  const unit = limit?.unit;
  const timed = unit !== undefined && TIMED.has(unit);
  const refuse = (feature: string) => ctx.refuse(clock.id, feature);
  if (timed && clock.until.events.length > 1) refuse('several stop events on an hour or minute clock');
  if ((timed || unit === 'same-day') && (clock.due_by || clock.pause)) refuse(`due_by or pause on a ${limit!.text} clock`);
  const ext = clock.extension && limit && !timed ? clock.extension : undefined;
  if (ext && unit === 'same-day') refuse('an extension of a 当日 clock');
  if (ext?.max && ext.max.unit !== 'days') refuse(`an extension maximum of ${ext.max.text}`);

  const when = condition(ctx, clock);
  const start = clock.from_fallback ? `COALESCE(c.${clock.from}, c.${clock.from_fallback})` : `c.${clock.from}`;
  const startMin = clock.from_fallback ? `CASE WHEN c.${clock.from} IS NOT NULL THEN c.${clock.from}_min ELSE c.${clock.from_fallback}_min END` : `c.${clock.from}_min`;
  const stops = clock.until.events.map((e) => `c.${e}`);
  const stop =
    stops.length === 1 ? stops[0]! : clock.until.mode === 'any' ? `LEAST(${stops.join(', ')})` : `CASE WHEN ${stops.map((s) => `${s} IS NOT NULL`).join(' AND ')} THEN GREATEST(${stops.join(', ')}) END`;
  const stopMin = stops.length === 1 ? `${stops[0]}_min` : 'CAST(NULL AS INTEGER)';
  const dueBy = clock.due_by ? `c.${clock.due_by}` : 'CAST(NULL AS DATE)';
  // A request out of time by a recorded 送达 date gets no decision clock; by the fallback date it runs, marked.
  const window = clock.request_window ? v.windows.find((w) => w.id === clock.request_window) : undefined;
  const wc = window ? windowCore(ctx, window) : undefined;
  const outOfTime = wc ? `(${wc.applies} AND ${wc.request} IS NOT NULL AND ${wc.request} > ${wc.due})` : 'FALSE';
  // The engine suspends day periods only (validation refuses a pause elsewhere: PAUSE_NOT_DAY_PERIOD).
  const pauseOn = clock.pause && canSuspend(limit) ? `c.${clock.pause.from}` : 'CAST(NULL AS DATE)';
  const wdUnit = unit === 'workdays';

  const a = [
    'c."row"', 'c.id', 'c.department', 'c.persons', 's.as_of',
    `${start} AS s`, `${startMin} AS s_min`, `(c.${clock.from} IS NOT NULL) AS recorded`,
    `${stop} AS stop`, `${stopMin} AS stop_min`, `${dueBy} AS due_by`,
    ext ? `CASE WHEN c.extension_days IS NULL${ext.approval === 'required' ? ' OR c.extension_approved IS NULL' : ''} THEN NULL ELSE c.extension_days END AS ext_requested` : 'CAST(NULL AS INTEGER) AS ext_requested',
    ext?.approval === 'required' ? 'c.extension_approved AS ext_approved' : 'CAST(NULL AS DATE) AS ext_approved',
    `${pauseOn} AS pause_from`, clock.pause ? `c.${clock.pause.until} AS pause_until_recorded` : 'CAST(NULL AS DATE) AS pause_until_recorded',
    clock.explain ? 'c.delay_explained' : 'CAST(NULL AS DATE) AS delay_explained',
    ...(wc ? [`(${outOfTime} AND NOT ${wc.recorded}) AS request_not_judged`] : []),
    ...when.assumed.map((g, i) => `(${g.guard}) AS assumed_${i + 1}`),
  ];
  const applies = [`c.version = ${quote(v.version)}`, when.holds, `${start} IS NOT NULL`];
  if (!limit) applies.push(`${dueBy} IS NOT NULL`);
  if (wc) applies.push(`NOT (${outOfTime} AND ${wc.recorded})`);

  const original = limit && !timed && unit !== 'same-day' ? countFrom(ctx, 'a.s', limit) : 'CAST(NULL AS DATE)';
  // A case's own due date (due_by) replaces the limit, and no extension is added to it.
  const afterDue = 'b.due_by IS NULL AND b.ext_requested IS NOT NULL AND b.ext_approved IS NOT NULL AND b.ext_approved > b.original_due';
  const max = ext?.max?.amount;
  const cSel = ext
    ? [
        `(${afterDue}) AS ext_after_due`,
        max !== undefined ? `(b.due_by IS NULL AND b.ext_requested > ${max} AND NOT (${afterDue})) AS ext_over_max` : 'FALSE AS ext_over_max',
        `CASE WHEN b.due_by IS NOT NULL OR b.ext_requested IS NULL OR (${afterDue}) THEN NULL ELSE ${max !== undefined ? `LEAST(b.ext_requested, ${max})` : 'b.ext_requested'} END AS ext`,
      ]
    : ['FALSE AS ext_after_due', 'FALSE AS ext_over_max', 'CAST(NULL AS INTEGER) AS ext'];
  // The last day before the suspension and the roll; a working-day period never rolls.
  const counted = ext ? 'b.original_last + COALESCE(b.ext, 0)' : 'b.original_last';
  const last = timed || unit === 'same-day' ? 'b.s' : clock.due_by ? `CASE WHEN b.due_by IS NOT NULL THEN b.due_by ELSE ${counted} END` : counted;
  const lastIsWorkday = [...(clock.due_by ? ['b.due_by IS NULL'] : []), ...(ext ? ['b.ext IS NULL'] : [])];
  const rolled = settle(ctx, clock.roll, last);
  const dSel = [
    `${last} AS last0`,
    `${!wdUnit ? rolled : lastIsWorkday.length ? `CASE WHEN ${lastIsWorkday.join(' AND ')} THEN ${last} ELSE ${rolled} END` : last} AS before_pause`,
    `${clock.pause ? 'COALESCE(b.pause_until_recorded, b.stop)' : 'CAST(NULL AS DATE)'} AS pause_until`,
  ];
  const pausedOpen = clock.pause ? 'e.pause_from IS NOT NULL AND e.pause_until IS NULL AND e.pause_from <= e.before_pause' : 'FALSE';
  const pauseDays = clock.pause
    ? `CASE WHEN e.pause_from IS NOT NULL AND e.pause_until IS NOT NULL THEN CAST(GREATEST(0, LEAST(e.pause_until, e.before_pause) - GREATEST(e.pause_from, e.s + 1) + 1) AS INTEGER) ELSE 0 END`
    : '0';
  let due: string;
  let dueMin = 'CAST(NULL AS INTEGER)';
  if (timed) {
    const minutes = unit === 'hours' ? limit!.amount * 60 : limit!.amount;
    // No time known: counted from the end of the start day (docs/day-counting.md "Hours and minutes").
    due = `e.s + CAST(${d.intDiv(`COALESCE(e.s_min, 1440) + ${minutes}`, '1440')} AS INTEGER)`;
    dueMin = `(COALESCE(e.s_min, 1440) + ${minutes}) % 1440`;
  } else if (unit === 'same-day') due = 'e.s';
  else if (clock.pause) due = `CASE WHEN (${pauseDays}) > 0 THEN ${settle(ctx, clock.roll, `e.last0 + (${pauseDays})`)} ELSE e.before_pause END`;
  else due = 'e.before_pause';
  const fSel = [`${due} AS due`, `${dueMin} AS due_min`, `(${pausedOpen}) AS paused`, `(${pauseDays}) AS pause_days`];

  const kept = 'g.stop < g.due OR (g.stop = g.due AND (g.due_min IS NULL OR g.stop_min IS NULL OR g.stop_min <= g.due_min))';
  const status = `CASE WHEN g.stop IS NOT NULL THEN CASE WHEN ${kept} THEN 'on-time' ELSE 'late' END WHEN g.as_of > g.due AND NOT g.paused THEN 'overdue' ELSE 'pending' END`;
  const hSel = [
    `${status} AS status`,
    `${provisional(ctx, 'g.s', 'g.due')} AS provisional`,
    `${warnFrom(ctx, 'g.due', clock.warn)} AS warn_from`,
  ];
  const missed = `h.status IN ('late', 'overdue')`;
  const explained = clock.explain ? `CASE WHEN ${missed} AND h.delay_explained <= h.due THEN ${d.dateText('h.delay_explained')} END` : `CAST(NULL AS ${d.text})`;
  const text = (day: string, min: string) => (timed ? `${d.dateText(day)} || CASE WHEN ${min} IS NOT NULL THEN 'T' || ${d.timeText(min)} ELSE '' END` : d.dateText(day));
  const assumed = [
    ...when.assumed.map((g, i) => `CASE WHEN h.assumed_${i + 1} THEN ${quote(g.text)} END`),
    ...(clock.from_fallback ? [`CASE WHEN NOT h.recorded THEN ${quote(`${zh(clock.from)}未填，按${zh(clock.from_fallback)}起算`)} END`] : []),
    ...(wc ? [`CASE WHEN h.request_not_judged THEN ${quote(REQUEST_NOT_JUDGED)} END`] : []),
    ...(clock.pause ? [`CASE WHEN h.pause_from IS NOT NULL AND h.pause_until_recorded IS NULL AND h.stop IS NOT NULL THEN ${quote(`${zh(clock.pause.until)}未填，中止计至`)} || ${d.dateText('h.stop')} END`] : []),
    ...(timed ? [`CASE WHEN h.due_by IS NULL AND h.s_min IS NULL THEN ${quote(NO_TIME_ASSUMED)} END`] : []),
    ...(clock.pause ? [`CASE WHEN h.paused THEN ${quote(`${zh(clock.pause.from)}已填、${zh(clock.pause.until)}未填，期限中止计算`)} END`] : []),
  ];
  const notExplained = clock.explain ? `NOT (${explained} IS NOT NULL) AND ` : '';
  const scored = clock.scored ? `${notExplained}NOT (${missed} AND (h.provisional OR NOT h.recorded))` : 'FALSE';
  const groupReport = clock.until.events.includes('reported') && testsField(clock.when?.test, 'persons');
  const kpi = clock.until.events.length === 1 && clock.until.events[0] === 'replied' ? 'reply' : clockKpi(clock.until.events);
  const final = [
    'h."row"', 'h.id AS "case"', `${quote(clock.id)} AS clock`, `${quote(v.version)} AS version`,
    `${text('h.s', 'h.s_min')} AS start`,
    `${d.dateText('h.due')} || CASE WHEN h.due_min IS NOT NULL THEN 'T' || ${d.timeText('h.due_min')} ELSE '' END AS due`,
    `CASE WHEN h.stop IS NOT NULL THEN ${text('h.stop', 'h.stop_min')} END AS stop`,
    'h.status',
    `(h.status = 'pending' AND NOT h.paused AND h.warn_from IS NOT NULL AND h.as_of >= h.warn_from) AS due_soon`,
    `CAST(CASE WHEN h.status = 'late' THEN h.stop - h.due WHEN h.status = 'overdue' THEN h.as_of - h.due ELSE 0 END AS INTEGER) AS days_late`,
    'h.provisional', 'h.department',
    `${d.textList(assumed)} AS assumed`,
    `CASE WHEN h.pause_from IS NOT NULL AND NOT h.paused THEN CAST(h.pause_days AS INTEGER) END AS paused_days`,
    `${explained} AS explained`,
    `(${scored}) AS scored`,
    'h.due AS due_day',
    `${kpi ? quote(kpi) : `CAST(NULL AS ${d.text})`} AS kpi`,
    `(${clock.scored ? 'h.ext_after_due' : 'FALSE'}) AS extension_after_due`,
    `(${clock.scored ? 'h.ext_over_max' : 'FALSE'}) AS extension_over_max`,
    `(${groupReport ? `${missed} AND (${scored})` : 'FALSE'}) AS group_not_reported`,
    'h.persons',
  ];
  const head = [
    comment(`${v.version} · ${clock.id} ${clock.name}: ${clock.limit_text ?? ''}${clock.due_by ? `${clock.limit_text ? '，' : ''}或${zh(clock.due_by)}` : ''}，${zh(clock.from)}${clock.from_fallback ? `（未填按${zh(clock.from_fallback)}）` : ''} → ${clock.until.events.map(zh).join(clock.until.mode === 'any' ? '或' : '及')}`),
    comment(`basis: ${citeArticle(clock.basis)} (${clock.source.file}:${clock.source.line})`),
    ...(clock.when ? [comment(`when: ${clock.when.text.zh}${clock.if_empty ? `（未填：${JSON.stringify(clock.if_empty)}）` : ''}`)] : []),
    ...(ext ? [comment(`extension: ${ext.max_text ? `至多 ${ext.max_text}` : '无上限'}，${ext.approval === 'required' ? '需延期批准日期' : '延期天数即可'}`)] : []),
    ...(clock.pause ? [comment(`suspension: ${zh(clock.pause.from)} → ${zh(clock.pause.until)} 不计入期限`)] : []),
  ];
  return `${head.join('\n')}
CREATE VIEW ${viewName('clock', v.version, clock.id)} AS
SELECT ${final.join(',\n  ')}
FROM ( -- status, provisional, due-soon window
  SELECT g.*, ${hSel.join(', ')}
  FROM ( -- the due date: suspension days added, then rolled; or the hour/minute/当日 deadline
    SELECT e.*, ${fSel.join(', ')}
    FROM ( -- the last day of the period (extension added), rolled as it stood before any suspension
      SELECT b.*, ${dSel.join(', ')}
      FROM ( -- the extension within the maximum; approved after the original due date, none
        SELECT b.*, ${cSel.join(', ')}
        FROM ( -- the period counted from the start, and the original due date
          SELECT a.*, ${original} AS original_last, ${limit && !timed && unit !== 'same-day' ? (wdUnit ? original : settle(ctx, clock.roll, original)) : 'CAST(NULL AS DATE)'} AS original_due
          FROM ( -- the cases this clock applies to
            SELECT ${a.join(',\n              ')}
            FROM xinfang_cases c CROSS JOIN xinfang_settings s
            WHERE ${applies.join('\n              AND ')}
          ) a
        ) b
      ) b
    ) e
  ) g
) h;
`;
}
