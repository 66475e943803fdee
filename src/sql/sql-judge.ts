/**
 * The judge of `xinfang check --engine duckdb` (and of any engine that runs the compiled SQL): a
 * case's findings and petitioner windows are the rows the SQL views computed for it
 * (docs/sql.md "Output"), handed to the checker as the TypeScript judge hands its own, so that the
 * summary, the KPIs (src/kpi) and every report are built by the same code.
 *
 * What the views do not carry — a violation's message, article and details, the years that made a
 * finding provisional, the cells an `if_empty: skip` clock skipped, an hour clock started from a
 * date without a time, an extension without its approval — the TypeScript judge supplies for the
 * few cases that can have any of them; their findings stay the SQL's, and their violations must be
 * the ones the SQL found (anything else is a bug in the compiler, and is thrown).
 */
import type { CaseJudge } from '../check/checker.ts';
import { judgeCase, type JudgeContext } from '../check/judge-case.ts';
import type { PlannedClock, VersionPlan } from '../check/plan.ts';
import type { Finding, FindingStatus, PetitionerEntry, Violation, WindowStatus } from '../check/result.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import type { CaseFacts } from '../rules/condition.ts';
import type { CompiledClock } from '../rules/compiled.ts';
import type { EmptyableField } from '../rules/model.ts';

/** A row of a view, column name → value (text, number, boolean, text list or null). */
export type SqlRow = Readonly<Record<string, unknown>>;

/** The rows of the three views for one case. */
export interface CaseRows {
  findings: SqlRow[];
  petitioner: SqlRow[];
  violations: SqlRow[];
}

const NONE: readonly string[] = Object.freeze([]);
const list = (v: unknown): readonly string[] => (Array.isArray(v) && v.length ? (v as string[]) : NONE);
const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** A finding row as the TypeScript judge builds it (docs/check-results.md: key order, optional keys only when present). */
export function findingOf(r: SqlRow): Finding {
  return {
    case: String(r.case),
    clock: String(r.clock),
    version: String(r.version),
    start: String(r.start),
    due: String(r.due),
    stop: textOrNull(r.stop),
    status: r.status as FindingStatus,
    due_soon: r.due_soon === true,
    days_late: Number(r.days_late),
    provisional: r.provisional === true,
    department: textOrNull(r.department),
    assumed: list(r.assumed),
    ...(r.paused_days !== null && r.paused_days !== undefined ? { paused_days: Number(r.paused_days) } : {}),
    ...(r.explained !== null && r.explained !== undefined ? { explained: String(r.explained) } : {}),
    scored: r.scored === true,
  };
}

/** A petitioner row as the TypeScript judge builds it. */
export function petitionerOf(r: SqlRow): PetitionerEntry {
  return {
    kind: 'window',
    case: String(r.case),
    window: String(r.window),
    version: String(r.version),
    from: String(r.from),
    due: String(r.due),
    request: textOrNull(r.request),
    status: r.status as WindowStatus,
    provisional: r.provisional === true,
    assumed: [...list(r.assumed)],
  };
}

/** What a plan adds for this judge: its clocks and windows by id, and the fields an `if_empty: skip` names. */
interface PlanIndex {
  clocks: Map<string, PlannedClock>;
  windows: Map<string, PlannedClock>;
  skipFields: EmptyableField[];
}

function indexPlan(plan: VersionPlan): PlanIndex {
  const skip = new Set<EmptyableField>();
  for (const pc of [...plan.clocks, ...plan.windows]) {
    for (const [field, treatment] of Object.entries(pc.clock.if_empty ?? {})) if (treatment === 'skip') skip.add(field as EmptyableField);
  }
  return {
    clocks: new Map(plan.clocks.map((pc) => [pc.clock.id, pc])),
    windows: new Map(plan.windows.map((pc) => [pc.clock.id, pc])),
    skipFields: [...skip],
  };
}

const empty = (v: unknown) => v === undefined || v === null || v === '';
const violationKey = (code: unknown, clock: unknown) => `${String(code)}/${clock === null || clock === undefined ? '' : String(clock)}`;

/** The judge over SQL rows; the caller sets {@link SqlJudge.rows} to the case's rows before each `Checker.add`. */
export class SqlJudge {
  rows: CaseRows = { findings: [], petitioner: [], violations: [] };
  private readonly plans = new Map<VersionPlan, PlanIndex>();

  private index(plan: VersionPlan): PlanIndex {
    let ix = this.plans.get(plan);
    if (!ix) this.plans.set(plan, (ix = indexPlan(plan)));
    return ix;
  }

  /** Whether the case can have anything the views do not carry (module comment). */
  private needsDetails(ix: PlanIndex, c: LedgerCase, facts: CaseFacts): boolean {
    const { findings, violations } = this.rows;
    if (violations.length || c.extension_days !== undefined) return true;
    for (const f of ix.skipFields) if (empty(facts[f])) return true;
    for (const r of findings) {
      if (r.provisional === true) return true;
      if (ix.clocks.get(String(r.clock))?.timed && list(r.assumed).length) return true;
    }
    return false;
  }

  readonly judge: CaseJudge = (ctx, plan, c, facts, duplicateOf) => {
    const ix = this.index(plan);
    const order = (m: Map<string, PlannedClock>, id: unknown) => m.get(String(id))?.slot ?? -1;
    const findings = this.rows.findings.slice().sort((a, b) => order(ix.clocks, a.clock) - order(ix.clocks, b.clock));
    const petitioner = this.rows.petitioner.slice().sort((a, b) => order(ix.windows, a.window) - order(ix.windows, b.window));
    let years: Map<string, readonly number[]> | undefined;
    let violations: Violation[] | undefined;
    if (this.needsDetails(ix, c, facts)) {
      years = new Map();
      violations = [];
      const got = { years, violations };
      const detail: JudgeContext = {
        ...ctx,
        sink: {
          ...ctx.sink,
          finding: (f, _c, _until, y) => got.years.set(f.clock, y),
          petitioner: () => undefined,
          violation: (v) => got.violations.push(v),
        },
      };
      judgeCase(detail, plan, c, facts, duplicateOf);
      const want = this.rows.violations.map((r) => violationKey(r.code, r.clock)).sort();
      const have = violations.map((v) => violationKey(v.code, v.clock)).sort();
      if (want.join('\n') !== have.join('\n')) {
        throw new Error(`SQL and TypeScript violations differ for row ${c.row}: SQL ${want.join(', ')}; TypeScript ${have.join(', ')}`);
      }
    }
    for (const r of petitioner) ctx.sink.petitioner(petitionerOf(r), c);
    for (const r of findings) {
      const f = findingOf(r);
      ctx.sink.finding(f, c, (ix.clocks.get(f.clock)!.clock as CompiledClock).until.events, years?.get(f.clock) ?? NONE_YEARS);
    }
    for (const v of violations ?? []) ctx.sink.violation(v, c);
  };
}

const NONE_YEARS: readonly number[] = Object.freeze([]);
