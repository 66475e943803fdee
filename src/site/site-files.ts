/**
 * The site's machine-readable files, written beside the pages: `/api/<org>.json` (the compiled
 * rules), `/<org>/reception.ics` and `.json` (the next 12 months of reception days), and
 * `/<org>/matrix.csv` / `.xlsx` (the responsibility matrix, the same rows as `xinfang matrix`). Pure.
 */
import { buildCalendar } from '../calendar/calendar.ts';
import { formatDay, parseDay } from '../calendar/day.ts';
import { matrixCsv, matrixXlsx } from '../matrix/write-matrix.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import { isIllustrative } from './petitioner-words.ts';
import { expandRecurrence, receptionIcs, twelveMonthsFrom } from './reception.ts';
import type { SiteOrg } from './site-data.ts';

/** A file to write: path relative to the site root, and its content. */
export interface SiteFile {
  path: string;
  data: string | Uint8Array;
}

/** The data files of one organisation. */
export async function orgFiles(set: CompiledRuleSet, org: SiteOrg, buildDate: string): Promise<SiteFile[]> {
  const buildDay = parseDay(buildDate)!;
  const window = twelveMonthsFrom(buildDay);
  const current = set.versions.find((v) => v.version === org.current.version)!;
  const calendar = buildCalendar(current.calendar);
  // Placeholder values never leave the site as if they were real (rules/AUTHORING.md).
  const o = current.organisation;
  const real = (field: 'address' | 'office') => (o.placeholders?.includes(field) ? undefined : o[field]);
  const location = [real('address'), real('office')].filter(Boolean).join(' ');
  // An example day the 制度 does not fix is never published as a date (petitioner-words.ts).
  const items = current.reception.filter((r) => !isIllustrative(r.description)).map((r) => ({
    recurrence: r,
    expansion: expandRecurrence(r, calendar, window),
    ...(r.place ? { location: r.place } : location ? { location } : {}),
  }));
  const reception = {
    organisation: org.name,
    version: current.version,
    build_date: buildDate,
    from: formatDay(window.from),
    to: formatDay(window.to - 1),
    reception: items.map(({ recurrence: r, expansion: e }) => ({
      id: r.id,
      name: r.name,
      rrule: r.rrule,
      skip_holidays: r.on_holiday === 'skip',
      time: r.time ?? null,
      place: r.place ?? null,
      host: r.host ?? null,
      dates: e.dates.map(formatDay),
      skipped: e.skipped.map(formatDay),
    })),
  };
  return [
    { path: `api/${set.id}.json`, data: JSON.stringify(set, null, 1) + '\n' },
    { path: `${set.id}/reception.ics`, data: receptionIcs({ orgId: set.id, orgName: org.name, stamp: buildDay, items }) },
    { path: `${set.id}/reception.json`, data: JSON.stringify(reception, null, 1) + '\n' },
    { path: `${set.id}/matrix.csv`, data: matrixCsv(org.matrix) },
    { path: `${set.id}/matrix.xlsx`, data: await matrixXlsx(org.matrix, org.name) },
  ];
}
