/**
 * The legal day-counting table (docs/day-counting.md): every case in legal-cases.yaml was derived by hand
 * from the State Council notices and 民法典 arts. 201–203; its `why` says how.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeDeadline, type RollMode } from '../../src/deadlines/compute.ts';
import { isLimit, parseLimit, type Limit } from '../../src/deadlines/limit.ts';
import { parseMoment } from '../../src/deadlines/moment.ts';
import { parseDay } from '../../src/calendar/day.ts';
import { cnCalendar } from '../calendar/cn-calendar.ts';

interface LegalCase {
  from: string;
  limit?: string;
  due_by?: string;
  /** Suspension interval [from, until]; until null = not ended. */
  pause?: [string, string | null];
  paused_days?: number;
  paused?: boolean;
  roll?: RollMode;
  extension?: string;
  due: string;
  provisional?: boolean;
  why: string;
}

const cases = parse(readFileSync(new URL('./legal-cases.yaml', import.meta.url), 'utf8')) as LegalCase[];
const calendar = await cnCalendar();

function limitOf(text: string): Limit {
  const l = parseLimit(text);
  if (!isLimit(l)) throw new Error(`bad limit in legal-cases.yaml: ${text}`);
  return l;
}

describe('legal day-counting cases', () => {
  it('covers at least 120 cases, every notice year 2020–2026 and the years after', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
    const years = new Set(cases.map((c) => Number(c.due.slice(0, 4))));
    for (let y = 2020; y <= 2027; y++) expect(years, `a case due in ${y}`).toContain(y);
    expect(cases.filter((c) => c.provisional).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => c.roll === 'none').length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => c.extension).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => c.pause).length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => c.due_by).length).toBeGreaterThanOrEqual(3);
  });

  const day = (t: string) => {
    const d = parseDay(t);
    if (d === undefined) throw new Error(`bad date in legal-cases.yaml: ${t}`);
    return d;
  };
  const name = (c: LegalCase) =>
    `${c.from} + ${c.limit ?? ''}${c.due_by ? ` 要求办结 ${c.due_by}` : ''}${c.extension ? ` + ${c.extension}` : ''}${c.pause ? ` 中止 ${c.pause[0]}…${c.pause[1] ?? ''}` : ''}${c.roll ? ` (roll ${c.roll})` : ''} → ${c.due}`;

  it.each(cases.map((c) => [name(c), c] as const))(
    '%s',
    (_name, c) => {
      const start = parseMoment(c.from);
      expect(start, `from ${c.from}`).toBeDefined();
      const common = {
        start: start!,
        ...(c.roll ? { roll: c.roll } : {}),
        ...(c.extension ? { extension: limitOf(c.extension) } : {}),
        ...(c.pause ? { pause: { from: day(c.pause[0]), ...(c.pause[1] ? { until: day(c.pause[1]) } : {}) } } : {}),
      };
      const result = computeDeadline(
        calendar,
        c.due_by ? { ...common, dueBy: day(c.due_by), ...(c.limit ? { limit: limitOf(c.limit) } : {}) } : { ...common, limit: limitOf(c.limit!) },
      );
      expect(result.dueText, c.why).toBe(c.due);
      expect(result.provisional, c.why).toBe(c.provisional ?? false);
      expect(result.pausedDays, c.why).toBe(c.paused_days ?? 0);
      expect(result.paused, c.why).toBe(c.paused ?? false);
    },
  );
});
