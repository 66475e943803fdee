/**
 * Hostile RRULEs: each is refused by our own checks (src/recurrence/parse-rrule.ts, occurs.ts)
 * within a fraction of a second — before rrule.js, which walks to year 9999 on a rule that never
 * occurs and accepts finer-than-daily rules. Expected verdicts are from RFC 5545 §3.3.10 and hand
 * counts on the Gregorian calendar.
 */
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.ts';
import { buildCalendar } from '../../src/calendar/calendar.ts';
import { expandRecurrences, MAX_OCCURRENCES } from '../../src/recurrence/expand.ts';
import { checkedRrule } from '../../src/recurrence/occurs.ts';
import { formatRrule, parseRrule } from '../../src/recurrence/parse-rrule.ts';
import type { CompiledRecurrence } from '../../src/rules/compiled.ts';
import { escapeText } from '../../src/schedule/ics-text.ts';
import { expandRecurrence, receptionIcs } from '../../src/site/reception.ts';
import { HANG_MS } from './hang-bound.ts';

const START = parseDay('2024-01-03')!; // a Wednesday

describe('refused before rrule.js sees them', () => {
  it.each([
    ['FREQ=DAILY;BYHOUR=25', 'RRULE_VALUE_OUT_OF_RANGE'],
    // Legal in RFC 5545, but rrule.js finds no date for it after seconds of search (a fuzz finding).
    ['FREQ=MONTHLY;BYDAY=MO,-1FR', 'RRULE_VALUE_OUT_OF_RANGE'],
    ['FREQ=DAILY;BYMINUTE=60', 'RRULE_VALUE_OUT_OF_RANGE'],
    ['FREQ=SECONDLY', 'RRULE_FREQ_TOO_FINE'],
    ['FREQ=MINUTELY;COUNT=5', 'RRULE_FREQ_TOO_FINE'],
    ['FREQ=HOURLY', 'RRULE_FREQ_TOO_FINE'],
    ['FREQ=DAILY;EXRULE=FREQ', 'RRULE_PART_UNKNOWN'],
    ['FREQ=DAILY;BYEASTER=0', 'RRULE_PART_UNKNOWN'],
    ['FREQ=DAILY\nEXRULE:FREQ=DAILY', 'RRULE_SYNTAX'],
    ['FREQ=WEEKLY;BYDAY=WE\nDTSTART:20990101', 'RRULE_SYNTAX'],
    ['FREQ=WEEKLY;BYDAY=WE\rX-INJECT:1', 'RRULE_SYNTAX'],
    ['FREQ=DAILY;COUNT=3;COUNT=4', 'RRULE_SYNTAX'],
    ['FREQ=DAILY;COUNT=99999999', 'RRULE_VALUE_OUT_OF_RANGE'],
    ['FREQ=DAILY;INTERVAL=0', 'RRULE_VALUE_OUT_OF_RANGE'],
    ['FREQ=WEEKLY;BYMONTHDAY=1', 'RRULE_VALUE_OUT_OF_RANGE'],
    ['FREQ=WEEKLY;BYDAY=2MO', 'RRULE_VALUE_OUT_OF_RANGE'],
    ['FREQ=MONTHLY;BYDAY=6MO', 'RRULE_VALUE_OUT_OF_RANGE'],
    ['FREQ=DAILY;UNTIL=20240230', 'RRULE_VALUE_OUT_OF_RANGE'],
    ['FREQ=MONTHLY;BYSETPOS=1', 'RRULE_VALUE_OUT_OF_RANGE'],
    ['freq=daily', 'RRULE_SYNTAX'],
    [`FREQ=DAILY;BYMONTH=${Array(200).fill(1).join(',')}`, 'RRULE_SYNTAX'],
    // Never occurs: 30 February; a sixth Monday; every 7th day from a Wednesday, on Mondays; before DTSTART.
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'RRULE_NEVER_OCCURS'],
    ['FREQ=WEEKLY;BYMONTH=2;BYDAY=MO;INTERVAL=1;UNTIL=20240204', 'RRULE_NEVER_OCCURS'],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6', 'RRULE_NEVER_OCCURS'],
    ['FREQ=DAILY;INTERVAL=7;BYDAY=MO', 'RRULE_NEVER_OCCURS'],
    ['FREQ=MONTHLY;INTERVAL=12;BYMONTH=3', 'RRULE_NEVER_OCCURS'],
    ['FREQ=YEARLY;BYDAY=MO;BYSETPOS=300', 'RRULE_NEVER_OCCURS'],
    ['FREQ=DAILY;UNTIL=20231231', 'RRULE_NEVER_OCCURS'],
  ])('%j → %s', (text, code) => {
    const t0 = performance.now();
    expect(checkedRrule(text, START).problems.map((p) => p.code)).toEqual([code]);
    expect(performance.now() - t0).toBeLessThan(HANG_MS);
  });
});

