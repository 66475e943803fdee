/**
 * An approved extension against the clock's maximum (docs/day-counting.md: "an approved extension beyond the
 * clock's maximum is a finding; the maximum is applied"). One rule for the ledger checker and
 * `xinfang deadline --rules DIR --clock ID --extension`. Pure.
 */
import type { Limit } from './limit.ts';

/** What a clock says about extensions: undefined = it allows none; no `max` = no cap of its own. */
export type ExtensionRule = { max?: Limit } | undefined;

/** The outcome: the extension to count, whether the maximum replaced the request, or refused. */
export type ExtensionOutcome = { applied: Limit; capped: boolean } | { refused: true };

/**
 * Apply the clock's maximum to a requested extension in the same unit as the maximum (the caller
 * compares other units by their due dates, {@link laterThanMax}).
 */
export function allowedExtension(rule: ExtensionRule, requested: Limit): ExtensionOutcome {
  if (!rule) return { refused: true };
  const max = rule.max;
  if (!max || max.unit !== requested.unit || requested.amount <= max.amount) return { applied: requested, capped: false };
  return { applied: max, capped: true };
}

/** Whether a maximum in another unit than the request must be compared by due dates. */
export function laterThanMax(rule: ExtensionRule, requested: Limit): boolean {
  return rule?.max !== undefined && rule.max.unit !== requested.unit;
}
