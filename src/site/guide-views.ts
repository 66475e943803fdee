/**
 * The 办事指南 in the form a 政务服务 guide has (基本信息, 受理条件, 不予受理情形, 权利和义务, 救济途径),
 * built only from the compiled version: its contacts, procedure, obligations and article texts. Where
 * the 制度 is silent the row says so (SILENT), never a value of our own. Pure.
 */
import type { CompiledVersion } from '../rules/compiled.ts';
import { citation, type Citation } from './petitioner-words.ts';
import type { ProcedureStepView } from './procedure-views.ts';

/** What a 基本信息 row says where the 制度 gives no value. */
export const SILENT = '制度未载明';

/** A sentence of the 制度 (or a duty it sets) with the article it comes from. */
export interface Clause {
  text: string;
  basis: Citation;
}

/** One row of the 基本信息 table. */
export interface BasicRow {
  label: string;
  /** Lines of the value; `[SILENT]` where the 制度 gives none. */
  lines: string[];
  /** A link for the value (网上办理入口), only where the rules give one. */
  href?: string;
  /** The article the value comes from, where it is a text's words. */
  basis?: Citation;
}

/** A printable form for one act of the petitioner: the petition itself, or a 复查/复核 request. */
export interface FormView {
  id: 'petition' | 'review' | 'recheck';
  title: string;
  /** When to hand it in: the window's sentence, or the step's own words. */
  when: string;
  /** Whom the petition goes to (the organisation); a 复查/复核 request's addressee is left for the petitioner to fill in. */
  to?: string;
  basis?: Citation;
}

/** The whole guide of one organisation. */
export interface GuideView {
  /** Plain-language summary, one line per step the petitioner waits on or acts on. */
  summary: string[];
  basics: BasicRow[];
  /** 受理条件: how the 制度 wants a petition made (written form, signature, where to go). */
  conditions: Clause[];
  /** 不予受理情形: the sentences of the 制度 that say a matter is not (or no longer) accepted. */
  refusals: Clause[];
  /** 信访人的义务 (代表人数, conduct …). */
  duties: Clause[];
  /** 信访人的权利: the periods the 制度 gives the petitioner, from its procedure. */
  rights: Clause[];
  /** 复查, 复核 and 终结, as the 制度 has them ("如果您对处理意见不服"). */
  appeal: ProcedureStepView[];
  forms: FormView[];
}

/** Obligation kinds that say how a petition is made (受理条件); the rest are duties. */
const CONDITION_KINDS: ReadonlySet<string> = new Set(['written', 'signed', 'level-by-level']);

/**
 * Sentences that say a matter is not accepted, or is for a court, an arbitration or a review body.
 * Whole sentences only (ending in 。): an item ending in ；belongs to a list of something else, such as
 * the misconduct of 信访工作条例第四十四条 ("（二）对属于其职权范围的信访事项不予受理；").
 */
const REFUSAL = /(?:不予受理|不再受理|^信访人[^。]*(?:诉讼|仲裁|行政复议))[^；]*。$/;

