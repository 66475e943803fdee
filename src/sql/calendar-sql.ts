/**
 * The working-day calendar as SQL tables (docs/day-counting.md, src/calendar/calendar.ts is the
 * reference): every day of 1900–2199 with its kind, the holiday's name and notice, whether it is a
 * working day, the working days before it (the engine's prefix sums) and the first working day on
 * or after it, so a roll or a working-day offset is one lookup. Only the days that differ from
 * Monday–Friday are written out, from the engine's own calendar of each version.
 */
import { buildCalendar, type Calendar } from '../calendar/calendar.ts';
import type { CalendarData } from '../calendar/calendar-data.ts';
import { dayFromYmd, formatDay } from '../calendar/day.ts';
import { quote, type Dialect } from './dialect.ts';

/** The span the SQL calendar covers; 1900-01-01 was a Monday (the weekday is the day number mod 7). */
export const SQL_SPAN = { first: dayFromYmd(1900, 1, 1), last: dayFromYmd(2199, 12, 31), from: '1900-01-01', to: '2199-12-31' };

/** The distinct calendars of a rule set's versions, numbered from 1. */
export interface SqlCalendars {
  /** Calendar number of each version, in version order. */
  ofVersion: number[];
  calendars: Calendar[];
}

/** Number the distinct calendars (most rule sets have one for every version). */
export function numberCalendars(data: readonly CalendarData[]): SqlCalendars {
  const keys: string[] = [];
  const calendars: Calendar[] = [];
  const ofVersion = data.map((d) => {
    const key = JSON.stringify(d);
    let i = keys.indexOf(key);
    if (i < 0) {
      i = keys.push(key) - 1;
      calendars.push(buildCalendar(d));
    }
    return i + 1;
  });
  return { ofVersion, calendars };
}

/** The years with a notice as ranges: a window is covered when it lies inside one of them. */
export function coveredRanges(calendar: Calendar): [number, number][] {
  const out: [number, number][] = [];
  for (const y of calendar.coveredYears) {
    const last = out[out.length - 1];
    if (last && last[1] === y - 1) last[1] = y;
    else out.push([y, y]);
  }
  return out;
}

/** The days of a calendar that are not a plain Monday–Friday working day or weekend. */
function exceptionRows(n: number, calendar: Calendar): string[] {
  const rows: string[] = [];
  for (let d = SQL_SPAN.first; d <= SQL_SPAN.last; d++) {
    const info = calendar.dayInfo(d);
    // 'workday' is always Monday–Friday and 'weekend' Saturday or Sunday (src/calendar/calendar.ts).
    if (info.kind === 'workday' || info.kind === 'weekend') continue;
    rows.push(`(${n}, DATE '${formatDay(d)}', '${info.kind}', ${info.name ? quote(info.name) : 'NULL'}, ${info.notice ? quote(info.notice.number) : 'NULL'})`);
  }
  return rows;
}

/** The calendar tables; clocks look days up by joining them (src/sql/steps-sql.ts). */
export function calendarSql(dialect: Dialect, cals: SqlCalendars): string {
  const t = dialect.text;
  const values = cals.calendars.flatMap((c, i) => exceptionRows(i + 1, c));
  const span = SQL_SPAN.last - SQL_SPAN.first;
  const workday = `kind IN ('workday', 'makeup-workday')`;
  return `-- The working-day calendar (docs/day-counting.md). Days that are not a plain Monday–Friday working
-- day or weekend: State Council notices' holidays and 调休 make-up days, the 办法's statutory days
-- of years without a notice (provisional), and the organisation's closures and extra working days.
CREATE TABLE xinfang_calendar_days (cal INTEGER, day DATE, kind ${t}, name ${t}, notice ${t});
INSERT INTO xinfang_calendar_days VALUES
  ${values.join(',\n  ')};

-- Every day of ${SQL_SPAN.from}…${SQL_SPAN.to}: wd_before = working days before it (prefix sums),
-- next_workday = the day itself when it is a working day, else the first working day after it.
CREATE TABLE xinfang_calendar AS
WITH days AS (
  SELECT k.cal, DATE '${SQL_SPAN.from}' + CAST(t.i AS INTEGER) AS day, t.i % 7 < 5 AS monday_to_friday
  FROM generate_series(0, ${span}) AS t(i)
  CROSS JOIN (SELECT DISTINCT cal FROM xinfang_calendar_days UNION SELECT 1) AS k(cal)
), marked AS (
  SELECT d.cal, d.day, COALESCE(x.kind, CASE WHEN d.monday_to_friday THEN 'workday' ELSE 'weekend' END) AS kind, x.name, x.notice
  FROM days d LEFT JOIN xinfang_calendar_days x ON x.cal = d.cal AND x.day = d.day
), ranked AS (
  SELECT m.*, ${workday} AS workday,
    CAST(COALESCE(SUM(CASE WHEN ${workday} THEN 1 ELSE 0 END) OVER (PARTITION BY cal ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS INTEGER) AS wd_before
  FROM marked m
)
SELECT r.cal, r.day, r.kind, r.name, r.notice, r.workday, r.wd_before, w.day AS next_workday
FROM ranked r LEFT JOIN ranked w ON w.cal = r.cal AND w.workday AND w.wd_before = r.wd_before;

-- The k-th working day of each calendar (k = its wd_before).
CREATE TABLE xinfang_workdays AS SELECT cal, wd_before AS k, day FROM xinfang_calendar WHERE workday;
${dialect.name === 'postgres' ? `-- Keys, so that each lookup is an index probe.
ALTER TABLE xinfang_calendar ADD PRIMARY KEY (cal, day);
ALTER TABLE xinfang_workdays ADD PRIMARY KEY (cal, k);
ANALYZE xinfang_calendar;
ANALYZE xinfang_workdays;
` : ''}
`;
}
