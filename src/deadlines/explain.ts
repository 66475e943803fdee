/**
 * Render a deadline's steps as sentences, in Chinese for staff or English, citing the articles of
 * the 民法典 and the State Council notice behind every non-working day.
 */
import type { DayInfo } from '../calendar/calendar.ts';
import { holidayName } from '../calendar/calendar-data.ts';
import { formatDay, weekdayName, ymdFromDay } from '../calendar/day.ts';
import type { Lang } from '../diagnostics/diagnostic.ts';
import { messages } from '../diagnostics/messages.ts';
import type { DayRun, DeadlineResult, DeadlineStep } from './compute.ts';
import { formatLimit } from './limit.ts';
import { formatTime, type Moment } from './moment.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The sentences of an explanation in each language; day and date texts come in already rendered. */
const WORDS = messages({
  zh: {
    dated: (date: string, weekday: string) => `${date}（${weekday}）`,
    cite: (notice: string) => `（${notice}）`,
    listSep: '、',
    holiday: (name: string, cite: string) => `${name}放假日${cite}`,
    makeup: (name: string, cite: string) => `${name}调休上班日${cite}`,
    orgWorkday: (name: string) => `本单位工作日（${name}）`,
    closureDay: (name: string) => `本单位停止办公日（${name}）`,
    weekend: '周末',
    workday: '工作日',
    span: (from: string, to: string) => `${from} 至 ${to}`,
    closureRun: (span: string, name: string) => `${span} 本单位停止办公（${name}）`,
    holidayRun: (span: string, name: string, cite: string) => `${span} ${name}假期${cite}`,
    weekendDays: (n: number) => `周末 ${n} 天`,
    skippedSep: '；',
    startNoTime: (day: string) => `起算日 ${day}，未记录时刻。`,
    startAt: (at: string, weekday: string) => `起算时间 ${at}（${weekday}）。`,
    startSameDay: (day: string) => `起算日 ${day}。`,
    startDay: (day: string) => `起算日 ${day}不计入期间，从次日开始计算（民法典第二百零一条）。`,
    extensionTotal: (limit: string, ext: string, total: string) => `期限 ${limit} 加批准延长的 ${ext}，合计 ${total}。`,
    extensionAfter: (limit: string, ext: string) => `期限 ${limit}，另加批准延长的 ${ext}，自原期间最后一日起接续计算。`,
    countDays: (from: string, n: number, day: string) => `自 ${from} 起按日历日计算 ${n} 日，第 ${n} 日为 ${day}。`,
    countMonthsClamped: (from: string, n: number, year: number, month: number, dayOfMonth: number, day: string) =>
      `自 ${from} 起计算 ${n} 个月：${year} 年 ${month} 月没有第 ${dayOfMonth} 日，以该月末日 ${day}为期间最后一日（民法典第二百零二条）。`,
    countMonths: (from: string, n: number, day: string) => `自 ${from} 起计算 ${n} 个月，到期月的对应日为 ${day}（民法典第二百零二条）。`,
    countWorkdays: (from: string, n: number, day: string) => `自 ${from} 次日起数 ${n} 个工作日，第 ${n} 个工作日为 ${day}；工作日期间不顺延。`,
    notCounted: (skipped: string) => `其间不计入：${skipped}。`,
    makeupCounts: (day: string, kind: string) => `${day}是${kind}，计为工作日。`,
    landed: (day: string, kind: string) => `${day}是${kind}，无需顺延。`,
    noRoll: (day: string, kind: string) => `${day}是${kind}，但本时限规定不顺延（roll: none）。`,
    roll: (day: string, kind: string, skipped: string, to: string, toKind: string | undefined) =>
      `${day}是${kind}。期间最后一日为休假日的，顺延至休假日结束后的第一个工作日（民法典第二百零三条）：跳过 ${skipped}，顺延至 ${to}${toKind ? `，${toKind}` : ''}。`,
    endOfDay: (at: string) => `起算日未记录时刻，按起算日结束时（${at}）起算。`,
    fromMoment: '按小时、分钟计算的期间自起算时刻开始计算（民法典第二百零一条第二款）。',
    countTime: (from: string, limit: string, to: string) => `${from} 加 ${limit} 为 ${to}；按小时、分钟计算的期间不因节假日顺延。`,
    assignedDue: (day: string) => `本案要求办结日期为 ${day}，以此为期间最后一日，不再按时限计算。`,
    pause: (from: string, until: string, before: string, days: number) =>
      `${from} 至 ${until} 中止计算：其中起算日之后、原到期日 ${before} 之前（含）的 ${days} 日不计入期限，期间相应延长 ${days} 日。`,
    pauseOpen: (from: string) => `${from} 起中止计算，尚无结束日期：期限暂停，到期日待中止结束后确定。`,
    sameDay: (day: string) => `当日：期限为起算日 ${day}当天二十四时（民法典第二百零三条第二款）。`,
    provisional: (years: string) =>
      `暂定：${years} 年尚无国务院办公厅节假日安排通知，该年只计《全国年节及纪念日放假办法》规定的节日及补假，不推测调休上班日；通知公布后到期日可能变化。`,
    dueDay: (day: string) => `到期日：${day}，当日二十四时截止（民法典第二百零三条）。`,
    dueAt: (at: string, weekday: string) => `到期时间：${at}（${weekday}）。`,
  },
  en: {
    dated: (date, weekday) => `${date} (${weekday})`,
    cite: (notice) => ` (${notice})`,
    listSep: ', ',
    holiday: (name, cite) => `a ${name} holiday${cite}`,
    makeup: (name, cite) => `a make-up working day for ${name}${cite}`,
    orgWorkday: (name) => `an organisation working day (${name})`,
    closureDay: (name) => `an organisation closure (${name})`,
    weekend: 'a weekend day',
    workday: 'a working day',
    span: (from, to) => `${from} to ${to}`,
    closureRun: (span, name) => `the organisation closure ${span} (${name})`,
    holidayRun: (span, name, cite) => `the ${name} holiday ${span}${cite}`,
    weekendDays: (n) => plural(n, 'weekend day'),
    skippedSep: '; ',
    startNoTime: (day) => `Start day ${day}, no time of day recorded.`,
    startAt: (at, weekday) => `Start: ${at} (${weekday}).`,
    startSameDay: (day) => `Start day ${day}.`,
    startDay: (day) => `The start day ${day} is not counted; counting begins the next day (Civil Code art. 201).`,
    extensionTotal: (limit, ext, total) => `The limit of ${limit} plus the approved extension of ${ext}: ${total} in all.`,
    extensionAfter: (limit, ext) => `The limit of ${limit}, then the approved extension of ${ext} counted on from its last day.`,
    countDays: (from, n, day) => `Counting ${plural(n, 'calendar day')} from ${from}: day ${n} is ${day}.`,
    countMonthsClamped: (from, n, year, month, dayOfMonth, day) =>
      `Counting ${plural(n, 'month')} from ${from}: ${year}-${String(month).padStart(2, '0')} has no day ${dayOfMonth}, so the last day of that month, ${day}, ends the period (Civil Code art. 202).`,
    countMonths: (from, n, day) => `Counting ${plural(n, 'month')} from ${from}: the corresponding day is ${day} (Civil Code art. 202).`,
    countWorkdays: (from, n, day) => `Counting ${plural(n, 'working day')} after ${from}: working day ${n} is ${day}; working-day periods never roll.`,
    notCounted: (skipped) => `Not counted: ${skipped}.`,
    makeupCounts: (day, kind) => `${day} is ${kind} and counts as a working day.`,
    landed: (day, kind) => `${day} is ${kind}; no roll needed.`,
    noRoll: (day, kind) => `${day} is ${kind}, but this limit does not roll (roll: none).`,
    roll: (day, kind, skipped, to, toKind) =>
      `${day} is ${kind}. A period whose last day is a rest day ends on the first working day after it (Civil Code art. 203): skipping ${skipped}, it rolls to ${to}${toKind ? `, ${toKind}` : ''}.`,
    endOfDay: (at) => `With no start time recorded, counting starts at the end of the start day (${at}).`,
    fromMoment: 'An hour or minute period runs from the moment it starts (Civil Code art. 201 para. 2).',
    countTime: (from, limit, to) => `${from} plus ${limit} is ${to}; hour and minute periods do not roll over holidays.`,
    assignedDue: (day) => `The case's assigned due date is ${day}; it ends the period instead of the clock's limit.`,
    pause: (from, until, before, days) =>
      `Suspended ${from} to ${until}: the ${plural(days, 'day')} after the start and on or before the former due date ${before} do not count; the period is extended by as many days.`,
    pauseOpen: (from) => `Suspended from ${from} with no end recorded: the clock is paused and the due date is set once the suspension ends.`,
    sameDay: (day) => `Same day: due by 24:00 of the start day ${day} (Civil Code art. 203 para. 2).`,
    provisional: (years) =>
      `Provisional: no State Council holiday notice has been published for ${years}; that year counts only the holidays and days off in lieu fixed by the national holidays regulation (全国年节及纪念日放假办法), with no make-up working days guessed, and the due date may change once the notice is out.`,
    dueDay: (day) => `Due: ${day}, by 24:00 (Civil Code art. 203).`,
    dueAt: (at, weekday) => `Due: ${at} (${weekday}).`,
  },
});
type Words = (typeof WORDS)['zh'];

