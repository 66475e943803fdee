/**
 * The public pages' words: conditions, extensions, due dates and citations as a petitioner reads
 * them ("您直接来信来访的", "经…批准可以延长，最长30日", "最迟在2026年12月16日（星期三）当天"), never
 * the ledger's column vocabulary. Pure and browser-safe (the calculator uses it too).
 */
import { parseDay, weekdayName, weekdayOf } from '../calendar/day.ts';
import type { ArticleRef, CompiledExtension } from '../rules/compiled.ts';
import { CONDITION_FIELDS, type Condition, type ConditionField, type EventName, type Matcher } from '../rules/model.ts';

const FIELDS: ReadonlySet<string> = new Set(CONDITION_FIELDS);

/** Category and department ids to names. */
export type Names = (id: string) => string;

const list = (m: string | number | (string | number)[]): string[] => (Array.isArray(m) ? m : [m]).map(String);

/** 来源 values as who brought the matter. */
const SOURCE_WORDS: Record<string, string> = { 直接: '您直接来信来访', 交办: '经上级交办', 转办: '经其他机关转办' };
/** 来源方式 values as how the petitioner came. */
const CHANNEL_WORDS: Record<string, string> = { 来信: '您来信', 来访: '您来访', 来电: '您来电', 网上: '您在网上反映', 其他: '您以其他方式反映' };

function fieldWords(field: ConditionField, m: Matcher, names: Names): string {
  const negated = typeof m === 'object' && !Array.isArray(m) && 'not' in m;
  const values = typeof m !== 'object' || Array.isArray(m) ? list(m) : 'not' in m ? list(m.not) : [];
  if (typeof m === 'object' && !Array.isArray(m) && 'present' in m) {
    const words: Partial<Record<ConditionField, [string, string]>> = {
      forwarded_to: ['需要转送其他单位', '不需要转送其他单位'],
      diverted: ['已分流到其他途径', '未分流到其他法定途径'],
    };
    const w = words[field];
    return w ? w[m.present ? 0 : 1] : '';
  }
  if (typeof m === 'object' && !Array.isArray(m) && !negated) {
    const r = m as { gt?: number; gte?: number; lt?: number; lte?: number };
    if (field !== 'persons') return '';
    if (r.gt !== undefined) return `${r.gt + 1}人及以上一起反映`;
    if (r.gte !== undefined) return `${r.gte}人及以上一起反映`;
    return '';
  }
  switch (field) {
    case 'source':
      return negated ? `不是${values.map((v) => SOURCE_WORDS[v] ?? v).join('或')}` : values.map((v) => SOURCE_WORDS[v] ?? v).join('或');
    case 'channel':
      return (negated ? '不是' : '') + values.map((v) => CHANNEL_WORDS[v] ?? v).join('或');
    case 'level':
      return negated ? `不属于${values.join('、')}事项` : `属于${values.join('、')}事项`;
    case 'category':
      return `${negated ? '不' : ''}属于${values.map(names).join('或')}`;
    case 'department':
      return `由${values.map(names).join('或')}${negated ? '以外的部门' : ''}办理`;
    case 'signed':
      return (values.includes('否') ? !negated : negated) ? '没有署名' : '署了姓名';
    case 'persons':
      return `${values.join('或')}人一起反映`;
    default:
      return '';
  }
}

/** What a recorded event means to a petitioner, for `{present}` tests. */
const EVENT_PRESENT: Partial<Record<EventName, string>> = { instructed: '已报领导批示', submitted: '已报送领导', forwarded: '已转送' };

/**
 * A condition as the start of a petitioner's sentence, without the final 的: "您直接来信来访，且属于
 * 一般事项". Empty when there is no condition. Parts the words cannot say are left out only where
 * they are internal bookkeeping (分流 is a ledger column, not something the petitioner chooses).
 */
export function petitionerCondition(cond: Condition | undefined, names: Names): string {
  if (!cond) return '';
  const parts: string[] = [];
  for (const [key, test] of Object.entries(cond)) {
    if (test === undefined) continue;
    if (key === 'any' || key === 'all') {
      const inner = (test as Condition[]).map((c) => petitionerCondition(c, names)).filter(Boolean);
      if (inner.length) parts.push(inner.join(key === 'any' ? '，或' : '，且'));
    } else if (key === 'not') {
      const inner = test as Condition;
      const keys = Object.keys(inner);
      const m = (inner as Record<string, Matcher>)[keys[0]!];
      if (keys.length === 1 && FIELDS.has(keys[0]!) && m !== undefined && (typeof m !== 'object' || Array.isArray(m))) {
        parts.push(fieldWords(keys[0] as ConditionField, { not: m }, names));
      } else parts.push(`不是“${petitionerCondition(inner, names)}”`);
    } else if (key === 'diverted') continue;
    else if (key in EVENT_PRESENT) parts.push((test as { present: boolean }).present ? EVENT_PRESENT[key as EventName]! : `未${EVENT_PRESENT[key as EventName]!.slice(1)}`);
    else parts.push(fieldWords(key as ConditionField, test as Matcher, names));
  }
  return parts.filter(Boolean).join('，且');
}

