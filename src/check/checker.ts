/**
 * The ledger checker (docs/check-results.md): takes cases one at a time as the reader streams them, picks the
 * rule-set version in force on each case's 登记日期, judges it, finds duplicate 编号, and keeps the
 * summary tallies. Findings and violations go straight to the caller's sink, so a 1,000,000-case
 * ledger is checked in bounded memory (besides the set of case numbers seen, and one small record
 * per identifiable petitioner and category for 重复信访率 and 一次性化解率, src/kpi/count.ts).
 */
import { formatDay, parseDay } from '../calendar/day.ts';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.ts';
import { KpiCounter } from '../kpi/count.ts';
import { kpiDefinitions, type KpiDefinition } from '../kpi/definitions.ts';
import type { LedgerLayout } from '../ledger/assemble.ts';
import { DiagnosticSink } from '../ledger/diagnostic-sink.ts';
import { COLUMN_BY_ALIAS } from '../ledger/columns.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import type { CompiledRuleSet } from '../rules/compiled.ts';
import type { CaseFacts } from '../rules/condition.ts';
import { NOT_GIVEN as EMPTY } from '../rules/vocabulary.ts';
import { DeadlineCache } from './deadline-cache.ts';
import { judgeCase, type JudgeContext } from './judge-case.ts';
import { planVersion, resolveCategory, resolveDepartment, type VersionPlan } from './plan.ts';
import type { Finding, PetitionerEntry, Violation, WindowStatus } from './result.ts';
import { newTally, tallyFinding, tallyJson, type Tally, type TallyJson } from './summary.ts';

/**
 * Judges one case into the context's sink: the TypeScript engine's {@link judgeCase}, or the
 * results the compiled SQL computed for the case (src/sql/sql-judge.ts).
 */
export type CaseJudge = (ctx: JudgeContext, plan: VersionPlan, c: LedgerCase, facts: CaseFacts, duplicateOf: number | undefined) => void;

/** Where findings and violations go (a JSON spool, a report collector, a test array). */
export interface CheckSink {
  finding(f: Finding, c: LedgerCase): void;
  /** A petitioner window (information about the petitioner, docs/check-results.md). */
  petitioner(p: PetitionerEntry, c: LedgerCase): void;
  violation(v: Violation, c: LedgerCase): void;
}

/** The JSON `summary` (docs/check-results.md). */
export interface CheckSummary {
  cases: number;
  /** `unscored`: listed but left out of the KPIs and the appraisal (Finding.scored false). */
  findings: TallyJson['findings'] & { total: number; provisional: number; unscored: number };
  /** Petitioner windows by status (information, never scored). */
  petitioner: Record<WindowStatus, number> & { total: number };
  /** Clocks and windows not applied because a tested cell was empty and `if_empty` says skip. */
  skipped_empty: { total: number; by_clock: Record<string, number> };
  violations: { total: number; by_code: Record<string, number> };
  kpis: TallyJson['kpis'];
  kpi_definitions: KpiDefinition[];
  by_department: TallyJson[];
  by_category: TallyJson[];
  by_month: TallyJson[];
}

/** What a finished check adds to the streamed findings and violations. */
export interface CheckOutcome {
  summary: CheckSummary;
  diagnostics: Diagnostic[];
  /** Versions that judged at least one case. */
  versionsUsed: string[];
}

/** Codes noted once per distinct unknown value, listed when the check finishes. */
type UnknownCode = 'CHECK_UNKNOWN_CATEGORY' | 'CHECK_EMPTY_CATEGORY' | 'CHECK_UNKNOWN_DEPARTMENT' | 'CHECK_EMPTY_DEPARTMENT';
/** Codes noted once per clock, listed when the check finishes. */
type PerClockCode = 'CHECK_SKIPPED_EMPTY' | 'CHECK_NO_TIME';
/** Distinct unknown 类别 / 承办部门 values remembered for their diagnostics. */
const MAX_DISTINCT = 1000;

