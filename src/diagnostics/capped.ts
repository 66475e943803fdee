/**
 * The one cap on how many diagnostics of a code are listed, for every stage: past it a code's
 * diagnostics are only counted, and summed up in one DIAGNOSTICS_MORE line ("……另有 12000 条同类
 * 问题"), so a hostile input (300,000 schema errors, a 1,500-row routing table, a ledger with a bad
 * date in every row) prints a screenful, not megabytes. The summary stands where the first unlisted
 * one would have, with the worst severity of those it sums up, so that counts and exit codes stay
 * those of every problem found (print-diagnostics.ts `countLine`).
 */
import { diagnostic, type CatalogueDiagnostic } from './catalogue.ts';
import type { Diagnostic, Location, Severity } from './diagnostic.ts';

/** Diagnostics listed per code of one rule file. */
export const LISTED_PER_CODE = 20;

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The place of a summary: the file, line and row of the first unlisted one (not its cell's column letter or header, as a code's problems span columns). */
function placeOf(at: Location): Location {
  const keys = ['file', 'line', 'column', 'sheet', 'row'] as const;
  return Object.fromEntries(keys.flatMap((k) => (at[k] === undefined ? [] : [[k, at[k]]]))) as Location;
}

/** A capped list of diagnostics. State is real here: it accumulates over a stream of findings. */
export class CappedDiagnostics<D extends Diagnostic = CatalogueDiagnostic> {
  /** The diagnostics listed so far. */
  readonly listed: D[] = [];
  private readonly counts = new Map<string, number>();
  private readonly over = new Map<string, { count: number; severity: Severity; at: Location }>();

  constructor(readonly cap = LISTED_PER_CODE) {}

  /**
   * Count one diagnostic of `code` found at `at`; true while its code is under the cap, when the
   * caller is to build and list it (so that a diagnostic over the cap is never built).
   */
  take(code: string, severity: Severity, at: Location): boolean {
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    if (n <= this.cap) return true;
    const seen = this.over.get(code);
    if (!seen) this.over.set(code, { count: 1, severity, at: placeOf(at) });
    else {
      seen.count++;
      if (RANK[severity] > RANK[seen.severity]) seen.severity = severity;
    }
    return false;
  }

  /** Add a built diagnostic: listed while its code is under the cap, else only counted. */
  add(d: D): void {
    if (this.take(d.code, d.severity, d)) this.listed.push(d);
  }

  /** The listed diagnostics, then one DIAGNOSTICS_MORE per code that went over the cap. */
  finish(): (D | CatalogueDiagnostic)[] {
    const out: (D | CatalogueDiagnostic)[] = [...this.listed];
    for (const [code, { count, severity, at }] of this.over) out.push(diagnostic('DIAGNOSTICS_MORE', { code, count }, at, severity));
    return out;
  }
}
