/**
 * `when` conditions written in one spreadsheet cell, in words staff already use:
 * `来源=交办、转办;等级≠重大;人数>5;有转送单位`. Clauses separated by semicolons must all hold.
 * Events are tested as `有答复送达日期` / `无复核申请日期`. Anything this notation cannot say exactly
 * (all/any/not, a one-item list) is written as a YAML flow mapping (`{any: [...]}`), which the cell
 * also accepts — so export → import is lossless.
 */
import { parse as parseYaml, stringify } from 'yaml';
import { fieldName } from '../rules/condition.ts';
import { eventName } from '../rules/vocabulary.ts';
import { CONDITION_FIELDS, EVENTS, type Condition, type ConditionField, type EventName, type Matcher } from '../rules/model.ts';

const FIELD_BY_NAME = new Map<string, ConditionField>(CONDITION_FIELDS.flatMap((f) => [[fieldName(f, 'zh'), f], [f, f]] as [string, ConditionField][]));
/** Events by their ledger header (答复送达日期) and alias, for `有…` / `无…` clauses. */
const EVENT_BY_NAME = new Map<string, EventName>(EVENTS.flatMap((e) => [[eventName(e, 'zh'), e], [e, e]] as [string, EventName][]));
const COMBINATORS = ['all', 'any', 'not'];
const OPS = [
  ['≥', 'gte'], ['>=', 'gte'], ['≤', 'lte'], ['<=', 'lte'], ['≠', 'not'], ['!=', 'not'], ['>', 'gt'], ['<', 'lt'], ['=', 'eq'],
] as const;
const OP_TEXT = { gt: '>', gte: '≥', lt: '<', lte: '≤' } as const;

function valueText(v: string | number | (string | number)[]): string {
  return Array.isArray(v) ? v.join('、') : String(v);
}

function clauseText(key: string, m: Matcher): string[] {
  const f = (CONDITION_FIELDS as readonly string[]).includes(key) ? fieldName(key as ConditionField, 'zh') : eventName(key as EventName, 'zh');
  if (typeof m !== 'object' || Array.isArray(m)) return [`${f}=${valueText(m)}`];
  if ('present' in m) return [`${m.present ? '有' : '无'}${f}`];
  if ('not' in m) return [`${f}≠${valueText(m.not)}`];
  return (Object.keys(OP_TEXT) as (keyof typeof OP_TEXT)[]).filter((k) => m[k] !== undefined).map((k) => `${f}${OP_TEXT[k]}${m[k]}`);
}

function toWords(cond: Condition): string {
  return Object.entries(cond)
    .flatMap(([k, m]) => clauseText(k, m as Matcher))
    .join(';');
}

/** The cell text of a condition: words when they say it exactly, else a YAML flow mapping. */
export function formatCondition(cond: Condition): string {
  if (!COMBINATORS.some((k) => k in cond)) {
    const words = toWords(cond);
    const back = parseCondition(words);
    if ('value' in back && JSON.stringify(back.value) === JSON.stringify(cond)) return words;
  }
  return stringify(cond, { collectionStyle: 'flow', lineWidth: 0 }).trim();
}

function values(field: ConditionField, text: string): string | number | (string | number)[] {
  const items = text.split(/[、,，/]/).map((s) => s.trim()).filter(Boolean);
  const typed = items.map((s) => (field === 'persons' && /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s));
  return typed.length === 1 ? typed[0]! : typed;
}

/** Read a condition cell. Returns the condition, or why it could not be read. */
export function parseCondition(text: string): { value: Condition } | { error: string } {
  const t = text.trim();
  if (t.startsWith('{')) {
    try {
      const v = parseYaml(t) as unknown;
      return v && typeof v === 'object' && !Array.isArray(v) ? { value: v as Condition } : { error: '不是键值映射' };
    } catch (e) {
      return { error: (e as Error).message.split('\n')[0]! };
    }
  }
  const cond: Record<string, unknown> = {};
  for (const raw of t.split(/[;；\n]/).map((s) => s.trim()).filter(Boolean)) {
    const presence = /^(有|无)(.+)$/.exec(raw);
    const named = presence && (FIELD_BY_NAME.get(presence[2]!.trim()) ?? EVENT_BY_NAME.get(presence[2]!.trim()));
    if (named) {
      cond[named] = { present: presence[1] === '有' };
      continue;
    }
    const op = OPS.find(([sym]) => raw.includes(sym));
    if (!op) return { error: `“${raw}”中没有 =、≠、>、<、≥、≤` };
    const at = raw.indexOf(op[0]);
    const name = raw.slice(0, at).trim();
    const field = FIELD_BY_NAME.get(name);
    if (!field) return { error: `“${name}”不是可用的字段(${CONDITION_FIELDS.map((f) => fieldName(f, 'zh')).join('、')})` };
    const rest = raw.slice(at + op[0].length).trim();
    if (!rest) return { error: `“${raw}”缺少取值` };
    if (op[1] === 'eq') cond[field] = values(field, rest);
    else if (op[1] === 'not') cond[field] = { not: values(field, rest) };
    else {
      const n = Number(rest);
      if (!Number.isFinite(n)) return { error: `“${rest}”不是数字` };
      const prev = cond[field];
      cond[field] = { ...(prev && typeof prev === 'object' && !Array.isArray(prev) ? prev : {}), [op[1]]: n };
    }
  }
  return { value: cond as Condition };
}
