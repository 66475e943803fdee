/**
 * Collects diagnostics from a possibly huge ledger without unbounded memory: each code is listed
 * up to a cap, the rest are counted and summed up in one LEDGER_DIAGNOSTICS_OMITTED entry each.
 */
import { diagnostic, entryOf, type Code, type CodeArgs } from '../diagnostics/catalogue.ts';
import type { Diagnostic, Location, Severity } from '../diagnostics/diagnostic.ts';

/** Diagnostics listed per code before the rest are only counted. */
export const DEFAULT_CAP_PER_CODE = 1000;

/** A capped diagnostic collector. State is real here: it accumulates over a stream of rows. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  private readonly counts = new Map<string, number>();
  private readonly severities = { error: 0, warning: 0, info: 0 };

  constructor(
    private readonly file: string,
    private readonly cap = DEFAULT_CAP_PER_CODE,
  ) {}

  /** Add a diagnostic built from the catalogue; the file is filled in. */
  add<C extends Code>(code: C, args: CodeArgs<C>, location: Location, severity?: Severity): void {
    const n = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, n);
    if (n > this.cap) {
      this.severities[severity ?? entryOf(code).severity]++;
      return;
    }
    const d = diagnostic(code, args, { file: this.file, ...location }, severity);
    this.severities[d.severity]++;
    this.list.push(d);
  }

  /** Add an already-built diagnostic (counted against its code's cap). */
  push(d: Diagnostic): void {
    const n = (this.counts.get(d.code) ?? 0) + 1;
    this.counts.set(d.code, n);
    this.severities[d.severity]++;
    if (n <= this.cap) this.list.push(d);
  }

  /** How many diagnostics of each severity were seen, including those over the cap. */
  totals(): { error: number; warning: number; info: number } {
    return { ...this.severities };
  }

  /** The listed diagnostics plus one summary entry per code that went over the cap. */
  finish(): Diagnostic[] {
    const out = [...this.list];
    for (const [code, n] of this.counts) {
      if (n > this.cap) out.push(diagnostic('LEDGER_DIAGNOSTICS_OMITTED', { code, count: n - this.cap }, { file: this.file }));
    }
    return out;
  }
}
