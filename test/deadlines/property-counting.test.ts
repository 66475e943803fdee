/**
 * Property tests of the calendar and the deadline engine, with a fixed fast-check seed.
 * The engine's O(1) prefix-sum arithmetic is checked against a naive day-by-day reference written
 * here: it asks the calendar only `isWorkday(day)` for single days and walks one day at a time, and
 * it does month arithmetic with `Date.UTC` (an independent implementation of 民法典 art. 202).
 * Runs under both test time zones (vitest projects tz-shanghai and tz-new-york).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../src/calendar/calendar.ts';
import { dayFromYmd } from '../../src/calendar/day.ts';
import { computeDeadline } from '../../src/deadlines/compute.ts';
import type { Limit, LimitUnit } from '../../src/deadlines/limit.ts';
import { cnCalendar } from '../calendar/cn-calendar.ts';

const cn = await cnCalendar();
const SEED = 20240126;
const RUNS = 2000;
const opts = { seed: SEED, numRuns: RUNS };

const FIRST = dayFromYmd(2020, 1, 1);
const LAST = dayFromYmd(2026, 12, 31);
/** Any date 2020–2026. */
const aDay = fc.integer({ min: FIRST, max: LAST });
const lim = (unit: LimitUnit, amount: number): Limit => ({ unit, amount, text: `${amount}${unit}` });

/** Naive reference: walk forward until a working day (民法典 art. 203 roll). */
function naiveRoll(cal: Calendar, day: number): number {
  let d = day;
  while (!cal.isWorkday(d)) d++;
  return d;
}

/** Naive reference: the n-th working day strictly after `start`, walking day by day. */
function naiveWorkdays(cal: Calendar, start: number, n: number): number {
  let d = start;
  for (let seen = 0; seen < n; ) if (cal.isWorkday(++d)) seen++;
  return d;
}

/** Naive reference for 民法典 art. 202 via Date.UTC: the same day-of-month n months on, else that month's last day. */
function naiveMonths(start: number, n: number): number {
  const s = new Date(start * 86_400_000);
  const y = s.getUTCFullYear();
  const m = s.getUTCMonth() + n;
  const lastOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate(); // day 0 of the next month = last day
  return Date.UTC(y, m, Math.min(s.getUTCDate(), lastOfTarget)) / 86_400_000;
}

describe('deadline engine agrees with a naive day-by-day reference (2020–2026)', () => {
  it('N日 with roll = start + N, then walk to the first working day; roll none = start + N', () => {
    fc.assert(
      fc.property(aDay, fc.integer({ min: 1, max: 400 }), (start, n) => {
        const rolled = computeDeadline(cn, { start: { day: start }, limit: lim('days', n) }).due.day;
        const unrolled = computeDeadline(cn, { start: { day: start }, limit: lim('days', n), roll: 'none' }).due.day;
        expect(rolled).toBe(naiveRoll(cn, start + n));
        expect(unrolled).toBe(start + n);
      }),
      opts,
    );
  });

  it('N个工作日 = the N-th working day after the start, counted one day at a time; never rolled', () => {
    fc.assert(
      fc.property(aDay, fc.integer({ min: 1, max: 250 }), (start, n) => {
        const due = computeDeadline(cn, { start: { day: start }, limit: lim('workdays', n) }).due.day;
        expect(due).toBe(naiveWorkdays(cn, start, n));
        expect(cn.isWorkday(due)).toBe(true);
      }),
      opts,
    );
  });

  it('N个月 = the corresponding day (or month end) via Date.UTC, then rolled', () => {
    fc.assert(
      fc.property(aDay, fc.integer({ min: 1, max: 36 }), (start, n) => {
        const due = computeDeadline(cn, { start: { day: start }, limit: lim('months', n) }).due.day;
        expect(due).toBe(naiveRoll(cn, naiveMonths(start, n)));
      }),
      opts,
    );
  });

  it('countWorkdays(a, b) equals the working days in (a, b] counted one by one', () => {
    fc.assert(
      fc.property(aDay, fc.integer({ min: 0, max: 400 }), (a, span) => {
        let naive = 0;
        for (let d = a + 1; d <= a + span; d++) if (cn.isWorkday(d)) naive++;
        expect(cn.countWorkdays(a, a + span)).toBe(naive);
        expect(cn.countWorkdays(a + span, a)).toBe(naive === 0 ? 0 : -naive);
      }),
      opts,
    );
  });
});

