/**
 * Match the articles of two versions of a 制度 by what they say, not by their number: a revision
 * inserts and deletes articles, so 第二十二条 of the new text is often 第十八条 of the old one.
 * Similarity is the Dice coefficient of character bigrams (robust for Chinese, where words are not
 * delimited); pairs are taken best-first, so each article is matched to its closest counterpart.
 */

/** Below this similarity two articles are not the same article reworded but different articles. */
export const MATCH_THRESHOLD = 0.35;

/** Multiset of character bigrams, ignoring whitespace and punctuation that carries no meaning here. */
function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/[\s，。；、：（）《》“”]/g, '')];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  if (chars.length === 1) out.set(chars[0]!, 1);
  return out;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  let common = 0;
  for (const n of a.values()) total += n;
  for (const n of b.values()) total += n;
  for (const [g, n] of a) common += Math.min(n, b.get(g) ?? 0);
  return total === 0 ? 1 : (2 * common) / total;
}

/** Similarity of two texts, 0 (nothing shared) to 1 (same bigrams). */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : dice(bigrams(a), bigrams(b));
}

/** A matched pair: index into the old list, index into the new list, and how alike they are. */
export interface ArticlePair {
  old: number;
  new: number;
  similarity: number;
}

/**
 * Pair old and new texts one-to-one, best similarity first. Ties (e.g. identical boilerplate
 * articles) go to the pair whose positions are closest, so unchanged order wins.
 */
export function matchTexts(oldTexts: readonly string[], newTexts: readonly string[], threshold = MATCH_THRESHOLD): ArticlePair[] {
  const oldGrams = oldTexts.map(bigrams);
  const newGrams = newTexts.map(bigrams);
  const candidates: ArticlePair[] = [];
  oldGrams.forEach((a, i) =>
    newGrams.forEach((b, j) => {
      const s = oldTexts[i] === newTexts[j] ? 1 : dice(a, b);
      if (s >= threshold) candidates.push({ old: i, new: j, similarity: s });
    }),
  );
  candidates.sort((x, y) => y.similarity - x.similarity || Math.abs(x.old - x.new) - Math.abs(y.old - y.new) || x.new - y.new);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: ArticlePair[] = [];
  for (const c of candidates) {
    if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
    usedOld.add(c.old);
    usedNew.add(c.new);
    pairs.push(c);
  }
  return pairs.sort((x, y) => x.new - y.new);
}
