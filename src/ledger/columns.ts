/**
 * The ledger columns of docs/ledger-columns.md: Chinese header, English alias, what kind of value each holds,
 * and header matching (Chinese names, aliases, and an organisation's own synonyms from its rule
 * set's `ledger.headers`). Pure.
 */
import type { EventName } from '../rules/model.ts';
import { EVENT_NAMES } from '../rules/vocabulary.ts';

/** What a column holds, which decides how its cells are parsed. */
export type ColumnKind = 'id' | 'date' | 'text' | 'channel' | 'source' | 'level' | 'persons' | 'days' | 'signed' | 'notes' | 'rating' | 'personal';

/** A known ledger column. */
export interface ColumnDef {
  /** The English alias; for date columns it is also the event name clocks start and stop on. */
  alias: string;
  /** The Chinese header of docs/ledger-columns.md. */
  zh: string;
  kind: ColumnKind;
  /** Other headers seen in real 台账 for the same column. */
  synonyms?: string[];
}

/** A date column: its alias is the event name and its header the event's name (src/rules/vocabulary.ts). */
function event(e: EventName, synonyms?: string[]): ColumnDef {
  return { alias: e, zh: EVENT_NAMES[e].zh, kind: 'date', ...(synonyms ? { synonyms } : {}) };
}

/** Every known column, in docs/ledger-columns.md order. */
export const COLUMNS: readonly ColumnDef[] = [
  { alias: 'id', zh: '编号', kind: 'id', synonyms: ['案号', '件号', '信访编号', 'case'] },
  event('received', ['收信日期', '来访日期', '受理登记日期', '登记时间', '收到日期']),
  { alias: 'channel', zh: '来源方式', kind: 'channel', synonyms: ['信访方式', '形式'] },
  { alias: 'source', zh: '来源', kind: 'source', synonyms: ['来源类型', '件别'] },
  { alias: 'level', zh: '等级', kind: 'level', synonyms: ['紧急程度', '级别'] },
  { alias: 'category', zh: '类别', kind: 'text', synonyms: ['事项类别', '问题类别', '分类'] },
  { alias: 'persons', zh: '人数', kind: 'persons', synonyms: ['来访人数', '信访人数'] },
  { alias: 'department', zh: '承办部门', kind: 'text', synonyms: ['承办单位', '责任部门', '承办科室'] },
  { alias: 'handler', zh: '承办人', kind: 'text', synonyms: ['经办人', '责任人'] },
  { alias: 'subject', zh: '被反映对象', kind: 'text', synonyms: ['被反映人', '被投诉对象', '反映对象'] },
  { alias: 'forwarded_to', zh: '转送单位', kind: 'text', synonyms: ['转办单位', '转交单位'] },
  event('forwarded', ['转办日期', '转交日期']),
  event('notified', ['受理告知日期', '告知时间']),
  event('accepted', ['受理时间']),
  event('instructed', ['阅批日期', '领导批示日期']),
  event('reported', ['上报日期', '报告时间', '上报时间']),
  event('extension_approved', ['延期日期']),
  { alias: 'extension_days', zh: '延期天数', kind: 'days', synonyms: ['延长天数', '延期日数'] },
  event('replied', ['书面答复日期', '回复日期']),
  event('closed', ['结案日期', '办结时间']),
  event('reply_received', ['答复收到日期', '答复意见送达日期']),
  event('review_requested'),
  event('review_proposed', ['复查拟办日期']),
  event('review_decided', ['复查决定日期']),
  event('review_received', ['复查意见收到日期', '复查送达日期']),
  event('recheck_requested'),
  event('recheck_proposed'),
  event('recheck_decided', ['复核决定日期']),
  event('hearing_started'),
  event('hearing_ended'),
  event('assigned_due', ['要求办结时间', '交办时限', '限办日期']),
  event('submitted', ['呈报领导日期', '报送阅批日期']),
  { alias: 'diverted', zh: '分流', kind: 'text', synonyms: ['分流途径', '分流去向'] },
  event('delay_explained', ['说明情况日期']),
  { alias: 'signed', zh: '是否署名', kind: 'signed', synonyms: ['署名'] },
  { alias: 'notes', zh: '备注', kind: 'notes' },
  { alias: 'rating', zh: '评价', kind: 'rating', synonyms: ['满意度', '满意度评价'] },
  { alias: 'petitioner', zh: '信访人', kind: 'personal', synonyms: ['姓名', '来信人', '来访人', '信访人姓名', '来信人姓名', '来访人姓名', '反映人', '反映人姓名'] },
  { alias: 'phone', zh: '联系电话', kind: 'personal', synonyms: ['电话', '手机', '联系方式', '手机号码', '手机号', '电话号码', '联系电话号码', '联系手机'] },
  { alias: 'id_number', zh: '身份证号', kind: 'personal', synonyms: ['身份证号码', '证件号码', '身份证', '身份证件号码', '公民身份号码', '证件号'] },
];

/** Columns by alias. */
export const COLUMN_BY_ALIAS: ReadonlyMap<string, ColumnDef> = new Map(COLUMNS.map((c) => [c.alias, c]));

/**
 * Canonical form of a header for matching: no spaces or line breaks, half-width brackets, no
 * required-field marks (`*`), no trailing unit in brackets (`人数(人)`, `延期天数（日）`), lower case.
 */
export function normaliseHeader(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/^\*+|\*+$/g, '')
    .replace(/\([^)]*\)$/, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}

/** Header text → alias, built once per rule set from the built-in names plus `ledger.headers`. */
export type HeaderIndex = ReadonlyMap<string, string>;

/** Build the header index; the organisation's synonyms (`ledger.headers`) take precedence. */
export function headerIndex(extra: Record<string, string[]> = {}): HeaderIndex {
  const index = new Map<string, string>();
  for (const c of COLUMNS) {
    for (const name of [c.zh, c.alias, ...(c.synonyms ?? [])]) index.set(normaliseHeader(name), c.alias);
  }
  for (const [alias, names] of Object.entries(extra)) {
    if (!COLUMN_BY_ALIAS.has(alias)) continue;
    for (const name of names) index.set(normaliseHeader(name), alias);
  }
  return index;
}

/** The alias a header names, if any. */
export function matchHeader(index: HeaderIndex, text: string): string | undefined {
  const key = normaliseHeader(text);
  return key ? index.get(key) : undefined;
}
