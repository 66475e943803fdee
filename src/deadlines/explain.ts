/**
 * Render a deadline's steps as sentences, in Chinese for staff or English, citing the articles of
 * the 民法典 and the State Council notice behind every non-working day.
 */
import type { DayInfo } from '../calendar/calendar.ts';
import { holidayName } from '../calendar/calendar-data.ts';
import { formatDay, weekdayName, ymdFromDay } from '../calendar/day.ts';
import type { Lang } from '../diagnostics/diagnostic.ts';
import type { DayRun, DeadlineResult, DeadlineStep } from './compute.ts';
import { formatLimit } from './limit.ts';
import { formatTime, type Moment } from './moment.ts';

type Say = (zh: string, en: string) => string;

/** `2024-02-18（星期日）` / `2024-02-18 (Sunday)`. */
function dated(info: Pick<DayInfo, 'date' | 'weekday'>, lang: Lang): string {
  const w = weekdayName(info.weekday, lang);
  return lang === 'en' ? `${info.date} (${w})` : `${info.date}（${w}）`;
}

function at(m: Moment): string {
  return m.minute === undefined ? formatDay(m.day) : `${formatDay(m.day)} ${formatTime(m.minute)}`;
}

/** What kind of day it is, with the notice behind it: `春节放假日（国办发明电〔2023〕7号）`. */
function describeDay(d: Pick<DayInfo, 'kind' | 'name' | 'notice'>, lang: Lang, say: Say): string {
  const name = d.name ? holidayName(d.name, lang) : '';
  const cite = d.notice ? (lang === 'en' ? ` (${d.notice.number})` : `（${d.notice.number}）`) : '';
  switch (d.kind) {
    case 'holiday':
      return say(`${name}放假日${cite}`, `a ${name} holiday${cite}`);
    case 'makeup-workday':
      return d.notice
        ? say(`${name}调休上班日${cite}`, `a make-up working day for ${name}${cite}`)
        : say(`本单位工作日（${name}）`, `an organisation working day (${name})`);
    case 'closure':
      return say(`本单位停止办公日（${name}）`, `an organisation closure (${name})`);
    case 'weekend':
      return say('周末', 'a weekend day');
    default:
      return say('工作日', 'a working day');
  }
}

function describeRun(r: DayRun, lang: Lang, say: Say): string {
  const span = r.from === r.to ? formatDay(r.from) : say(`${formatDay(r.from)} 至 ${formatDay(r.to)}`, `${formatDay(r.from)} to ${formatDay(r.to)}`);
  const name = r.name ? holidayName(r.name, lang) : '';
  const cite = r.notice ? say(`（${r.notice.number}）`, ` (${r.notice.number})`) : '';
  return r.kind === 'closure'
    ? say(`${span} 本单位停止办公（${name}）`, `the organisation closure ${span} (${name})`)
    : say(`${span} ${name}假期${cite}`, `the ${name} holiday ${span}${cite}`);
}

/** Skipped runs, weekends summed up: `2024-02-10 至 2024-02-17 春节放假日（…）；周末 4 天`. */
function describeSkipped(runs: readonly DayRun[], lang: Lang, say: Say): string {
  const weekendDays = runs.filter((r) => r.kind === 'weekend').reduce((n, r) => n + r.to - r.from + 1, 0);
  const parts = runs.filter((r) => r.kind !== 'weekend').map((r) => describeRun(r, lang, say));
  if (weekendDays) parts.push(say(`周末 ${weekendDays} 天`, `${weekendDays} weekend day${weekendDays === 1 ? '' : 's'}`));
  return parts.join(say('；', '; '));
}

