/**
 * Generated cases for the differential tests and the benchmark (seeded, so a failure can be
 * replayed): registered 2019–2028 (the years after the last notice make findings provisional), with
 * and without times, every 来源方式 / 来源 / 等级 including the rule sets' own (特殊), 类别 written as
 * an id, a name, a keyword, an unknown word or empty, extensions with and without approval (some
 * approved after the due date, some over the maximum), hearings open and closed, 要求办结日期,
 * 情况说明日期, 送达 dates missing, events before 登记, duplicate 编号, and the "kinds" rule set: the
 * national 2022 version with one extra clock per kind of period the engine knows.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { dayFromYmd } from '../../src/calendar/day.ts';
import type { Moment } from '../../src/deadlines/moment.ts';
import type { LedgerCase } from '../../src/ledger/ledger-case.ts';
import type { CompiledClock, CompiledRuleSet } from '../../src/rules/compiled.ts';
import type { Condition, EventName } from '../../src/rules/model.ts';
import { INPUT_COLUMNS } from '../../src/sql/cases-sql.ts';
import { ledgerRow } from '../../src/sql/ledger-rows.ts';
import { limit } from '../ledger/check-helpers.ts';

/** A seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORY_TEXTS = ['claim', '申诉求决类', '投诉请求', '检举控告类', '关于举报的来信', '建议意见类', 'suggestion', '人事问题', '价格投诉', '涉及群众生命财产安全', '员工诉求', '其他', '不知道', ''];
// 医务 科: the hospital's 医务科 as typed with a space, named only once spaces are dropped (nameKey).
const DEPARTMENTS = ['信访科', '办公室', '医务 科', '', '不存在的科'];
const CHANNELS = ['来信', '来访', '来电', '网上', '其他', undefined];
const SOURCES = ['直接', '直接', '交办', '转办'];
const LEVELS = ['一般', '一般', '一般', '重大', '紧急', '特殊'];

/** `n` cases, seeded by `seed`. */
export function generateCases(n: number, seed = n): LedgerCase[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const chance = (p: number) => rnd() < p;
  const first = dayFromYmd(2019, 6, 1);
  const span = dayFromYmd(2028, 12, 31) - first;
  const out: LedgerCase[] = [];
  for (let i = 0; i < n; i++) {
    const events: LedgerCase['events'] = {};
    const at = (day: number): Moment => (chance(0.3) ? { day, minute: Math.floor(rnd() * 1440) } : { day });
    const set = (e: EventName, day: number, p = 1) => {
      if (chance(p)) events[e] = at(day);
    };
    const received = first + Math.floor(rnd() * span);
    // Mostly in order; now and then an event before 登记 (EVENTS_OUT_OF_ORDER).
    const after = (d: number, spread: number) => d + Math.floor(rnd() * spread) - (chance(0.02) ? 20 : 0);
    if (chance(0.98)) set('received', received);
    set('submitted', after(received, 3), 0.3);
    set('instructed', after(received, 8), 0.3);
    set('reported', after(received, 2), 0.3);
    set('forwarded', after(received, 20), 0.2);
    set('notified', after(received, 25), 0.8);
    const accepted = after(received, 6);
    set('accepted', accepted, 0.85);
    set('replied', after(accepted, 80), 0.6);
    set('closed', after(accepted, 90), 0.7);
    if (chance(0.15)) set('assigned_due', received + 10 + Math.floor(rnd() * 80));
    if (chance(0.15)) {
      set('extension_approved', after(accepted, 70), 0.7);
    }
    set('delay_explained', after(received, 90), 0.1);
    if (events.replied && chance(0.4)) {
      const replied = events.replied.day;
      set('reply_received', replied + Math.floor(rnd() * 10), 0.6);
      const requested = replied + Math.floor(rnd() * 50);
      set('review_requested', requested);
      if (events.review_requested) {
        set('review_proposed', requested + Math.floor(rnd() * 6), 0.5);
        const decided = requested + Math.floor(rnd() * 45);
        set('review_decided', decided, 0.8);
        set('review_received', decided + Math.floor(rnd() * 10), 0.5);
        if (events.review_decided && chance(0.6)) {
          const rq = decided + Math.floor(rnd() * 45);
          set('recheck_requested', rq);
          set('recheck_proposed', rq + Math.floor(rnd() * 6), 0.5);
          if (chance(0.5)) {
            const h = rq + Math.floor(rnd() * 40);
            set('hearing_started', h);
            set('hearing_ended', h + Math.floor(rnd() * 20), 0.7);
          }
          set('recheck_decided', rq + Math.floor(rnd() * 70), 0.7);
        }
      }
    }
    const handler = pick(['王某', '李某', '张某', '']);
    out.push({
      row: i + 2,
      id: chance(0.005) && i > 0 ? `G${i - 1}` : `G${i}`,
      idMissing: false,
      events,
      channel: pick(CHANNELS),
      source: pick(SOURCES),
      level: pick(LEVELS),
      category: pick(CATEGORY_TEXTS) || undefined,
      persons: chance(0.8) ? 1 : 1 + Math.floor(rnd() * 9),
      department: pick(DEPARTMENTS) || undefined,
      handler: handler || undefined,
      subject: chance(0.05) ? `${handler || '赵某'}、某科` : chance(0.5) ? '某单位' : undefined,
      forwarded_to: events.forwarded ? pick(['区信访局', '某单位', '某科']) : undefined,
      extension_days: events.extension_approved || chance(0.05) ? 1 + Math.floor(rnd() * 60) : undefined,
      diverted: chance(0.05) ? '诉讼' : undefined,
      signed: pick(['是', '否', undefined]),
      rating: events.closed ? pick(['满意', '基本满意', '不满意', undefined]) : undefined,
    });
  }
  return out;
}

