/**
 * Results do not depend on the process time zone (docs/day-counting.md): the same seeded batch of
 * deadlines is computed by `node src/cli/xinfang.js deadline --batch` in child processes under
 * time zones on both sides of the date line, and every output must be byte-identical — and equal
 * to the engine's answer in this process. The suite sets TZ for its children itself, so it runs once
 * (unit project) rather than under both test zones.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatDay } from '../../src/calendar/day.ts';
import { computeDeadline } from '../../src/deadlines/compute.ts';
import { isLimit, parseLimit } from '../../src/deadlines/limit.ts';
import { parseMoment } from '../../src/deadlines/moment.ts';
import { packageRoot } from '../../src/paths.ts';
import { cnCalendar } from '../calendar/cn-calendar.ts';

const run = promisify(execFile);
const ZONES = ['Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

/** 300 seeded rows: dates 2020–2026, optional times, every limit form, both roll modes. */
function batch(): string[][] {
  const row = fc.tuple(
    fc.integer({ min: dayFromYmd(2020, 1, 1), max: dayFromYmd(2026, 12, 31) }),
    fc.option(fc.integer({ min: 0, max: 1439 }), { nil: undefined }),
    fc.constantFrom('日', '个工作日', '个月', '小时', '分钟', 'd', 'wd', 'm', 'h', 'min'),
    fc.integer({ min: 1, max: 90 }),
    fc.constantFrom('next-workday', 'none'),
  );
  return fc.sample(row, { seed: 7, numRuns: 300 }).map(([day, minute, unit, n, roll]) => {
    const time = minute === undefined ? '' : `T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    return [formatDay(day) + time, `${n}${unit}`, roll];
  });
}

describe('deadline --batch under different process time zones', () => {
  it('prints identical output in 4 zones, equal to the in-process engine', { timeout: 120_000 }, async () => {
    const rows = batch();
    const dir = mkdtempSync(join(tmpdir(), 'xinfang-tz-'));
    const file = join(dir, 'batch.csv');
    writeFileSync(file, ['from,limit,roll', ...rows.map((r) => r.join(','))].join('\n') + '\n');
    const outputs = await Promise.all(
      ZONES.map((TZ) => run(process.execPath, [join(packageRoot, 'src/cli/xinfang.js'), 'deadline', '--batch', file], { env: { ...process.env, TZ }, cwd: dir })),
    );
    for (let i = 1; i < ZONES.length; i++) expect(outputs[i]!.stdout, ZONES[i]).toBe(outputs[0]!.stdout);

    const cn = await cnCalendar();
    const lines = outputs[0]!.stdout.trim().split('\n');
    expect(lines[0]).toBe('from,limit,roll,due,provisional');
    expect(lines).toHaveLength(rows.length + 1);
    rows.forEach(([from, limitText, roll], i) => {
      const limit = parseLimit(limitText!);
      if (!isLimit(limit)) throw new Error(limitText);
      const r = computeDeadline(cn, { start: parseMoment(from!)!, limit, roll: roll as 'none' });
      expect(lines[i + 1]).toBe(`${from},${limitText},${roll},${r.dueText},${r.provisional}`);
    });
  });
});