/**
 * An extension as the 制度 allows it: approval and cap only where the text sets them
 * (hospital "可适当推迟，但不超过两周" has a cap and no approval; admin-bureau "可以适当延长" neither).
 */
export function extensionWords(ext: CompiledExtension | undefined, names: Names, max: string | undefined): string {
  if (!ext) return '';
  const who = ext.approval === 'required' ? `经${ext.approver ? names(ext.approver) : ''}批准` : '';
  const cap = max ? `，最长${max}` : '（制度未规定最长可延长多久）';
  return `情况复杂的，${who}可以延长${cap}${ext.notify_petitioner ? '，并告知您延期理由' : ''}`;
}

/** `2026-12-16` → 2026年12月16日. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日${m[4] ? ` ${m[4]}` : ''}`;
}

/** A day as Chinese prose writes it, weekday included: `2026-12-02` → 2026年12月2日（星期三）. */
export function chineseDay(iso: string): string {
  const day = parseDay(iso.slice(0, 10));
  return day === undefined ? iso : `${chineseDate(iso.slice(0, 10))}（${weekdayName(weekdayOf(day), 'zh')}）`;
}

/** A due date a petitioner cannot misread: 最迟在2026年12月16日（星期三）当天 (hour/minute limits: 之前). */
export function dueWords(iso: string, weekday: string): string {
  const timed = /[T ]\d{2}:\d{2}/.test(iso);
  const [day, time] = chineseDate(iso).split(' ');
  return timed ? `最迟在${day}（${weekday}）${time}之前` : `最迟在${day}（${weekday}）当天`;
}

/**
 * The item path of a citation without a trailing enumeration mark ("5、" → 第5项, "五、" → 第五部分,
 * "四、6" stays), so a sentence never reads "《…》6、。".
 */
export function itemPath(citation: string): string {
  const bare = citation.replace(/[、.．。，,\s]+$/, '').replace(/\(/g, '（').replace(/\)/g, '）');
  if (/^[一二三四五六七八九十]+$/.test(bare)) return `第${bare}部分`;
  if (/^\d+$/.test(bare)) return `第${bare}项`;
  return bare;
}

/** A link to the article a value comes from. */
export interface Citation {
  /** 《信访工作条例》第二十三条. */
  text: string;
  /** Site path of the article (`/national/rules/#art-a23`); absent when that text is not published. */
  href?: string;
}

/** The article behind a value, linked when its text is on the site (the version shown for that rule set). */
export function citation(ref: ArticleRef | undefined, shown: ReadonlyMap<string, string>): Citation {
  if (!ref) return { text: '' };
  const href = shown.get(ref.ruleset) === ref.version ? `/${ref.ruleset}/rules/#art-${ref.article}` : undefined;
  return { text: citeText(ref), ...(href ? { href } : {}) };
}

/** 《信访工作条例》第三十五条 / 《单位信访工作制度》四、6. */
export function citeText(ref: ArticleRef | undefined): string {
  return ref ? `《${ref.document}》${itemPath(ref.citation)}` : '';
}

/** Whether a reception rule's days are an example the 制度 does not fix (its description says 示意/示例/为例). */
export function isIllustrative(description: string | undefined): boolean {
  return /示意|示例|为例|xinfang/.test(description ?? '');
}

/**
 * When a reception day is held: the 制度's own words for the repetition (`pattern`, 每周三下午 —
 * rules/AUTHORING.md) beside the hours it gives, e.g. 每周三下午，14:30-17:30. Undefined when the
 * rules give neither.
 */
export function receptionWhen(r: { pattern?: string; time?: string }): string | undefined {
  const parts = [r.pattern, r.time].filter((x): x is string => !!x);
  return parts.length ? parts.join('，') : undefined;
}

/** A reception day's name with the 制度's words for when it is held: 领导接待日（每周三下午）. */
export function receptionName(r: { name: string; pattern?: string }): string {
  return r.pattern ? `${r.name}（${r.pattern}）` : r.name;
}
