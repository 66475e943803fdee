/** One case as read from a ledger row (docs/ledger-columns.md), values normalised, with where it came from. */
import type { PersonalKind } from './personal-columns.ts';
import type { Moment } from '../deadlines/moment.ts';
import type { EventName } from '../rules/model.ts';

// Optional fields are present as `undefined` in cases the reader builds (one object shape).

/** A ledger row, normalised. Text fields are trimmed; absent means empty or unusable (a diagnostic says which). */
export interface LedgerCase {
  /** Excel-style row number of the row (CSV: record number, 1-based, header rows included). */
  row: number;
  /** 编号; a stand-in `第N行` when the cell is empty. */
  id: string;
  /** Whether `id` is a stand-in for an empty 编号. */
  idMissing: boolean;
  /** Event dates by alias (docs/ledger-columns.md), with the time when the cell had one. */
  events: Partial<Record<EventName, Moment | undefined>>;
  channel?: string;
  /** 来源; empty cell = 直接. */
  source?: string;
  /** 等级; empty cell = 一般. */
  level?: string;
  /** 类别 as written (an id or a name from the rules; resolved by the checker). */
  category?: string;
  /** 人数; empty cell = 1. */
  persons?: number;
  department?: string;
  handler?: string;
  subject?: string;
  forwarded_to?: string;
  extension_days?: number;
  /** 分流: the procedure a matter was diverted into (诉讼, 仲裁, 党员申诉 …), as written. */
  diverted?: string;
  /** 是否署名: 是 / 否. */
  signed?: string;
  /** 备注: free text, never a condition field; may hold personal data (masked in reports). */
  notes?: string;
  rating?: string;
  /** Personal data: never published, masked in reports by default. */
  petitioner?: string;
  phone?: string;
  id_number?: string;
}

/** Where a column of the ledger is and what it holds. */
export interface LedgerColumn {
  /** 0-based index in the row. */
  index: number;
  /** Excel column letter. */
  letter: string;
  /** The header as written. */
  header: string;
  /** The alias it matched, or undefined for an extra column (kept, not checked). */
  alias?: string;
  /** An extra column that looks like personal data (header or values), masked like one (`personal-columns.ts`). */
  personal?: PersonalKind;
}
