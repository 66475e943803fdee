/** "Did you mean …?" — the known name closest to a misspelt one, if it is close enough. */

/**
 * Edit distance counting a swap of two neighbouring characters as one edit (optimal string
 * alignment, a restricted Damerau–Levenshtein): `wran` is one edit from `warn`, two from `when`.
 */
function distance(a: string, b: string): number {
  // Three rows: two back (for a swap), one back, and this one.
  let before = Array.from({ length: b.length + 1 }, () => 0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Edit-distance cells (characters of the name × characters of a candidate) the suggestions of one
 * check of one file may spend together: a real rule file spends thousands; 9,000 unknown references
 * among 9,000 article ids would spend billions, minutes. Past it a name gets no suggestion — such a
 * file lists only the first few of its unknown references anyway (src/diagnostics/capped.ts).
 */
export const SUGGEST_BUDGET = 20_000_000;

/** What is left of a SUGGEST_BUDGET, spent by every `closest` call it is given to. */
export interface SuggestBudget {
  left: number;
}

/** A fresh budget for one check of one file. */
export const suggestBudget = (): SuggestBudget => ({ left: SUGGEST_BUDGET });

/**
 * The candidate within edit distance ⌈len/3⌉ of `name`, nearest first; undefined if none is close,
 * or if `budget` runs out on the way.
 */
export function closest(name: string, candidates: Iterable<string>, budget?: SuggestBudget): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.ceil(name.length / 3)) + 1;
  for (const c of candidates) {
    if (budget && (budget.left -= name.length * c.length) < 0) return undefined;
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** The first `n` of `items`, joined with `, ` (the ids a message lists). */
export function firstFew(items: Iterable<string>, n: number): string {
  const out: string[] = [];
  for (const item of items) {
    if (out.length === n) break;
    out.push(item);
  }
  return out.join(', ');
}
