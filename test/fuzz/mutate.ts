/**
 * The fuzzer's input generator, shared by `npm run fuzz` (test/fuzz/fuzz.ts) and the
 * fixed-seed sample in `npm test` (test/hardening/fuzz-sample.test.ts). Pure and seeded: input `i`
 * of target `t` under seed `s` is a function of (s, t, i) alone, so any finding is reproduced with
 * `npm run fuzz -- --seed s --target t --index i`.
 *
 * Inputs are the shipped files (rules/*.yaml, data/ledgers/*.csv and *.xlsx, the rule sets exported as
 * workbooks, the holiday notices of test/calendar/fixtures/notices/, the rule sets' RRULEs), or for ledgers a grid
 * generated from the known headers and cell values, put through a chain of 1–4 mutations: byte-level (bit flips, truncation, duplicated or deleted slices, random UTF-8,
 * GB18030 and invalid bytes) and structural (YAML lines and tokens, CSV rows, cells and hostile
 * values, and for workbooks: cells, ranges, merges and cell types, or the sheet XML inside the zip; for
 * RRULEs: parts added, dropped, duplicated, or given odd values).
 */
import Papa from 'papaparse';
import XLSX from 'xlsx';
import { COLUMNS } from '../../src/ledger/columns.ts';

/** A seeded generator of floats in [0, 1) (mulberry32). */
export type Rng = () => number;

