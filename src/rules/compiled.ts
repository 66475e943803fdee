/**
 * CompiledRules: the plain-JSON model every later stage reads (deadline engine, ledger check,
 * matrix, site, reports). Limits are parsed, `basis` references resolved to articles, inherited
 * clocks merged in, and every value keeps a pointer to its source file and line.
 */
import type { CalendarData } from '../calendar/calendar-data.ts';
import type { Limit } from '../deadlines/limit.ts';
import type {
  Appraisal,
  Article,
  Category,
  Condition,
  Department,
  EmptyTreatment,
  EventName,
  IfEmpty,
  LedgerSettings,
  Level,
  Obligation,
  Organisation,
  ProcedureStepId,
  Recurrence,
  RoutingRule,
} from './model.ts';

/** Format tag of compiled JSON, bumped on incompatible changes. */
export const COMPILED_FORMAT = 'xinfang.compiled/2';

/** Where a compiled value came from. */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

/** A resolved `basis`: the article a rule comes from (possibly in the parent rule set). */
export interface ArticleRef {
  ruleset: string;
  /** Effective date of the version holding the article. */
  version: string;
  article: string;
  /** The article's number as printed (第二十二条). */
  number: string;
  /** How to cite it: the article's `path`, else derived from its chapter (四、6), else its number. */
  citation: string;
  /** Title of the document holding it (for citing a parent: 《信访工作条例》第二十二条). */
  document: string;
}

/** A condition with its plain-words rendering. */
export interface CompiledCondition {
  test: Condition;
  text: { zh: string; en: string };
}

/** The stop of a clock: the first recorded of `events` (any) or the last once all are recorded (all). */
export interface CompiledStop {
  mode: 'any' | 'all';
  /** One or more events; a single `until` event is `{ mode: 'any', events: [e] }`. */
  events: EventName[];
}

/** An extension as compiled: no `max` = no cap of its own. */
export interface CompiledExtension {
  max?: Limit;
  max_text?: string;
  /** required: only an approved extension (延期批准日期) counts; none: 延期天数 alone counts. */
  approval: 'required' | 'none';
  approver?: string;
  notify_petitioner?: boolean;
  basis?: ArticleRef;
}

/** A clock ready for the deadline engine. */
export interface CompiledClock {
  id: string;
  name: string;
  from: EventName;
  /** Started on when `from` is not recorded (finding marked assumed). */
  from_fallback?: EventName;
  until: CompiledStop;
  /** The limit as written (15日); absent when only `due_by` sets the due date. */
  limit_text?: string;
  limit?: Limit;
  /** Due-date event (assigned_due): when recorded for a case, it is the due date. */
  due_by?: EventName;
  when?: CompiledCondition;
  /** What an empty cell tested by `when` means. */
  if_empty?: IfEmpty;
  /** Interval whose days do not count. */
  pause?: { from: EventName; until: EventName; basis?: ArticleRef };
  extension?: CompiledExtension;
  /** 说明情况: a 情况说明日期 on or before due marks a late/overdue finding explained. */
  explain?: { basis: ArticleRef };
  decided_by: 'self' | 'superior';
  /** False when the decision is the next organ up's and this ledger does not decide it (findings are information). */
  scored: boolean;
  /** Id of the petitioner window whose `until` event starts this clock. */
  request_window?: string;
  roll: 'next-workday' | 'none';
  warn?: Limit;
  basis: ArticleRef;
  description?: string;
  /** Id of the parent rule set this clock is inherited from. */
  inherited_from?: string;
  source: SourceRef;
}

/** A petitioner's window: information about the petitioner, never a violation. */
export interface CompiledWindow {
  id: string;
  name: string;
  from: EventName;
  /** Used when `from` is not recorded (result marked assumed). */
  from_fallback?: EventName;
  until: EventName;
  limit_text: string;
  limit: Limit;
  when?: CompiledCondition;
  if_empty?: IfEmpty;
  roll: 'next-workday' | 'none';
  basis: ArticleRef;
  description?: string;
  inherited_from?: string;
  source: SourceRef;
}

