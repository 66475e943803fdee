/**
 * Match the articles of two versions of a 制度 by what they say, not by their number: a revision
 * inserts and deletes articles, so 第二十二条 of the new text is often 第十八条 of the old one.
 * Similarity is the Dice coefficient of character bigrams (robust for Chinese, where words are not
 * delimited); pairs are taken best-first, so each article is matched to its closest counterpart.
 */

/** Below this similarity two articles are not the same article reworded but different articles. */
export const MATCH_THRESHOLD = 0.35;

/** Multiset of character bigrams (a pair of code points as one number) and its size. */
interface Grams {
  counts: Map<number, number>;
  total: number;
}

/** The bigrams of `text`, ignoring whitespace and punctuation that carries no meaning here. */
function bigrams(text: string): Grams {
  const chars = [...text.replace(/[\s，。；、：（）《》“”]/g, '')].map((c) => c.codePointAt(0)!);
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! * 0x110000 + chars[i + 1]!;
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  if (chars.length === 1) counts.set(chars[0]!, 1);
  return { counts, total: Math.max(0, chars.length - 1) || chars.length };
}

function dice(a: Grams, b: Grams): number {
  const total = a.total + b.total;
  let common = 0;
  for (const [g, n] of a.counts) common += Math.min(n, b.counts.get(g) ?? 0);
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
 * Pairs of articles whose similarity is computed, at most: every pair of two texts of 700
 * articles (real 制度 have fewer), but not the 81 million of two hostile versions of 9,000
 * articles each, which took minutes and gigabytes. Past it each old article is compared with the new
 * articles within a window of positions around its own (revisions keep the order), plus the
 * nearest few new articles with exactly its text wherever they are.
 */
export const MAX_COMPARED_PAIRS = 500_000;
/** Identical texts outside the window considered per article. */
const EXACT_FAR = 8;

/**
 * Pair old and new texts one-to-one, best similarity first. Ties (e.g. identical boilerplate
 * articles) go to the pair whose positions are closest, so unchanged order wins. Within
 * {@link MAX_COMPARED_PAIRS} every pair is compared; beyond, see there.
 */
export function matchTexts(oldTexts: readonly string[], newTexts: readonly string[], threshold = MATCH_THRESHOLD, maxPairs = MAX_COMPARED_PAIRS): ArticlePair[] {
  const oldGrams = oldTexts.map(bigrams);
  const newGrams = newTexts.map(bigrams);
  const window = Math.floor(maxPairs / Math.max(1, oldTexts.length) / 2);
  const byText = new Map<string, number[]>();
  newTexts.forEach((t, j) => (byText.get(t) ?? byText.set(t, []).get(t)!).push(j));
  const candidates: ArticlePair[] = [];
  for (let i = 0; i < oldTexts.length; i++) {
    // The window is centred where article i would be if both texts were stretched to one length.
    const centre = Math.round((i * newTexts.length) / Math.max(1, oldTexts.length));
    const from = Math.max(0, centre - window);
    const to = Math.min(newTexts.length, centre + window + 1);
    for (let j = from; j < to; j++) {
      const s = oldTexts[i] === newTexts[j] ? 1 : dice(oldGrams[i]!, newGrams[j]!);
      if (s >= threshold) candidates.push({ old: i, new: j, similarity: s });
    }
    let far = 0;
    for (const j of nearest(byText.get(oldTexts[i]!) ?? [], i)) {
      if (j >= from && j < to) continue;
      if (far++ === EXACT_FAR) break;
      candidates.push({ old: i, new: j, similarity: 1 });
    }
  }
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

/** Positions from a sorted list, nearest to `at` first (alternating outwards from where `at` would be). */
function* nearest(sorted: readonly number[], at: number): Generator<number> {
  let hi = 0; // first position >= at, by binary search
  for (let end = sorted.length; hi < end; ) {
    const mid = (hi + end) >> 1;
    if (sorted[mid]! < at) hi = mid + 1;
    else end = mid;
  }
  let lo = hi - 1;
  while (lo >= 0 || hi < sorted.length) {
    if (hi >= sorted.length || (lo >= 0 && at - sorted[lo]! <= sorted[hi]! - at)) yield sorted[lo--]!;
    else yield sorted[hi++]!;
  }
}