/** Checks a stream of cases against one compiled rule set. */
export class Checker {
  private readonly plans: { from: number; plan: VersionPlan | undefined }[];
  private readonly ctx: JudgeContext;
  /** The KPIs of the whole ledger as of the as-of date (src/kpi/). */
  private readonly kpis: KpiCounter;
  private readonly ids = new Map<string, number>();
  private readonly total = newTally();
  private readonly groups = { department: new Map<string, Tally>(), category: new Map<string, Tally>(), month: new Map<string, Tally>() };
  /** code → value → first row and count, for one diagnostic per distinct unknown value. */
  private readonly unknown = new Map<UnknownCode, Map<string, { row: number; count: number; alias: string; known: string }>>();
  private distinct = 0;
  private readonly byCode: Record<string, number> = {};
  private readonly used = new Set<string>();
  private readonly provisionalYears = new Set<number>();
  private provisional = 0;
  private unscored = 0;
  private readonly petitioner: CheckSummary['petitioner'] = { total: 0, 'in-time': 0, 'out-of-time': 0, open: 0, closed: 0 };
  private readonly skipped: CheckSummary['skipped_empty'] = { total: 0, by_clock: {} };
  /** code → clock or field → first row and count, for one diagnostic per clock. */
  private readonly perClock = new Map<PerClockCode, Map<string, { row: number; count: number; alias: string }>>();
  private violations = 0;
  private layout: LedgerLayout | undefined;
  private readonly diag: DiagnosticSink;
  private readonly judge: CaseJudge;

  constructor(
    private readonly ruleSet: CompiledRuleSet,
    opts: { asOf: number; lang: Lang; file: string; sink: CheckSink; judge?: CaseJudge },
  ) {
    this.judge = opts.judge ?? judgeCase;
    // Calendars are built lazily, once per version actually used.
    this.plans = ruleSet.versions.map((v) => ({ from: parseDay(v.effective_from)!, plan: undefined }));
    this.diag = new DiagnosticSink(opts.file);
    this.kpis = new KpiCounter(opts.asOf);
    this.ctx = {
      asOf: opts.asOf,
      cache: new DeadlineCache(),
      lang: opts.lang,
      sink: {
        finding: (f, c, until, years) => {
          for (const t of this.caseTallies) tallyFinding(t, f.status, f.due_soon);
          // Unscored findings are listed but stay out of the KPIs (docs/check-results.md).
          if (f.scored) this.kpis.finding(this.caseTallies, until, f.status, f.due);
          else this.unscored++;
          if (f.provisional) {
            this.provisional++;
            for (const y of years) this.provisionalYears.add(y);
          }
          opts.sink.finding(f, c);
        },
        petitioner: (p, c) => {
          this.petitioner.total++;
          this.petitioner[p.status]++;
          opts.sink.petitioner(p, c);
        },
        skipped: (clock, field, c) => {
          this.skipped.total++;
          this.skipped.by_clock[clock.id] = (this.skipped.by_clock[clock.id] ?? 0) + 1;
          this.notePerClock('CHECK_SKIPPED_EMPTY', clock.name, c.row, field);
        },
        noTime: (clock, c, event) => this.notePerClock('CHECK_NO_TIME', clock.name, c.row, event),
        violation: (v, c) => {
          this.violations++;
          this.byCode[v.code] = (this.byCode[v.code] ?? 0) + 1;
          opts.sink.violation(v, c);
        },
        extensionProblem: (c, kind) =>
          this.diag.add(kind === 'incomplete' ? 'CHECK_EXTENSION_INCOMPLETE' : 'CHECK_EXTENSION_NOT_ALLOWED', { days: c.extension_days! }, this.at(c.row, 'extension_days')),
      },
    };
  }

  /** The ledger's layout, for the column letters of check diagnostics. */
  setLayout(layout: LedgerLayout): void {
    this.layout = layout;
    this.kpis.useColumns(layout.columns.flatMap((c) => (c.alias ? [c.alias] : [])));
  }

