/**
 * Character-level diff for Chinese text. Chinese has no spaces, so words cannot be the unit:
 * an LCS over characters finds what was kept, and a clean-up pass folds one-character
 * "kept" islands between changes into the change, so a reworded clause reads as one replacement
 * instead of a scatter of single characters (the way a 修订对照表 marks a revision by hand).
 */

/** One run of a diff: text kept, deleted from the old version, or inserted in the new one. */
export interface DiffSegment {
  op: 'eq' | 'del' | 'ins';
  text: string;
}

/** Above this many DP cells the texts are too long to align character by character; whole replacement instead. */
const MAX_CELLS = 4_000_000;
/** Kept runs this short between two changes are folded into the change: a lone character is noise, two are usually a word (机关). */
const MIN_KEPT = 1;

/** Raw LCS alignment of two character arrays (dynamic programming from the end). */
function lcsSegments(a: string[], b: string[]): DiffSegment[] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const dp = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = a[i] === b[j] ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
    }
  }
  const out: DiffSegment[] = [];
  const push = (op: DiffSegment['op'], ch: string): void => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += ch;
    else out.push({ op, text: ch });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('eq', a[i]!);
      i++;
      j++;
    } else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) push('del', a[i++]!);
    else push('ins', b[j++]!);
  }
  while (i < n) push('del', a[i++]!);
  while (j < m) push('ins', b[j++]!);
  return out;
}

/** Fold short kept runs between changes into the change, then merge neighbours: del before ins. */
function cleanUp(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let del = '';
  let ins = '';
  const flush = (): void => {
    if (del) out.push({ op: 'del', text: del });
    if (ins) out.push({ op: 'ins', text: ins });
    del = ins = '';
  };
  segments.forEach((s, k) => {
    const between = k > 0 && k < segments.length - 1;
    if (s.op === 'eq' && !(between && [...s.text].length <= MIN_KEPT && (del || ins))) {
      flush();
      out.push(s);
    } else if (s.op === 'eq') {
      del += s.text;
      ins += s.text;
    } else if (s.op === 'del') del += s.text;
    else ins += s.text;
  });
  flush();
  return out;
}

/** Diff two texts character by character (code points, so no surrogate halves). */
export function diffChars(oldText: string, newText: string): DiffSegment[] {
  if (oldText === newText) return oldText ? [{ op: 'eq', text: oldText }] : [];
  const a = [...oldText];
  const b = [...newText];
  // Common prefix and suffix are cheap and shrink the DP table.
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const midA = a.slice(p, a.length - q);
  const midB = b.slice(p, b.length - q);
  const middle =
    midA.length * midB.length > MAX_CELLS || midA.length > 65_000 || midB.length > 65_000
      ? [...(midA.length ? [{ op: 'del' as const, text: midA.join('') }] : []), ...(midB.length ? [{ op: 'ins' as const, text: midB.join('') }] : [])]
      : lcsSegments(midA, midB);
  const all: DiffSegment[] = [
    ...(p ? [{ op: 'eq' as const, text: a.slice(0, p).join('') }] : []),
    ...middle,
    ...(q ? [{ op: 'eq' as const, text: a.slice(a.length - q).join('') }] : []),
  ];
  return cleanUp(all);
}

/** The old text rebuilt from a diff (kept + deleted runs). */
export function oldSide(segments: readonly DiffSegment[]): string {
  return segments.filter((s) => s.op !== 'ins').map((s) => s.text).join('');
}

/** The new text rebuilt from a diff (kept + inserted runs). */
export function newSide(segments: readonly DiffSegment[]): string {
  return segments.filter((s) => s.op !== 'del').map((s) => s.text).join('');
}