/** One procedure step with the clocks and windows (ids, own or inherited) that time it. */
export interface CompiledProcedureStep {
  step: ProcedureStepId;
  clocks: string[];
  windows: string[];
  basis: ArticleRef;
  summary?: string;
  inherited_from?: string;
  source: SourceRef;
}

/** A routing row with its position in the table. */
export interface CompiledRoutingRow extends Omit<RoutingRule, 'category' | 'basis' | 'when'> {
  /** 1-based row number. */
  row: number;
  /** Categories covered; undefined = every category. */
  categories?: string[];
  when?: CompiledCondition;
  basis?: ArticleRef;
  source: SourceRef;
}

/** A reception day or recurring duty. */
export interface CompiledRecurrence extends Omit<Recurrence, 'basis'> {
  basis?: ArticleRef;
  source: SourceRef;
}

/** What an article defines, for showing text and computed values side by side. */
export interface ArticleDefines {
  clocks: string[];
  windows: string[];
  categories: string[];
  departments: string[];
  routing: number[];
  reception: string[];
  schedules: string[];
  levels: string[];
  obligations: string[];
  procedure: string[];
}

/** An article with what it defines. */
export interface CompiledArticle extends Article {
  /** How to cite it (see ArticleRef.citation). */
  citation: string;
  defines: ArticleDefines;
  source: SourceRef;
}

/** One version of a rule set, self-contained. */
export interface CompiledVersion {
  /** The version's id: the date it takes effect. */
  version: string;
  /** Cases registered on or after this date (and before `superseded_on`) are judged by this version. */
  effective_from: string;
  /**
   * Effective date of the rule file this version comes from. It differs from `effective_from` when
   * the parent rule set changed later: the same document, combined with the newer parent rules.
   */
  document_version: string;
  /**
   * Whether the document's own text states when it takes effect (本制度自…起施行). When it does not,
   * `document_version` is the date the rule file applies it from (its notes say why: a publication
   * date, an inference), and no page or document calls that date the 施行日期.
   */
  effective_in_text: boolean;
  /** The day the next version takes effect (this one ends the day before), if any. */
  superseded_on?: string;
  title: string;
  issued_by?: string;
  document_number?: string;
  /** Not yet approved (RuleFile.draft): the formal document carries a 草案 watermark. */
  draft?: true;
  source_document?: string;
  notes: string[];
  file: string;
  extends?: { ruleset: string; version: string; title: string };
  organisation: Organisation;
  departments: (Omit<Department, 'basis'> & { basis?: ArticleRef })[];
  categories: (Omit<Category, 'basis'> & { basis?: ArticleRef })[];
  /** The rule set's own levels (beyond 一般/重大/紧急). */
  levels: (Omit<Level, 'basis'> & { basis?: ArticleRef })[];
  routing?: { hit_policy: 'unique' | 'first'; rules: CompiledRoutingRow[] };
  clocks: CompiledClock[];
  windows: CompiledWindow[];
  procedure: CompiledProcedureStep[];
  obligations: (Omit<Obligation, 'basis'> & { basis?: ArticleRef })[];
  reception: CompiledRecurrence[];
  schedules: CompiledRecurrence[];
  discipline: {
    recusal?: ArticleRef;
    confidentiality?: { basis: ArticleRef; categories: string[]; if_empty?: EmptyTreatment };
  };
  ledger: LedgerSettings;
  appraisal?: Omit<Appraisal, 'basis' | 'items'> & {
    basis?: ArticleRef;
    items?: { on: string; points: number; cap?: number; basis?: ArticleRef }[];
  };
  preamble?: string;
  articles: CompiledArticle[];
  /** The working-day calendar with this organisation's closures and extra working days. */
  calendar: CalendarData;
}

/** A compiled rule set: all its versions, oldest first. */
export interface CompiledRuleSet {
  format: typeof COMPILED_FORMAT;
  id: string;
  /** Organisation name of the newest version. */
  name: string;
  versions: CompiledVersion[];
}

/** A clock with a limit of its own (a `due_by`-only clock has none until a case records its due date). */
export type LimitedClock = CompiledClock & { limit: Limit; limit_text: string };

/** True when the clock has a limit of its own. */
export function hasLimit(c: CompiledClock): c is LimitedClock {
  return c.limit !== undefined;
}