describe('algebra of working days', () => {
  const n = fc.integer({ min: 0, max: 200 });

  it('composes: N then M working days = N + M working days', () => {
    fc.assert(
      fc.property(aDay, n, n, (d, a, b) => {
        expect(cn.addWorkdays(cn.addWorkdays(d, a), b)).toBe(cn.addWorkdays(d, a + b));
      }),
      opts,
    );
  });

  it('is monotonic in the start day and strictly monotonic in N', () => {
    fc.assert(
      fc.property(aDay, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 50 }), (d, gap, k, more) => {
        expect(cn.addWorkdays(d + gap, k)).toBeGreaterThanOrEqual(cn.addWorkdays(d, k));
        expect(cn.addWorkdays(d, k + more)).toBeGreaterThan(cn.addWorkdays(d, k));
      }),
      opts,
    );
  });

  it('countWorkdays inverts addWorkdays: exactly N working days lie in (d, addWorkdays(d, N)]', () => {
    fc.assert(
      fc.property(aDay, n, (d, k) => {
        expect(cn.countWorkdays(d, cn.addWorkdays(d, k))).toBe(k);
      }),
      opts,
    );
  });

  it('roll-forward is idempotent, lands on a working day and skips no working day', () => {
    fc.assert(
      fc.property(aDay, (d) => {
        const once = cn.nextWorkdayOnOrAfter(d);
        expect(cn.nextWorkdayOnOrAfter(once)).toBe(once);
        expect(cn.isWorkday(once)).toBe(true);
        expect(cn.countWorkdays(d - 1, once - 1)).toBe(0); // no working day in [d, once)
      }),
      opts,
    );
  });

  it('a rolled deadline, recomputed from its own due date with 0 extra days of rolling, stays put', () => {
    // Rolling the due date again (roll of a working day) changes nothing.
    fc.assert(
      fc.property(aDay, fc.integer({ min: 1, max: 120 }), (start, k) => {
        const due = computeDeadline(cn, { start: { day: start }, limit: lim('days', k) }).due.day;
        expect(cn.nextWorkdayOnOrAfter(due)).toBe(due);
      }),
      opts,
    );
  });
});

describe('an extension never shortens a deadline', () => {
  const dayUnit = fc.constantFrom<LimitUnit>('days', 'workdays', 'months');
  const timeUnit = fc.constantFrom<LimitUnit>('hours', 'minutes');
  const amount = fc.integer({ min: 1, max: 90 });
  const roll = fc.constantFrom('next-workday' as const, 'none' as const);

  it('day units: due(limit + extension) ≥ due(limit); exactly the extension later for calendar days without roll', () => {
    fc.assert(
      fc.property(aDay, dayUnit, amount, dayUnit, amount, roll, (start, u, a, eu, ea, r) => {
        const base = computeDeadline(cn, { start: { day: start }, limit: lim(u, a), roll: r }).due.day;
        const ext = computeDeadline(cn, { start: { day: start }, limit: lim(u, a), roll: r, extension: lim(eu, ea) }).due.day;
        expect(ext).toBeGreaterThanOrEqual(base);
        if (u === 'days' && eu === 'days' && r === 'none') expect(ext - base).toBe(ea);
      }),
      opts,
    );
  });

  it('hour and minute units: the due moment moves later by exactly the extension', () => {
    fc.assert(
      fc.property(aDay, fc.integer({ min: 0, max: 1439 }), timeUnit, amount, timeUnit, amount, (day, minute, u, a, eu, ea) => {
        const at = (x: { day: number; minute?: number }) => x.day * 1440 + (x.minute ?? 0);
        const base = computeDeadline(cn, { start: { day, minute }, limit: lim(u, a) }).due;
        const ext = computeDeadline(cn, { start: { day, minute }, limit: lim(u, a), extension: lim(eu, ea) }).due;
        expect(at(ext) - at(base)).toBe(eu === 'hours' ? ea * 60 : ea);
      }),
      opts,
    );
  });
});
