/**
 * Cases as our ledger reader gives them, as rows of the SQL input relation (docs/sql.md "Input"):
 * every canonical column as text, dates as `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`; and back. A 来源 or
 * 等级 cell the reader refused is written as a value that matches no condition, as the reader's
 * `undefined` matches none (an empty cell would mean 直接 / 一般). `xinfang check --engine duckdb`
 * keeps the rest of a case beside it (CASE_COLUMNS) so that the checker's accounting and the reports
 * see the case the reader read.
 */
import { parseMoment, formatMoment } from '../deadlines/moment.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import { EVENTS } from '../rules/model.ts';
import { INPUT_COLUMNS, NUMBER_COLUMNS, TEXT_COLUMNS } from './cases-sql.ts';

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

/** What a case has besides the input columns: the stand-in 编号 flag, 备注 and the personal data (KPIs, reports). */
const EXTRA_COLUMNS = ['id_missing', 'notes', 'petitioner', 'phone', 'id_number'] as const;
/** The columns of a case row: the input columns, then the extras. */
export const CASE_COLUMNS: readonly string[] = [...INPUT_COLUMNS, ...EXTRA_COLUMNS];

/** The row of a case, in `CASE_COLUMNS` order (`id_missing` as 1 or null). */
export function caseRow(c: LedgerCase): InputValue[] {
  const out = ledgerRow(c);
  out.push(c.idMissing ? 1 : null, c.notes ?? null, c.petitioner ?? null, c.phone ?? null, c.id_number ?? null);
  return out;
}

const text = (v: unknown): string | undefined => (v === null || v === undefined || v === '' ? undefined : String(v));
const int = (v: unknown): number | undefined => (v === null || v === undefined || v === '' ? undefined : Number(v));

/**
 * The case of a row read back (column name → value; absent columns are empty): the inverse of
 * {@link caseRow}. A date read back as text may carry seconds (`2026-03-05 10:30:00`, a
 * TIMESTAMP): the minute is taken as docs/sql.md "Input" says, so that the checker and the SQL agree.
 */
export function caseOfRow(r: Readonly<Record<string, unknown>>): LedgerCase {
  const events: LedgerCase['events'] = {};
  for (const e of EVENTS) {
    const v = text(r[e]);
    if (v === undefined) continue;
    const m = parseMoment(v.length > 16 ? v.slice(0, 16) : v);
    if (m) events[e] = m;
  }
  const refusable = (v: unknown) => (v === REFUSED ? undefined : text(v));
  return {
    row: Number(r.row),
    id: String(r.id ?? ''),
    idMissing: r.id_missing !== null && r.id_missing !== undefined,
    events,
    channel: text(r.channel),
    source: refusable(r.source),
    level: refusable(r.level),
    category: text(r.category),
    persons: int(r.persons),
    department: text(r.department),
    handler: text(r.handler),
    subject: text(r.subject),
    forwarded_to: text(r.forwarded_to),
    extension_days: int(r.extension_days),
    diverted: text(r.diverted),
    signed: text(r.signed),
    notes: text(r.notes),
    rating: text(r.rating),
    petitioner: text(r.petitioner),
    phone: text(r.phone),
    id_number: text(r.id_number),
  };
}