  /** The tallies the current case counts in: overall, its department, category and month. */
  private readonly caseTallies: Tally[] = [this.total, this.total, this.total, this.total];
  private readonly months = new Map<number, string>();

  /** `YYYY-MM` of a day, memoised (a few thousand distinct days per ledger). */
  private monthOf(day: number): string {
    let m = this.months.get(day);
    if (m === undefined) this.months.set(day, (m = formatDay(day).slice(0, 7)));
    return m;
  }

  private at(row: number, alias?: string) {
    const col = alias ? this.layout?.columns.find((c) => c.alias === alias) : undefined;
    return { ...(this.layout?.sheet !== undefined ? { sheet: this.layout.sheet } : {}), row, ...(col ? { columnLetter: col.letter, header: col.header } : {}) };
  }

  private planFor(day: number): VersionPlan | undefined {
    for (let i = this.plans.length - 1; i >= 0; i--) {
      const p = this.plans[i]!;
      if (p.from <= day) return (p.plan ??= planVersion(this.ruleSet.versions[i]!));
    }
    return undefined;
  }

  private group(kind: keyof Checker['groups'], key: string): Tally {
    const map = this.groups[kind];
    let t = map.get(key);
    if (!t) map.set(key, (t = newTally()));
    return t;
  }

  private noteUnknown(code: UnknownCode, alias: string, value: string, row: number, known: string): void {
    let byValue = this.unknown.get(code);
    if (!byValue) this.unknown.set(code, (byValue = new Map()));
    const u = byValue.get(value);
    if (u) u.count++;
    else if (this.distinct++ < MAX_DISTINCT) byValue.set(value, { row, count: 1, alias, known });
  }

  /** One diagnostic per clock for `code`, at the first row and the column `alias`, with the count. */
  private notePerClock(code: PerClockCode, clock: string, row: number, alias: string): void {
    let byClock = this.perClock.get(code);
    if (!byClock) this.perClock.set(code, (byClock = new Map()));
    const n = byClock.get(clock);
    if (n) n.count++;
    else byClock.set(clock, { row, count: 1, alias });
  }

  /**
   * As of the check date, events dated later have not happened yet (a ledger exported after the
   * as-of date, or a mistyped year): each is a warning and is left out; a case registered later is
   * not in the ledger yet. Returns the case as it stood on the as-of date, or undefined.
   */
  private asOfView(c: LedgerCase): LedgerCase | undefined {
    const asOf = this.ctx.asOf;
    let events: LedgerCase['events'] | undefined;
    // for…in, not Object.entries: no array per case (22 event keys, a million cases).
    for (const alias in c.events) {
      const m = c.events[alias as keyof LedgerCase['events']];
      if (!m || m.day <= asOf) continue;
      this.diag.add('CHECK_EVENT_AFTER_AS_OF', { date: formatDay(m.day), asOf: formatDay(asOf) }, this.at(c.row, alias));
      events ??= { ...c.events };
      delete events[alias as keyof LedgerCase['events']];
    }
    if (!events) return c;
    return events.received || !c.events.received ? { ...c, events } : undefined;
  }

