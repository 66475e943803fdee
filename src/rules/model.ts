/**
 * The rules language: what one YAML rule file (one version of an organisation's 制度) contains.
 * `src/rules/rules.schema.json` is the closed JSON Schema of this shape; every field there carries
 * the same one-line description as here. Values stay as written (limits as "15日") — the compiler
 * turns them into engine values. Events and conditions are in model-condition.ts, clocks, windows
 * and the procedure in model-clock.ts; this module re-exports both.
 */
import type { Condition, EmptyTreatment } from './model-condition.ts';
import type { Clock, ProcedureStep, Window } from './model-clock.ts';

export * from './model-condition.ts';
export * from './model-clock.ts';

/** A phone or other contact line. */
export interface Phone {
  /** What the number is for (来访接待, 监督电话 …). */
  label: string;
  /** The number as dialled, e.g. 010-12345678. */
  number: string;
  /** True when the seed document has no real value and this is a placeholder. */
  placeholder?: boolean;
}

/** Office hours. */
export interface Hours {
  /** Plain-words office hours, e.g. 周一至周五 8:30–12:00, 14:00–17:30. */
  text: string;
  /** Whether the office receives visitors on public holidays. */
  open_on_holidays?: boolean;
  /** Holiday duty arrangements (节假日值班), if any. */
  holiday_duty?: string;
}

/** The organisation whose 制度 this is, and how to reach its petition office. */
export interface Organisation {
  /** Full name of the organisation. */
  name: string;
  /** Short name for headings. */
  short_name?: string;
  /** What kind of body it is. */
  kind: 'government' | 'party' | 'cppcc' | 'company' | 'enterprise' | 'university' | 'school' | 'hospital' | 'town' | 'community' | 'bank';
  /** Where it sits, as the source writes it (省/市/区县, e.g. 成都市); absent where the source names no place. */
  region?: string;
  /** The office that handles petitions (信访办公室, 办公室 …). */
  office: string;
  /** Street address of the reception room. */
  address?: string;
  /** How to get there by public transport. */
  transit?: string;
  /** Postcode for letters. */
  postcode?: string;
  /** Phone lines. */
  phones?: Phone[];
  /** Email for online petitions. */
  email?: string;
  /** Website or online petition platform. */
  website?: string;
  /** Office hours. */
  hours?: Hours;
  /** Where to complain about the petition office itself (监督电话). */
  supervision_phone?: Phone;
  /** Fields whose values are placeholders because the seed document gives none. */
  placeholders?: string[];
}

/** A department or role holder in the responsibility matrix. */
export interface Department {
  /** Stable id, lowercase ASCII with hyphens. */
  id: string;
  /** Name as in the 制度. */
  name: string;
  /** What it does in petition work. */
  role?: string;
  /** Contact lines. */
  phones?: Phone[];
  /** Article that assigns this role. */
  basis?: string;
}

/** A kind of matter (事项类别). */
export interface Category {
  /** Stable id. */
  id: string;
  /** Name as in the 制度. */
  name: string;
  /** What matters belong here. */
  description?: string;
  /** Words that identify the category in a free-text ledger column. */
  keywords?: string[];
  /** Article that defines it. */
  basis?: string;
}

/** One row of the routing decision table: which department does what for a kind of matter. */
export interface RoutingRule {
  /** Category id(s) the row covers; omitted = every category. */
  category?: string | string[];
  /** Further conditions on level, source, channel. */
  when?: Condition;
  /** Lead / handling department (牵头、承办). */
  lead: string;
  /** Assisting departments (协办). */
  assist?: string[];
  /** Who approves the outcome (审批). */
  approver?: string;
  /** Who supervises (督办). */
  supervisor?: string;
  /** Article the row comes from. */
  basis?: string;
  /** Plain-words note shown in the directory. */
  note?: string;
}

/** The routing decision table (归口). */
export interface Routing {
  /** `unique`: exactly one row may match a case (overlaps are errors); `first`: the first matching row wins. */
  hit_policy: 'unique' | 'first';
  /** The rows, in order. */
  rules: RoutingRule[];
}

