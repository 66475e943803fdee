/**
 * The rules language: events and `when` conditions (rules/AUTHORING.md "Events", "Conditions").
 * Part of the model of src/rules/model.ts, which re-exports it.
 */

/** Ledger events that clocks start and stop on: the date columns of docs/ledger-columns.md, by alias. */
export const EVENTS = [
  'received',
  'forwarded',
  'notified',
  'accepted',
  'instructed',
  'reported',
  'extension_approved',
  'replied',
  'closed',
  'review_requested',
  'review_proposed',
  'review_decided',
  'reply_received',
  'review_received',
  'recheck_requested',
  'recheck_proposed',
  'recheck_decided',
  'hearing_started',
  'hearing_ended',
  'submitted',
  'delay_explained',
  'assigned_due',
] as const;
export type EventName = (typeof EVENTS)[number];

/** Events that hold a due date set for the case (要求办结日期): usable only as a clock's `due_by`. */
export const DUE_DATE_EVENTS: readonly EventName[] = ['assigned_due'];

/** Case fields a `when` condition may test with a value (events are tested with `{present}` only). */
export const CONDITION_FIELDS = [
  'channel',
  'source',
  'level',
  'category',
  'department',
  'persons',
  'forwarded_to',
  'subject',
  'signed',
  'diverted',
] as const;
export type ConditionField = (typeof CONDITION_FIELDS)[number];

/**
 * Fields whose ledger cell may be empty with no contract default (source, level and persons have
 * one): a value test on them must declare what an empty cell means (`if_empty`).
 */
export const EMPTYABLE_FIELDS = ['channel', 'category', 'department', 'signed', 'subject'] as const;
export type EmptyableField = (typeof EMPTYABLE_FIELDS)[number];

/** What an empty cell means for a test on it: `assume` the test holds (and say so), or `skip` the case. */
export type EmptyTreatment = 'assume' | 'skip';

/** Empty-cell treatments by field. */
export type IfEmpty = { [F in EmptyableField]?: EmptyTreatment };

/** 来源方式 values. */
export const CHANNELS = ['来信', '来访', '来电', '网上', '其他'] as const;
/** 来源 values (empty = 直接). */
export const SOURCES = ['直接', '交办', '转办'] as const;
/** 等级 values (empty = 一般). */
export const LEVELS = ['一般', '重大', '紧急'] as const;

/** A test on one case field: a value, a list (any of), or an operator object. */
export type Matcher =
  | string
  | number
  | (string | number)[]
  | { not: string | number | (string | number)[] }
  | { gt?: number; gte?: number; lt?: number; lte?: number }
  | { present: boolean };

/** 是否署名 values. */
export const SIGNED = ['是', '否'] as const;

/** A test on whether an event's date is recorded. */
export interface EventTest {
  /** True: the date is recorded; false: it is not. */
  present: boolean;
}

/**
 * A condition: every field test, event test and combinator in it must hold (AND); `all` holds when
 * every listed condition does, `any` when one does, `not` when its condition does not.
 */
export type Condition = { [F in ConditionField]?: Matcher } & { [E in EventName]?: EventTest } & {
  /** Holds when every one of these conditions holds. */
  all?: Condition[];
  /** Holds when at least one of these conditions holds. */
  any?: Condition[];
  /** Holds when this condition does not. */
  not?: Condition;
};
