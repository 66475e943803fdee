/**
 * Parse and validate one calendar year file (`data/calendars/<id>/<year>.yaml`): YAML with source
 * positions, the JSON Schema (`calendar.schema.json`, ajv 2020-12), then the checks a schema
 * cannot express (year = file name, ranges in order, make-up days on weekends, no day listed twice).
 * Every diagnostic points at the offending YAML node. No file system access: browser-safe.
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { LineCounter, parseDocument } from 'yaml';
import { yamlErrorWords } from '../diagnostics/yaml-errors.ts';
import { locate, pointerToPath } from '../diagnostics/yaml-position.ts';
import { diagnostic, type CatalogueDiagnostic, type CodeArgs } from '../diagnostics/catalogue.ts';
import type { Result } from '../diagnostics/diagnostic.ts';
import type { Holiday, YearNotice } from './calendar-data.ts';
import { formatDay, parseDay, weekdayOf } from './day.ts';
import schema from './calendar.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateYear = ajv.compile(schema);

type Path = (string | number)[];

function schemaArgs(e: ErrorObject): CodeArgs<'CALENDAR_SCHEMA'> {
  const params = e.params as Record<string, unknown>;
  const property = (params.missingProperty ?? params.additionalProperty) as string | undefined;
  return {
    path: e.instancePath || '/',
    keyword: e.keyword,
    detail: e.message ?? e.keyword,
    ...(property !== undefined ? { property } : {}),
    ...(params.format !== undefined ? { expected: String(params.format) } : {}),
    ...(params.pattern !== undefined ? { expected: String(params.pattern) } : {}),
    ...(params.type !== undefined ? { expected: String(params.type) } : {}),
  };
}

/** Parse one year file. `file` is the path shown in diagnostics; its base name must be the year. */
export function parseCalendarFile(text: string, file: string): Result<YearNotice | undefined> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const diagnostics: CatalogueDiagnostic[] = [];
  const at = (path: Path, key?: string) => locate({ file, doc, lines: lc }, key === undefined ? path : [...path, key], key !== undefined);

  for (const err of doc.errors) {
    const pos = lc.linePos(err.pos[0]);
    diagnostics.push(diagnostic('CALENDAR_YAML', yamlErrorWords(err), { file, line: pos.line, column: pos.col }));
  }
  if (diagnostics.length) return { value: undefined, diagnostics };

  const value: unknown = doc.toJS();
  if (!validateYear(value)) {
    for (const e of validateYear.errors ?? []) {
      const args = schemaArgs(e);
      const key = e.keyword === 'additionalProperties' ? String(args.property) : undefined;
      diagnostics.push(diagnostic('CALENDAR_SCHEMA', args, at(pointerToPath(e.instancePath), key)));
    }
    return { value: undefined, diagnostics };
  }
  const year = value as unknown as YearNotice;

  const base = file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  if (/^\d{4}$/.test(base) && Number(base) !== year.year) {
    diagnostics.push(diagnostic('CALENDAR_FILE_YEAR', { year: year.year, file: `${base}.yaml` }, at(['year'])));
  }

  // Every day the notice (with its amendments) lists, to find days listed twice.
  const seen = new Map<number, string>();
  const claim = (date: string, what: string, path: Path) => {
    const d = parseDay(date)!;
    const first = seen.get(d);
    if (first !== undefined) {
      diagnostics.push(diagnostic('CALENDAR_OVERLAP', { date, first, second: what }, at(path)));
    } else seen.set(d, what);
  };
  const checkHolidays = (holidays: readonly Holiday[], base: Path) => {
    holidays.forEach((h, i) => {
      const from = parseDay(h.from)!;
      const to = parseDay(h.to)!;
      if (to < from) diagnostics.push(diagnostic('CALENDAR_RANGE_ORDER', { from: h.from, to: h.to }, at([...base, i, 'to'])));
      for (let d = from; d <= to; d++) claim(formatDay(d), h.name, [...base, i, 'from']);
      (h.makeup_days ?? []).forEach((m, j) => {
        const path = [...base, i, 'makeup_days', j];
        const weekday = weekdayOf(parseDay(m)!);
        if (weekday < 6) diagnostics.push(diagnostic('CALENDAR_MAKEUP_NOT_WEEKEND', { date: m, weekday }, at(path)));
        claim(m, `${h.name} 调休上班`, path);
      });
    });
  };
  checkHolidays(year.holidays, ['holidays']);
  (year.amendments ?? []).forEach((a, k) => {
    const makeups = new Set(year.holidays.flatMap((h) => h.makeup_days ?? []));
    (a.cancelled_makeup_days ?? []).forEach((c, j) => {
      if (makeups.has(c)) seen.delete(parseDay(c)!);
      else diagnostics.push(diagnostic('CALENDAR_CANCEL_UNKNOWN', { date: c }, at(['amendments', k, 'cancelled_makeup_days', j])));
    });
    checkHolidays(a.holidays ?? [], ['amendments', k, 'holidays']);
  });

  return { value: year, diagnostics };
}