/** A level (等级) of the rule set's own, beyond 一般/重大/紧急. */
export interface Level {
  /** The level's name as written in the 等级 column, e.g. 特殊. */
  name: string;
  /** What matters have this level. */
  description?: string;
  /** Article that defines it. */
  basis?: string;
}

/** Kinds of petitioners' obligations. */
export const OBLIGATION_KINDS = ['representatives', 'level-by-level', 'written', 'signed', 'conduct', 'other'] as const;

/** A duty of the petitioner (代表人数, 逐级走访, 书面形式 …), as data for the guidance pages. */
export interface Obligation {
  /** Stable id. */
  id: string;
  /** What kind of duty: representatives, level-by-level, written, signed, conduct, other. */
  kind: (typeof OBLIGATION_KINDS)[number];
  /** The duty in plain words from the text. */
  text: string;
  /** A number the duty sets (e.g. at most 5 representatives). */
  max?: number;
  /** Article it comes from. */
  basis?: string;
}

/** A recurring event expanded from an RRULE (reception day, duty, report). */
export interface Recurrence {
  /** Stable id. */
  id: string;
  /** Name, e.g. 党政领导接待日. */
  name: string;
  /** RFC 5545 RRULE without the `RRULE:` prefix, e.g. FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1. */
  rrule: string;
  /** The repetition in the 制度's words (每周三下午), when the rrule was derived from them. */
  pattern?: string;
  /** First date the rule applies from (DTSTART). */
  start: string;
  /** Time of day, e.g. 09:00-11:30. */
  time?: string;
  /** Where. */
  place?: string;
  /** Who hosts or is on duty. */
  host?: string;
  /** Department responsible. */
  department?: string;
  /** What an occurrence on a non-working day does: skip (节假日除外) or move to the next working day. */
  on_holiday?: 'skip' | 'next-workday';
  /** Every working day: 调休 make-up working days included, holidays excluded (rrule may be FREQ=DAILY). */
  working_days?: boolean;
  /** Plain-words description. */
  description?: string;
  /** Article it comes from. */
  basis?: string;
}

/** One numbered article (条) or section of the 制度 text. */
export interface Article {
  /** Stable id, referenced by `basis` fields. */
  id: string;
  /** The number as printed: 第二十二条, 三、, 4. */
  number: string;
  /** The full item path for citations where numbering restarts, e.g. 四、6 or 三（二）2. */
  path?: string;
  /** Chapter heading it belongs to (第五章 受理时限). */
  chapter?: string;
  /** Heading of the article, if it has one. */
  title?: string;
  /** The text, verbatim from the source (plain text; shown as text, never as HTML). */
  text: string;
  /**
   * Why this version changed the article (修改说明), for the 修订对照表's 修改说明 column. It explains
   * the change from the previous version, so `xinfang version new` drops it from the draft's copy.
   */
  change_note?: string;
}

/** A deduction or award in the appraisal scorecard. */
export interface AppraisalItem {
  /** What is scored: a finding status (`late`, `overdue`) or a violation code. */
  on: string;
  /** Points per occurrence (negative = deduction). */
  points: number;
  /** Cap on the total from this item, in the same sign as `points` (e.g. -30: at most 30 points deducted). */
  cap?: number;
  /** Article it comes from. */
  basis?: string;
}

/** A KPI's weight and target in the appraisal. */
export interface AppraisalKpi {
  /** KPI id: timely_acceptance 及时受理率, on_time_closure 按期办结率, reply 答复率, rating_participation 参评率, satisfaction 满意率, repeat 重复信访率, first_time_resolution 一次性化解率. */
  kpi: string;
  /** Weight in the total score (weights sum to 1). */
  weight: number;
  /** Target rate, 0–1. */
  target?: number;
}

/** Scoring for inspection and appraisal reports. */
export interface Appraisal {
  /** Starting score. */
  base: number;
  /** Points per finding or violation. */
  items?: AppraisalItem[];
  /** KPI weights and targets. */
  kpis?: AppraisalKpi[];
  /** Article the scheme comes from. */
  basis?: string;
}

