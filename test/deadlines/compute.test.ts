/** The engine's structure: steps, extensions, provisional years, organisation calendars. */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/calendar.ts';
import { formatDay, parseDay } from '../../src/calendar/day.ts';
import { canExtend, computeDeadline, type DeadlineInput } from '../../src/deadlines/compute.ts';
import { isLimit, parseLimit, type Limit } from '../../src/deadlines/limit.ts';
import { parseMoment } from '../../src/deadlines/moment.ts';
import { cnCalendar } from '../calendar/cn-calendar.ts';

const cn = await cnCalendar();
const limit = (t: string): Limit => {
  const l = parseLimit(t);
  if (!isLimit(l)) throw new Error(t);
  return l;
};
const input = (from: string, l: string, extra: Partial<DeadlineInput> = {}): DeadlineInput => ({ start: parseMoment(from)!, limit: limit(l), ...extra });

describe('computeDeadline', () => {
  it('records the steps of a rolled calendar-day period (2024 春节)', () => {
    const r = computeDeadline(cn, input('2024-01-26', '15日'));
    expect(r.steps.map((s) => s.kind)).toEqual(['start', 'count-days', 'roll', 'due']);
    const roll = r.steps[2]!;
    if (roll.kind !== 'roll') throw new Error('roll expected');
    expect(roll.info).toMatchObject({ date: '2024-02-10', kind: 'holiday', name: '春节', notice: { number: '国办发明电〔2023〕7号' } });
    expect(roll.to).toMatchObject({ date: '2024-02-18', kind: 'makeup-workday' });
    expect(roll.skipped.map((x) => [formatDay(x.from), formatDay(x.to), x.kind])).toEqual([['2024-02-10', '2024-02-17', 'holiday']]);
    expect(r).toMatchObject({ dueText: '2024-02-18', due: { day: parseDay('2024-02-18') }, roll: 'next-workday', provisional: false, provisionalYears: [] });
  });

  it('lists skipped runs and counted make-up days of a working-day period', () => {
    const r = computeDeadline(cn, input('2025-01-24', '3个工作日'));
    const step = r.steps.find((s) => s.kind === 'count-workdays');
    if (step?.kind !== 'count-workdays') throw new Error('count-workdays expected');
    expect(step.makeup.map((m) => m.date)).toEqual(['2025-01-26']);
    expect(step.skipped.map((x) => [formatDay(x.from), formatDay(x.to), x.kind, x.name ?? null])).toEqual([
      ['2025-01-25', '2025-01-25', 'weekend', null],
      ['2025-01-28', '2025-02-04', 'holiday', '春节'],
    ]);
    expect(r.steps.some((s) => s.kind === 'roll' || s.kind === 'landed')).toBe(false);
  });

  it('marks clamped month ends', () => {
    const r = computeDeadline(cn, input('2025-01-31', '1个月'));
    expect(r.steps.find((s) => s.kind === 'count-months')).toMatchObject({ clamped: true, info: { date: '2025-02-28' } });
    expect(r.steps.find((s) => s.kind === 'landed')).toBeDefined();
    const unclamped = computeDeadline(cn, input('2024-03-05', '2个月'));
    expect(unclamped.steps.find((s) => s.kind === 'count-months')).toMatchObject({ clamped: false });
  });

  it('adds same-unit extensions to the period and counts other day units on from its last day', () => {
    const same = computeDeadline(cn, input('2025-07-03', '60日', { extension: limit('30日') }));
    expect(same.steps[1]).toMatchObject({ kind: 'extension', total: { unit: 'days', amount: 90 } });
    expect(same.dueText).toBe('2025-10-09');
    const mixed = computeDeadline(cn, input('2024-03-05', '2个月', { extension: limit('15日') }));
    expect(mixed.steps[1]).toMatchObject({ kind: 'extension' });
    expect(mixed.steps[1]).not.toHaveProperty('total');
    expect(mixed.steps.filter((s) => s.kind === 'count-months' || s.kind === 'count-days')).toHaveLength(2);
    const time = computeDeadline(cn, input('2024-03-05T14:30', '2小时', { extension: limit('30分钟') }));
    expect(time.steps[1]).toMatchObject({ kind: 'extension', total: { unit: 'minutes', amount: 150 } });
  });

  it.each([
    ['15日', '30日', true],
    ['15日', '10个工作日', true],
    ['2个月', '15日', true],
    ['24小时', '30分钟', true],
    ['24小时', '1日', false],
    ['15日', '24小时', false],
    ['当日', '1日', false],
  ])('canExtend(%s, %s) = %s; computeDeadline throws otherwise', (l, e, ok) => {
    expect(canExtend(limit(l), limit(e))).toBe(ok);
    const run = () => computeDeadline(cn, input('2024-03-05', l, { extension: limit(e) }));
    if (ok) expect(run).not.toThrow();
    else expect(run).toThrow(RangeError);
  });

  it('counts hours from the end of the start day when no time is known, and says so', () => {
    const r = computeDeadline(cn, input('2024-03-05', '24小时'));
    expect(r.steps.find((s) => s.kind === 'count-time')).toMatchObject({ assumedEndOfDay: true, from: { minute: 0 } });
    expect(r.dueText).toBe('2024-03-07T00:00');
  });

  it('lists every uncovered year the window touches', () => {
    const r = computeDeadline(cn, input('2026-06-01', '400日'));
    expect(r.provisionalYears).toEqual([2027]);
    const long = computeDeadline(cn, input('2026-12-01', '30个月'));
    expect(long.provisionalYears).toEqual([2027, 2028, 2029]);
    expect(long.steps.find((s) => s.kind === 'provisional')).toEqual({ kind: 'provisional', years: [2027, 2028, 2029] });
    expect(computeDeadline(cn, input('2019-12-25', '3日')).provisionalYears).toEqual([2019]);
  });

  it('rolls past organisation closures and counts its extra working days', () => {
    const org = buildCalendar(cn.data, {
      closures: [{ name: '年终盘点', from: '2024-03-18', to: '2024-03-19' }],
      extra_workdays: [{ date: '2024-03-16', name: '补班' }],
    });
    expect(computeDeadline(org, input('2024-03-01', '17日')).dueText).toBe('2024-03-20');
    expect(computeDeadline(org, input('2024-03-01', '15日')).dueText).toBe('2024-03-16');
    expect(computeDeadline(cn, input('2024-03-01', '17日')).dueText).toBe('2024-03-18');
  });

  it('returns plain JSON data', () => {
    const r = computeDeadline(cn, input('2024-01-26', '15日', { extension: limit('3日') }));
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
