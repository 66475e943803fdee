/**
 * Time limits as the site shows them: every compiled clock in plain words, with a worked example
 * computed by the real deadline engine at build time, and the steps of the procedure
 * (提出 → 登记 → 受理告知 → 办理 → 答复 → 复查 → 复核) with the clocks and articles behind each. Pure.
 */
import type { Calendar } from '../calendar/calendar.ts';
import { formatDay, weekdayName, type DayIndex } from '../calendar/day.ts';
import { computeDeadline } from '../deadlines/compute.ts';
import { explain } from '../deadlines/explain.ts';
import { formatLimit, type Limit } from '../deadlines/limit.ts';
import { COLUMN_BY_ALIAS } from '../ledger/columns.ts';
import { citeArticle } from '../matrix/matrix.ts';
import { hasLimit, type ArticleRef, type CompiledStop, type CompiledVersion, type CompiledWindow, type LimitedClock } from '../rules/compiled.ts';
import { eventName } from '../rules/condition.ts';
import type { EventName } from '../rules/model.ts';

/** A ledger event as petitioners say it: `received` → 登记 (the 登记日期 column without 日期). */
export function eventLabel(e: EventName): string {
  return (COLUMN_BY_ALIAS.get(e)?.zh ?? eventName(e, 'zh')).replace(/日期$/, '');
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
  review_decided: '收到复查意见',
  review_requested: '请求复查',
};

/** An event of a petitioner's window in the petitioner's words: `replied` → 收到书面答复. */
export function petitionerEventLabel(e: EventName): string {
  return PETITIONER_WORDS[e] ?? eventLabel(e);
}

/** A link to the article a value comes from. */
export interface Citation {
  /** 《信访工作条例》第二十三条. */
  text: string;
  /** Site path of the article (`/national/rules/#art-a23`); absent when that text is not published. */
  href?: string;
}

/** A computed deadline, for showing. */
export interface WorkedExample {
  start: string;
  due: string;
  /** `2025-10-09（星期四）`. */
  dueText: string;
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
  /** Who it applies to (来源为交办或转办); empty = every case. */
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

/** The article behind a value, linked when its text is on the site (the version shown for that rule set). */
export function citation(ref: ArticleRef | undefined, shown: ReadonlyMap<string, string>): Citation {
  if (!ref) return { text: '' };
  const href = shown.get(ref.ruleset) === ref.version ? `/${ref.ruleset}/rules/#art-${ref.article}` : undefined;
  return { text: citeArticle(ref), ...(href ? { href } : {}) };
}

/** Compute a deadline from a day with the engine and explain it (time units start at 09:00). */
export function workedExample(calendar: Calendar, start: DayIndex, limit: Limit, roll: 'next-workday' | 'none', extension?: Limit): WorkedExample {
  const timed = limit.unit === 'hours' || limit.unit === 'minutes';
  const r = computeDeadline(calendar, { start: timed ? { day: start, minute: 9 * 60 } : { day: start }, limit, roll, ...(extension ? { extension } : {}) });
  const info = calendar.dayInfo(r.due.day);
  return {
    start: formatDay(start) + (timed ? ' 09:00' : ''),
    due: r.dueText,
    dueText: `${r.dueText.replace('T', ' ')}（${weekdayName(info.weekday, 'zh')}）`,
    provisional: r.provisional,
    explanation: explain(r, 'zh'),
  };
}

/** Every clock and window of a version, in plain words, each with an example starting on `exampleDay`. */
export function clockViews(v: CompiledVersion, calendar: Calendar, exampleDay: DayIndex, shown: ReadonlyMap<string, string>): ClockView[] {
  const dept = new Map(v.departments.map((d) => [d.id, d.name]));
  const ofClock = (c: LimitedClock): ClockView => ({
    id: c.id,
    name: c.name,
    kind: 'clock',
    limit: formatLimit(c.limit, 'zh'),
    counting: countingText(c.limit, c.roll),
    from: eventLabel(c.from),
    until: stopLabel(c.until),
    condition: c.when?.text.zh ?? '',
    extension: c.extension
      ? `经${c.extension.approver ? dept.get(c.extension.approver) ?? c.extension.approver : ''}批准可延长，${c.extension.max ? `最长${formatLimit(c.extension.max, 'zh')}` : ''}${c.extension.notify_petitioner ? '，并告知信访人延期理由' : ''}`
      : '',
    basis: citation(c.basis, shown),
    description: c.description ?? '',
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
    condition: '',
    extension: '',
    basis: citation(w.basis, shown),
    description: '这是信访人自己需要遵守的期限。',
    example: workedExample(calendar, exampleDay, w.limit, w.roll),
  });
  return [...v.clocks.filter(hasLimit).map(ofClock), ...v.windows.map(ofWindow)];
}

/** One step of the procedure. */
export interface StepView {
  id: string;
  title: string;
  /** What happens at this step, in general words. */
  summary: string;
  /** Ids of the clocks and windows that stop at this step. */
  clocks: string[];
  /** Articles of the 制度 that speak of this step. */
  articles: Citation[];
}

/** The steps, what ends in each, and the words that find their articles. */
const STEPS: readonly { id: string; title: string; summary: string; until: EventName[]; words: string[] }[] = [
  { id: 'submit', title: '提出', summary: '通过来信、来访、来电或网上等方式提出信访事项，写明请求、事实和理由。', until: [], words: ['来信', '来访'] },
  { id: 'register', title: '登记', summary: '信访工作机构收到后登记；需要由其他单位处理的，转送、交办或报请领导批示。', until: ['forwarded', 'instructed', 'reported'], words: ['登记'] },
  { id: 'notify', title: '受理告知', summary: '决定是否受理，并告知信访人。', until: ['notified', 'accepted'], words: ['告知'] },
  { id: 'handle', title: '办理', summary: '承办单位调查核实，依法依规办理；情况复杂的，经批准可以延期。', until: ['closed', 'extension_approved'], words: ['办结', '办理'] },
  { id: 'reply', title: '答复', summary: '办理完毕，向信访人出具书面答复意见。', until: ['replied'], words: ['答复'] },
  { id: 'review', title: '复查', summary: '信访人对处理意见不服的，可以在规定期限内请求复查。', until: ['review_requested', 'review_proposed', 'review_decided'], words: ['复查'] },
  { id: 'recheck', title: '复核', summary: '信访人对复查意见不服的，可以在规定期限内请求复核。', until: [], words: ['复核'] },
];

/** The procedure's steps for a version, with its clocks and at most three articles per step. */
export function stepViews(v: CompiledVersion, rulesetId: string, shown: ReadonlyMap<string, string>): StepView[] {
  return STEPS.map((s) => {
    const until = new Set<string>(s.until);
    const clocks = [...v.clocks.filter(hasLimit).filter((c) => c.until.events.some((e) => until.has(e))), ...v.windows.filter((w) => until.has(w.until))].map((c) => c.id);
    const articles = v.articles
      .filter((a) => s.words.some((w) => a.text.includes(w)))
      .slice(0, 3)
      .map((a) => citation({ ruleset: rulesetId, version: v.version, article: a.id, number: a.number, citation: a.citation, document: v.title }, shown));
    return { id: s.id, title: s.title, summary: s.summary, clocks, articles };
  });
}