function stepLines(step: DeadlineStep, r: DeadlineResult, lang: Lang, say: Say): string[] {
  const limitText = (l: Parameters<typeof formatLimit>[0]) => formatLimit(l, lang);
  switch (step.kind) {
    case 'start': {
      if (r.limit.unit === 'hours' || r.limit.unit === 'minutes') {
        return [step.start.minute === undefined
          ? say(`起算日 ${dated(step.info, lang)}，未记录时刻。`, `Start day ${dated(step.info, lang)}, no time of day recorded.`)
          : say(`起算时间 ${at(step.start)}（${weekdayName(step.info.weekday, lang)}）。`, `Start: ${at(step.start)} (${weekdayName(step.info.weekday, lang)}).`)];
      }
      if (r.limit.unit === 'same-day') return [say(`起算日 ${dated(step.info, lang)}。`, `Start day ${dated(step.info, lang)}.`)];
      return [say(
        `起算日 ${dated(step.info, lang)}不计入期间，从次日开始计算（民法典第二百零一条）。`,
        `The start day ${dated(step.info, lang)} is not counted; counting begins the next day (Civil Code art. 201).`,
      )];
    }
    case 'extension':
      return [step.total
        ? say(`期限 ${limitText(step.limit)} 加批准延长的 ${limitText(step.extension)}，合计 ${limitText(step.total)}。`,
          `The limit of ${limitText(step.limit)} plus the approved extension of ${limitText(step.extension)}: ${limitText(step.total)} in all.`)
        : say(`期限 ${limitText(step.limit)}，另加批准延长的 ${limitText(step.extension)}，自原期间最后一日起接续计算。`,
          `The limit of ${limitText(step.limit)}, then the approved extension of ${limitText(step.extension)} counted on from its last day.`)];
    case 'count-days':
      return [say(
        `自 ${formatDay(step.from)} 起按日历日计算 ${step.amount} 日，第 ${step.amount} 日为 ${dated(step.info, lang)}。`,
        `Counting ${step.amount} calendar day${step.amount === 1 ? '' : 's'} from ${formatDay(step.from)}: day ${step.amount} is ${dated(step.info, lang)}.`,
      )];
    case 'count-months': {
      const { year, month } = ymdFromDay(step.info.day);
      const day = ymdFromDay(step.from).day;
      return [step.clamped
        ? say(`自 ${formatDay(step.from)} 起计算 ${step.amount} 个月：${year} 年 ${month} 月没有第 ${day} 日，以该月末日 ${dated(step.info, lang)}为期间最后一日（民法典第二百零二条）。`,
          `Counting ${step.amount} month${step.amount === 1 ? '' : 's'} from ${formatDay(step.from)}: ${year}-${String(month).padStart(2, '0')} has no day ${day}, so the last day of that month, ${dated(step.info, lang)}, ends the period (Civil Code art. 202).`)
        : say(`自 ${formatDay(step.from)} 起计算 ${step.amount} 个月，到期月的对应日为 ${dated(step.info, lang)}（民法典第二百零二条）。`,
          `Counting ${step.amount} month${step.amount === 1 ? '' : 's'} from ${formatDay(step.from)}: the corresponding day is ${dated(step.info, lang)} (Civil Code art. 202).`)];
    }
    case 'count-workdays': {
      const lines = [say(
        `自 ${formatDay(step.from)} 次日起数 ${step.amount} 个工作日，第 ${step.amount} 个工作日为 ${dated(step.info, lang)}；工作日期间不顺延。`,
        `Counting ${step.amount} working day${step.amount === 1 ? '' : 's'} after ${formatDay(step.from)}: working day ${step.amount} is ${dated(step.info, lang)}; working-day periods never roll.`,
      )];
      if (step.skipped.length) lines.push(say(`其间不计入：${describeSkipped(step.skipped, lang, say)}。`, `Not counted: ${describeSkipped(step.skipped, lang, say)}.`));
      for (const m of step.makeup) {
        lines.push(say(`${dated(m, lang)}是${describeDay(m, lang, say)}，计为工作日。`, `${dated(m, lang)} is ${describeDay(m, lang, say)} and counts as a working day.`));
      }
      return lines;
    }
    case 'landed':
      return [say(`${dated(step.info, lang)}是${describeDay(step.info, lang, say)}，无需顺延。`, `${dated(step.info, lang)} is ${describeDay(step.info, lang, say)}; no roll needed.`)];
    case 'no-roll':
      return [say(`${dated(step.info, lang)}是${describeDay(step.info, lang, say)}，但本时限规定不顺延（roll: none）。`,
        `${dated(step.info, lang)} is ${describeDay(step.info, lang, say)}, but this limit does not roll (roll: none).`)];
    case 'roll':
      return [say(
        `${dated(step.info, lang)}是${describeDay(step.info, lang, say)}。期间最后一日为休假日的，顺延至休假日结束后的第一个工作日（民法典第二百零三条）：跳过 ${describeSkipped(step.skipped, lang, say)}，顺延至 ${dated(step.to, lang)}${step.to.kind === 'makeup-workday' ? `，${describeDay(step.to, lang, say)}` : ''}。`,
        `${dated(step.info, lang)} is ${describeDay(step.info, lang, say)}. A period whose last day is a rest day ends on the first working day after it (Civil Code art. 203): skipping ${describeSkipped(step.skipped, lang, say)}, it rolls to ${dated(step.to, lang)}${step.to.kind === 'makeup-workday' ? `, ${describeDay(step.to, lang, say)}` : ''}.`,
      )];
    case 'count-time': {
      const amount = step.minutes % 60 === 0 ? { unit: 'hours' as const, amount: step.minutes / 60 } : { unit: 'minutes' as const, amount: step.minutes };
      const lines = step.assumedEndOfDay
        ? [say(`起算日未记录时刻，按起算日结束时（${at(step.from)}）起算。`, `With no start time recorded, counting starts at the end of the start day (${at(step.from)}).`)]
        : [say('按小时、分钟计算的期间自起算时刻开始计算（民法典第二百零一条第二款）。', 'An hour or minute period runs from the moment it starts (Civil Code art. 201 para. 2).')];
      lines.push(say(
        `${at(step.from)} 加 ${formatLimit(amount, lang)} 为 ${at(step.to)}；按小时、分钟计算的期间不因节假日顺延。`,
        `${at(step.from)} plus ${formatLimit(amount, lang)} is ${at(step.to)}; hour and minute periods do not roll over holidays.`,
      ));
      return lines;
    }
    case 'same-day':
      return [say(`当日：期限为起算日 ${dated(step.info, lang)}当天二十四时（民法典第二百零三条第二款）。`,
        `Same day: due by 24:00 of the start day ${dated(step.info, lang)} (Civil Code art. 203 para. 2).`)];
    case 'provisional': {
      const years = step.years.join(say('、', ', '));
      return [say(
        `暂定：${years} 年尚无国务院办公厅节假日安排通知，该年只计《全国年节及纪念日放假办法》规定的节日及补假，不推测调休上班日；通知公布后到期日可能变化。`,
        `Provisional: no State Council holiday notice has been published for ${years}; that year counts only the holidays and days off in lieu fixed by the national holidays regulation (全国年节及纪念日放假办法), with no make-up working days guessed, and the due date may change once the notice is out.`,
      )];
    }
    case 'due':
      return [step.due.minute === undefined
        ? say(`到期日：${dated(step.info, lang)}，当日二十四时截止（民法典第二百零三条）。`, `Due: ${dated(step.info, lang)}, by 24:00 (Civil Code art. 203).`)
        : say(`到期时间：${at(step.due)}（${weekdayName(step.info.weekday, lang)}）。`, `Due: ${at(step.due)} (${weekdayName(step.info.weekday, lang)}).`)];
  }
}

/** The explanation of a deadline, one sentence per line. */
export function explain(result: DeadlineResult, lang: Lang): string[] {
  const say: Say = (zh, en) => (lang === 'en' ? en : zh);
  return result.steps.flatMap((step) => stepLines(step, result, lang, say));
}
