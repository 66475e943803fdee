/**
 * The 修订对照表 as data: two compiled versions of one 制度 compared article by article (matched by
 * wording, so renumbering is handled — see match-articles.ts) and field by field for what a reader
 * of the table must not miss: time limits (clocks, windows), routing (归口) and contacts.
 * Pure and browser-safe, so the site renders the same table as the CLI.
 */
import type { CompiledArticle, CompiledVersion } from '../rules/compiled.ts';
import type { EventName } from '../rules/model.ts';
import { eventName } from '../rules/vocabulary.ts';
import { diffTokens, type DiffSegment } from './token-diff.ts';
import { matchTexts } from './match-articles.ts';

/** An article as shown in the table. */
export interface ArticleSide {
  id: string;
  number: string;
  chapter?: string;
  title?: string;
  text: string;
}

/** One row of the article table. */
export interface ArticleChange {
  /** unchanged: same text and number; renumbered: same text, new number; changed: reworded; added / deleted. */
  status: 'unchanged' | 'renumbered' | 'changed' | 'added' | 'deleted';
  old?: ArticleSide;
  new?: ArticleSide;
  /** Bigram similarity of the matched texts (1 = identical). */
  similarity?: number;
  /** Token diff old → new (token-diff.ts) (all `del` for a deleted article, all `ins` for an added one). */
  segments: DiffSegment[];
  /** The new version's 修改说明 of the article (Article.change_note). */
  note?: string;
}

/** A changed value outside the article text. */
export interface FieldChange {
  area: 'document' | 'clock' | 'window' | 'routing' | 'department' | 'contact';
  /** What the value belongs to, by name only (ids are for the files, not for readers), e.g. 时限「受理告知」. */
  item: string;
  /** Which value, in Chinese, e.g. 期限. */
  field: string;
  old?: string;
  new?: string;
}

/** Identity of one side of the comparison. */
export interface VersionHead {
  version: string;
  effective_from: string;
  title: string;
  issued_by?: string;
  document_number?: string;
}

/** The whole 修订对照表. */
export interface VersionDiff {
  from: VersionHead;
  to: VersionHead;
  articles: ArticleChange[];
  changes: FieldChange[];
  summary: Record<ArticleChange['status'], number>;
}

const head = (v: CompiledVersion): VersionHead => ({
  version: v.version,
  effective_from: v.effective_from,
  title: v.title,
  ...(v.issued_by ? { issued_by: v.issued_by } : {}),
  ...(v.document_number ? { document_number: v.document_number } : {}),
});

const side = (a: CompiledArticle): ArticleSide => ({
  id: a.id,
  number: a.number,
  ...(a.chapter ? { chapter: a.chapter } : {}),
  ...(a.title ? { title: a.title } : {}),
  text: a.text,
});

/** Title and text together: a changed heading is a change of the article. */
const wording = (a: ArticleSide): string => (a.title ? `${a.title}\n${a.text}` : a.text);

/** Article rows in the new text's order; a deleted article is placed after its old predecessor. */
function diffArticles(oldList: CompiledArticle[], newList: CompiledArticle[]): ArticleChange[] {
  const olds = oldList.map(side);
  const news = newList.map(side);
  const pairs = matchTexts(olds.map(wording), news.map(wording));
  const byNew = new Map(pairs.map((p) => [p.new, p]));
  const matchedOld = new Set(pairs.map((p) => p.old));
  const rows: ArticleChange[] = [];
  let nextOld = 0;
  const flushDeletedBefore = (limit: number): void => {
    for (; nextOld < limit; nextOld++) {
      if (!matchedOld.has(nextOld)) rows.push({ status: 'deleted', old: olds[nextOld]!, segments: [{ op: 'del', text: olds[nextOld]!.text }] });
    }
  };
  news.forEach((n, j) => {
    const p = byNew.get(j);
    const changeNote = newList[j]!.change_note;
    const note = changeNote ? { note: changeNote } : {};
    if (!p) {
      rows.push({ status: 'added', new: n, segments: [{ op: 'ins', text: n.text }], ...note });
      return;
    }
    if (p.old >= nextOld) {
      flushDeletedBefore(p.old);
      nextOld = p.old + 1;
    }
    const o = olds[p.old]!;
    const same = wording(o) === wording(n);
    const status = same ? (o.number === n.number ? 'unchanged' : 'renumbered') : 'changed';
    rows.push({ status, old: o, new: n, similarity: p.similarity, segments: diffTokens(o.text, n.text), ...note });
  });
  flushDeletedBefore(olds.length);
  return rows;
}

const eventZh = (e: EventName): string => eventName(e, 'zh');

/** Compare two lists of keyed items field by field. */
function compareKeyed<T>(
  area: FieldChange['area'],
  oldItems: Map<string, T>,
  newItems: Map<string, T>,
  label: (key: string, item: T) => string,
  fields: [string, (item: T) => string | undefined][],
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const key of new Set([...oldItems.keys(), ...newItems.keys()])) {
    const o = oldItems.get(key);
    const n = newItems.get(key);
    const item = label(key, (n ?? o)!);
    if (!o || !n) {
      out.push({ area, item, field: n ? '新增' : '删除', ...(o ? { old: summaryOf(o, fields) } : {}), ...(n ? { new: summaryOf(n, fields) } : {}) });
      continue;
    }
    for (const [field, get] of fields) {
      const [a, b] = [get(o), get(n)];
      if (a !== b) out.push({ area, item, field, ...(a !== undefined ? { old: a } : {}), ...(b !== undefined ? { new: b } : {}) });
    }
  }
  return out;
}

