/**
 * Token-level diff for Chinese text, the way a 法规科 marks a revision by hand: a changed time limit
 * reads `~~15日~~ **10个工作日**`, never `1~~5~~**0个工作**日`. Chinese has no spaces, so the
 * tokens are: a number with its unit (15日, 10个工作日, 2026年, 三十日, 3个月 — Arabic, full-width or
 * Chinese numerals), a run of Latin letters, and otherwise one character. An LCS over the tokens
 * finds what was kept, and a clean-up pass folds one-character "kept" islands between changes into
 * the change, so a reworded clause reads as one replacement instead of a scatter of characters.
 */

/** One run of a diff: text kept, deleted from the old version, or inserted in the new one. */
export interface DiffSegment {
  op: 'eq' | 'del' | 'ins';
  text: string;
}

/** Above this many DP cells the texts are too long to align token by token; whole replacement instead. */
const MAX_CELLS = 4_000_000;
/** Kept runs this short between two changes are folded into the change: a lone character is noise, two are usually a word (机关). */
const MIN_KEPT = 1;

/**
 * Units a number is written with in a 制度 (longest first, so 个工作日 wins over 日): time limits,
 * dates, counts of people and matters, and the article / clause numbers of citations.
 */
const UNITS = '个工作日|个自然日|个小时|个月|工作日|自然日|小时|分钟|周岁|日|天|周|年|月|号|时|人|件|次|条|款|项|名|倍|%|％';
const TOKEN = new RegExp(`(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万]+)(?:${UNITS})?|[A-Za-z]+|[\\s\\S]`, 'gu');

/** The tokens of `text`, in order; joined they give `text` back. */
export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Raw LCS alignment of two token arrays (dynamic programming from the end). */
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
  const push = (op: DiffSegment['op'], token: string): void => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += token;
    else out.push({ op, text: token });
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

/** Diff two texts token by token (see `tokens`). */
export function diffTokens(oldText: string, newText: string): DiffSegment[] {
  if (oldText === newText) return oldText ? [{ op: 'eq', text: oldText }] : [];
  const a = tokens(oldText);
  const b = tokens(newText);
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
