/**
 * From raw rows to cases (docs/ledger-columns.md): find the header row below any title rows (one row, or two
 * rows when a merged group header such as 延期 sits above 批准日期 / 天数), match headers, then turn
 * each data row into a `LedgerCase`. A bad cell becomes a diagnostic at its sheet, row, column
 * letter and header; the row's other cells are still used. Shared by the CSV and XLSX readers.
 */
import type { CodeArgs } from '../diagnostics/catalogue.ts';
import { columnLetter } from '../diagnostics/diagnostic.ts';
import type { Moment } from '../deadlines/moment.ts';
import { CHANNELS, LEVELS, SOURCES, type EventName } from '../rules/model.ts';
import { COLUMN_BY_ALIAS, matchHeader, type ColumnKind, type HeaderIndex } from './columns.ts';
import type { DiagnosticSink } from './diagnostic-sink.ts';
import type { LedgerCase, LedgerColumn } from './ledger-case.ts';
import { PersonalSampler, SAMPLE_ROWS, personalByHeader } from './personal-columns.ts';
import { momentFromSerial, parseChannel, parseCount, parseDateText, parseLevel, parseRating, parseSigned, parseSource } from './values.ts';

/** A cell as a reader hands it over: text (CSV) or a typed value (XLSX; numbers in date columns are serials). */
export type RawCell = string | number | boolean | null | undefined;

/** Rows searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

/** What the assembler found out about the ledger's layout. */
export interface LedgerLayout {
  /** Sheet name (workbooks only). */
  sheet?: string;
  /** Excel row number of the (last) header row. */
  headerRow: number;
  columns: LedgerColumn[];
}

interface Mapped {
  index: number;
  alias: string;
  kind: ColumnKind;
  header: string;
  letter: string;
}

const cellText = (c: RawCell): string => (c === null || c === undefined ? '' : typeof c === 'string' ? c.trim() : String(c));
const clip = (t: string): string => (t.length > 60 ? `${t.slice(0, 57)}…` : t);

/**
 * What a 台账's closing rows start with: totals (合计, 总计, 小计, 共计) and the sign-off lines
 * (填表人, 审核人, 负责人, 制表, 填表日期, 盖章). Such a row is the form's footer, never a case.
 */
