/**
 * Reporting periods: a year `2026`, a quarter `2026Q2` or a month `2026-04`, as inclusive
 * day ranges, with the periods a report compares against (the previous period and the same period
 * of the previous year), the months a trend chart spans, and which findings belong to a period.
 * Pure integer day arithmetic (docs/day-counting.md).
 */
import { dayFromYmd, daysInMonth, parseDay, ymdFromDay, type DayIndex } from '../calendar/day.ts';
import type { Finding, Violation } from '../check/result.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';

/** A reporting period. */
export interface Period {
  kind: 'year' | 'quarter' | 'month';
  /** As written on the command line: `2026`, `2026Q2`, `2026-04`. */
  id: string;
  year: number;
  /** Quarter 1–4 (quarters only). */
  quarter?: number;
  /** Month 1–12 (months only). */
  month?: number;
  /** First day, inclusive. */
  from: DayIndex;
  /** Last day, inclusive. */
  to: DayIndex;
}

/** A calendar month: year and 1-based month. */
export interface Month {
  year: number;
  month: number;
}

const QUARTER_NAMES = ['一', '二', '三', '四'];

function make(kind: Period['kind'], year: number, n = 1): Period {
  if (kind === 'year') return { kind, id: String(year), year, from: dayFromYmd(year, 1, 1), to: dayFromYmd(year, 12, 31) };
  if (kind === 'quarter') {
    const first = (n - 1) * 3 + 1;
    return { kind, id: `${year}Q${n}`, year, quarter: n, from: dayFromYmd(year, first, 1), to: dayFromYmd(year, first + 2, daysInMonth(year, first + 2)) };
  }
  return { kind, id: `${year}-${String(n).padStart(2, '0')}`, year, month: n, from: dayFromYmd(year, n, 1), to: dayFromYmd(year, n, daysInMonth(year, n)) };
}

/** Parse `2026`, `2026Q2` (`2026q2`, `2026-Q2`) or `2026-04`; undefined when it is none of these. */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) return make('year', Number(m[1]));
  m = /^(\d{4})-?[Qq]([1-4])$/.exec(t);
  if (m) return make('quarter', Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return make('month', Number(m[1]), Number(m[2]));
  return undefined;
}

/** Whether a day lies in the period. */
export function inPeriod(period: Period, day: DayIndex | undefined): boolean {
  return day !== undefined && day >= period.from && day <= period.to;
}

/**
 * Findings of the period: due date inside it, decided (not pending) by the as-of date, and not of a
 * 无法判定 case (`doubtfulCases`, case numbers) — the
 * rule the KPIs use for clocks (`src/kpi/definitions.ts`), and so the appraisal items and the
 * inspection list too.
 */
export function judgedFindings(findings: readonly Finding[], period: Period, doubtfulCases?: ReadonlySet<string>): Finding[] {
  return findings.filter((f) => f.status !== 'pending' && inPeriod(period, parseDay(f.due.slice(0, 10))) && !doubtfulCases?.has(f.case));
}

/** The case numbers of the 无法判定 cases (rows in `doubtful`). */
export function doubtfulCaseIds(cases: readonly LedgerCase[], doubtful: ReadonlySet<number>): Set<string> {
  const ids = new Set<string>();
  if (doubtful.size === 0) return ids;
  for (const c of cases) if (doubtful.has(c.row)) ids.add(c.id);
  return ids;
}

/**
 * The day a violation happened, which places it in a period: an extension approved after the due
 * date on its approval; one over the maximum on its approval; a forwarding to the 被反映对象 on the
 * forwarding; a group visit not reported when its reporting period ran out; anything else (回避,
 * duplicate, data out of order) on the case's 登记日期. Undefined when the day is not recorded.
 */
export function violationDay(v: Violation, c: LedgerCase | undefined): DayIndex | undefined {
  const ev = c?.events;
  switch (v.code) {
    case 'EXTENSION_AFTER_DUE':
      return parseDay(String(v.details.approved).slice(0, 10));
    case 'EXTENSION_OVER_MAX':
      return (ev?.extension_approved ?? ev?.received)?.day;
    case 'CONFIDENTIALITY_BREACH':
      return (ev?.forwarded ?? ev?.received)?.day;
    case 'GROUP_NOT_REPORTED':
      return parseDay(String(v.details.due).slice(0, 10));
    default:
      return ev?.received?.day;
  }
}

/** The violations that happened in the period, with their cases (looked up by Excel row). */
export function periodViolations(violations: readonly Violation[], caseAt: ReadonlyMap<number, LedgerCase>, period: Period): { v: Violation; c: LedgerCase | undefined }[] {
  const out: { v: Violation; c: LedgerCase | undefined }[] = [];
  for (const v of violations) {
    const c = caseAt.get(v.row);
    if (inPeriod(period, violationDay(v, c))) out.push({ v, c });
  }
  return out;
}

/** The period just before: 2026Q1 → 2025Q4, 2026-01 → 2025-12, 2026 → 2025. */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'year') return make('year', p.year - 1);
  if (p.kind === 'quarter') return p.quarter === 1 ? make('quarter', p.year - 1, 4) : make('quarter', p.year, p.quarter! - 1);
  return p.month === 1 ? make('month', p.year - 1, 12) : make('month', p.year, p.month! - 1);
}

/** The same period one year earlier (同期): 2026Q2 → 2025Q2. */
export function samePeriodLastYear(p: Period): Period {
  return make(p.kind, p.year - 1, p.quarter ?? p.month ?? 1);
}

/** The months of a period, in order. */
export function monthsOf(p: Period): Month[] {
  const months: Month[] = [];
  const first = ymdFromDay(p.from);
  const last = ymdFromDay(p.to);
  for (let m = first.month; m <= last.month; m++) months.push({ year: p.year, month: m });
  return months;
}

/** The month a day falls in. */
export function monthOf(day: DayIndex): Month {
  const { year, month } = ymdFromDay(day);
  return { year, month };
}

/** `2026-04`. */
export const monthKey = (m: Month): string => `${m.year}-${String(m.month).padStart(2, '0')}`;

/** `2026年第二季度`, `2026年4月`, `2026年度`; English `2026 Q2`, `2026-04`, `2026`. */
export function periodLabel(p: Period, lang: 'zh' | 'en' = 'zh'): string {
  if (lang === 'en') return p.kind === 'quarter' ? `${p.year} Q${p.quarter}` : p.id;
  if (p.kind === 'year') return `${p.year}年度`;
  if (p.kind === 'quarter') return `${p.year}年第${QUARTER_NAMES[p.quarter! - 1]}季度`;
  return `${p.year}年${p.month}月`;
}

/** The months a trend chart spans: the period's own months; for a month, the twelve months ending with it (one point is no trend). */
export function trendMonths(p: Period): Month[] {
  if (p.kind !== 'month') return monthsOf(p);
  return Array.from({ length: 12 }, (_, i) => {
    const total = p.year * 12 + (p.month! - 1) - 11 + i;
    return { year: Math.floor(total / 12), month: (total % 12) + 1 };
  });
}
