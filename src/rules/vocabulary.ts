/**
 * The words every stage shares: event names (the ledger's date columns, docs/ledger-columns.md),
 * finding statuses (docs/check-results.md), violation names, the placeholder and empty-cell marks,
 * and how an article is cited. It lives in the rules layer, below the ledger reader, the checker,
 * the reports and the site, so each says the same thing in the same words and imports only point
 * down (test/architecture/layers.test.ts). Pure and browser-safe.
 */
import type { Lang } from '../diagnostics/diagnostic.ts';
import type { ArticleRef } from './compiled.ts';
import type { EventName } from './model-condition.ts';
import type { ViolationCode } from './model.ts';

/** A word in each language. */
export type Words = Record<Lang, string>;

/** Event names: zh is the ledger's date column header (docs/ledger-columns.md; src/ledger/columns.ts takes it from here). */
export const EVENT_NAMES: Record<EventName, Words> = {
  received: { zh: '登记日期', en: 'date received' },
  forwarded: { zh: '转送日期', en: 'date forwarded' },
  notified: { zh: '告知日期', en: 'date notified' },
  accepted: { zh: '受理日期', en: 'date accepted' },
  instructed: { zh: '批示日期', en: 'date of instruction' },
  reported: { zh: '报告日期', en: 'date reported' },
  extension_approved: { zh: '延期批准日期', en: 'date extension approved' },
  replied: { zh: '答复日期', en: 'date replied' },
  closed: { zh: '办结日期', en: 'date closed' },
  review_requested: { zh: '复查申请日期', en: 'date review requested' },
  review_proposed: { zh: '拟办日期', en: 'date review proposed' },
  review_decided: { zh: '复查意见日期', en: 'date review decided' },
  reply_received: { zh: '答复送达日期', en: 'date reply received' },
  review_received: { zh: '复查意见送达日期', en: 'date review decision received' },
  recheck_requested: { zh: '复核申请日期', en: 'date re-examination requested' },
  recheck_proposed: { zh: '复核拟办日期', en: 'date re-examination proposed' },
  recheck_decided: { zh: '复核意见日期', en: 'date re-examination decided' },
  hearing_started: { zh: '听证开始日期', en: 'date hearing started' },
  hearing_ended: { zh: '听证结束日期', en: 'date hearing ended' },
  submitted: { zh: '报送领导日期', en: 'date sent to a leader' },
  delay_explained: { zh: '情况说明日期', en: 'date delay explained' },
  assigned_due: { zh: '要求办结日期', en: 'assigned due date' },
};

/** The event's name in words (its ledger column). */
export function eventName(e: EventName, lang: Lang): string {
  return EVENT_NAMES[e][lang];
}

/** Statuses of one clock of one case (docs/check-results.md `status`), in report column order. */
export const FINDING_STATUSES = ['on-time', 'late', 'overdue', 'pending'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Status names, as the check report, its XLSX and the terminal summary print them. */
export const STATUS_NAMES: Record<FindingStatus, Words> = {
  'on-time': { zh: '按期', en: 'on time' },
  late: { zh: '超期办结', en: 'late' },
  overdue: { zh: '逾期未办', en: 'overdue' },
  pending: { zh: '在办', en: 'pending' },
};

/** A pending finding inside its clock's warn window. */
export const DUE_SOON_NAME: Words = { zh: '临期', en: 'due soon' };

/** Violation names, for lists and appraisal items. */
export const VIOLATION_NAMES: Record<ViolationCode, Words> = {
  EXTENSION_OVER_MAX: { zh: '延期超过最长期限', en: 'extension over the maximum' },
  EXTENSION_AFTER_DUE: { zh: '到期后才批准延期', en: 'extension approved after the due date' },
  RECUSAL_CONFLICT: { zh: '应当回避而未回避', en: 'handler should have recused' },
  CONFIDENTIALITY_BREACH: { zh: '转送被反映对象（违反保密规定）', en: 'forwarded to the subject (confidentiality breach)' },
  GROUP_NOT_REPORTED: { zh: '集体访未按时报告', en: 'group visit not reported in time' },
  EVENTS_OUT_OF_ORDER: { zh: '日期先后矛盾', en: 'dates out of order' },
  DUPLICATE_CASE: { zh: '案件编号重复', en: 'duplicate case number' },
};

/** What a placeholder value is shown as: never as if it were real data (rules/AUTHORING.md). */
export const PLACEHOLDER_TEXT = '待补充';

/** What an empty ledger cell is grouped and shown under. */
export const NOT_GIVEN = '（未填）';

/** `《信访工作条例》第二十二条` (ArticleRef.citation: the article's full item path); empty when there is no article. */
export function citeArticle(ref: ArticleRef | undefined): string {
  return ref ? `《${ref.document}》${ref.citation}` : '';
}