/** `2024-02-18（星期日）` / `2024-02-18 (Sunday)`. */
function dated(info: Pick<DayInfo, 'date' | 'weekday'>, lang: Lang): string {
  return WORDS[lang].dated(info.date, weekdayName(info.weekday, lang));
}

function at(m: Moment): string {
  return m.minute === undefined ? formatDay(m.day) : `${formatDay(m.day)} ${formatTime(m.minute)}`;
}

/** What kind of day it is, with the notice behind it: `春节放假日（国办发明电〔2023〕7号）`. */
function describeDay(d: Pick<DayInfo, 'kind' | 'name' | 'notice'>, lang: Lang): string {
  const w = WORDS[lang];
  const name = d.name ? holidayName(d.name, lang) : '';
  const cite = d.notice ? w.cite(d.notice.number) : '';
  switch (d.kind) {
    case 'holiday':
      return w.holiday(name, cite);
    case 'makeup-workday':
      return d.notice ? w.makeup(name, cite) : w.orgWorkday(name);
    case 'closure':
      return w.closureDay(name);
    case 'weekend':
      return w.weekend;
    default:
      return w.workday;
  }
}

function describeRun(r: DayRun, lang: Lang): string {
  const w = WORDS[lang];
  const span = r.from === r.to ? formatDay(r.from) : w.span(formatDay(r.from), formatDay(r.to));
  const name = r.name ? holidayName(r.name, lang) : '';
  const cite = r.notice ? w.cite(r.notice.number) : '';
  return r.kind === 'closure' ? w.closureRun(span, name) : w.holidayRun(span, name, cite);
}

