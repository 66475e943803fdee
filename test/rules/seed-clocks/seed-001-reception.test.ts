/**
 * Seed 001's reception days: what a holiday does to each, as its text says. "不少于每月1次" and
 * "每月安排一天" must never lose a month (the day moves to the next working day); "节假日除外" and
 * "每周安排半个工作日" drop the day; "每个工作日" follows the working-day calendar.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRuleSets, type BuiltRuleSets } from '../../../src/rules/build-rulesets.ts';
import { buildSchedule } from '../../../src/schedule/schedule.ts';
import { normalise } from './table.ts';

const ROOT = join(import.meta.dirname, '../../..');
const SEED = normalise(readFileSync(join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).find((f) => f.startsWith('001_'))!), 'utf8'));

const ROWS: [ruleset: string, id: string, quote: string, onHoliday: 'skip' | 'next-workday' | undefined, workingDays: boolean | undefined][] = [
  ['town', 'leader-reception-day', '党政领导接待日原则上不少于每月1次', 'next-workday', undefined],
  ['cppcc', 'leader-duty', '信访接待时间每周安排半个工作日', 'skip', undefined],
  ['patent-seismic-bureau', 'leader-reception-day', '具体接待时间按照领导接待日安排的时间(节假日除外)', 'skip', undefined],
  ['xz-land-bureau', 'leader-reception-day', '我单位每月安排一天为领导接待日', 'next-workday', undefined],
  ['xz-land-bureau', 'duty-leader', '每个工作日都有一名领导同志随时接待信访群众', undefined, true],
];

let built: BuiltRuleSets;
beforeAll(async () => {
  built = await buildRuleSets([...new Set(ROWS.map((r) => join(ROOT, 'rules', r[0])))], ROOT);
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

describe('seed 001 reception days on holidays', () => {
  it.each(ROWS)('%s %s rests on "%s": on_holiday %s, working_days %s', (ruleset, id, quote, onHoliday, workingDays) => {
    expect(SEED).toContain(normalise(quote));
    const version = built.compiled.find((s) => s.id === ruleset)!.versions.at(-1)!;
    const day = version.reception.find((r) => r.id === id);
    expect(day, id).toBeDefined();
    const article = version.articles.find((a) => a.id === day!.basis?.article);
    expect(normalise(article?.text ?? '')).toContain(normalise(quote));
    expect(day!.on_holiday).toBe(onHoliday);
    expect(day!.working_days).toBe(workingDays);
    // No text of seed 001 names the weekday or the day of the month: the page must say it is an example.
    if (!workingDays) expect(day!.description).toMatch(/示例/);
  });
});

/**
 * 2025 by hand, from 国办发明电〔2024〕12号: 元旦 01-01; 春节 01-28…02-04 (上班 01-26, 02-08); 清明
 * 04-04…04-06; 劳动节 05-01…05-05 (上班 04-27); 端午 05-31…06-02; 国庆、中秋 10-01…10-08 (上班 09-28, 10-11).
 */
describe('seed 001 reception days in 2025', () => {
  const days = async (ruleset: string, id: string): Promise<string[]> => {
    const set = built.compiled.find((s) => s.id === ruleset)!;
    return buildSchedule(set, 2025).entries.filter((e) => e.id === id && !e.skipped).map((e) => e.date);
  };

  it('town: one 接待日 in every month ("不少于每月1次"); the first Wednesday, moved past 元旦 and 国庆', async () => {
    expect(await days('town', 'leader-reception-day')).toEqual([
      '2025-01-02', '2025-02-05', '2025-03-05', '2025-04-02', '2025-05-07', '2025-06-04',
      '2025-07-02', '2025-08-06', '2025-09-03', '2025-10-09', '2025-11-05', '2025-12-03',
    ]);
  });

  it('xz-land-bureau: one 领导接待日 in every month ("每月安排一天"); the first Monday, moved past holidays', async () => {
    expect(await days('xz-land-bureau', 'leader-reception-day')).toEqual([
      '2025-01-06', '2025-02-05', '2025-03-03', '2025-04-07', '2025-05-06', '2025-06-03',
      '2025-07-07', '2025-08-04', '2025-09-01', '2025-10-09', '2025-11-03', '2025-12-01',
    ]);
  });

  it('xz-land-bureau: a duty leader on every working day, 调休 Sundays included, holidays excluded', async () => {
    const duty = new Set(await days('xz-land-bureau', 'duty-leader'));
    for (const d of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11', '2025-01-02', '2025-10-09']) expect(duty.has(d), d).toBe(true);
    for (const d of ['2025-01-01', '2025-01-28', '2025-02-04', '2025-05-05', '2025-10-01', '2025-10-08', '2025-01-04', '2025-12-28']) expect(duty.has(d), d).toBe(false);
  });

  it('"节假日除外" and "每周安排半个工作日": a day on a holiday is dropped, not moved', async () => {
    const tuesdays = await days('patent-seismic-bureau', 'leader-reception-day');
    expect(tuesdays).not.toContain('2025-02-04');
    expect(tuesdays).not.toContain('2025-10-07');
    expect(tuesdays).not.toContain('2025-10-08');
    expect(tuesdays).toContain('2025-10-14');
    const wednesdays = await days('cppcc', 'leader-duty');
    expect(wednesdays).not.toContain('2025-01-01');
    expect(wednesdays).not.toContain('2025-10-01');
    expect(wednesdays).not.toContain('2025-10-09');
    expect(wednesdays).toContain('2025-10-15');
  });
});