/** mulberry32: small, fast, and good enough to pick mutations. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of one input: FNV-1a over "seed/target/index". */
export function inputSeed(seed: number, target: string, index: number): number {
  let h = 0x811c9dc5;
  for (const ch of `${seed}/${target}/${index}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

const int = (r: Rng, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)]!;
const enc = new TextEncoder();
const dec = new TextDecoder('utf-8'); // lenient: structural mutations work on whatever text there is

function concat(...parts: Uint8Array[]): Uint8Array {
  return concatAll(parts);
}

function concatAll(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Text that breaks parsers: YAML syntax, prototype keys, quotes, formulas, odd numbers and dates. */
export const HOSTILE_TOKENS: readonly string[] = [
  '&a', '*a', '<<: *a', '? ', '- ', '{', '}', '[', ']', ': ', '!!binary ', '!!js/function ', '!!python/object ', '!custom ',
  '__proto__', 'constructor', 'prototype', '__proto__: {polluted: 1}', "'", '"', '|', '>', '%YAML 1.1\n', '---\n', '...\n',
  '\t', '~', 'null', '1e400', '-.inf', '.nan', '0x7fffffff', '=cmd|"/c calc"!A1', '+1', '-1', '@SUM(1)', '<script>alert(1)</script>',
  '2026-02-30', '9999-99-99', '1900-01-00', '0000-00-00', '2026年13月1日', '２０２６年３月５日', '45000', '-1', '1e308', '2958466',
  '\u0000', '\uFEFF', '\u202E', '\r', '\r\n', '"\n"', ',', ';', '𠀀', '😀', '信访', '',
];

/** Characters for random UTF-8: ASCII, CJK, astral, controls, and lone surrogates (encoded as U+FFFD). */
const CODEPOINT_RANGES: readonly [number, number][] = [[0x20, 0x7e], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x0, 0x1f], [0xd800, 0xdfff], [0x80, 0x7ff]];

function randomUtf8(r: Rng): Uint8Array {
  let s = '';
  for (let k = 1 + int(r, 8); k > 0; k--) {
    const [lo, hi] = pick(r, CODEPOINT_RANGES);
    s += String.fromCodePoint(lo + int(r, hi - lo + 1));
  }
  return enc.encode(s);
}

/** GB18030 two-byte characters (lead 0x81–0xFE, trail 0x40–0xFE, mostly valid) and four-byte ones. */
function randomGb18030(r: Rng): Uint8Array {
  const out: number[] = [];
  for (let k = 1 + int(r, 6); k > 0; k--) {
    if (r() < 0.8) out.push(0x81 + int(r, 0x7e), 0x40 + int(r, 0xbf));
    else out.push(0x81 + int(r, 0x7e), 0x30 + int(r, 10), 0x81 + int(r, 0x7e), 0x30 + int(r, 10));
  }
  return Uint8Array.from(out);
}

/** A byte-level mutation. */
type ByteMutator = (b: Uint8Array, r: Rng) => Uint8Array;

const BYTE_MUTATORS: Record<string, ByteMutator> = {
  flip: (b, r) => {
    const out = b.slice();
    for (let k = 1 + int(r, 8); k > 0 && out.length; k--) out[int(r, out.length)]! ^= 1 << int(r, 8);
    return out;
  },
  truncate: (b, r) => b.subarray(0, int(r, b.length + 1)),
  duplicate: (b, r) => {
    const from = int(r, b.length + 1);
    const len = int(r, Math.min(4096, b.length - from) + 1);
    const at = int(r, b.length + 1);
    const times = r() < 0.1 ? 1 + int(r, 50) : 1;
    const parts: Uint8Array[] = [b.subarray(0, at)];
    for (let i = 0; i < times; i++) parts.push(b.subarray(from, from + len));
    parts.push(b.subarray(at));
    return concatAll(parts);
  },
  delete: (b, r) => {
    const from = int(r, b.length + 1);
    return concat(b.subarray(0, from), b.subarray(from + int(r, 512)));
  },
  utf8: (b, r) => insert(b, r, randomUtf8(r)),
  gb18030: (b, r) => insert(b, r, randomGb18030(r)),
  invalid: (b, r) => insert(b, r, Uint8Array.from({ length: 1 + int(r, 4) }, () => 0x80 + int(r, 0x80))),
  token: (b, r) => insert(b, r, enc.encode(pick(r, HOSTILE_TOKENS))),
};

function insert(b: Uint8Array, r: Rng, piece: Uint8Array): Uint8Array {
  const at = int(r, b.length + 1);
  return concat(b.subarray(0, at), piece, b.subarray(at));
}

/** Line-level mutations of text (YAML lines, CSV rows). */
function mutateLines(text: string, r: Rng, kind: 'yaml' | 'csv'): string {
  const lines = text.split('\n');
  const i = int(r, lines.length);
  const j = int(r, lines.length);
  switch (int(r, kind === 'yaml' ? 6 : 7)) {
    case 0:
      lines.splice(i, 0, lines[j]!); // duplicate a line elsewhere (duplicate keys, duplicate case ids)
      break;
    case 1:
      lines.splice(i, 1 + int(r, 3));
      break;
    case 2:
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      break;
    case 3: // re-indent (YAML) or re-quote (CSV) a line
      lines[i] = kind === 'yaml' ? (r() < 0.5 ? '  ' + lines[i] : lines[i]!.replace(/^ {1,2}/, '')) : `"${lines[i]}`;
      break;
    case 4: // replace a value after a colon or comma with a hostile token
      lines[i] = lines[i]!.replace(kind === 'yaml' ? /: .*$/ : /,[^,]*/, (m) => m[0] + (kind === 'yaml' ? ' ' : '') + pick(r, HOSTILE_TOKENS));
      break;
    case 5: // a very long line
      lines[i] = lines[i]! + pick(r, ['x', '信', ',', '"', '-', '[']).repeat(1 + int(r, 20000));
      break;
    default: // CSV: a header or cell becomes a prototype key
      lines[i] = lines[i]!.replace(/[^,]*/, pick(r, ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString']));
  }
  return lines.join('\n');
}

/** A cell value a spreadsheet might hold, hostile or not. */
function hostileCell(r: Rng): XLSX.CellObject {
  switch (int(r, 7)) {
    case 0:
      return { t: 'n', v: pick(r, [NaN, Infinity, -Infinity, -1, 0, 1e308, 2958466, 2958465.999, 60, 45000.5, -0.5, 2 ** 53]) };
    case 1:
      return { t: 'e', v: pick(r, [0x07, 0x0f, 0x17, 0x1d, 0x24, 0x2a]) };
    case 2:
      return { t: 'b', v: r() < 0.5 };
    case 3:
      return { t: 's', v: '', f: pick(r, ['NOW()', 'A1', '1/0', 'HYPERLINK("http://x")']) };
    case 4:
      return { t: 'z' };
    default:
      return { t: 's', v: pick(r, HOSTILE_TOKENS) };
  }
}

/** Parsed seed workbooks: parsing is most of a workbook mutation's cost, and seeds repeat. */
const parsedSeeds = new WeakMap<Uint8Array, XLSX.WorkBook>();

function readWorkbook(bytes: Uint8Array): XLSX.WorkBook {
  let wb = parsedSeeds.get(bytes);
  if (!wb) parsedSeeds.set(bytes, (wb = XLSX.read(bytes, { type: 'buffer', cellDates: false })));
  return structuredClone(wb);
}

/** Structural workbook mutations via SheetJS: cells, the used range, merges, sheets. */
function mutateWorkbook(bytes: Uint8Array, r: Rng): Uint8Array {
  const wb = readWorkbook(bytes);
  // A rules workbook has a sheet per table; a ledger has one (and draws no number for it, so the
  // ledger inputs of a seed stay what they were).
  const ws = wb.Sheets[wb.SheetNames.length > 1 ? pick(r, wb.SheetNames) : wb.SheetNames[0]!]!;
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1:A1');
  for (let k = 1 + int(r, 6); k > 0; k--) {
    const at = { r: int(r, range.e.r + 3), c: int(r, range.e.c + 3) };
    switch (int(r, 5)) {
      case 0:
        ws['!ref'] = XLSX.utils.encode_range({ s: { r: int(r, 3), c: int(r, 3) }, e: { r: range.e.r + int(r, 300), c: range.e.c + int(r, 20) } });
        break;
      case 1:
        (ws['!merges'] ??= []).push({ s: at, e: { r: at.r + int(r, 4), c: at.c + int(r, 4) } });
        break;
      case 2:
        XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[pick(r, HOSTILE_TOKENS)]]), `S${int(r, 1e6)}`);
        wb.SheetNames.reverse(); // the hostile sheet may become the first
        break;
      default:
        ws[XLSX.utils.encode_cell(at)] = hostileCell(r);
    }
  }
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

