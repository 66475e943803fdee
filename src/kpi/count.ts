/**
 * The KPI arithmetic — what `definitions.ts` says, computed once for every report. A
 * {@link KpiCounter} is fed a ledger's cases in any order, each case's clock findings first and
 * then the case; it adds each item to the tallies (`targets`) the caller names for that case
 * (the whole ledger, a department, a month …). The only thing that differs between the `check`
 * summary and a period report is `within`: `check` counts everything decided by the as-of date,
 * a period report passes "the attribution date lies in the period" (definitions.ts).
 *
 * Memory: plain counters, plus one small record per identifiable petitioner and category for
 * 重复信访率 and 一次性化解率, so a streamed 1,000,000-case check stays bounded.
 */
import { parseDay, type DayIndex } from '../calendar/day.ts';
import type { Moment } from '../deadlines/moment.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import type { EventName } from '../rules/model.ts';
import type { FindingStatus } from '../rules/vocabulary.ts';
import { KPI_IDS, type KpiId } from './definitions.ts';

/** Numerator and denominator of one KPI. */
export interface KpiCount {
  numerator: number;
  denominator: number;
}

/** The seven counts of one group (the whole ledger, a department, a month …). */
export type KpiCounts = Record<KpiId, KpiCount>;

/** Something a case's KPIs are added to. */
export interface KpiTarget {
  kpi: KpiCounts;
}

/** A KPI's value for one group. */
export interface KpiValue {
  id: KpiId;
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator, unrounded; null when the denominator is 0 or the ledger lacks the data. */
  rate: number | null;
  /** Why the KPI cannot be measured on this ledger (不适用), in Chinese; absent when it can. */
  not_applicable?: string;
}

/** 不适用 reasons: the ledger lacks the column (or the petitioner identity) a KPI is counted from. */
export const NOT_APPLICABLE = {
  reply: '台账没有“答复日期”列',
  rating: '台账没有“评价”列',
  identity: '台账无法识别信访人：没有身份证号，也没有姓名加联系电话',
} as const;

/** Fresh counts, all zero. */
export function newKpiCounts(): KpiCounts {
  return Object.fromEntries(KPI_IDS.map((id) => [id, { numerator: 0, denominator: 0 }])) as KpiCounts;
}

/** Events that stop an acceptance clock (受理类时限: 告知 or 受理). */
const ACCEPTANCE_EVENTS: ReadonlySet<EventName | undefined> = new Set(['notified', 'accepted']);

/**
 * The KPI a clock counts towards, by the events that stop it: one of them 办结 → 按期办结率 (办结
 * stops it, whichever comes first); else 告知 or 受理 → 及时受理率.
 */
export function clockKpi(until: readonly EventName[] | undefined): 'timely_acceptance' | 'on_time_closure' | undefined {
  if (!until) return undefined;
  if (until.includes('closed')) return 'on_time_closure';
  return until.some((e) => ACCEPTANCE_EVENTS.has(e)) ? 'timely_acceptance' : undefined;
}

/** The petitioner a case identifies (身份证号, or 姓名 and 联系电话 together), or undefined. */
export function petitionerKey(c: LedgerCase): string | undefined {
  if (c.id_number?.trim()) return `id:${c.id_number.trim().toUpperCase()}`;
  if (c.petitioner?.trim() && c.phone?.trim()) return `np:${c.petitioner.trim()}|${c.phone.replace(/\D/g, '')}`;
  return undefined;
}

/** 满意率 counts both 满意 and 基本满意 as satisfied (the usual 信访 appraisal reading). */
const SATISFIED: ReadonlySet<string | undefined> = new Set(['满意', '基本满意']);

/** A case remembered for 重复信访率 / 一次性化解率: where it sits in 登记 order and what it was counted as. */
interface Seen {
  day: DayIndex;
  row: number;
  targets: readonly KpiTarget[];
  /** first: counted in the repeat denominator (so it becomes a repeat if an earlier case appears); last: counted as resolved first time. */
  counted: boolean;
}

const later = (a: { day: DayIndex; row: number }, b: Seen): boolean => a.day > b.day || (a.day === b.day && a.row > b.row);

function add(targets: readonly KpiTarget[], id: KpiId, numerator: number, denominator: number): void {
  for (const t of targets) {
    const k = t.kpi[id];
    k.numerator += numerator;
    k.denominator += denominator;
  }
}

/** Counts KPIs over a ledger; see the module comment for the protocol. */
export class KpiCounter {
  /** petitioner + 类别 → the earliest and the latest case registered. */
  private readonly petitioners = new Map<string, { first: Seen; last: Seen }>();
  /** Earliest due day of the current case's decided reply clocks. */
  private replyDue: DayIndex | undefined;
  private anyIdentified = false;
  /** The ledger's column aliases, once known: a KPI whose column is missing is 不适用, not 0%. */
  private columns: ReadonlySet<string> | undefined;

