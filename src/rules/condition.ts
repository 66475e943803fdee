/**
 * `when` conditions: does a case match, and how to say the condition in plain words
 * (e.g. "when persons > 5" renders 超过5人). Pure and browser-safe.
 */
import type { Lang } from '../diagnostics/diagnostic.ts';
import type { Condition, ConditionField, Matcher } from './model.ts';

/** The case fields a condition can see (normalised: empty source = 直接, empty level = 一般, persons ≥ 1). */
export interface CaseFacts {
  channel?: string;
  source?: string;
  level?: string;
  category?: string;
  department?: string;
  persons?: number;
  forwarded_to?: string;
  subject?: string;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

function matchOne(m: Matcher, v: string | number | undefined): boolean {
  if (Array.isArray(m)) return m.some((x) => String(x) === String(v));
  if (typeof m === 'string' || typeof m === 'number') return String(m) === String(v);
  if ('present' in m) return m.present === !isEmpty(v);
  if ('not' in m) return !matchOne(m.not, v);
  if (isEmpty(v)) return false;
  const n = Number(v);
  if (!Number.isFinite(n)) return false;
  return (
    (m.gt === undefined || n > m.gt) &&
    (m.gte === undefined || n >= m.gte) &&
    (m.lt === undefined || n < m.lt) &&
    (m.lte === undefined || n <= m.lte)
  );
}

/** True when the case satisfies every field test and, if present, one of `any_of`. */
export function matches(cond: Condition | undefined, facts: CaseFacts): boolean {
  if (!cond) return true;
  for (const [field, m] of Object.entries(cond)) {
    if (field === 'any_of') continue;
    if (!matchOne(m as Matcher, facts[field as keyof CaseFacts])) return false;
  }
  return !cond.any_of || cond.any_of.some((c) => matches(c, facts));
}

const FIELD_NAMES: Record<ConditionField, { zh: string; en: string }> = {
  channel: { zh: '来源方式', en: 'channel' },
  source: { zh: '来源', en: 'source' },
  level: { zh: '等级', en: 'level' },
  category: { zh: '类别', en: 'category' },
  department: { zh: '承办部门', en: 'department' },
  persons: { zh: '人数', en: 'persons' },
  forwarded_to: { zh: '转送单位', en: 'forwarded to' },
  subject: { zh: '被反映对象', en: 'subject' },
};

const VALUE_EN: Record<string, string> = {
  直接: 'direct', 交办: 'assigned', 转办: 'forwarded', 一般: 'normal', 重大: 'major', 紧急: 'urgent',
  来信: 'letter', 来访: 'visit', 来电: 'phone', 网上: 'online', 其他: 'other',
};

function values(v: string | number | (string | number)[], lang: Lang, names?: (id: string) => string): string {
  const list = (Array.isArray(v) ? v : [v]).map((x) => {
    const s = names ? names(String(x)) : String(x);
    return lang === 'en' ? VALUE_EN[s] ?? s : s;
  });
  return list.join(lang === 'en' ? ' or ' : '或');
}

function describeField(field: ConditionField, m: Matcher, lang: Lang, names?: (id: string) => string): string {
  const f = FIELD_NAMES[field][lang];
  const zh = lang === 'zh';
  const named = field === 'category' || field === 'department' ? names : undefined;
  if (typeof m === 'string' || typeof m === 'number' || Array.isArray(m)) {
    return zh ? `${f}为${values(m, lang, named)}` : `${f} is ${values(m, lang, named)}`;
  }
  if ('present' in m) {
    if (zh) return m.present ? `有${f}` : `无${f}`;
    return m.present ? `${f} is given` : `no ${f}`;
  }
  if ('not' in m) return zh ? `${f}不是${values(m.not, lang, named)}` : `${f} is not ${values(m.not, lang, named)}`;
  if (field === 'persons' && zh) {
    const parts: string[] = [];
    if (m.gt !== undefined) parts.push(`超过${m.gt}人`);
    if (m.gte !== undefined) parts.push(`${m.gte}人及以上`);
    if (m.lt !== undefined) parts.push(`少于${m.lt}人`);
    if (m.lte !== undefined) parts.push(`${m.lte}人及以下`);
    return parts.join('且');
  }
  const ops: [keyof typeof m, string, string][] = [
    ['gt', '大于', 'more than'], ['gte', '不少于', 'at least'], ['lt', '小于', 'fewer than'], ['lte', '不超过', 'at most'],
  ];
  return ops
    .filter(([k]) => m[k] !== undefined)
    .map(([k, z, e]) => (zh ? `${f}${z}${m[k]}` : `${f} ${e} ${m[k]}`))
    .join(zh ? '且' : ' and ');
}

/** The condition in plain words, e.g. 来源为交办或转办、超过5人. `names` maps category/department ids to names. */
export function describeCondition(cond: Condition | undefined, lang: Lang, names?: (id: string) => string): string {
  if (!cond) return '';
  const parts = Object.entries(cond)
    .filter(([k]) => k !== 'any_of')
    .map(([k, m]) => describeField(k as ConditionField, m as Matcher, lang, names));
  if (cond.any_of) {
    const alts = cond.any_of.map((c) => describeCondition(c, lang, names));
    parts.push(lang === 'zh' ? `（${alts.join('，或')}）` : `(${alts.join(', or ')})`);
  }
  return parts.join(lang === 'zh' ? '，且' : ', and ');
}