/**
 * The national rule set with one extra clock per kind of period in its 2022 version: 工作日 (warn in
 * working days), months with clamp (warn in months), days with `roll: none`, hours and minutes,
 * 当日, an extension without approval or maximum, a `due_by` without a limit, several stop events
 * (any, all), and conditions with any/all/not, event tests, persons and both `if_empty` treatments.
 */
export function kindsRuleSet(national: CompiledRuleSet): CompiledRuleSet {
  const v = national.versions.find((x) => x.version === '2022-05-01')!;
  const base = v.clocks.find((c) => c.id === 'resolve')!;
  const when = (test: Condition) => ({ test, text: { zh: '条件', en: 'condition' } });
  const mk = (id: string, from: EventName, until: EventName[], text: string | undefined, extra: Partial<CompiledClock> = {}): CompiledClock => ({
    ...base,
    id,
    name: id,
    from,
    until: { mode: 'any', events: until },
    ...(text ? { limit_text: text, limit: limit(text) } : { limit_text: undefined, limit: undefined }),
    when: undefined,
    if_empty: undefined,
    extension: undefined,
    warn: undefined,
    ...extra,
  });
  const extra: CompiledClock[] = [
    mk('workdays', 'received', ['replied'], '10个工作日', { warn: limit('2个工作日'), when: when({ channel: '来访' }), if_empty: { channel: 'assume' } }),
    mk('months', 'received', ['closed'], '1个月', { warn: limit('1个月'), when: when({ any: [{ level: '重大' }, { category: 'claim' }] }), if_empty: { category: 'skip' } }),
    mk('no-roll', 'received', ['notified'], '7日', { roll: 'none', warn: limit('2日'), when: when({ not: { signed: '否' } }) }),
    mk('minutes', 'received', ['reported'], '30分钟', { when: when({ level: '紧急' }) }),
    mk('hours', 'instructed', ['reported'], '24小时', { when: when({ persons: { gte: 5 }, channel: '来访' }), if_empty: { channel: 'skip' } }),
    mk('same-day', 'received', ['forwarded'], '当日', { when: when({ forwarded_to: { present: true }, category: ['accusation', 'claim'] }), if_empty: { category: 'assume' } }),
    mk('ext-free', 'accepted', ['replied', 'closed'], '30日', { extension: { approval: 'none' }, warn: limit('5日') }),
    mk('workdays-ext', 'accepted', ['closed'], '20个工作日', { extension: { approval: 'required', max: limit('10日'), max_text: '10日' }, when: when({ source: '交办' }) }),
    mk('due-by', 'received', ['closed'], undefined, { due_by: 'assigned_due', explain: { basis: base.basis }, when: when({ all: [{ source: ['交办', '转办'] }, { not: { level: '特殊' } }] }) }),
    mk('all-stops', 'received', ['replied', 'closed'], '2个月', { until: { mode: 'all', events: ['replied', 'closed'] }, from_fallback: undefined, when: when({ submitted: { present: false } }) }),
    mk('fallback', 'submitted', ['instructed'], '3日', { from_fallback: 'received', warn: limit('1日'), when: when({ any: [{ level: ['重大', '紧急'] }, { instructed: { present: true } }] }) }),
  ];
  return { ...national, versions: national.versions.map((x) => (x === v ? { ...x, clocks: [...x.clocks, ...extra] } : x)) };
}

/** Write `n` generated cases as a CSV with the canonical column aliases as headers. */
export function writeCanonicalLedger(path: string, n: number): void {
  const fd = openSync(path, 'w');
  let buf = `${INPUT_COLUMNS.join(',')}\n`;
  const chunk = 10_000;
  for (let from = 0; from < n; from += chunk) {
    for (const c of generateCases(Math.min(chunk, n - from), 7 + from)) {
      c.row += from;
      c.id = `${c.id.slice(0, 1)}${Number(c.id.slice(1)) + from}`;
      buf += `${ledgerRow(c).map((v) => (v === null ? '' : String(v))).join(',')}\n`;
    }
    writeSync(fd, buf);
    buf = '';
  }
  closeSync(fd);
}
