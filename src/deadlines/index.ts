/**
 * The browser-safe public API of the calendar and the deadline engine, for the site's in-page
 * calculator and the ledger checker. (Reading calendars from disk is in `calendar/load-calendars.ts`.)
 */
export { buildCalendar, type Calendar, type DayInfo, type DayKind, type NoticeRef } from '../calendar/calendar.ts';
export {
  FESTIVALS,
  holidayName,
  withOverrides,
  type Amendment,
  type CalendarData,
  type CalendarOverrides,
  type Closure,
  type ExtraWorkday,
  type Holiday,
  type Notice,
  type YearNotice,
} from '../calendar/calendar-data.ts';
export { addMonths, dayFromYmd, formatDay, parseDay, weekdayOf, ymdFromDay, yearOfDay, type DayIndex, type Ymd } from '../calendar/day.ts';
export { canExtend, canSuspend, computeDeadline, NO_TIME_ASSUMED, type Suspension, type DayRun, type DeadlineInput, type DeadlineResult, type DeadlineStep, type RollMode } from './compute.ts';
export { explain } from './explain.ts';
export { describeLimitError, formatLimit, isLimit, parseLimit, type Limit, type LimitError, type LimitUnit } from './limit.ts';
export { formatMoment, parseMoment, type Moment } from './moment.ts';
