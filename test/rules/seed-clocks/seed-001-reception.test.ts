/**
 * Seed 001's reception days: what a holiday does to each, as its text says. "不少于每月1次" and
 * "每月安排一天" must never lose a month (the day moves to the next working day); "节假日除外" and
 * "每周安排半个工作日" drop the day; "每个工作日" follows the working-day calendar.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRuleSets, type BuiltRuleSets } from '../../../src/rules/build-rulesets.ts';
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
