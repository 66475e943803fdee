/**
 * Collects diagnostics from a possibly huge ledger without unbounded memory: each code is listed
 * up to a cap, the rest are counted and summed up in one DIAGNOSTICS_MORE entry each (the one cap
 * of every stage, src/diagnostics/capped.ts).
 */
import { diagnostic, entryOf, type Code, type CodeArgs } from '../diagnostics/catalogue.ts';
import { CappedDiagnostics } from '../diagnostics/capped.ts';
import type { Diagnostic, Location, Severity } from '../diagnostics/diagnostic.ts';

/** Diagnostics listed per code of one ledger (a report lists a ledger's row problems one by one). */
export const DEFAULT_CAP_PER_CODE = 1000;

/** A capped diagnostic collector for one ledger file. State is real here: it accumulates over a stream of rows. */
export class DiagnosticSink {
  private readonly capped: CappedDiagnostics<Diagnostic>;
  private readonly severities = { error: 0, warning: 0, info: 0 };

  constructor(
    private readonly file: string,
    cap = DEFAULT_CAP_PER_CODE,
  ) {
    this.capped = new CappedDiagnostics(cap);
  }

  /** Add a diagnostic built from the catalogue; the file is filled in. */
  add<C extends Code>(code: C, args: CodeArgs<C>, location: Location, severity?: Severity): void {
    const at = { file: this.file, ...location };
    const s = severity ?? entryOf(code).severity;
    this.severities[s]++;
    if (this.capped.take(code, s, at)) this.capped.listed.push(diagnostic(code, args, at, severity));
  }

  /** Add an already-built diagnostic (counted against its code's cap). */
  push(d: Diagnostic): void {
    this.severities[d.severity]++;
    this.capped.add(d);
  }

  /** How many diagnostics of each severity were seen, including those over the cap. */
  totals(): { error: number; warning: number; info: number } {
    return { ...this.severities };
  }

  /** The listed diagnostics plus one summary entry per code that went over the cap. */
  finish(): Diagnostic[] {
    return this.capped.finish();
  }
}