/** What this rule set takes from the rule set it builds on. */
export interface Extends {
  /** Id of the parent rule set (its folder name under rules/). */
  ruleset: string;
  /** Parent clocks that apply here too (by id); a clock of the same id here overrides the parent's. */
  clocks?: string[];
  /** Parent windows that apply here too. */
  windows?: string[];
  /** Take the parent's procedure steps whose clocks and windows are all taken. */
  procedure?: boolean;
}

/** Organisation-specific calendar changes on top of the national calendar. */
export interface CalendarOverrides {
  /** Base calendar id under data/calendars/ (default cn). */
  base?: string;
  /** Extra closed days (e.g. a campus closure). */
  closures?: { from: string; to: string; name: string }[];
  /** Extra working days. */
  extra_workdays?: { date: string; name: string }[];
}

/** Ledger settings: extra header synonyms this organisation's 台账 uses. */
export interface LedgerSettings {
  /** Column alias → extra header names (e.g. id: [案号, 件号]). */
  headers?: Record<string, string[]>;
  /** Ids of decided_by superior clocks this organisation's own ledger decides (then scored). */
  decides?: string[];
}

/** 保密: accusation-type material must not be forwarded to the person or unit complained about. */
export interface Confidentiality {
  /** Article that sets the duty. */
  basis: string;
  /** Category ids of the material it covers (检举、揭发、控告、举报). */
  categories: string[];
  /** What an empty 类别 means: assume (checked, marked assumed) or skip. */
  if_empty?: EmptyTreatment;
}

/** Rules of conduct the checker tests (回避, 保密, 集体访报告), each with its article. */
export interface Discipline {
  /** 回避: the handler must not be the person complained about. */
  recusal?: string;
  /** 保密: accusation-type material must not be forwarded to the person or unit complained about. */
  confidentiality?: Confidentiality;
}

/** One version of an organisation's 制度: one YAML file in rules/<ruleset>/. */
export interface RuleFile {
  /** Id of the rule set this version belongs to; equals its folder name. */
  ruleset: string;
  /** Title of the 制度 document. */
  title: string;
  /** Date this version takes effect (cases registered on or after it are judged by it). */
  effective_from: string;
  /** Body that issued it. */
  issued_by?: string;
  /** Document number, if any. */
  document_number?: string;
  /** A draft not yet approved (`xinfang version new` writes it): the formal document is marked 草案. */
  draft?: boolean;
  /** Where the text comes from (source document, URL). */
  source?: string;
  /** Notes for readers of the YAML (what was interpreted and why). */
  notes?: string[];
  /** The rule set this one builds on. */
  extends?: Extends;
  organisation: Organisation;
  departments?: Department[];
  categories?: Category[];
  /** The rule set's own levels beyond 一般/重大/紧急. */
  levels?: Level[];
  routing?: Routing;
  clocks?: Clock[];
  windows?: Window[];
  /** The procedure, step by step, as the text has it. */
  procedure?: ProcedureStep[];
  /** Petitioners' obligations. */
  obligations?: Obligation[];
  reception?: Recurrence[];
  schedules?: Recurrence[];
  discipline?: Discipline;
  calendar?: CalendarOverrides;
  ledger?: LedgerSettings;
  appraisal?: Appraisal;
  /** The preamble before the first article. */
  preamble?: string;
  articles: Article[];
}

/** Codes of non-clock rule breaches the ledger checker reports (docs/check-results.md); appraisal items may score them. */
export const VIOLATION_CODES = [
  'EXTENSION_OVER_MAX',
  'EXTENSION_AFTER_DUE',
  'RECUSAL_CONFLICT',
  'CONFIDENTIALITY_BREACH',
  'GROUP_NOT_REPORTED',
  'EVENTS_OUT_OF_ORDER',
  'DUPLICATE_CASE',
] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];

/** What an appraisal item may score: a finding status or a violation code. */
export const APPRAISAL_TARGETS = ['late', 'overdue', ...VIOLATION_CODES] as const;
