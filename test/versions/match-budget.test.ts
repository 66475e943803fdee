/**
 * Article matching within its work budget (src/versions/match-articles.ts): two versions of 9,000
 * similar articles are matched without comparing all 81 million pairs; below the budget every pair
 * is compared; beyond it an article is compared with the new articles near its position, and found
 * anywhere when its text is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { matchTexts, MAX_COMPARED_PAIRS } from '../../src/versions/match-articles.ts';

const BODY = '信访事项应当依法及时受理，承办部门认真核实';
const article = (i: number) => `${BODY}第${i}项。`;

describe('article matching on large versions', () => {
  it('9,000 near-identical articles, one new article inserted first: every old article i pairs with new i + 1, at similarity 1', () => {
    const old = Array.from({ length: 9000 }, (_, i) => article(i));
    const neu = ['本制度适用于各级机关。', ...old];
    const pairs = matchTexts(old, neu);
    expect(pairs).toHaveLength(9000);
    expect(pairs.every((p) => p.new === p.old + 1 && p.similarity === 1)).toBe(true);
  }, 60_000);

  it('past the budget, an unchanged article moved far away is still found by its text; a reworded one that far is not (added and deleted)', () => {
    // 40 × 40 articles and a budget of 80 pairs: each old article is compared with 3 new ones around
    // its own position (window 1). Old 0 (unchanged) moves to the end; old 1 (reworded) too.
    const old = Array.from({ length: 40 }, (_, i) => `第${i}条：${'规定内容'.repeat(3)}${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${i}`);
    const neu = [...old.slice(2), old[0]!, `${old[1]!}（修订）`];
    const pairs = matchTexts(old, neu, 0.35, 80);
    expect(pairs.find((p) => p.old === 0)).toEqual({ old: 0, new: 38, similarity: 1 });
    expect(pairs.find((p) => p.old === 1)).toBeUndefined();
    // With every pair compared, the reworded article is found as well.
    expect(matchTexts(old, neu).find((p) => p.old === 1)?.new).toBe(39);
  });

  it('the budget covers every pair of two versions of 700 articles, far more than any 制度 has', () => {
    expect(MAX_COMPARED_PAIRS).toBeGreaterThanOrEqual(700 * 700);
  });
});
