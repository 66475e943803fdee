/**
 * The rule set `xinfang new` starts an organisation with: the least that is valid — its name, a
 * guessed kind, a 信访工作机构 and contacts marked 待补充 (rules/AUTHORING.md: a placeholder is
 * never shown as real), and two articles, the purpose and the 施行日期 (which must agree with
 * `effective_from`). A parent rule set is named in `extends` but none of its clocks are taken: a
 * clock applies only to the matters the 制度 names, so which ones apply is the author's to say; a
 * note lists them. Pure.
 */
import type { RuleFile } from '../rules/model.ts';

type Kind = RuleFile['organisation']['kind'];

/** The kind of body a name suggests, most specific first; 政府机关 when nothing matches. */
const KIND_BY_NAME: readonly [RegExp, Kind][] = [
  [/政协/, 'cppcc'],
  [/党委|纪委|组织部|宣传部|统战部|政法委/, 'party'],
  [/医院|卫生院/, 'hospital'],
  [/大学|学院/, 'university'],
  [/学校|中学|小学|幼儿园/, 'school'],
  [/银行/, 'bank'],
  [/社区|居委会|村委会/, 'community'],
  [/[镇乡]人民政府|街道办事处|[镇乡]$/, 'town'],
  [/集团|公司/, 'company'],
  [/企业|厂$/, 'enterprise'],
];

/** The kind of body `name` suggests. */
export function guessKind(name: string): Kind {
  return KIND_BY_NAME.find(([re]) => re.test(name))?.[1] ?? 'government';
}

/** 2026-01-01 → 2026年1月1日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** What `xinfang new` is told. */
export interface StarterInput {
  ruleset: string;
  name: string;
  effective: string;
  kind?: Kind;
  /** The parent rule set and the ids of its clocks in force on `effective`. */
  parent?: { ruleset: string; title: string; clocks: readonly string[] };
}

/** The first version of a new rule set. */
export function starterRules(input: StarterInput): RuleFile {
  const { ruleset, name, effective, parent } = input;
  const basedOn = parent ? `根据《${parent.title}》` : '根据有关规定';
  return {
    ruleset,
    title: `${name}信访工作制度`,
    effective_from: effective,
    issued_by: name,
    notes: [
      'xinfang new 生成的起步稿：联系方式标为待补充，条文只有目的和施行日期两条，请按制度原文补全。',
      ...(parent
        ? [`沿用《${parent.title}》的时限须逐项写明（基本信息“沿用上级时限”），只写本制度明确适用的：${parent.clocks.join('、') || '（上级没有时限）'}。`]
        : []),
    ],
    ...(parent ? { extends: { ruleset: parent.ruleset } } : {}),
    organisation: {
      name,
      kind: input.kind ?? guessKind(name),
      office: '信访工作机构',
      phones: [{ label: '信访接待电话', number: 'xxxx', placeholder: true }],
      placeholders: ['office', 'phones'],
    },
    articles: [
      { id: 'a1', number: '第一条', text: `为规范本单位信访工作，保障信访人合法权益，${basedOn}，结合本单位实际，制定本制度。` },
      { id: 'a2', number: '第二条', text: `本制度自${chineseDate(effective)}起施行。` },
    ],
  };
}
