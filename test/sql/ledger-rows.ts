/**
 * Cases as our ledger reader gives them, as rows of the SQL input relation (docs/sql.md "Input"):
 * every canonical column as text, dates as `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. A 来源 or 等级 cell
 * the reader refused is written as a value that matches no condition, as the reader's `undefined`
 * matches none (an empty cell would mean 直接 / 一般).
 */
import { formatMoment } from '../../src/deadlines/moment.ts';
import type { LedgerCase } from '../../src/ledger/ledger-case.ts';
import { EVENTS } from '../../src/rules/model.ts';
import { NUMBER_COLUMNS, TEXT_COLUMNS } from '../../src/sql/cases-sql.ts';

/** A value of the input relation. */
export type InputValue = string | number | null;

/** Stands for a 来源 or 等级 cell the reader refused (an empty one means 直接 / 一般). */
export const REFUSED = '（无法识别）';

/** The row of the input relation for a case, in `INPUT_COLUMNS` order. */
export function ledgerRow(c: LedgerCase): InputValue[] {
  const out: InputValue[] = [c.row, c.id];
  for (const e of EVENTS) {
    const m = c.events[e];
    out.push(m ? formatMoment(m) : null);
  }
  for (const f of TEXT_COLUMNS) {
    const v = c[f];
    // The reader fills 来源 and 等级 when the cell is empty: undefined means it refused the cell.
    out.push(v === undefined && (f === 'source' || f === 'level') ? REFUSED : (v ?? null));
  }
  for (const f of NUMBER_COLUMNS) out.push(c[f] ?? null);
  return out;
}
