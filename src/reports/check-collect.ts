/**
 * What the HTML and XLSX reports list, gathered while the check streams: overdue and due-soon
 * items with the case context a clerk needs (row, 类别, 承办人, 信访人 — masked later), the
 * violations, and per-row notes for the annotated ledger. Lists are capped so a huge ledger cannot
 * exhaust memory; the reports say when a list was cut short.
 */
import type { CheckSink } from '../check/checker.ts';
import type { Finding, PetitionerEntry, Violation } from '../check/result.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';

/** Items kept per list. */
export const LIST_CAP = 20000;
/** Rows of notes kept for the annotated ledger. */
export const NOTE_ROWS_CAP = 200000;

/** A finding with the case context reports show. */
export interface ListedFinding extends Finding {
  row: number;
  clockName: string;
  category?: string;
  handler?: string;
  petitioner?: string;
  phone?: string;
}

/** A capped list and how many items it would have held. */
export interface Capped<T> {
  items: T[];
  total: number;
}

/** Count an item and keep it while the list has room; `item` is built only then (a million findings past the cap build nothing). */
const push = <T>(list: Capped<T>, item: () => T) => {
  list.total++;
  if (list.items.length < LIST_CAP) list.items.push(item());
};

/** Collects report lists; plug `sink` into the checker. */
export class ReportCollector {
  readonly overdue: Capped<ListedFinding> = { items: [], total: 0 };
  readonly late: Capped<ListedFinding> = { items: [], total: 0 };
  readonly dueSoon: Capped<ListedFinding> = { items: [], total: 0 };
  readonly violations: Capped<Violation> = { items: [], total: 0 };
  /** Petitioner windows whose request came out of time (information, docs/check-results.md). */
  readonly outOfTime: Capped<PetitionerEntry> = { items: [], total: 0 };
  /** Row → notes (overdue, late and due-soon clocks, violations) for the annotated ledger. */
  readonly rowNotes = new Map<number, string[]>();
  /** Rows with an overdue clock, else one due soon: the annotated ledger's red and amber rows. */
  readonly rowMarks = new Map<number, 'overdue' | 'due-soon'>();
  private readonly clockNames = new Map<string, string>();

  constructor(ruleSet: CompiledRuleSet) {
    for (const v of ruleSet.versions) for (const c of [...v.clocks, ...v.windows]) this.clockNames.set(`${v.version}/${c.id}`, c.name);
  }

  /** A clock's or petitioner window's name in the rule-set version (its id when the version does not have it). */
  clockName(version: string, clock: string): string {
    return this.clockNames.get(`${version}/${clock}`) ?? clock;
  }

  private note(row: number, text: string): void {
    let list = this.rowNotes.get(row);
    if (!list) {
      if (this.rowNotes.size >= NOTE_ROWS_CAP) return;
      this.rowNotes.set(row, (list = []));
    }
    list.push(text);
  }

  private mark(row: number, mark: 'overdue' | 'due-soon'): void {
    if (this.rowMarks.has(row) || this.rowMarks.size < NOTE_ROWS_CAP) this.rowMarks.set(row, mark);
  }

  private listed(f: Finding, c: LedgerCase): ListedFinding {
    return {
      ...f,
      row: c.row,
      clockName: this.clockName(f.version, f.clock),
      ...(c.category ? { category: c.category } : {}),
      ...(c.handler ? { handler: c.handler } : {}),
      ...(c.petitioner ? { petitioner: c.petitioner } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
    };
  }

  /** The CheckSink to give the checker (chain it with others via {@link teeSinks}). */
  readonly sink: CheckSink = {
    finding: (f, c) => {
      // Unscored findings are listed like the rest, and say so (docs/check-results.md).
      const unscored = f.scored ? '' : '，不计分';
      const name = this.clockName(f.version, f.clock);
      if (f.status === 'overdue') {
        push(this.overdue, () => this.listed(f, c));
        this.note(c.row, `${name}：逾期 ${f.days_late} 天（期限 ${f.due}${unscored}）`);
        this.mark(c.row, 'overdue');
      } else if (f.status === 'late') {
        push(this.late, () => this.listed(f, c));
        this.note(c.row, `${name}：超期 ${f.days_late} 天办结（期限 ${f.due}${unscored}）`);
      } else if (f.due_soon) {
        push(this.dueSoon, () => this.listed(f, c));
        this.note(c.row, `${name}：临期（期限 ${f.due}）`);
        if (this.rowMarks.get(c.row) !== 'overdue') this.mark(c.row, 'due-soon');
      }
    },
    petitioner: (p, c) => {
      if (p.status !== 'out-of-time') return;
      push(this.outOfTime, () => p);
      this.note(c.row, `信访人申请逾期（期满 ${p.due}，申请 ${p.request}；信息，不计入考核）`);
    },
    violation: (v) => {
      push(this.violations, () => v);
      this.note(v.row, v.message);
    },
  };
}

/** A sink that forwards to several sinks. */
export function teeSinks(...sinks: CheckSink[]): CheckSink {
  return {
    finding: (f, c) => sinks.forEach((s) => s.finding(f, c)),
    petitioner: (p, c) => sinks.forEach((s) => s.petitioner(p, c)),
    violation: (v, c) => sinks.forEach((s) => s.violation(v, c)),
  };
}