describe('real rules pass and are rebuilt, not pasted', () => {
  it.each([
    'FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1',
    'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1',
    'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
    'FREQ=WEEKLY;BYDAY=TU',
    'FREQ=DAILY',
    // 29 February: leap years only, still a date.
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
    // A fifth Monday of February: 2032-02-02 is a Monday and 2032 is a leap year.
    'FREQ=MONTHLY;BYMONTH=2;BYDAY=5MO',
    'FREQ=MONTHLY;BYDAY=-1FR;COUNT=12',
  ])('%s', (text) => {
    const { rule, problems } = checkedRrule(text, START);
    expect(problems).toEqual([]);
    // Rebuilt from the checked parts, it reads back as the same rule.
    expect(parseRrule(formatRrule(rule!)).rule).toEqual(rule);
  });
  it('UNTIL with a time is kept as the whole day', () => {
    expect(formatRrule(parseRrule('FREQ=DAILY;UNTIL=20241231T000000Z').rule!)).toBe('FREQ=DAILY;UNTIL=20241231T235959Z');
  });
});

describe('expansion is bounded and says so', () => {
  const recurrence = (rrule: string) => ({ id: 'r', name: '值班', rrule, start: '2024-01-01' }) as unknown as CompiledRecurrence;
  const calendar = buildCalendar({ id: 'empty', years: [] });
  it('a rule that skipped validation is not expanded, and is reported', () => {
    const told: string[] = [];
    const out = expandRecurrences([recurrence('FREQ=SECONDLY')], calendar, START, START + 365, { onLimit: (_r, what) => told.push(what) });
    expect(out).toEqual([]);
    expect(told).toEqual(['invalid']);
  });
  it('a window of thirty years of every day stops at the cap, and is reported', () => {
    const told: string[] = [];
    const t0 = performance.now();
    const out = expandRecurrences([recurrence('FREQ=DAILY')], calendar, START, START + 30 * 366, { onLimit: (_r, what) => told.push(what) });
    expect(out.length).toBe(MAX_OCCURRENCES);
    expect(told).toContain('capped');
    expect(performance.now() - t0).toBeLessThan(HANG_MS);
  });
});

describe('iCalendar text cannot start a new line or property', () => {
  it.each([
    ['a\rX-INJECT:1', 'a\\nX-INJECT:1'],
    ['a\nRRULE:FREQ=SECONDLY', 'a\\nRRULE:FREQ=SECONDLY'],
    ['a\r\nb', 'a\\nb'],
    ['a;b,c\\d', 'a\\;b\\,c\\\\d'],
    ['a\u001b[31mb\u0000', 'a[31mb'],
  ])('%j → %j', (text, escaped) => expect(escapeText(text)).toBe(escaped));

  it('the reception .ics carries the rebuilt rule, not the rule file text', () => {
    const r = { id: 'r', name: '接待\r日', rrule: 'FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1;UNTIL=20301231', start: '2024-01-01' } as unknown as CompiledRecurrence;
    const calendar = buildCalendar({ id: 'empty', years: [] });
    const window = { from: parseDay('2025-01-01')!, to: parseDay('2026-01-01')! };
    const ics = receptionIcs({ orgId: 'o', orgName: 'O', stamp: window.from, items: [{ recurrence: r, expansion: expandRecurrence(r, calendar, window) }] });
    const lines = ics.split('\r\n');
    expect(lines).toContain('RRULE:FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1;COUNT=12');
    expect(lines).toContain('SUMMARY:接待\\n日');
    expect(ics).not.toMatch(/\r(?!\n)/);
  });
});
