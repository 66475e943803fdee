/** Character diff and article matching on small hand-made cases. */
import { describe, expect, it } from 'vitest';
import { diffChars, newSide, oldSide } from '../../src/versions/char-diff.ts';
import { matchTexts, similarity } from '../../src/versions/match-articles.ts';
import { selectVersion, versionKey } from '../../src/versions/select-version.ts';

describe('diffChars', () => {
  it.each([
    // old, new, expected segments (worked out by hand)
    ['本行政机关负责人批准', '本机关、单位负责人批准', [{ op: 'eq', text: '本' }, { op: 'del', text: '行政' }, { op: 'eq', text: '机关' }, { op: 'ins', text: '、单位' }, { op: 'eq', text: '负责人批准' }]],
    ['60日内办结', '60日内办结', [{ op: 'eq', text: '60日内办结' }]],
    ['', '新增条文', [{ op: 'ins', text: '新增条文' }]],
    // A one-character island between two changes is folded into the change, not left as noise.
    ['甲乙丙', '丁乙戊', [{ op: 'del', text: '甲乙丙' }, { op: 'ins', text: '丁乙戊' }]],
  ])('%s → %s', (a, b, expected) => {
    const segs = diffChars(a, b);
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
