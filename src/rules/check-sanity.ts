/**
 * Limits a 信访 clock cannot mean, caught before they judge a case: a limit over 12 months (the
 * longest period of the 信访工作条例 is 90日 for 办理, art. 32; 复查 and 复核 30日, art. 35–36), a
 * due-soon warning as long as the limit (every case 临期 from its first day), a clock or window that
 * stops on an event of an earlier stage of the procedure than the one it starts on, and an article
 * whose 施行日期 (本制度自2026年1月1日起施行) is not the version's `effective_from`.
 */
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { locate } from '../diagnostics/yaml-position.ts';
import { isLimit, parseChineseNumber, parseLimit, type Limit, type LimitUnit } from '../deadlines/limit.ts';
import type { EventName, RuleFile } from './model.ts';
import { eventName } from './vocabulary.ts';
import type { ParsedYaml } from './parse-yaml.ts';

/** 12 months, in each unit a limit may be written in. */
const YEAR: Record<LimitUnit, number> = { days: 366, workdays: 250, months: 12, hours: 366 * 24, minutes: 366 * 24 * 60, 'same-day': 1 };
/** The fewest and most calendar days one unit can take (a working day may span a 7-day holiday plus weekends). */
const DAYS: Record<LimitUnit, [number, number]> = {
  days: [1, 1],
  workdays: [1, 10],
  months: [28, 31],
  hours: [1 / 24, 1 / 24],
  minutes: [1 / 1440, 1 / 1440],
  'same-day': [0, 1],
};

/**
 * Stage of the procedure each event belongs to (条例 art. 22–36): registered, then handled, answered,
 * the answer received, review asked … decided, recheck asked … decided. Events outside the sequence
 * (extension, hearing, 情况说明, 要求办结日期) have none and are never called reversed.
 */
const STAGE: Partial<Record<EventName, number>> = {
  received: 0,
  forwarded: 1,
  notified: 1,
  accepted: 1,
  instructed: 1,
  reported: 1,
  submitted: 1,
  replied: 2,
  closed: 2,
  reply_received: 3,
  review_requested: 4,
  review_proposed: 5,
  review_decided: 6,
  review_received: 7,
  recheck_requested: 8,
  recheck_proposed: 9,
  recheck_decided: 10,
};

/** Whether `warn` surely runs at least as long as `limit`, whatever the calendar. */
function notShorter(warn: Limit, limit: Limit): boolean {
  if (warn.unit === limit.unit) return warn.amount >= limit.amount;
  return warn.amount * DAYS[warn.unit][0] >= limit.amount * DAYS[limit.unit][1];
}

/** 施行日期 sentences: 本制度自2026年1月1日起施行 (digits or Chinese numerals, 二〇二六年). */
const IN_FORCE = /本(?:制度|办法|规定|细则|条例|规则|实施细则)自([0-9〇零一二三四五六七八九十]{4}|[0-9]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日起(?:施行|执行|实施|生效)/;
const YEAR_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** The date an article's text says the 制度 takes effect, as YYYY-MM-DD, if it says one. */
export function statedEffectiveDate(text: string): string | undefined {
  const m = IN_FORCE.exec(text);
  if (!m) return undefined;
  const year = [...m[1]!].map((c) => YEAR_DIGIT[c] ?? c).join('');
  const [month, day] = [m[2]!, m[3]!].map((t) => (/^\d+$/.test(t) ? Number(t) : parseChineseNumber(t)));
  if (!/^\d{4}$/.test(year) || month === undefined || day === undefined) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `text` with the date of its 施行日期 sentence set to `iso` (本制度自2027年1月1日起施行); undefined when it states none. */
export function restateEffectiveDate(text: string, iso: string): string | undefined {
  const m = IN_FORCE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = iso.split('-').map(Number);
  const sentence = m[0].replace(`${m[1]}年${m[2]}月${m[3]}日`, `${y}年${mo}月${d}日`);
  return text.slice(0, m.index) + sentence + text.slice(m.index + m[0].length);
}

/** Report limits, warnings, stops and 施行日期 no 信访 制度 can mean. */
export function checkSanity(parsed: ParsedYaml, rules: RuleFile, out: CatalogueDiagnostic[]): void {
  const periods = [...(rules.clocks ?? []).map((c, i) => ['clocks', i, c] as const), ...(rules.windows ?? []).map((w, i) => ['windows', i, w] as const)];
  for (const [list, i, p] of periods) {
    const limit = p.limit === undefined ? undefined : parseLimit(p.limit);
    if (limit && isLimit(limit) && limit.amount > YEAR[limit.unit]) {
      out.push(diagnostic('LIMIT_TOO_LONG', { id: p.id, limit: p.limit! }, locate(parsed, [list, i, 'limit'])));
    }
    const warn = 'warn' in p && p.warn !== undefined ? parseLimit(p.warn) : undefined;
    if (warn && isLimit(warn) && limit && isLimit(limit) && notShorter(warn, limit)) {
      out.push(diagnostic('WARN_NOT_BEFORE_LIMIT', { id: p.id, warn: warn.text, limit: limit.text }, locate(parsed, [list, i, 'warn'])));
    }
    const from = STAGE[p.from];
    const stops = typeof p.until === 'string' ? [p.until] : ('any' in p.until ? p.until.any : p.until.all);
    const stages = stops.map((e) => STAGE[e]);
    if (from !== undefined && stages.length && stages.every((s) => s !== undefined && s < from)) {
      const names = (lang: 'zh' | 'en') => ({ from: eventName(p.from, lang), until: stops.map((e) => eventName(e, lang)).join(lang === 'zh' ? '、' : ', ') });
      const [zh, en] = [names('zh'), names('en')];
      out.push(diagnostic('CLOCK_REVERSED', { id: p.id, fromZh: zh.from, untilZh: zh.until, fromEn: en.from, untilEn: en.until }, locate(parsed, [list, i, 'until'])));
    }
  }
  (rules.articles ?? []).forEach((a, i) => {
    const stated = statedEffectiveDate(a.text);
    if (stated && stated !== rules.effective_from) {
      out.push(diagnostic('ARTICLE_EFFECTIVE_DATE', { number: a.number, stated, effective: rules.effective_from }, locate(parsed, ['articles', i, 'text'])));
    }
  });
}
