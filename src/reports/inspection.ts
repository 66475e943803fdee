/**
 * The inspection report (督查): every late or overdue clock whose due date falls in the period and
 * every violation that happened in it, with the evidence an inspector checks — the clock,
 * start, due date and how it was counted (the deadline engine's own explanation), the rule version
 * and the article breached — grouped by 承办部门, ready to sign. Pure.
 */
import { buildCalendar, type Calendar } from '../calendar/calendar.ts';
import type { Finding } from '../check/result.ts';
import { computeDeadline, type DeadlineResult } from '../deadlines/compute.ts';
import { explain } from '../deadlines/explain.ts';
import { parseMoment } from '../deadlines/moment.ts';
import type { CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import type { CompiledClock, CompiledStop, CompiledVersion } from '../rules/compiled.ts';
import type { EventName, ViolationCode } from '../rules/model.ts';
import { citeArticle, eventName, STATUS_NAMES } from '../rules/vocabulary.ts';
import { maskPersonal } from './mask.ts';
import { doubtfulCaseIds, judgedFindings, periodViolations, type Period } from './period.ts';
import { reportHeader, versionForPeriod, type ReportHeader } from './report-header.ts';
import { namesOf, NO_DEPARTMENT, type ReportInput } from './report-input.ts';

/** One item an inspector works through. */
export interface InspectionItem {
  kind: 'finding' | 'violation';
  case: string;
  row: number;
  /** 承办人 as written in the ledger. */
  handler: string;
  /** 信访人 etc., masked unless asked otherwise. */
  petitioner: string;
  phone: string;
  /** The rule version (effective date) and its title. */
  version: string;
  version_title: string;
  /** The article breached, `《…》第…条`. */
  article: string;
  /** Finding: the clock, its period and its dates; violation: the code and the message. */
  clock?: string;
  clock_name?: string;
  limit?: string;
  /** `登记日期 → 办结日期`. */
  counted?: string;
  start?: string;
  due?: string;
  stop?: string | null;
  status?: string;
  days_late?: number;
  provisional?: boolean;
  code?: ViolationCode;
  message?: string;
  /** How the due date was counted, one sentence per line (`explain(result, 'zh')`). */
  explanation: string[];
}

/** The inspection report: plain JSON, rendered to HTML and XLSX and printed by `--json`. */
export interface InspectionReport {
  kind: 'inspection';
  header: ReportHeader;
  summary: { late: number; overdue: number; violations: number; departments: number };
  departments: { department: string; items: InspectionItem[] }[];
  /** 数据存疑: cases whose dates contradict each other — 无法判定, in no KPI and no list above. */
  doubtful: { department: string; case: string; row: number; handler: string; message: string }[];
  /** Lines of the signature block (one per department). */
  signature: string[];
}

const ev = (e: EventName): string => eventName(e, 'zh');
const stopName = (stop: CompiledStop): string => stop.events.map(ev).join(stop.mode === 'any' ? '或' : '及');
/** The column the check started the clock on: its `from_fallback` where `from` is empty (src/check/judge-clock.ts). */
const startName = (clock: CompiledClock, c: LedgerCase | undefined): string =>
  clock.from_fallback && c && !c.events[clock.from] ? `${ev(clock.from_fallback)}（${ev(clock.from)}未填）` : ev(clock.from);

/**
 * The deadline recomputed for the explanation. The check applied the case's approved extension
 * when it was allowed (capped at the clock's maximum); the candidate whose due date equals the
 * finding's is the one the check used, so the explanation always matches the date printed.
 */
function explainFinding(f: Finding, c: LedgerCase | undefined, clock: CompiledClock, calendar: Calendar): string[] {
  const start = parseMoment(f.start);
  const ev = c?.events;
  const dueBy = clock.due_by ? ev?.[clock.due_by] : undefined;
  if (!start || (!clock.limit && !dueBy)) return [];
  // The case's own due date and the suspension as the check took them (src/check/judge-clock.ts).
  const pauseFrom = clock.pause ? ev?.[clock.pause.from] : undefined;
  const pauseUntil = clock.pause ? (ev?.[clock.pause.until] ?? (f.stop ? parseMoment(f.stop) : undefined)) : undefined;
  const base = {
    start,
    roll: clock.roll,
    ...(pauseFrom ? { pause: { from: pauseFrom.day, ...(pauseUntil ? { until: pauseUntil.day } : {}) } } : {}),
  };
  if (dueBy) return explain(computeDeadline(calendar, { ...base, dueBy: dueBy.day }), 'zh');
  const limit = clock.limit!;
  const counted = clock.extension?.approval === 'none' || ev?.extension_approved !== undefined;
  const days = counted && c?.extension_days ? c.extension_days : 0;
  const max = clock.extension?.max?.unit === 'days' ? clock.extension.max.amount : days;
  const timed = limit.unit === 'hours' || limit.unit === 'minutes';
  const candidates = timed || !clock.extension ? [0] : [...new Set([Math.min(days, max), days, 0])];
  for (const n of candidates) {
    const result: DeadlineResult = computeDeadline(calendar, { ...base, limit, ...(n > 0 ? { extension: { unit: 'days', amount: n, text: `${n}日` } } : {}) });
    if (result.dueText === f.due) return explain(result, 'zh');
  }
  return [`到期日 ${f.due}（按台账检查结果）。`];
}

/** Build the inspection report for `period`. */
export function buildInspection(input: ReportInput, period: Period, showPersonalData: boolean): { report?: InspectionReport; diagnostics: CatalogueDiagnostic[] } {
  const { version, diagnostics } = versionForPeriod(input.ruleset, period);
  if (!version) return { diagnostics };
  const names = namesOf(input.ruleset);
  const versions = new Map(input.ruleset.versions.map((v) => [v.version, v]));
  const calendars = new Map<string, Calendar>();
  const calendarOf = (v: CompiledVersion) => calendars.get(v.version) ?? calendars.set(v.version, buildCalendar(v.calendar)).get(v.version)!;
  const byId = new Map<string, LedgerCase>();
  for (const c of input.cases) if (!byId.has(c.id)) byId.set(c.id, c);
  const byRow = new Map(input.cases.map((c) => [c.row, c]));

  const doubtfulIds = doubtfulCaseIds(input.cases, input.doubtful);
  const person = (c: LedgerCase | undefined) => ({
    handler: c?.handler ?? '',
    petitioner: maskPersonal('petitioner', c?.petitioner ?? '', showPersonalData),
    phone: maskPersonal('phone', c?.phone ?? '', showPersonalData),
  });
  const groups = new Map<string, InspectionItem[]>();
  const add = (department: string, item: InspectionItem) => {
    const list = groups.get(department);
    if (list) list.push(item);
    else groups.set(department, [item]);
  };

  const flagged = judgedFindings(input.findings, period, doubtfulIds).filter((f) => f.status === 'late' || f.status === 'overdue');
  for (const f of flagged) {
    const v = versions.get(f.version);
    const clock = names.clock(f.version, f.clock);
    const c = byId.get(f.case);
    add(names.department(f.department), {
      kind: 'finding',
      case: f.case,
      row: c?.row ?? 0,
      ...person(c),
      version: f.version,
      version_title: v?.title ?? '',
      article: citeArticle(clock?.basis),
      clock: f.clock,
      clock_name: clock?.name ?? f.clock,
      limit: clock?.limit_text ?? '',
      counted: clock ? `${startName(clock, c)} → ${stopName(clock.until)}` : '',
      start: f.start,
      due: f.due,
      stop: f.stop,
      status: STATUS_NAMES[f.status].zh,
      days_late: f.days_late,
      provisional: f.provisional,
      explanation: clock && v ? explainFinding(f, c, clock, calendarOf(v)) : [],
    });
  }
  const doubtful: InspectionReport['doubtful'] = [];
  const inScope = periodViolations(input.violations, byRow, period).filter(({ v: x, c }) => {
    if (x.code !== 'EVENTS_OUT_OF_ORDER') return true;
    doubtful.push({ department: names.department(c?.department), case: x.case, row: x.row, handler: c?.handler ?? '', message: x.message });
    return false;
  });
  for (const { v: x, c } of inScope) {
    add(names.department(c?.department), {
      kind: 'violation',
      case: x.case,
      row: x.row,
      ...person(c),
      version: x.version,
      version_title: versions.get(x.version)?.title ?? '',
      article: x.article ?? '',
      code: x.code,
      message: x.message,
      explanation: [],
    });
  }

  const order = new Map(version.departments.map((d, i) => [d.name, i]));
  const key = (d: string) => (d === NO_DEPARTMENT ? Number.MAX_SAFE_INTEGER : (order.get(d) ?? version.departments.length));
  const departments = [...groups.entries()]
    .sort(([a], [b]) => key(a) - key(b) || a.localeCompare(b, 'zh'))
    .map(([department, items]) => ({
      department,
      items: items.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'finding' ? -1 : 1) || (b.days_late ?? 0) - (a.days_late ?? 0) || a.row - b.row),
    }));
  return {
    diagnostics,
    report: {
      kind: 'inspection',
      header: reportHeader('信访工作督查清单', version, input.ruleset, period, input.asOf, input.ledger),
      summary: {
        late: flagged.filter((f) => f.status === 'late').length,
        overdue: flagged.filter((f) => f.status === 'overdue').length,
        violations: inScope.length,
        departments: departments.length,
      },
      departments,
      doubtful,
      signature: ['督查人（签字）：', '督查日期：', '被督查部门负责人（签字）：', '整改期限：'],
    },
  };
}