const FOOTER = /^(?:合\s*计|总\s*计|小\s*计|共\s*计|填表人|填报人|制表|审核人|审批人|负责人|填表日期|填报日期|报送日期|(?:单位)?[（(]?盖章)/;

/**
 * The footer text of a row, or undefined: the first filled cell starts like a footer, or the row
 * holds one text in every filled cell (a merged row across the sheet, its value copied into each
 * covered cell by the XLSX reader) that is not a date.
 */
function footerText(cells: readonly RawCell[]): string | undefined {
  let first: string | undefined;
  let filled = 0;
  let same = true;
  for (const cell of cells) {
    const t = cellText(cell);
    if (!t) continue;
    filled++;
    if (first === undefined) first = t;
    else if (t !== first) same = false;
  }
  if (first === undefined) return undefined;
  if (FOOTER.test(first)) return first;
  return filled > 1 && same && !parseDateText(first) ? first : undefined;
}

type Candidate = { score: number; headers: string[]; aliases: (string | undefined)[]; rows: number };

/** Score a header candidate: how many distinct known columns it names. */
function candidate(index: HeaderIndex, top: RawCell[], bottom?: RawCell[]): Candidate {
  const width = Math.max(top.length, bottom?.length ?? 0);
  const headers: string[] = [];
  const aliases: (string | undefined)[] = [];
  for (let i = 0; i < width; i++) {
    const t = cellText(top[i]);
    if (!bottom) {
      headers.push(t);
      aliases.push(matchHeader(index, t));
      continue;
    }
    const b = cellText(bottom[i]);
    const alias = b ? (matchHeader(index, b) ?? (t !== b ? matchHeader(index, t + b) : undefined)) : matchHeader(index, t);
    headers.push(b && t && t !== b && !matchHeader(index, b) ? t + b : b || t);
    aliases.push(alias);
  }
  const score = new Set(aliases.filter(Boolean)).size;
  return { score, headers, aliases, rows: bottom ? 2 : 1 };
}

/**
 * Finds the header, then converts rows as they arrive. Holds state across a stream of rows, so
 * it is a class; rows before the header are buffered (at most {@link HEADER_SEARCH_ROWS}).
 */
export class LedgerAssembler {
  private pending: { cells: RawCell[]; row: number }[] = [];
  private mapped: Mapped[] | undefined;
  private layout: LedgerLayout | undefined;
  /** Column indexes of the fields with docs/ledger-columns.md defaults, and of 延期天数. */
  private defaults: { source: number; level: number; persons: number; extensionDays: number } | undefined;
  /** Number of cases handed to `onCase`. */
  cases = 0;
  /** Footer rows skipped: reported together, once, at the end. */
  private readonly footers: { row: number; text: string }[] = [];
  /** Values of the extra columns, sampled to spot personal data; data rows left to sample. */
  private sampler: PersonalSampler | undefined;
  private toSample = SAMPLE_ROWS;

  constructor(
    private readonly opts: {
      headers: HeaderIndex;
      sink: DiagnosticSink;
      sheet?: string;
      date1904?: boolean;
      /** The rule set's own levels beyond 一般/重大/紧急 (e.g. 特殊), accepted in 等级 as written. */
      levels?: readonly string[];
      onCase: (c: LedgerCase) => void;
      onLayout?: (layout: LedgerLayout) => void;
    },
  ) {}

  /** Feed one row with its Excel row number. */
  push(cells: RawCell[], row: number): void {
    if (this.mapped) return this.convert(cells, row);
    this.pending.push({ cells, row });
    if (this.pending.length >= HEADER_SEARCH_ROWS) this.findHeader();
  }

  /** No more rows: the layout, or undefined when no header was found (a diagnostic says so). */
  end(): LedgerLayout | undefined {
    if (!this.mapped) this.findHeader();
    const first = this.footers[0];
    if (first) {
      const rows = this.footers.length > 5 ? `${this.footers.slice(0, 5).map((f) => f.row).join('、')} 等 ${this.footers.length} 行` : this.footers.map((f) => f.row).join('、');
      this.opts.sink.add('LEDGER_FOOTER_ROWS', { rows, value: clip(first.text) }, this.at(first.row));
    }
    const personal: string[] = [];
    for (const c of this.layout?.columns ?? []) {
      if (c.alias) continue;
      const kind = personalByHeader(c.header) ?? this.sampler?.kind(c.index);
      if (!kind) continue;
      c.personal = kind;
      personal.push(`${c.header || '（无列名）'}（${c.letter}列）`);
    }
    if (personal.length) this.opts.sink.add('LEDGER_PERSONAL_COLUMNS', { columns: personal.join('、') }, this.at());
    return this.layout;
  }

  private findHeader(): void {
    const rows = this.pending;
    let best: (Candidate & { at: number }) | undefined;
    for (let i = 0; i < rows.length; i++) {
      const options = [candidate(this.opts.headers, rows[i]!.cells)];
      if (i + 1 < rows.length) options.push(candidate(this.opts.headers, rows[i]!.cells, rows[i + 1]!.cells));
      for (const c of options) if (!best || c.score > best.score) best = { ...c, at: i };
    }
    this.pending = [];
    if (!best || best.score < 2) {
      this.opts.sink.add('LEDGER_NO_HEADER', { rows: HEADER_SEARCH_ROWS }, this.at());
      this.mapped = [];
      return;
    }
    const headerAt = best.at + best.rows - 1;
    const columns: LedgerColumn[] = [];
    const mapped: Mapped[] = [];
    const seen = new Map<string, string>();
    best.headers.forEach((header, index) => {
      const letter = columnLetter(index);
      let alias = best.aliases[index];
      if (alias && seen.has(alias)) {
        const zh = COLUMN_BY_ALIAS.get(alias)!.zh;
        this.opts.sink.add('LEDGER_DUPLICATE_COLUMN', { zh, first: seen.get(alias)! }, this.at(rows[headerAt]!.row, letter, header));
        alias = undefined;
      }
      if (!header && !alias) return;
      columns.push({ index, letter, header, ...(alias ? { alias } : {}) });
      if (!alias) return;
      seen.set(alias, letter);
      mapped.push({ index, alias, kind: COLUMN_BY_ALIAS.get(alias)!.kind, header, letter });
    });
    this.layout = { ...(this.opts.sheet !== undefined ? { sheet: this.opts.sheet } : {}), headerRow: rows[headerAt]!.row, columns };
    if (!seen.has('received')) {
      this.opts.sink.add('LEDGER_NO_RECEIVED_COLUMN', {}, this.at(rows[headerAt]!.row));
      this.mapped = [];
      this.layout = undefined;
      return;
    }
    this.mapped = mapped;
    this.sampler = new PersonalSampler(columns.filter((c) => !c.alias).map((c) => c.index));
    this.defaults = { source: this.indexOf('source'), level: this.indexOf('level'), persons: this.indexOf('persons'), extensionDays: this.indexOf('extension_days') };
    this.opts.onLayout?.(this.layout);
    for (const r of rows.slice(headerAt + 1)) this.convert(r.cells, r.row);
  }

  private at(row?: number, columnLetter?: string, header?: string) {
    return {
      ...(this.opts.sheet !== undefined ? { sheet: this.opts.sheet } : {}),
      ...(row !== undefined ? { row } : {}),
      ...(columnLetter ? { columnLetter } : {}),
      ...(header ? { header } : {}),
    };
  }

  private bad<C extends 'LEDGER_BAD_DATE' | 'LEDGER_BAD_VALUE' | 'LEDGER_BAD_NUMBER'>(code: C, text: string, m: Mapped, row: number, args: Omit<CodeArgs<C>, 'value'>): void {
    this.opts.sink.add<C>(code, { value: clip(text), ...args } as CodeArgs<C>, this.at(row, m.letter, m.header));
  }

  /** Column index of an alias, or -1. */
  private indexOf(alias: string): number {
    return this.mapped!.find((m) => m.alias === alias)?.index ?? -1;
  }

  private convert(cells: RawCell[], row: number): void {
    const mapped = this.mapped!;
    if (mapped.length === 0) return;
    const footer = footerText(cells);
    if (footer !== undefined) {
      this.footers.push({ row, text: footer });
      return;
    }
    // Every field is created up front, in one order, so all cases share one object shape (fast
    // property access over a million rows).
    const c: LedgerCase = {
      row, id: '', idMissing: false, events: newEvents(), channel: undefined, source: undefined, level: undefined,
      category: undefined, persons: undefined, department: undefined, handler: undefined, subject: undefined,
      forwarded_to: undefined, extension_days: undefined, diverted: undefined, signed: undefined, notes: undefined, rating: undefined, petitioner: undefined, phone: undefined, id_number: undefined,
    };
    let filled = 0;
    let firstText = '';
    for (let k = 0; k < mapped.length; k++) {
      const m = mapped[k]!;
      const raw = cells[m.index];
      const text = cellText(raw);
      if (text === '') continue;
      filled++;
      if (!firstText) firstText = text;
      switch (m.kind) {
        case 'date': {
          const when: Moment | undefined = typeof raw === 'number' ? momentFromSerial(raw, this.opts.date1904) : parseDateText(text);
          if (when) c.events[m.alias as EventName] = when;
          else this.bad('LEDGER_BAD_DATE', text, m, row, {});
          break;
        }
        case 'id':
          c.id = text;
          break;
        case 'channel':
          if ((c.channel = parseChannel(text)) === undefined) this.bad('LEDGER_BAD_VALUE', text, m, row, { allowed: CHANNELS.join('、') });
          break;
        case 'source':
          if ((c.source = parseSource(text)) === undefined) this.bad('LEDGER_BAD_VALUE', text, m, row, { allowed: SOURCES.join('、') });
          break;
        case 'level':
          c.level = parseLevel(text) ?? this.opts.levels?.find((l) => l === text);
          if (c.level === undefined) this.bad('LEDGER_BAD_VALUE', text, m, row, { allowed: [...LEVELS, ...(this.opts.levels ?? [])].join('、') });
          break;
        case 'signed':
          if ((c.signed = parseSigned(text)) === undefined) this.bad('LEDGER_BAD_VALUE', text, m, row, { allowed: '是、否' });
          break;
        case 'rating':
          if ((c.rating = parseRating(text)) === undefined) this.bad('LEDGER_BAD_VALUE', text, m, row, { allowed: '满意、基本满意、不满意' });
          break;
        case 'persons':
          if ((c.persons = parseCount(text, 1)) === undefined) this.bad('LEDGER_BAD_NUMBER', text, m, row, { min: 1 });
          break;
        case 'days':
          if ((c.extension_days = parseCount(text, 1)) === undefined) this.bad('LEDGER_BAD_NUMBER', text, m, row, { min: 1 });
          break;
        default:
          // Text columns, 备注 included (free text: no value to validate).
          (c as unknown as Record<string, string>)[m.alias] = text;
      }
    }
    if (filled === 0) return; // a blank line is not a case
    if (this.toSample > 0) {
      this.toSample--;
      this.sampler!.add((i) => cellText(cells[i]));
    }
    if (!c.events.received && filled < 2) {
      this.opts.sink.add('LEDGER_NOTE_ROW', { value: clip(firstText) }, this.at(row));
      return;
    }
    // docs/ledger-columns.md defaults: an empty 来源 is 直接, an empty 等级 is 一般, an empty 人数 is 1. A bad
    // cell (diagnostic above) stays unknown instead, so no clock is applied on a guess.
    const d = this.defaults!;
    if (d.source < 0 || cellText(cells[d.source]) === '') c.source = '直接';
    if (d.level < 0 || cellText(cells[d.level]) === '') c.level = '一般';
    if (d.persons < 0 || cellText(cells[d.persons]) === '') c.persons = 1;
    if (!c.id) {
      c.id = `第${row}行`;
      c.idMissing = true;
      const idCol = mapped.find((m) => m.alias === 'id');
      this.opts.sink.add('LEDGER_MISSING_ID', { id: c.id }, this.at(row, idCol?.letter, idCol?.header));
    }
    if (c.events.extension_approved && (d.extensionDays < 0 || cellText(cells[d.extensionDays]) === '')) {
      // An approval without its days extends nothing: say so rather than drop it silently.
      const col = mapped.find((m) => m.alias === 'extension_approved')!;
      this.opts.sink.add('LEDGER_EXTENSION_NO_DAYS', { date: cellText(cells[col.index]) }, this.at(row, col.letter, col.header));
    }
    if (!c.events.received) {
      const col = mapped.find((m) => m.alias === 'received')!;
      if (cellText(cells[col.index]) === '') this.opts.sink.add('LEDGER_MISSING_RECEIVED', {}, this.at(row, col.letter, col.header));
    }
    this.cases++;
    this.opts.onCase(c);
  }
}

/** An events record with every event present as a key (undefined until set), for one object shape. */
function newEvents(): LedgerCase['events'] {
  return {
    received: undefined, forwarded: undefined, notified: undefined, accepted: undefined, instructed: undefined, reported: undefined,
    extension_approved: undefined, replied: undefined, closed: undefined, review_requested: undefined, review_proposed: undefined, review_decided: undefined,
    reply_received: undefined, review_received: undefined, recheck_requested: undefined, recheck_proposed: undefined, recheck_decided: undefined,
    hearing_started: undefined, hearing_ended: undefined, submitted: undefined, delay_explained: undefined, assigned_due: undefined,
  };
}
