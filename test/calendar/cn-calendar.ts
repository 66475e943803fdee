/** The shipped national calendar (`data/calendars/cn/`), loaded once per test file. */
import { buildCalendar, type Calendar } from '../../src/calendar/calendar.ts';
import { loadCalendarData } from '../../src/calendar/load-calendars.ts';

/** Load and build `cn`; fails loudly if the shipped files have any diagnostic. */
export async function cnCalendar(): Promise<Calendar> {
  const { value, diagnostics } = await loadCalendarData('cn');
  if (diagnostics.length) throw new Error(`data/calendars/cn has diagnostics: ${JSON.stringify(diagnostics)}`);
  return buildCalendar(value);
}
