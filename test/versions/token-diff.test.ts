/** Token diff and article matching on small hand-made cases. */
import { describe, expect, it } from 'vitest';
import { diffTokens, newSide, oldSide, tokens } from '../../src/versions/token-diff.ts';
import { matchTexts, similarity } from '../../src/versions/match-articles.ts';
import { selectVersion, versionKey } from '../../src/versions/select-version.ts';

const eq = (text: string) => ({ op: 'eq', text });
const del = (text: string) => ({ op: 'del', text });
const ins = (text: string) => ({ op: 'ins', text });

describe('tokens: a number keeps its unit, a Latin word stays whole, anything else is one character', () => {
  it.each([
    ['10个工作日内', ['10个工作日', '内']],
    ['2026年1月1日起', ['2026年', '1月', '1日', '起']],
    ['第三十一条第六项', ['第', '三十一条', '第', '六项']],
    ['３０天', ['３０天']],
    ['3个月或90日', ['3个月', '或', '90日']],
    ['FREQ=WEEKLY', ['FREQ', '=', 'WEEKLY']],
    ['受理告知', ['受', '理', '告', '知']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
    expect(tokens(text).join('')).toBe(text);
  });
});

describe('diffTokens', () => {
  it.each([
    // old, new, expected segments (worked out by hand)
    ['应当自受理之日起15日内办结', '应当自受理之日起10个工作日内办结', [eq('应当自受理之日起'), del('15日'), ins('10个工作日'), eq('内办结')]],
    ['本制度自2026年1月1日起施行', '本制度自2027年1月1日起施行', [eq('本制度自'), del('2026年'), ins('2027年'), eq('1月1日起施行')]],
    ['延长期限不得超过30日', '延长期限不得超过20日', [eq('延长期限不得超过'), del('30日'), ins('20日')]],
    ['三十日内书面答复', '六十日内书面答复', [del('三十日'), ins('六十日'), eq('内书面答复')]],
    ['依照本条例第三十一条第六项', '依照本条例第三十二条第六项', [eq('依照本条例第'), del('三十一条'), ins('三十二条'), eq('第六项')]],
    ['３个月内', '90日内', [del('３个月'), ins('90日'), eq('内')]],
    ['FREQ=WEEKLY', 'FREQ=MONTHLY', [eq('FREQ='), del('WEEKLY'), ins('MONTHLY')]],
    ['本行政机关负责人批准', '本机关、单位负责人批准', [eq('本'), del('行政'), eq('机关'), ins('、单位'), eq('负责人批准')]],
    ['60日内办结', '60日内办结', [eq('60日内办结')]],
    ['', '新增条文', [ins('新增条文')]],
    // A one-character island between two changes is folded into the change, not left as noise.
    ['甲乙丙', '丁乙戊', [del('甲乙丙'), ins('丁乙戊')]],
  ])('%s → %s', (a, b, expected) => {
    const segs = diffTokens(a, b);
    expect(segs).toEqual(expected);
    expect(oldSide(segs)).toBe(a);
    expect(newSide(segs)).toBe(b);
  });
});

describe('matchTexts', () => {
  it('matches by wording, so a renumbered article finds its old self', () => {
    const old = ['信访事项应当自受理之日起60日内办结。', '本条例自2005年5月1日起施行。'];
    const neu = ['本条例适用于各级党的机关。', '信访事项应当自受理之日起60日内办结。', '本条例自2022年5月1日起施行。'];
    expect(matchTexts(old, neu).map((p) => [p.old, p.new])).toEqual([[0, 1], [1, 2]]);
  });
  it('similarity is 1 for equal texts and 0 for texts sharing no bigram', () => {
    expect(similarity('受理告知', '受理告知')).toBe(1);
    expect(similarity('受理告知', '复查复核')).toBe(0);
  });
});

describe('version addressing', () => {
  const versions = [{ effective_from: '2005-05-01' }, { effective_from: '2022-05-01' }];
  it.each([
    ['2022-05-01', '2022-05-01'],
    ['2022-05-01.yaml', '2022-05-01'],
    ['2022/5/1', '2022-05-01'],
    ['2010-01-01', '2005-05-01'], // in force that day
  ])('%s → %s', (text, expected) => expect(selectVersion(versions, text)?.effective_from).toBe(expected));
  it('nothing before the first version', () => expect(selectVersion(versions, '2000-01-01')).toBeUndefined());
  it('rejects text that is not a date', () => expect(versionKey('latest')).toBeUndefined());
});