/** A file inside a workbook's zip, as SheetJS's CFB module lists it (type 2 = file). */
export interface ZipPart {
  name: string;
  type: number;
  content: Uint8Array;
  size: number;
}

/** Mutate the XML of one part inside the zip (sheet, shared strings, styles, workbook), re-zipped. */
function mutateZipPart(bytes: Uint8Array, r: Rng): Uint8Array {
  const cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
  const parts = (cfb.FileIndex as ZipPart[]).filter((f) => f.type === 2 && /\.xml$|\.rels$/.test(f.name));
  if (!parts.length) return bytes;
  const part = pick(r, parts);
  const content = part.content;
  const mutated = r() < 0.5 ? enc.encode(mutateLines(dec.decode(content).replace(/></g, '>\n<'), r, 'yaml').replace(/>\n</g, '><')) : BYTE_MUTATORS[pick(r, ['flip', 'truncate', 'duplicate', 'delete', 'token'])]!(content, r);
  part.content = mutated;
  part.size = mutated.length;
  return new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'buffer', compression: true }) as Buffer);
}

/** RRULE part names, known and not. */
const RRULE_PARTS: readonly string[] = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'BYWEEKNO', 'BYYEARDAY', 'BYHOUR', 'BYMINUTE', 'BYSECOND', 'WKST', 'EXRULE', 'RDATE', 'DTSTART', 'TZID', 'X-NAME', 'freq', ''];
/** RRULE values that are valid somewhere, out of range, or not values at all. */
const RRULE_VALUES: readonly string[] = [
  'YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY', '0', '1', '-1', '2', '7', '12', '13', '31', '32', '-31', '53', '54', '366', '-367', '25', '60',
  '99999999999', '1e3', '1.5', '', 'MO', '1MO', '-1FR', '+2TU', '5SU', '-5SA', '0MO', '54TH', 'MO,TU,WE,TH,FR', 'XX', '20241231', '20241231T000000Z', '19000101', '99991231',
  '2024-12-31', '20240230', '1,2,3', ',,', ';', '=', '\n', '\r\n', 'FREQ=DAILY', '信访', '\u0000',
];

/** Structural RRULE mutations: a part added, dropped or duplicated, a value replaced or extended. */
function mutateRrule(text: string, r: Rng): string {
  const parts = text.split(';');
  const i = int(r, parts.length);
  switch (int(r, 5)) {
    case 0:
      parts.splice(int(r, parts.length + 1), 0, `${pick(r, RRULE_PARTS)}=${pick(r, RRULE_VALUES)}`);
      break;
    case 1:
      parts.splice(i, 1);
      break;
    case 2:
      parts[i] = parts[i]!.replace(/=.*$/, `=${pick(r, RRULE_VALUES)}`);
      break;
    case 3:
      parts[i] = `${parts[i]},${pick(r, RRULE_VALUES)}`;
      break;
    default:
      parts.push(parts[i]!);
  }
  return parts.join(';');
}

