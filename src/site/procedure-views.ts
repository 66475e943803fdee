/**
 * The procedure as a petitioner reads it (受理 → 办理 → 答复 → 复查 → 复核 → 终结), built only from the
 * version's `procedure` (rules/AUTHORING.md "Procedure"): a step appears only when the 制度 (or the
 * national rules it builds on, said so) has it, each period with who counts it, from which event,
 * for which matters, and how it may be extended. Pure.
 */
import { formatLimit } from '../deadlines/limit.ts';
import type { CompiledClock, CompiledVersion, CompiledWindow } from '../rules/compiled.ts';
import type { EventName, ProcedureStepId } from '../rules/model.ts';
import { citation, extensionWords, petitionerCondition, type Citation, type Names } from './petitioner-words.ts';

/** Step titles in the order of the procedure. */
export const STEP_TITLES: Record<ProcedureStepId, string> = {
  accept: '受理', handle: '办理', reply: '答复', review: '复查', recheck: '复核', final: '终结',
};

/** The event a period starts on, as the petitioner knows it. */
const FROM_WORDS: Partial<Record<EventName, string>> = {
  received: '收到您的信访事项',
  accepted: '受理',
  submitted: '报送领导',
  review_requested: '收到复查请求',
  recheck_requested: '收到复核请求',
  reply_received: '您收到书面答复',
  review_received: '您收到复查意见',
  replied: '作出书面答复',
  review_decided: '作出复查意见',
};

/** What a petitioner's window is about: the act the petitioner disagrees with. */
const OBJECT_WORDS: Partial<Record<EventName, string>> = {
  reply_received: '书面答复', replied: '书面答复', review_received: '复查意见', review_decided: '复查意见',
};

/** What must be done by the end of a period (its stop event). */
const ACTION_WORDS: Partial<Record<EventName, string>> = {
  notified: '书面告知您是否受理',
  accepted: '决定是否受理',
  forwarded: '转送有权处理的单位',
  instructed: '由领导阅批',
  reported: '向上级报告',
  submitted: '报送领导',
  closed: '办结',
  replied: '答复您',
  review_proposed: '提出拟办意见',
  review_decided: '提出复查意见',
  recheck_proposed: '提出拟办意见',
  recheck_decided: '提出复核意见',
  review_requested: '请求复查',
  recheck_requested: '请求复核',
};

/** One period of a step, as one sentence. */
export interface PeriodView {
  id: string;
  kind: 'clock' | 'window';
  name: string;
  /** 15日. */
  limit: string;
  /** Who counts it: 本单位 / 上一级机关、单位 / 您. */
  who: string;
  /** The whole sentence: "您直接来信来访的，本单位自收到您的信访事项之日起30日内办结。" */
  text: string;
  /** The period alone, for summaries and the flow chart: "60日内办结", "30日内请求复查". */
  short: string;
  /** Whether it applies only to some matters (its sentence starts with a condition). */
  conditional: boolean;
  /** Whether the petitioner waits on it or acts on it (not an internal duty such as 报告、阅批). */
  forPetitioner: boolean;
  basis: Citation;
}

/** One step of the procedure. */
export interface ProcedureStepView {
  step: ProcedureStepId;
  title: string;
  /** The text's own words for the step, when the rule file gives them. */
  summary: string;
  periods: PeriodView[];
  basis: Citation;
  /** Title of the parent rules this step comes from (《信访工作条例》), when not the 制度 itself. */
  from?: string;
}

/** Stop events a petitioner waits for. */
export const PETITIONER_STOPS: ReadonlySet<EventName> = new Set<EventName>(['notified', 'accepted', 'closed', 'replied', 'review_decided', 'recheck_decided']);

function span(limit: string, timed: boolean, from: string): string {
  if (limit === '当日') return `在${from}当日`;
  return timed ? `自${from}时起${limit}内` : `自${from}之日起${limit}内`;
}

/** A clock as one sentence. */
export function clockPeriod(c: CompiledClock, names: Names, shown: ReadonlyMap<string, string>): PeriodView {
  const who = c.decided_by === 'superior' ? '上一级机关、单位' : '本单位';
  const cond = petitionerCondition(c.when?.test, names);
  const action = c.until.events.map((e) => ACTION_WORDS[e] ?? e).join(c.until.mode === 'any' ? '或' : '并');
  const from = FROM_WORDS[c.from] ?? c.from;
  const limit = c.limit ? formatLimit(c.limit, 'zh') : '';
  const timed = c.limit?.unit === 'hours' || c.limit?.unit === 'minutes';
  const when = c.limit ? span(limit, timed, from) : '在交办时要求的期限内';
  const ext = extensionWords(c.extension, names, c.extension?.max ? formatLimit(c.extension.max, 'zh') : undefined);
  const explain = c.explain ? '不能按期办结的，应当说明情况' : '';
  const pause = c.pause ? '举行听证的，听证时间不计算在内' : '';
  const tail = [ext, explain, pause].filter(Boolean).map((s) => `；${s}`).join('');
  return {
    id: c.id,
    kind: 'clock',
    name: c.name,
    limit: limit || '按交办要求',
    who,
    text: `${cond ? `${cond}的，` : ''}${who}${when}${action}${tail}。`,
    short: c.limit ? `${limit === '当日' ? '当日' : `${limit}内`}${action}` : `按交办要求${action}`,
    conditional: cond !== '',
    forPetitioner: c.until.events.some((e) => PETITIONER_STOPS.has(e)),
    basis: citation(c.basis, shown),
  };
}

/** A petitioner's window as one sentence. */
export function windowPeriod(w: CompiledWindow, names: Names, shown: ReadonlyMap<string, string>): PeriodView {
  const cond = petitionerCondition(w.when?.test, names);
  const limit = formatLimit(w.limit, 'zh');
  const action = ACTION_WORDS[w.until] ?? w.until;
  const answer = OBJECT_WORDS[w.from] ?? '处理意见';
  return {
    id: w.id,
    kind: 'window',
    name: w.name,
    limit,
    who: '您',
    text: `${cond ? `${cond}的，` : ''}您对${answer}不服的，可以${span(limit, false, `收到${answer}`)}${action}（从收到的第二天算起）。`,
    short: `收到${answer}后${limit}内${action}`,
    conditional: cond !== '',
    forPetitioner: true,
    basis: citation(w.basis, shown),
  };
}

/** The steps of a version's procedure, in the order the rule file gives them. */
export function procedureViews(v: CompiledVersion, rulesetId: string, shown: ReadonlyMap<string, string>): ProcedureStepView[] {
  const dept = new Map(v.departments.map((d) => [d.id, d.name]));
  const cat = new Map(v.categories.map((c) => [c.id, c.name]));
  const names: Names = (id) => cat.get(id) ?? dept.get(id) ?? id;
  const clocks = new Map(v.clocks.map((c) => [c.id, c]));
  const windows = new Map(v.windows.map((w) => [w.id, w]));
  return v.procedure.map((s): ProcedureStepView => {
    const periods = [
      ...s.windows.flatMap((id) => (windows.has(id) ? [windowPeriod(windows.get(id)!, names, shown)] : [])),
      ...s.clocks.flatMap((id) => (clocks.has(id) ? [clockPeriod(clocks.get(id)!, names, shown)] : [])),
    ];
    const parent = s.basis.ruleset !== rulesetId ? s.basis.document : undefined;
    return {
      step: s.step,
      title: STEP_TITLES[s.step],
      summary: s.summary ?? '',
      periods,
      basis: citation(s.basis, shown),
      ...(parent ? { from: parent } : {}),
    };
  });
}
