/**
 * Schedules from RRULEs. Expected dates are worked out by hand from the RRULE and the
 * 2026 holiday notice (国办发明电〔2025〕7号): 国庆节 2026-10-01 … 10-07, 春节 02-15 … 02-23.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueDiagnostic } from '../../src/diagnostics/catalogue.ts';
import { buildCalendar } from '../../src/calendar/calendar.ts';
import { parseDay } from '../../src/calendar/day.ts';
import { expandRecurrences } from '../../src/recurrence/expand.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledRecurrence, CompiledRuleSet } from '../../src/rules/compiled.ts';
import { scheduleToIcs } from '../../src/schedule/ics.ts';
import { escapeText, foldLine } from '../../src/schedule/ics-text.ts';
import { buildSchedule } from '../../src/schedule/schedule.ts';
import { formatScheduleTable } from '../../src/schedule/schedule-table.ts';

const RULES = join(import.meta.dirname, '..', 'reports', 'fixtures', 'q2-ledger', 'rules', 'kpi-office');
let ruleset: CompiledRuleSet;

beforeAll(async () => {
  const built = await buildRuleSets([RULES], import.meta.dirname);
  ruleset = built.compiled[0]!;
});

describe('expandRecurrences', () => {
  it('expands the first Wednesday of each month and skips holidays (节假日除外)', () => {
    const v = ruleset.versions[0]!;
    const calendar = buildCalendar(v.calendar);
    const days = (opts = {}) =>
      expandRecurrences(v.reception, calendar, parseDay('2026-09-01')!, parseDay('2026-12-31')!, opts).map((o) => [o.date, o.skipped?.name ?? '']);
    // First Wednesdays: 09-02; 10-07 (inside 国庆节 10-01…10-07, so not held); 11-04; 12-02.
    expect(days()).toEqual([['2026-09-02', ''], ['2026-11-04', ''], ['2026-12-02', '']]);
    expect(days({ includeSkipped: true })).toEqual([['2026-09-02', ''], ['2026-10-07', '国庆节'], ['2026-11-04', ''], ['2026-12-02', '']]);
  });

  it('expands BYMONTHDAY=-1 to the last day of each quarter’s last month, whatever the weekday', () => {
    const v = ruleset.versions[0]!;
    const list = expandRecurrences(v.schedules, buildCalendar(v.calendar), parseDay('2026-01-01')!, parseDay('2026-12-31')!);
    // 03-31 Tue, 06-30 Tue, 09-30 Wed, 12-31 Thu; no skip_holidays on this duty.
    expect(list.map((o) => o.date)).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
  });

  it('does not expand before the recurrence’s start date', () => {
    const v = ruleset.versions[0]!;
    const list = expandRecurrences(v.schedules, buildCalendar(v.calendar), parseDay('2023-01-01')!, parseDay('2024-06-30')!);
    expect(list.map((o) => o.date)).toEqual(['2024-03-31', '2024-06-30']);
  });
});

describe('what a non-working day does to an occurrence (on_holiday, working_days)', () => {
  // Hand counts on the 2026 notice: 元旦 01-01…01-03 with 01-04 (Sun) worked; 春节 02-15…02-23 with
  // 02-14 (Sat) and 02-28 (Sat) worked; 劳动节 05-01…05-05; 国庆节 10-01…10-07.
  const rec = (extra: Partial<CompiledRecurrence>): CompiledRecurrence => ({
    id: 'r', name: '接待日', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1', start: '2024-01-01', source: { file: 'x', line: 1, column: 1 }, ...extra,
  });
  const expand = (r: CompiledRecurrence, from: string, to: string) =>
    expandRecurrences([r], buildCalendar(ruleset.versions[0]!.calendar), parseDay(from)!, parseDay(to)!, { includeSkipped: true });

  it.each([
    ['no on_holiday: the day stays', rec({}), '2026-01-01', '2026-03-31', ['2026-01-01', '2026-02-01', '2026-03-01']],
    ['skip: a rest day is dropped (kept, marked)', rec({ on_holiday: 'skip' }), '2026-01-01', '2026-03-31', ['2026-01-01 skipped', '2026-02-01 skipped', '2026-03-01 skipped']],
    // 01-01 → the make-up Sunday 01-04; 02-01 (Sun) → 02-02; 03-01 (Sun) → 03-02.
    ['next-workday: moved, never dropped', rec({ on_holiday: 'next-workday' }), '2026-01-01', '2026-03-31', ['2026-01-04 from 2026-01-01', '2026-02-02 from 2026-02-01', '2026-03-02 from 2026-03-01']],
    ['next-workday: after 劳动节 and 国庆节', rec({ on_holiday: 'next-workday', rrule: 'FREQ=YEARLY;BYMONTH=5,10;BYMONTHDAY=1' }), '2026-01-01', '2026-12-31', ['2026-05-06 from 2026-05-01', '2026-10-08 from 2026-10-01']],
    ['next-workday: a day moved into the window counts there', rec({ on_holiday: 'next-workday' }), '2026-01-04', '2026-01-31', ['2026-01-04 from 2026-01-01']],
    [
      'next-workday, daily: the holiday days are held once, on the first working day after',
      rec({ on_holiday: 'next-workday', rrule: 'FREQ=DAILY' }),
      '2026-02-13',
      '2026-02-25',
      ['2026-02-13', '2026-02-14', '2026-02-24 from 2026-02-15', '2026-02-25'],
    ],
    [
      'working_days: every working day, make-up Saturdays included, 春节 excluded',
      rec({ working_days: true, rrule: 'FREQ=DAILY' }),
      '2026-02-09',
      '2026-03-01',
      ['2026-02-09', '2026-02-10', '2026-02-11', '2026-02-12', '2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28'],
    ],
  ])('%s', (_name, r, from, to, expected) => {
    expect(expand(r, from, to).map((o) => `${o.date}${o.skipped ? ' skipped' : ''}${o.moved ? ` from ${o.moved.date}` : ''}`)).toEqual(expected);
  });

  it('the schedule table says where a moved day came from', () => {
    const moved = { ...ruleset, versions: [{ ...ruleset.versions[0]!, reception: [rec({ on_holiday: 'next-workday' })], schedules: [] }] };
    const s = buildSchedule(moved, 2026);
    expect(s.entries.find((e) => e.date === '2026-10-08')).toMatchObject({ moved: '2026-10-01 国庆节放假' });
    expect(formatScheduleTable(s, 'zh').join('\n')).toContain('原定 2026-10-01 国庆节放假，顺延');
  });
});

describe('buildSchedule and its formats', () => {
  it('lists a year: 12 first Wednesdays (one skipped) and 4 quarterly reports', () => {
    const s = buildSchedule(ruleset, 2026);
    expect(s.entries.filter((e) => e.kind === 'reception')).toHaveLength(12);
    expect(s.entries.filter((e) => e.skipped).map((e) => [e.date, e.skipped])).toEqual([['2026-10-07', '国庆节放假']]);
    expect(s.entries.filter((e) => e.kind === 'schedule').map((e) => e.date)).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
    expect(s.entries[0]).toMatchObject({ date: '2026-01-07', weekday: 3, time: '09:00-11:30', department: { id: 'office', name: '办公室' } });
    expect(formatScheduleTable(s, 'zh').join('\n')).toContain('国庆节放假，不安排');
  });

  it('writes RFC 5545: CRLF, dated and timed events, escaped text, folded lines', () => {
    const ics = scheduleToIcs(buildSchedule(ruleset, 2026));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    // 11 held reception days + 4 reports; the skipped 10-07 is left out.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(15);
    expect(ics).not.toContain('20261007');
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20260107T090000\r\nDTEND;TZID=Asia/Shanghai:20260107T113000');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260331\r\nDTEND;VALUE=DATE:20260401');
    expect(ics).toContain('UID:kpi-office-schedule-quarterly-statistics-20260331@xinfang');
    expect(ics).toContain('DTSTAMP:20240101T000000Z');
    expect(ics).toContain('LOCATION:接待室');
    // DESCRIPTION escapes the description's comma and semicolon and cites the article.
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DESCRIPTION:每季度末上报信访统计(含分类\\,数量\\;同比)。\\n责任部门：办公室\\n依据：《考核示例单位信访工作制度》第四条');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('escapes TEXT values and folds without splitting a UTF-8 character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const line = 'DESCRIPTION:' + '信访'.repeat(40);
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.every((p) => Buffer.byteLength(p, 'utf8') <= 75)).toBe(true);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });
});

describe('a recurrence that skipped validation', () => {
  it('is left out of the schedule and reported as RECURRENCE_INVALID at its source', () => {
    const v = ruleset.versions[0]!;
    const bad = { ...ruleset, versions: [{ ...v, reception: [{ ...v.reception[0]!, rrule: 'FREQ=SECONDLY' }], schedules: [] }] };
    const notes: CatalogueDiagnostic[] = [];
    const schedule = buildSchedule(bad, 2026, notes);
    expect(schedule.entries).toEqual([]);
    expect(notes.map((d) => [d.code, d.line])).toEqual([['RECURRENCE_INVALID', v.reception[0]!.source.line]]);
  });
});
