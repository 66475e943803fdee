/**
 * Petitioner windows (docs/check-results.md, v2 spec §4): when the petitioner's own period (e.g. 请求复查
 * within 30日 of receiving the reply, 信访工作条例 第三十五条) opened, when it ends, and whether the
 * request came in it. Information about the petitioner, never the office's violation or score.
 */
import type { LedgerCase } from '../ledger/ledger-case.ts';
import type { CompiledWindow } from '../rules/compiled.ts';
import { evaluate, eventName, type CaseFacts } from '../rules/condition.ts';
import { kept, type JudgeContext } from './judge-common.ts';
import type { VersionPlan } from './plan.ts';
import type { PetitionerEntry } from './result.ts';

/** A judged window of one case. */
export interface JudgedWindow {
  entry: PetitionerEntry;
  /** Whether the window opened on the recorded event (送达), not on the fallback date. */
  recorded: boolean;
}

/**
 * Judge every window of the version for a case; the entries go to the sink, and are returned by
 * window id for the clocks whose `request_window` they are.
 */
export function judgeWindows(ctx: JudgeContext, plan: VersionPlan, c: LedgerCase, facts: CaseFacts): Map<string, JudgedWindow> | undefined {
  let out: Map<string, JudgedWindow> | undefined; // created on first use: most cases have no window
  const ev = c.events;
  for (const pw of plan.windows) {
    const w = pw.clock as CompiledWindow;
    const r = evaluate(w.when?.test, facts, w.if_empty, plan.nameOf);
    if (r.skippedEmpty) ctx.sink.skipped(w, r.skippedEmpty, c);
    if (!r.holds) continue;
    const recorded = ev[w.from];
    const fallback = w.from_fallback ? ev[w.from_fallback] : undefined;
    const from = recorded ?? fallback;
    if (!from) continue;
    const assumed = [...r.assumed];
    // 自收到书面答复之日起: the fallback (答复日期) is never later than receipt, so a window counted
    // from it is at most as long as the true one.
    if (!recorded) assumed.push(`${eventName(w.from, 'zh')}未填，按${eventName(w.from_fallback!, 'zh')}推算`);
    const d = ctx.cache.get(plan, pw, from, 0);
    const request = ev[w.until];
    const status = request ? (kept(request, d.due) ? 'in-time' : 'out-of-time') : ctx.asOf > d.due.day ? 'closed' : 'open';
    const entry: PetitionerEntry = {
      kind: 'window',
      case: c.id,
      window: w.id,
      version: plan.version.version,
      from: ctx.cache.text(from, pw.timed),
      due: d.dueText,
      request: request ? ctx.cache.text(request, pw.timed) : null,
      status,
      provisional: d.provisional,
      assumed,
    };
    ctx.sink.petitioner(entry, c);
    (out ??= new Map()).set(w.id, { entry, recorded: recorded !== undefined });
  }
  return out;
}
