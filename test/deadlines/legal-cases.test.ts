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
import { cnCalendar } from '../calendar/cn-calendar.ts';

interface LegalCase {
  from: string;
  limit: string;
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
  });

  it.each(cases.map((c) => [`${c.from} + ${c.limit}${c.extension ? ` + ${c.extension}` : ''}${c.roll ? ` (roll ${c.roll})` : ''} → ${c.due}`, c] as const))(
    '%s',
    (_name, c) => {
      const start = parseMoment(c.from);
      expect(start, `from ${c.from}`).toBeDefined();
      const result = computeDeadline(calendar, {
        start: start!,
        limit: limitOf(c.limit),
        ...(c.roll ? { roll: c.roll } : {}),
        ...(c.extension ? { extension: limitOf(c.extension) } : {}),
      });
      expect(result.dueText, c.why).toBe(c.due);
      expect(result.provisional, c.why).toBe(c.provisional ?? false);
    },
  );
});
