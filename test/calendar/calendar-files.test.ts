/**
 * The calendar files and their schema: the shipped years are clean, and each kind of mistake in a
 * broken copy gives its code at the line and column of the offending YAML node.
 */
import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localize } from '../../src/diagnostics/catalogue.ts';
import { defaultCalendarsRoot, loadCalendarData } from '../../src/calendar/load-calendars.ts';
import { parseCalendarFile } from '../../src/calendar/parse-calendar-file.ts';

const dir = join(defaultCalendarsRoot(), 'cn');
const y2024 = await readFile(join(dir, '2024.yaml'), 'utf8');
const y2020 = await readFile(join(dir, '2020.yaml'), 'utf8');

/** 1-based line and column where `needle` starts in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture: ${needle} not found`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** A broken copy: replace `from` with `to`; the diagnostic must point at `mark` (default: the replacement). */
interface Broken {
  name: string;
  base?: string;
  from: string;
  to: string;
  code: string;
  mark?: string;
}

const BROKEN: Broken[] = [
  { name: 'year does not match the file name', from: 'year: 2024', to: 'year: 2023', code: 'CALENDAR_FILE_YEAR', mark: '2023' },
  { name: 'impossible date', from: 'from: 2024-02-10', to: 'from: 2024-02-30', code: 'CALENDAR_SCHEMA', mark: '2024-02-30' },
  { name: 'unknown holiday name', from: 'name: 春节', to: 'name: 春季', code: 'CALENDAR_SCHEMA', mark: '春季' },
  { name: 'unknown field, pointed at its key', from: '    to: 2024-02-17\n', to: '    to: 2024-02-17\n    days: 8\n', code: 'CALENDAR_SCHEMA', mark: 'days: 8' },
  { name: 'missing required field, pointed at its map', from: '  title: 国务院办公厅关于2024年部分节假日安排的通知\n', to: '', code: 'CALENDAR_SCHEMA', mark: 'number: 国办发明电〔2023〕7号' },
  { name: 'notice number malformed', from: 'number: 国办发明电〔2023〕7号', to: 'number: 国办发明电2023-7', code: 'CALENDAR_SCHEMA', mark: '国办发明电2023-7' },
  { name: 'URL not on gov.cn', from: 'url: https://www.gov.cn/zhengce/content/202310/content_6911527.htm', to: 'url: https://example.com/notice', code: 'CALENDAR_SCHEMA', mark: 'https://example.com/notice' },
  { name: 'year is a string', from: 'year: 2024', to: 'year: "2024"', code: 'CALENDAR_SCHEMA', mark: '"2024"' },
  { name: 'range ends before it starts', from: 'to: 2024-02-17', to: 'to: 2024-02-07', code: 'CALENDAR_RANGE_ORDER', mark: '2024-02-07' },
  { name: 'make-up day on a weekday', from: 'makeup_days: [2024-02-04, 2024-02-18]', to: 'makeup_days: [2024-02-05, 2024-02-18]', code: 'CALENDAR_MAKEUP_NOT_WEEKEND', mark: '2024-02-05' },
  { name: 'make-up day inside a holiday range', from: 'makeup_days: [2024-04-28, 2024-05-11]', to: 'makeup_days: [2024-05-04, 2024-05-11]', code: 'CALENDAR_OVERLAP', mark: '2024-05-04' },
  { name: 'duplicate key', from: '    to: 2024-01-01\n', to: '    to: 2024-01-01\n    to: 2024-01-02\n', code: 'CALENDAR_YAML', mark: 'to: 2024-01-02' },
  { name: 'YAML syntax error', from: 'holidays:\n', to: 'holidays:\n  - name: [元旦\n', code: 'CALENDAR_YAML' },
  { name: 'amendment cancels an unknown make-up day', base: y2020, from: 'cancelled_makeup_days: [2020-02-01]', to: 'cancelled_makeup_days: [2020-02-08]', code: 'CALENDAR_CANCEL_UNKNOWN', mark: '2020-02-08' },
];

describe('calendar files', () => {
  it('every shipped year parses without a diagnostic and starts with the schema line', async () => {
    const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
    expect(names).toEqual(['2020.yaml', '2021.yaml', '2022.yaml', '2023.yaml', '2024.yaml', '2025.yaml', '2026.yaml']);
    for (const name of names) {
      const text = await readFile(join(dir, name), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../src/calendar/calendar.schema.json');
      const { value, diagnostics } = parseCalendarFile(text, name);
      expect(diagnostics, name).toEqual([]);
      expect(value?.year).toBe(Number(name.slice(0, 4)));
      expect(value?.holidays.length).toBeGreaterThanOrEqual(6);
    }
  });

  it.each(BROKEN.map((b) => [b.name, b] as const))('%s', (_name, b) => {
    const base = b.base ?? y2024;
    expect(base).toContain(b.from);
    const text = base.replace(b.from, b.to);
    const file = b.base ? 'cn/2020.yaml' : 'cn/2024.yaml';
    const { diagnostics } = parseCalendarFile(text, file);
    const found = diagnostics.find((d) => d.code === b.code);
    expect(found, JSON.stringify(diagnostics)).toBeDefined();
    expect(found!.file).toBe(file);
    if (b.mark) expect({ line: found!.line, column: found!.column }).toEqual(positionOf(text, b.mark));
    else expect(found!.line).toBe(positionOf(text, '- name: [元旦').line + 1);
    expect(localize(found!, 'en').message).not.toBe(found!.message);
  });

  it('reports a missing calendar and duplicate years when loading a folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'xinfang-cal-'));
    const missing = await loadCalendarData('nowhere', { root, cwd: root });
    expect(missing.diagnostics.map((d) => d.code)).toEqual(['CALENDAR_NOT_FOUND']);
    expect(missing.value).toEqual({ id: 'nowhere', years: [] });

    await mkdir(join(root, 'org'));
    await writeFile(join(root, 'org', '2024.yaml'), y2024);
    await writeFile(join(root, 'org', '2024-copy.yaml'), y2024);
    const dup = await loadCalendarData('org', { root, cwd: root });
    expect(dup.diagnostics).toMatchObject([{ code: 'CALENDAR_DUPLICATE_YEAR', file: join('org', '2024.yaml'), line: positionOf(y2024, 'year: 2024').line }]);
    expect(dup.value.years.map((y) => y.year)).toEqual([2024]);
  });
});