  /** Check one case. */
  add(input: LedgerCase): void {
    const c = this.asOfView(input);
    if (!c) return;
    let duplicateOf: number | undefined;
    if (!c.idMissing) {
      duplicateOf = this.ids.get(c.id);
      if (duplicateOf !== undefined) this.diag.add('CHECK_DUPLICATE_ID', { id: c.id, first: duplicateOf }, this.at(c.row, 'id'));
      else this.ids.set(c.id, c.row);
    }

    const received = c.events.received;
    // Without a 登记日期 the earliest event picks the version, so clocks from other events still run.
    let anchor = received?.day ?? Infinity;
    if (!received) for (const m of Object.values(c.events)) if (m && m.day < anchor) anchor = m.day;
    const plan = Number.isFinite(anchor) ? this.planFor(anchor) : undefined;
    const month = received ? this.monthOf(received.day) : EMPTY;
    const department = c.department ?? EMPTY;
    let categoryKey = c.category ?? EMPTY;
    const facts: CaseFacts = {
      channel: c.channel, source: c.source, level: c.level, category: undefined, department: undefined,
      persons: c.persons, forwarded_to: c.forwarded_to, subject: c.subject, signed: c.signed, diverted: c.diverted, events: c.events,
    };
    if (plan) {
      const v = plan.version;
      if (v.categories.length) {
        const known = plan.knownCategories;
        const id = c.category ? resolveCategory(plan, c.category) : undefined;
        if (id) {
          facts.category = id;
          categoryKey = v.categories.find((k) => k.id === id)!.name;
        } else if (c.category) {
          facts.category = c.category;
          this.noteUnknown('CHECK_UNKNOWN_CATEGORY', 'category', c.category, c.row, known);
        } else this.noteUnknown('CHECK_EMPTY_CATEGORY', 'category', '', c.row, known);
      } else if (c.category) facts.category = c.category;
      if (v.departments.length) {
        const id = c.department ? resolveDepartment(plan, c.department) : undefined;
        if (id) facts.department = id;
        else if (c.department) {
          facts.department = c.department;
          this.noteUnknown('CHECK_UNKNOWN_DEPARTMENT', 'department', c.department, c.row, plan.knownDepartments);
        } else this.noteUnknown('CHECK_EMPTY_DEPARTMENT', 'department', '', c.row, '');
      } else if (c.department) facts.department = c.department;
    } else if (received) {
      this.diag.add('CHECK_NO_VERSION', { date: formatDay(received.day), first: this.ruleSet.versions[0]?.effective_from ?? '' }, this.at(c.row, 'received'));
    }

    const tallies = this.caseTallies;
    tallies[1] = this.group('department', department);
    tallies[2] = this.group('category', categoryKey);
    tallies[3] = this.group('month', month);
    for (const t of this.caseTallies) t.cases++;
    if (plan) {
      this.used.add(plan.version.version);
      this.judge(this.ctx, plan, c, facts, duplicateOf);
    }
    // After the case's findings: 答复率 needs its reply clocks (src/kpi/count.ts).
    this.kpis.case(this.caseTallies, c, categoryKey);
  }

  /** Finish: the summary and the check's own diagnostics. */
  finish(): CheckOutcome {
    for (const [code, byValue] of this.unknown) {
      for (const [value, u] of byValue) this.diag.add(code, { value, count: u.count, known: u.known }, this.at(u.row, u.alias));
    }
    for (const [code, byClock] of this.perClock) {
      for (const [clock, n] of byClock) {
        this.diag.add(code, { clock, count: n.count, field: COLUMN_BY_ALIAS.get(n.alias)?.zh ?? n.alias }, this.at(n.row, n.alias));
      }
    }
    if (this.provisional) {
      const years = [...this.provisionalYears].sort().join('、');
      this.diag.add('CHECK_PROVISIONAL', { count: this.provisional, years }, {});
    }
    const t = tallyJson('', this.total, this.kpis);
    const list = (m: Map<string, Tally>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => tallyJson(k, v, this.kpis));
    return {
      summary: {
        cases: t.cases,
        findings: { ...t.findings, total: t.findings['on-time'] + t.findings.late + t.findings.overdue + t.findings.pending, provisional: this.provisional, unscored: this.unscored },
        petitioner: { ...this.petitioner },
        skipped_empty: { total: this.skipped.total, by_clock: { ...this.skipped.by_clock } },
        violations: { total: this.violations, by_code: { ...this.byCode } },
        kpis: t.kpis,
        kpi_definitions: kpiDefinitions(this.ctx.lang),
        by_department: list(this.groups.department),
        by_category: list(this.groups.category),
        by_month: list(this.groups.month),
      },
      diagnostics: this.diag.finish(),
      versionsUsed: [...this.used].sort(),
    };
  }
}
