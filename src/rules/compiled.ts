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
  EventName,
  LedgerSettings,
  Organisation,
  Recurrence,
  RoutingRule,
} from './model.ts';

/** Format tag of compiled JSON, bumped on incompatible changes. */
export const COMPILED_FORMAT = 'xinfang.compiled/1';

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
  /** Title of the document holding it (for citing a parent: 《信访工作条例》第二十二条). */
  document: string;
}

/** A condition with its plain-words rendering. */
export interface CompiledCondition {
  test: Condition;
  text: { zh: string; en: string };
}

/** A clock ready for the deadline engine. */
export interface CompiledClock {
  id: string;
  name: string;
  from: EventName;
  until: EventName;
  /** The limit as written (15日). */
  limit_text: string;
  limit: Limit;
  when?: CompiledCondition;
  extension?: { max: Limit; max_text: string; approver?: string; notify_petitioner?: boolean; basis?: ArticleRef };
  roll: 'next-workday' | 'none';
  warn?: Limit;
  basis: ArticleRef;
  description?: string;
  /** Id of the parent rule set this clock is inherited from. */
  inherited_from?: string;
  source: SourceRef;
}

/** A petitioner's window (breaches are violations). */
export interface CompiledWindow {
  id: string;
  name: string;
  from: EventName;
  until: EventName;
  limit_text: string;
  limit: Limit;
  roll: 'next-workday' | 'none';
  basis: ArticleRef;
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
}

/** An article with what it defines. */
export interface CompiledArticle extends Article {
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
  /** The day the next version takes effect (this one ends the day before), if any. */
  superseded_on?: string;
  title: string;
  issued_by?: string;
  document_number?: string;
  source_document?: string;
  notes: string[];
  file: string;
  extends?: { ruleset: string; version: string; title: string };
  organisation: Organisation;
  departments: (Omit<Department, 'basis'> & { basis?: ArticleRef })[];
  categories: (Omit<Category, 'basis'> & { basis?: ArticleRef })[];
  routing?: { hit_policy: 'unique' | 'first'; rules: CompiledRoutingRow[] };
  clocks: CompiledClock[];
  windows: CompiledWindow[];
  reception: CompiledRecurrence[];
  schedules: CompiledRecurrence[];
  discipline: { recusal?: ArticleRef; confidentiality?: ArticleRef };
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
