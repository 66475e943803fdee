/**
 * Deadline-engine throughput, for `test/bench/run.ts`: working-day offsets (`addWorkdays`, target
 * ≥ 2,000,000/s on one core) and full calendar-day deadlines with roll (`computeDeadline`, steps
 * and all). Inputs are precomputed from a seeded generator; each figure is the median of 5 runs.
 */
import { buildCalendar } from '../../src/calendar/calendar.ts';
import { parseDay } from '../../src/calendar/day.ts';
import { loadCalendarData } from '../../src/calendar/load-calendars.ts';
import { computeDeadline } from '../../src/deadlines/compute.ts';
import type { Limit } from '../../src/deadlines/limit.ts';
import type { BenchFigure } from './figure.ts';

/** mulberry32: a small seeded generator, so every run measures the same inputs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Median operations per second of `runs` timed passes of `pass` (which performs `ops` operations). */
function opsPerSecond(ops: number, pass: () => number, runs = 5): number {
  const rates: number[] = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    sink += pass();
    rates.push(ops / ((performance.now() - t0) / 1000));
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the passes observable');
  rates.sort((a, b) => a - b);
  return Math.round(rates[Math.floor(runs / 2)]!);
}

/** Run the deadline benchmarks. */
export async function benchDeadlines(): Promise<BenchFigure[]> {
  const { value } = await loadCalendarData('cn');
  const calendar = buildCalendar(value);
  const next = random(20240126);
  const first = parseDay('2020-01-01')!;
  const span = parseDay('2026-12-31')! - first;

  const N = 2_000_000;
  const days = new Int32Array(N);
  const amounts = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    days[i] = first + Math.floor(next() * span);
    amounts[i] = 1 + Math.floor(next() * 60);
  }
  const offsets = opsPerSecond(N, () => {
    let acc = 0;
    for (let i = 0; i < N; i++) acc += calendar.addWorkdays(days[i]!, amounts[i]!);
    return acc;
  });

  const M = 200_000;
  const limits: Limit[] = [15, 30, 60, 90].map((amount) => ({ unit: 'days', amount, text: `${amount}日` }));
  const inputs = Array.from({ length: M }, (_, i) => ({ start: { day: days[i]! }, limit: limits[i % limits.length]! }));
  const deadlines = opsPerSecond(M, () => {
    let acc = 0;
    for (let i = 0; i < M; i++) acc += computeDeadline(calendar, inputs[i]!).due.day;
    return acc;
  });

  return [
    { name: 'deadlines: working-day offsets (addWorkdays)', value: offsets, unit: 'ops/s' },
    { name: 'deadlines: calendar-day deadlines with roll (computeDeadline)', value: deadlines, unit: 'ops/s' },
  ];
}