function summaryOf<T>(item: T, fields: [string, (item: T) => string | undefined][]): string {
  return fields
    .map(([f, get]) => [f, get(item)] as const)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([f, v]) => `${f}：${v}`)
    .join('；');
}

type Clockish = CompiledVersion['clocks'][number] | CompiledVersion['windows'][number];

const clockFields: [string, (c: Clockish) => string | undefined][] = [
  ['名称', (c) => c.name],
  ['起算', (c) => eventZh(c.from) + (c.from_fallback ? `（未填时按${eventZh(c.from_fallback)}）` : '')],
  ['截止', (c) => (typeof c.until === 'string' ? eventZh(c.until) : c.until.events.map(eventZh).join(c.until.mode === 'any' ? '或' : '及'))],
  ['期限', (c) => c.limit_text],
  ['适用条件', (c) => ('when' in c ? c.when?.text.zh : undefined)],
  ['延期上限', (c) => ('extension' in c ? c.extension?.max_text : undefined)],
  ['顺延', (c) => (c.roll === 'none' ? '不顺延' : '顺延至工作日')],
  ['依据', (c) => c.basis.number],
];

function routingChanges(a: CompiledVersion, b: CompiledVersion): FieldChange[] {
  const names = (v: CompiledVersion) => new Map(v.departments.map((d) => [d.id, d.name]));
  const catNames = (v: CompiledVersion) => new Map(v.categories.map((c) => [c.id, c.name]));
  const rows = (v: CompiledVersion) => {
    const dn = names(v);
    const cn = catNames(v);
    const dept = (id?: string) => (id ? dn.get(id) ?? id : undefined);
    return new Map(
      (v.routing?.rules ?? []).map((r) => {
        const cats = r.categories ? r.categories.map((c) => cn.get(c) ?? c).join('、') : '全部事项';
        const key = r.when ? `${cats}（${r.when.text.zh}）` : cats;
        return [key, { lead: dept(r.lead), assist: r.assist?.map((x) => dept(x)!).join('、'), approver: dept(r.approver), supervisor: dept(r.supervisor) }];
      }),
    );
  };
  type Row = { lead?: string; assist?: string; approver?: string; supervisor?: string };
  return compareKeyed<Row>('routing', rows(a), rows(b), (k) => `归口「${k}」`, [
    ['牵头/承办', (r) => r.lead],
    ['协办', (r) => r.assist],
    ['审批', (r) => r.approver],
    ['督办', (r) => r.supervisor],
  ]);
}

function contactChanges(a: CompiledVersion, b: CompiledVersion): FieldChange[] {
  const flat = (v: CompiledVersion): Map<string, string> => {
    const o = v.organisation;
    const m = new Map<string, string>();
    const put = (k: string, val: string | undefined) => val && m.set(k, val);
    put('单位名称', o.name);
    put('所在地区', o.region);
    put('信访工作机构', o.office);
    put('地址', o.address);
    put('邮编', o.postcode);
    put('电子邮箱', o.email);
    put('网站', o.website);
    put('办公时间', o.hours?.text);
    for (const p of o.phones ?? []) put(`电话（${p.label}）`, p.number);
    if (o.supervision_phone) put(`监督电话（${o.supervision_phone.label}）`, o.supervision_phone.number);
    for (const d of v.departments) for (const p of d.phones ?? []) put(`${d.name}电话（${p.label}）`, p.number);
    return m;
  };
  const [x, y] = [flat(a), flat(b)];
  return [...new Set([...x.keys(), ...y.keys()])]
    .filter((k) => x.get(k) !== y.get(k))
    .map((k) => ({ area: 'contact' as const, item: '联系方式', field: k, ...(x.has(k) ? { old: x.get(k)! } : {}), ...(y.has(k) ? { new: y.get(k)! } : {}) }));
}

/** Compare two compiled versions (normally of the same rule set, `a` older than `b`). */
export function diffVersions(a: CompiledVersion, b: CompiledVersion): VersionDiff {
  const articles = diffArticles(a.articles, b.articles);
  const doc: FieldChange[] = (
    [
      ['标题', (v: CompiledVersion) => v.title],
      ['发布机关', (v: CompiledVersion) => v.issued_by],
      ['文号', (v: CompiledVersion) => v.document_number],
    ] as const
  )
    .filter(([, get]) => get(a) !== get(b))
    .map(([field, get]) => ({ area: 'document' as const, item: '文件', field, ...(get(a) ? { old: get(a)! } : {}), ...(get(b) ? { new: get(b)! } : {}) }));
  const keyed = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const changes: FieldChange[] = [
    ...doc,
    ...compareKeyed('clock', keyed(a.clocks), keyed(b.clocks), (_, c) => `时限「${c.name}」`, clockFields),
    ...compareKeyed('window', keyed(a.windows), keyed(b.windows), (_, c) => `期限「${c.name}」`, clockFields),
    ...compareKeyed('department', keyed(a.departments), keyed(b.departments), (_, d) => `部门「${d.name}」`, [
      ['名称', (d) => d.name],
    ]),
    ...routingChanges(a, b),
    ...contactChanges(a, b),
  ];
  const summary = { unchanged: 0, renumbered: 0, changed: 0, added: 0, deleted: 0 };
  for (const r of articles) summary[r.status]++;
  return { from: head(a), to: head(b), articles, changes, summary };
}