  /**
   * @param asOf events after this day have not happened yet (统计日)
   * @param within the period selection: whether an attribution day counts; omitted = every day (the whole ledger)
   */
  constructor(
    private readonly asOf: DayIndex,
    private readonly within?: (day: DayIndex) => boolean,
  ) {}

  private by(m: Moment | undefined): DayIndex | undefined {
    return m !== undefined && m.day <= this.asOf ? m.day : undefined;
  }

  private selected(day: DayIndex | undefined): boolean {
    return day !== undefined && (this.within === undefined || this.within(day));
  }

  /** One clock finding of the current case: the events its clock stops on, its status and due date (`YYYY-MM-DD[THH:mm]`). */
  finding(targets: readonly KpiTarget[], until: readonly EventName[] | undefined, status: FindingStatus, due: string): void {
    if (status === 'pending') return; // not yet decided: no KPI counts it
    if (until?.length === 1 && until[0] === 'replied') {
      const day = parseDay(due.slice(0, 10))!;
      if (this.replyDue === undefined || day < this.replyDue) this.replyDue = day;
      return;
    }
    const id = clockKpi(until);
    if (id === undefined || (this.within !== undefined && !this.within(parseDay(due.slice(0, 10))!))) return;
    add(targets, id, status === 'on-time' ? 1 : 0, 1);
  }

  /** The case itself, after its findings; `category` is its 类别 as the rules name it (the 重复信访 key). */
  case(targets: readonly KpiTarget[], c: LedgerCase, category: string): void {
    const received = this.by(c.events.received);
    const closed = this.by(c.events.closed);
    const replyDay = closed ?? this.replyDue;
    this.replyDue = undefined;
    if (this.selected(replyDay)) add(targets, 'reply', this.by(c.events.replied) !== undefined ? 1 : 0, 1);

    const closedHere = this.selected(closed);
    if (closedHere) {
      add(targets, 'rating_participation', c.rating ? 1 : 0, 1);
      if (c.rating) add(targets, 'satisfaction', SATISFIED.has(c.rating) ? 1 : 0, 1);
      add(targets, 'first_time_resolution', 0, 1);
    }
    const receivedHere = this.selected(received);
    if (receivedHere) add(targets, 'repeat', 0, 1);
    const resolved = closedHere && this.by(c.events.review_requested) === undefined;

    const person = received === undefined ? undefined : petitionerKey(c);
    if (person === undefined) {
      // Unidentifiable: never a repeat, never known to be followed by another case.
      if (resolved) add(targets, 'first_time_resolution', 1, 0);
      return;
    }
    this.anyIdentified = true;
    const key = `${person}\u0000${category}`;
    const at = { day: received!, row: c.row };
    const seen = this.petitioners.get(key);
    if (!seen) {
      const kept = targets.slice();
      this.petitioners.set(key, { first: { ...at, targets: kept, counted: receivedHere }, last: { ...at, targets: kept, counted: resolved } });
      if (resolved) add(targets, 'first_time_resolution', 1, 0);
      return;
    }
    // 重复信访率: every case but the earliest of its petitioner and category is a repeat.
    if (later(at, seen.first)) {
      if (receivedHere) add(targets, 'repeat', 1, 0);
    } else {
      if (seen.first.counted) add(seen.first.targets, 'repeat', 1, 0);
      seen.first = { ...at, targets: targets.slice(), counted: receivedHere };
    }
    // 一次性化解率: a case followed by a later one from the same petitioner on the same category was not resolved first time.
    if (later(at, seen.last)) {
      if (seen.last.counted) add(seen.last.targets, 'first_time_resolution', -1, 0);
      seen.last = { ...at, targets: targets.slice(), counted: resolved };
      if (resolved) add(targets, 'first_time_resolution', 1, 0);
    }
  }

  /** The ledger's columns (aliases), from its layout. */
  useColumns(aliases: Iterable<string>): void {
    this.columns = new Set(aliases);
  }

  /** Why a KPI is not applicable to this ledger, or undefined. */
  private notApplicable(id: KpiId): string | undefined {
    const has = (alias: string) => this.columns === undefined || this.columns.has(alias);
    if (id === 'reply' && !has('replied')) return NOT_APPLICABLE.reply;
    if ((id === 'rating_participation' || id === 'satisfaction') && !has('rating')) return NOT_APPLICABLE.rating;
    // Without any identifiable petitioner no case is known to be a repeat or to be followed by one.
    if ((id === 'repeat' || id === 'first_time_resolution') && !this.anyIdentified) return NOT_APPLICABLE.identity;
    return undefined;
  }

  /** Whether any case so far identifies its petitioner (重复信访率 is not applicable otherwise). */
  get identifiable(): boolean {
    return this.anyIdentified;
  }

  /** The KPI values of a target's counts, in report order. */
  values(target: KpiTarget): KpiValue[] {
    return KPI_IDS.map((id) => {
      const { numerator, denominator } = target.kpi[id];
      const reason = this.notApplicable(id);
      if (reason) return { id, numerator, denominator, rate: null, not_applicable: reason };
      return { id, numerator, denominator, rate: denominator > 0 ? numerator / denominator : null };
    });
  }
}