/** What kind of seed file is mutated. */
export type InputKind = 'yaml' | 'csv' | 'xlsx' | 'txt' | 'rrule';

/** One generated input and how it was made (for the report of a finding). */
export interface FuzzInput {
  bytes: Uint8Array;
  /** Seed file name. */
  from: string;
  /** The mutations applied, in order. */
  chain: string[];
}

/** Apply 1–4 mutations suited to the kind to one seed file. */
export function mutate(seedBytes: Uint8Array, kind: InputKind, r: Rng): { bytes: Uint8Array; chain: string[] } {
  let b = seedBytes;
  const chain: string[] = [];
  // Workbook steps come before byte steps: SheetJS reading a zip whose bytes were flipped can
  // inflate into uninitialised memory, which would make the input differ from run to run.
  let zipIntact = kind === 'xlsx';
  for (let k = 1 + int(r, 4); k > 0; k--) {
    const structural = r() < (kind === 'xlsx' || kind === 'rrule' ? 0.8 : 0.5);
    let name: string;
    if (zipIntact && structural) {
      name = r() < 0.5 ? 'workbook' : 'zip-part';
      try {
        b = name === 'workbook' ? mutateWorkbook(b, r) : mutateZipPart(b, r);
      } catch {
        name += '(unreadable, kept)'; // an earlier zip-part step broke the XML: keep the bytes
      }
    } else if (structural && kind === 'rrule') {
      name = 'rrule-parts';
      b = enc.encode(mutateRrule(dec.decode(b), r));
    } else if (structural && kind !== 'xlsx') {
      name = `${kind}-lines`;
      b = enc.encode(mutateLines(dec.decode(b), r, kind === 'csv' ? 'csv' : 'yaml'));
    } else {
      name = pick(r, Object.keys(BYTE_MUTATORS));
      b = BYTE_MUTATORS[name]!(b, r);
      zipIntact = false;
    }
    chain.push(name);
  }
  return { bytes: b, chain };
}

/** Cell values a ledger may hold: dates in every accepted shape and some that are not, counts, enums. */
const CELL_VALUES: readonly string[] = [
  '2024-01-26', '2024/1/26', '2024.1.26', '2024年1月26日', '2024-01-26 14:30', '45317', '2024-02-30', '26/01/2024',
  '1', '6', '0', '-3', '若干', '来信', '来访', '网上', '交办', '转办', '直接', '一般', '重大', '紧急', '满意', '不满意', '',
];

/** A ledger grid made from scratch: a title row or not, a random choice of known headers (Chinese, alias or synonym) and rows. */
function generateGrid(r: Rng): string[][] {
  const columns = COLUMNS.filter(() => r() < 0.4);
  const header = columns.map((c) => pick(r, [c.zh, c.alias, ...(c.synonyms ?? [])]));
  const rows = Array.from({ length: int(r, 40) }, () => header.map(() => (r() < 0.1 ? pick(r, HOSTILE_TOKENS) : pick(r, CELL_VALUES))));
  return [...(r() < 0.3 ? [['某单位信访台账']] : []), header, ...rows];
}

/**
 * Input `index` of a target, all from (seed, target, index): mostly a seed file picked and mutated;
 * for ledgers, one in ten is generated from scratch (and then mutated like the rest).
 */
export function generate(seeds: readonly { name: string; bytes: Uint8Array }[], kind: InputKind, seed: number, target: string, index: number): FuzzInput {
  const r = rng(inputSeed(seed, target, index));
  const from = pick(r, seeds);
  if ((kind === 'csv' || kind === 'xlsx') && r() < 0.1) {
    const grid = generateGrid(r);
    const book = XLSX.utils.book_new();
    if (kind === 'xlsx') XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(grid), '台账');
    const made = kind === 'csv' ? enc.encode(Papa.unparse(grid)) : new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const { bytes, chain } = r() < 0.5 ? mutate(made, kind, r) : { bytes: made, chain: [] };
    return { bytes, from: from.name, chain: ['generated', ...chain] };
  }
  const { bytes, chain } = mutate(from.bytes, kind, r);
  return { bytes, from: from.name, chain };
}
