/**
 * Time limits as the site shows them: every compiled clock in plain words, with a worked example
 * computed by the real deadline engine at build time (the steps are procedure-views.ts). Pure.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { formatDay, weekdayName, type DayIndex } from '../calendar/day.ts';
import { computeDeadline } from '../deadlines/compute.ts';
import { explain } from '../deadlines/explain.ts';
import { formatLimit, type Limit } from '../deadlines/limit.ts';
import { hasLimit, type CompiledStop, type CompiledVersion, type CompiledWindow, type LimitedClock } from '../rules/compiled.ts';
import { eventName } from '../rules/vocabulary.ts';
import type { EventName } from '../rules/model.ts';
import { chineseDate, citation, dueWords, extensionWords, petitionerCondition, type Citation } from './petitioner-words.ts';
import { publicText } from '../rules/public-text.ts';
import { clockPeriod, windowPeriod } from './procedure-views.ts';

/** A ledger event as petitioners say it: `received` → 登记 (the 登记日期 column without 日期). */
export function eventLabel(e: EventName): string {
  return eventName(e, 'zh').replace(/日期$/, '');
}

/** A clock's stop in words: 答复或办结 (the first of), 告知及报告 (all of). */
export function stopLabel(stop: CompiledStop): string {
  return stop.events.map(eventLabel).join(stop.mode === 'any' ? '或' : '及');
}

/**
 * How a petitioner says the events of a window: a window opens when the petitioner
 * *receives* the office's act (信访工作条例第三十五条: 自收到书面答复之日起), not on the office's
 * date column, and closes with the petitioner's own act. Events not listed read as `eventLabel`.
 */
const PETITIONER_WORDS: Partial<Record<EventName, string>> = {
  notified: '收到受理告知',
  accepted: '收到受理告知',
  replied: '收到书面答复',
  reply_received: '收到书面答复',
  review_decided: '收到复查意见',
  review_received: '收到复查意见',
  review_requested: '请求复查',
  recheck_requested: '请求复核',
};

/** An event of a petitioner's window in the petitioner's words: `replied` → 收到书面答复. */
export function petitionerEventLabel(e: EventName): string {
  return PETITIONER_WORDS[e] ?? eventLabel(e);
}

/** A computed deadline, for showing. */
export interface WorkedExample {
  start: string;
  due: string;
  /** `2025-10-09（星期四）`. */
  dueText: string;
  /** 最迟在2025年10月9日（星期四）当天. */
  dueWords: string;
  provisional: boolean;
  /** The engine's explanation, one sentence per line. */
  explanation: string[];
}

/** A clock or petitioner's window in plain words. */
export interface ClockView {
  id: string;
  name: string;
  kind: 'clock' | 'window';
  /** Canonical limit (15日) and how it is counted (日历日，节假日顺延). */
  limit: string;
  counting: string;
  /** 自登记之日起 … 至告知. */
  from: string;
  until: string;
  /** The period in one petitioner's sentence (procedure-views.ts). */
  sentence: string;
  /** Who it applies to (经上级交办); empty = every case. */
  condition: string;
  /** 经批准可延长，最长30日. */
  extension: string;
  basis: Citation;
  description: string;
  example: WorkedExample;
}

/** How a unit is counted, in words (docs/day-counting.md). */
export function countingText(limit: Limit, roll: 'next-workday' | 'none'): string {
  switch (limit.unit) {
    case 'days':
    case 'months':
      return `${limit.unit === 'days' ? '按日历日计算' : '按月计算（到期月的对应日）'}，起算日不计入；${roll === 'none' ? '最后一日为节假日的不顺延' : '最后一日为节假日的，顺延至节假日后第一个工作日'}`;
    case 'workdays':
      return '只数工作日（周末、法定节假日不计，调休上班日计入），起算日不计入，不再顺延';
    case 'hours':
    case 'minutes':
      return '自起算时刻连续计算，节假日不停算、不顺延';
    default:
      return '当天二十四时前';
  }
}

/** Compute a deadline from a day with the engine and explain it (time units start at 09:00). */
export function workedExample(calendar: Calendar, start: DayIndex, limit: Limit, roll: 'next-workday' | 'none', extension?: Limit): WorkedExample {
  const timed = limit.unit === 'hours' || limit.unit === 'minutes';
  const r = computeDeadline(calendar, { start: timed ? { day: start, minute: 9 * 60 } : { day: start }, limit, roll, ...(extension ? { extension } : {}) });
  const info = calendar.dayInfo(r.due.day);
  return {
    start: chineseDate(formatDay(start)) + (timed ? ' 09:00' : ''),
    due: r.dueText,
    dueText: `${r.dueText.replace('T', ' ')}（${weekdayName(info.weekday, 'zh')}）`,
    dueWords: dueWords(r.dueText, weekdayName(info.weekday, 'zh')),
    provisional: r.provisional,
    explanation: explain(r, 'zh'),
  };
}

/** Every clock and window of a version, in plain words, each with an example starting on `exampleDay`. */
export function clockViews(v: CompiledVersion, calendar: Calendar, exampleDay: DayIndex, shown: ReadonlyMap<string, string>): ClockView[] {
  const dept = new Map(v.departments.map((d) => [d.id, d.name]));
  const cat = new Map(v.categories.map((c) => [c.id, c.name]));
  const names = (id: string) => cat.get(id) ?? dept.get(id) ?? id;
  const ofClock = (c: LimitedClock): ClockView => ({
    id: c.id,
    name: c.name,
    kind: 'clock',
    limit: formatLimit(c.limit, 'zh'),
    counting: countingText(c.limit, c.roll),
    from: eventLabel(c.from),
    until: stopLabel(c.until),
    condition: petitionerCondition(c.when?.test, names),
    extension: [extensionWords(c.extension, names, c.extension?.max ? formatLimit(c.extension.max, 'zh') : undefined), c.explain ? '不能按期办结的，应当说明情况' : '']
      .filter(Boolean)
      .join('；'),
    basis: citation(c.basis, shown),
    sentence: clockPeriod(c, names, shown).text,
    description: publicText(c.description ?? ''),
    example: workedExample(calendar, exampleDay, c.limit, c.roll),
  });
  const ofWindow = (w: CompiledWindow): ClockView => ({
    id: w.id,
    name: w.name,
    kind: 'window',
    limit: formatLimit(w.limit, 'zh'),
    counting: countingText(w.limit, w.roll),
    from: petitionerEventLabel(w.from),
    until: petitionerEventLabel(w.until),
    condition: petitionerCondition(w.when?.test, names),
    sentence: windowPeriod(w, names, shown).text,
    extension: '',
    basis: citation(w.basis, shown),
    description: '这是信访人自己需要遵守的期限，从收到的第二天算起。',
    example: workedExample(calendar, exampleDay, w.limit, w.roll),
  });
  return [...v.clocks.filter(hasLimit).map(ofClock), ...v.windows.map(ofWindow)];
}
