/**
 * Judge one case against the version in force on its 登记日期 (docs/check-results.md): the petitioner windows
 * (information), one finding per clock that applies (src/check/judge-clock.ts), and the violations
 * that need only this case (recusal, confidentiality, event order). Duplicate 编号 needs the whole
 * ledger and is found by the checker.
 */
import { formatMoment } from '../deadlines/moment.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import { eventName, type CaseFacts } from '../rules/condition.ts';
import { EVENTS, type EventName } from '../rules/model.ts';
import { judgeClock } from './judge-clock.ts';
import { before, violation, type JudgeContext } from './judge-common.ts';
import { judgeWindows } from './judge-windows.ts';
import type { VersionPlan } from './plan.ts';

export type { JudgeContext, JudgeSink } from './judge-common.ts';

/**
 * Event pairs that must come in this order: the procedure of 信访工作条例 2022 第三十五、三十六条
 * (答复 → 送达 → 复查 → 送达 → 复核), with 听证 inside 复核. `received` (登记) comes before every
 * event but 要求办结日期, a due date set by the assigning body, not something that happened.
 */
const ORDER: [EventName, EventName][] = [
  ['accepted', 'closed'],
  ['replied', 'reply_received'],
  ['replied', 'review_requested'],
  ['reply_received', 'review_requested'],
  ['review_requested', 'review_proposed'],
  ['review_proposed', 'review_decided'],
  ['review_requested', 'review_decided'],
  ['review_decided', 'review_received'],
  ['review_decided', 'recheck_requested'],
  ['review_received', 'recheck_requested'],
  ['recheck_requested', 'recheck_proposed'],
  ['recheck_proposed', 'recheck_decided'],
  ['recheck_requested', 'recheck_decided'],
  ['recheck_requested', 'hearing_started'],
  ['hearing_started', 'hearing_ended'],
  ['hearing_ended', 'recheck_decided'],
];
const AFTER_RECEIVED: EventName[] = EVENTS.filter((e) => e !== 'received' && e !== 'assigned_due');

const SPLIT = /[、,，;；/\s]+/;
function overlap(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return undefined;
  const bs = new Set(b.split(SPLIT).filter(Boolean));
  return a.split(SPLIT).find((x) => x && bs.has(x));
}

/**
 * 保密 (docs/check-results.md): forwarding to the 被反映对象 breaches it only for the categories the rule set
 * lists (检举、揭发、控告、举报 material); an empty 类别 is checked (marked assumed) or skipped as declared.
 */
function checkConfidentiality(ctx: JudgeContext, plan: VersionPlan, c: LedgerCase, facts: CaseFacts): void {
  const rule = plan.confidentiality;
  if (!rule) return;
  const whom = overlap(c.forwarded_to, c.subject);
  if (!whom) return;
  const assumed: string[] = [];
  if (!facts.category) {
    if (rule.ifEmpty === 'skip') return;
    assumed.push(`类别未填，按${rule.categories.map(plan.nameOf).join('、')}检查`);
  } else if (!rule.categories.includes(facts.category)) return;
  violation(ctx, plan, c, 'CONFIDENTIALITY_BREACH', { subject: whom }, rule.basis, { assumed });
}

/**
 * Judge one case; `facts` are its condition fields with category and department resolved to ids;
 * `duplicateOf` is the row of an earlier case with the same 编号.
 */
export function judgeCase(ctx: JudgeContext, plan: VersionPlan, c: LedgerCase, facts: CaseFacts, duplicateOf?: number): void {
  if (duplicateOf !== undefined) violation(ctx, plan, c, 'DUPLICATE_CASE', { first: duplicateOf }, undefined);
  const windows = judgeWindows(ctx, plan, c, facts);
  const claimed = { value: false };
  for (const pc of plan.clocks) judgeClock(ctx, plan, pc, c, facts, windows, claimed);
  if (!claimed.value && c.extension_days !== undefined) ctx.sink.extensionProblem(c, 'not-allowed');

  if (plan.recusal) {
    const who = overlap(c.handler, c.subject);
    if (who) violation(ctx, plan, c, 'RECUSAL_CONFLICT', { handler: who }, plan.recusal);
  }
  checkConfidentiality(ctx, plan, c, facts);

  if (c.events.received) for (const e of AFTER_RECEIVED) checkOrder(ctx, plan, c, 'received', e);
  for (const [a, b] of ORDER) checkOrder(ctx, plan, c, a, b);
}

/** EVENTS_OUT_OF_ORDER when event `b` is dated before event `a`. */
function checkOrder(ctx: JudgeContext, plan: VersionPlan, c: LedgerCase, a: EventName, b: EventName): void {
  const ea = c.events[a];
  const eb = c.events[b];
  if (!ea || !eb || !before(eb, ea)) return;
  violation(ctx, plan, c, 'EVENTS_OUT_OF_ORDER', {
    earlier: a, earlierZh: eventName(a, 'zh'), earlierDate: formatMoment(ea), later: b, laterZh: eventName(b, 'zh'), laterDate: formatMoment(eb),
  }, undefined);
}