/** Skipped runs, weekends summed up: `2024-02-10 至 2024-02-17 春节放假日（…）；周末 4 天`. */
function describeSkipped(runs: readonly DayRun[], lang: Lang): string {
  const w = WORDS[lang];
  const weekendDays = runs.filter((r) => r.kind === 'weekend').reduce((n, r) => n + r.to - r.from + 1, 0);
  const parts = runs.filter((r) => r.kind !== 'weekend').map((r) => describeRun(r, lang));
  if (weekendDays) parts.push(w.weekendDays(weekendDays));
  return parts.join(w.skippedSep);
}

function stepLines(step: DeadlineStep, r: DeadlineResult, lang: Lang, w: Words): string[] {
  const limitText = (l: Parameters<typeof formatLimit>[0]) => formatLimit(l, lang);
  const day = (info: Pick<DayInfo, 'date' | 'weekday'>) => dated(info, lang);
  const kind = (info: Pick<DayInfo, 'kind' | 'name' | 'notice'>) => describeDay(info, lang);
  switch (step.kind) {
    case 'start': {
      if (r.limit?.unit === 'hours' || r.limit?.unit === 'minutes') {
        return [step.start.minute === undefined ? w.startNoTime(day(step.info)) : w.startAt(at(step.start), weekdayName(step.info.weekday, lang))];
      }
      if (r.limit?.unit === 'same-day') return [w.startSameDay(day(step.info))];
      return [w.startDay(day(step.info))];
    }
    case 'extension':
      return [step.total
        ? w.extensionTotal(limitText(step.limit), limitText(step.extension), limitText(step.total))
        : w.extensionAfter(limitText(step.limit), limitText(step.extension))];
    case 'count-days':
      return [w.countDays(formatDay(step.from), step.amount, day(step.info))];
    case 'count-months': {
      const { year, month } = ymdFromDay(step.info.day);
      const dayOfMonth = ymdFromDay(step.from).day;
      return [step.clamped
        ? w.countMonthsClamped(formatDay(step.from), step.amount, year, month, dayOfMonth, day(step.info))
        : w.countMonths(formatDay(step.from), step.amount, day(step.info))];
    }
    case 'count-workdays': {
      const lines = [w.countWorkdays(formatDay(step.from), step.amount, day(step.info))];
      if (step.skipped.length) lines.push(w.notCounted(describeSkipped(step.skipped, lang)));
      for (const m of step.makeup) lines.push(w.makeupCounts(day(m), kind(m)));
      return lines;
    }
    case 'landed':
      return [w.landed(day(step.info), kind(step.info))];
    case 'no-roll':
      return [w.noRoll(day(step.info), kind(step.info))];
    case 'roll':
      return [w.roll(day(step.info), kind(step.info), describeSkipped(step.skipped, lang), day(step.to), step.to.kind === 'makeup-workday' ? kind(step.to) : undefined)];
    case 'count-time': {
      const amount = step.minutes % 60 === 0 ? { unit: 'hours' as const, amount: step.minutes / 60 } : { unit: 'minutes' as const, amount: step.minutes };
      return [step.assumedEndOfDay ? w.endOfDay(at(step.from)) : w.fromMoment, w.countTime(at(step.from), formatLimit(amount, lang), at(step.to))];
    }
    case 'assigned-due':
      return [w.assignedDue(day(step.info))];
    case 'pause':
      return [w.pause(formatDay(step.from), formatDay(step.until), formatDay(step.before), step.days)];
    case 'pause-open':
      return [w.pauseOpen(formatDay(step.from))];
    case 'same-day':
      return [w.sameDay(day(step.info))];
    case 'provisional':
      return [w.provisional(step.years.join(w.listSep))];
    case 'due':
      return [step.due.minute === undefined ? w.dueDay(day(step.info)) : w.dueAt(at(step.due), weekdayName(step.info.weekday, lang))];
  }
}

/** The explanation of a deadline, one sentence per line. */
export function explain(result: DeadlineResult, lang: Lang): string[] {
  return result.steps.flatMap((step) => stepLines(step, result, lang, WORDS[lang]));
}