/** The sentences of a text, each ending in its 。 (a list item on its own line is a sentence too). */
function sentences(text: string): string[] {
  return text.split(/\r?\n/).flatMap((line) => line.match(/[^。]+。?/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** A one-line summary of a step: its petitioner-facing periods, or the step's own words (终结). */
function summaryLine(s: ProcedureStepView): string | undefined {
  const periods = s.periods.filter((p) => p.forPetitioner);
  if (periods.length === 0) return s.step === 'final' && s.summary ? `${s.title}：${s.summary}` : undefined;
  const words = periods.map((p) => (p.kind === 'window' ? `您可以在${p.short}` : `${p.who === '本单位' ? '' : p.who}${p.short}`));
  const note = periods.length > 1 && periods.some((p) => p.conditional) ? '（因事项而不同，详见下文）' : periods.some((p) => p.conditional) ? '（适用于部分事项，详见下文）' : '';
  return `${s.title}：${words.join('；')}${note}。`;
}

/** The 基本信息 rows. */
function basics(v: CompiledVersion, client: BasicRow, steps: readonly ProcedureStepView[]): BasicRow[] {
  const o = v.organisation;
  const ph = new Set(o.placeholders ?? []);
  const real = (field: 'office' | 'address' | 'website', value: string | undefined) => (value && !ph.has(field) ? value : undefined);
  const phones = ph.has('phones') ? [] : (o.phones ?? []).filter((p) => !p.placeholder).map((p) => `${p.label}：${p.number}`);
  const supervision = o.supervision_phone && !o.supervision_phone.placeholder && !ph.has('supervision_phone') ? o.supervision_phone.number : undefined;
  const limits = steps
    .filter((s) => s.step !== 'review' && s.step !== 'recheck')
    .flatMap((s) => s.periods.filter((p) => p.forPetitioner && p.kind === 'clock').map((p) => `${p.name}：${p.limit}`));
  const office = real('office', o.office);
  const website = real('website', o.website);
  const place = [real('address', o.address), ...v.reception.flatMap((r) => (r.place ? [`${r.name}：${r.place}`] : []))];
  const rows: BasicRow[] = [
    { label: '事项名称', lines: ['信访事项的提出和办理'] },
    { label: '实施主体', lines: [ph.has('name') ? SILENT : `${o.name}${office && office !== o.name ? `（${office}）` : ''}`] },
    client,
    { label: '法定时限', lines: limits.length ? limits : [SILENT] },
    { label: '办理地点', lines: place.filter((x): x is string => !!x).length ? place.filter((x): x is string => !!x) : [SILENT] },
    { label: '办理时间', lines: [o.hours?.text ?? SILENT] },
    { label: '咨询电话', lines: phones.length ? phones : [SILENT] },
    { label: '监督投诉电话', lines: [supervision ?? SILENT] },
    // No 制度 in rules/ says whether petitioning is free: the row says the text is silent rather than promise it.
    { label: '是否收费', lines: [SILENT] },
  ];
  if (website) rows.push({ label: '网上办理入口', lines: [website], href: website });
  return rows;
}

/**
 * Who may petition, in the text's own words: the noun its definition names (信访工作条例第十七条
 * "…的公民、法人或者其他组织，称信访人" → 公民、法人或者其他组织).
 */
function clients(v: CompiledVersion, rulesetId: string, shown: ReadonlyMap<string, string>): BasicRow {
  for (const a of v.articles) {
    const m = /([^，。的]+)，称信访人/.exec(a.text);
    if (m) return { label: '服务对象', lines: [m[1]!], basis: citation(articleRef(v, rulesetId, a), shown) };
  }
  return { label: '服务对象', lines: [SILENT] };
}

/** The reference of one of the version's own articles. */
function articleRef(v: CompiledVersion, rulesetId: string, a: CompiledVersion['articles'][number]) {
  return { ruleset: rulesetId, version: v.version, article: a.id, number: a.number, citation: a.citation, document: v.title };
}

/** The guide of a version whose procedure is `steps` (procedure-views.ts). */
export function guideView(v: CompiledVersion, rulesetId: string, steps: readonly ProcedureStepView[], shown: ReadonlyMap<string, string>): GuideView {
  const clause = (text: string, ref: Parameters<typeof citation>[0]): Clause => ({ text, basis: citation(ref, shown) });
  const refusals: Clause[] = [];
  const seen = new Set<string>();
  for (const a of v.articles) {
    for (const s of sentences(a.text)) {
      if (!REFUSAL.test(s) || seen.has(s)) continue;
      seen.add(s);
      refusals.push(clause(s, articleRef(v, rulesetId, a)));
    }
  }
  const final = steps.find((s) => s.step === 'final');
  if (final?.summary && !seen.has(final.summary)) refusals.push({ text: final.summary, basis: final.basis });
  const rights = steps.flatMap((s) => s.periods.filter((p) => p.forPetitioner).map((p) => ({ text: p.text, basis: p.basis })));
  const named = !(v.organisation.placeholders ?? []).includes('name');
  const forms: FormView[] = [{ id: 'petition', title: '信访事项书面材料', when: '提出信访事项时', ...(named ? { to: v.organisation.name } : {}) }];
  for (const [id, title] of [['review', '复查申请书'], ['recheck', '复核申请书']] as const) {
    const step = steps.find((s) => s.step === id);
    if (!step) continue;
    const window = step.periods.find((p) => p.kind === 'window');
    forms.push({ id, title, when: window ? window.text : step.summary || '按制度规定的期限提出', basis: window?.basis ?? step.basis });
  }
  return {
    summary: steps.map(summaryLine).filter((x): x is string => !!x),
    basics: basics(v, clients(v, rulesetId, shown), steps),
    conditions: v.obligations.filter((o) => CONDITION_KINDS.has(o.kind)).map((o) => clause(o.text, o.basis)),
    refusals,
    duties: v.obligations.filter((o) => !CONDITION_KINDS.has(o.kind)).map((o) => clause(o.text, o.basis)),
    rights,
    appeal: steps.filter((s) => s.step === 'review' || s.step === 'recheck' || s.step === 'final'),
    forms,
  };
}
