/**
 * Read a calendar from disk: every `data/calendars/<id>/*.yaml`, one State Council notice per
 * year, merged into `CalendarData`. The only module of the calendar stage that touches the file
 * system; parsing and validation are in `parse-calendar-file.ts`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { diagnostic } from '../diagnostics/catalogue.ts';
import { packageRoot } from '../paths.ts';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.ts';
import type { CalendarData, YearNotice } from './calendar-data.ts';
import './codes.ts';
import { parseCalendarFile } from './parse-calendar-file.ts';

/** `data/calendars/` of this package (found from the package root, not from the working folder). */
export function defaultCalendarsRoot(): string {
  return join(packageRoot, 'data', 'calendars');
}

/** Where to read from and how to show paths. */
export interface LoadCalendarOptions {
  /** Folder holding one sub-folder per calendar id; default {@link defaultCalendarsRoot}. */
  root?: string;
  /** Paths in diagnostics are shown relative to this folder; default the process's working folder. */
  cwd?: string;
}

/**
 * Load calendar `id` (e.g. `cn`). The value holds every year that parsed cleanly; errors in other
 * years are diagnostics (the caller decides whether to go on).
 */
export async function loadCalendarData(id: string, options: LoadCalendarOptions = {}): Promise<Result<CalendarData>> {
  const dir = join(options.root ?? defaultCalendarsRoot(), id);
  const show = (p: string) => relative(options.cwd ?? process.cwd(), p) || p;
  const diagnostics: Diagnostic[] = [];
  const years: YearNotice[] = [];

  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    names = [];
  }
  if (names.length === 0) {
    diagnostics.push(diagnostic('CALENDAR_NOT_FOUND', { id, dir: show(dir) }, { file: show(dir) }));
    return { value: { id, years }, diagnostics };
  }

  const fileOfYear = new Map<number, string>();
  for (const name of names) {
    const path = join(dir, name);
    const file = show(path);
    const text = await readFile(path, 'utf8');
    const parsed = parseCalendarFile(text, file);
    for (const d of parsed.diagnostics) diagnostics.push(d);
    const year = parsed.value;
    if (!year || parsed.diagnostics.some((d) => d.severity === 'error')) continue;
    const other = fileOfYear.get(year.year);
    if (other !== undefined) {
      const line = text.slice(0, Math.max(0, text.search(/^year:/m))).split('\n').length;
      diagnostics.push(diagnostic('CALENDAR_DUPLICATE_YEAR', { year: year.year, other }, { file, line, column: 1 }));
      continue;
    }
    fileOfYear.set(year.year, file);
    years.push(year);
  }
  return { value: { id, years }, diagnostics };
}
