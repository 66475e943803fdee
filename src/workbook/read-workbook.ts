/**
 * Import, first half: a workbook (layout.ts) → one plain rule-data object per version, plus where
 * every field came from (`sheet!cell`), so later checks can point at the cell. Structural problems
 * (extra or missing sheets, merged cells, unknown columns, rows of no version) are reported here;
 * content is checked by the rules stage's own checks in check-workbook.ts. Pure: bytes → data.
 */
import * as XLSX from 'xlsx';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { columnLetter, type Location } from '../diagnostics/diagnostic.ts';
import type { DataPath } from '../diagnostics/yaml-position.ts';
import { fromCell, type RawCell } from './cell-value.ts';
import { workbookProblem } from '../io/workbook-guard.ts';
import { INFO_FIELDS, INFO_SHEET, README_SHEET, SHEETS, TABLES, VERSION_HEADER, type FieldSpec, type RefKind, type TableSpec } from './layout.ts';

/** Where each field of one version came from: JSON of the data path → cell. */
export type CellIndex = Map<string, Location>;

/** A cell that refers to something by id or by name (resolved by complete-version.ts). */
export interface ReferenceCell {
  path: DataPath;
  kind: RefKind | 'condition';
}

/** One version read from the workbook. */
export interface WorkbookVersion {
  /** Its 生效日期 as written (the key rows use in their 版本 column). */
  key: string;
  data: Record<string, unknown>;
  cells: CellIndex;
  /** The reference cells that hold a value. */
  refs: ReferenceCell[];
}

/** Key of a data path in a CellIndex. */
export const pathKey = (path: DataPath): string => JSON.stringify(path);

function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let obj = target;
  for (const p of parts.slice(0, -1)) {
    if (!obj[p] || typeof obj[p] !== 'object') obj[p] = {};
    obj = obj[p] as Record<string, unknown>;
  }
  obj[parts[parts.length - 1]!] = value;
}

function listAt(root: Record<string, unknown>, path: DataPath): unknown[] {
  let obj: Record<string | number, unknown> = root;
  path.forEach((p, i) => {
    const last = i === path.length - 1;
    if (obj[p] === undefined || typeof obj[p] !== 'object') obj[p] = last ? [] : {};
    obj = obj[p] as Record<string | number, unknown>;
  });
  return obj as unknown as unknown[];
}

const fieldPath = (key: string): DataPath => (key === '' ? [] : key.split('.'));

interface Context {
  file: string;
  out: CatalogueDiagnostic[];
}

function at(ctx: Context, sheet: string, row: number, col: number, header?: string): Location {
  return { file: ctx.file, sheet, row, columnLetter: columnLetter(col), ...(header ? { header } : {}) };
}

/** Read one cell into a field, reporting unreadable cells; returns whether a value was set. */
function readField(ctx: Context, ws: XLSX.WorkSheet, r: number, c: number, spec: FieldSpec, sheet: string, header: string, put: (v: unknown) => void): void {
  const cell = ws[XLSX.utils.encode_cell({ r, c })] as RawCell | undefined;
  const read = fromCell(cell, spec);
  if ('empty' in read) return;
  if ('error' in read) {
    ctx.out.push(read.error(at(ctx, sheet, r + 1, c, header)));
    return;
  }
  put(read.value);
}

function readInfo(ctx: Context, ws: XLSX.WorkSheet): WorkbookVersion[] {
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  const versionCols: number[] = [];
  for (let c = 2; c <= range.e.c; c++) {
    for (let r = 1; r <= range.e.r; r++) if (ws[XLSX.utils.encode_cell({ r, c })]?.v !== undefined) { versionCols.push(c); break; }
  }
  const versions: WorkbookVersion[] = versionCols.map(() => ({ key: '', data: {}, cells: new Map(), refs: [] }));
  const seen = new Set<string>();
  for (let r = 1; r <= range.e.r; r++) {
    const label = String(ws[XLSX.utils.encode_cell({ r, c: 0 })]?.v ?? '').trim();
    const key = String(ws[XLSX.utils.encode_cell({ r, c: 1 })]?.v ?? '').trim();
    const spec = INFO_FIELDS.find((f) => f.key === key) ?? INFO_FIELDS.find((f) => f.header === label);
    const rowHasData = versionCols.some((c) => ws[XLSX.utils.encode_cell({ r, c })]?.v !== undefined);
    if (!spec) {
      if (label || key || rowHasData) ctx.out.push(diagnostic('WORKBOOK_UNKNOWN_FIELD', { field: label || key }, at(ctx, INFO_SHEET, r + 1, label ? 0 : 1)));
      continue;
    }
    seen.add(spec.key);
    versionCols.forEach((c, i) => {
      const v = versions[i]!;
      v.cells.set(pathKey(fieldPath(spec.key)), at(ctx, INFO_SHEET, r + 1, c, spec.header));
      readField(ctx, ws, r, c, spec, INFO_SHEET, spec.header, (value) => {
        setField(v.data, spec.key, value);
        if (spec.ref) v.refs.push({ path: fieldPath(spec.key), kind: spec.ref });
      });
    });
  }
  // A deleted row: its fields point just below the table, where the row would go back.
  INFO_FIELDS.filter((f) => !seen.has(f.key)).forEach((f) => versions.forEach((v) => v.cells.set(pathKey(fieldPath(f.key)), at(ctx, INFO_SHEET, range.e.r + 2, 0, f.header))));
  for (const v of versions) v.key = typeof v.data.effective_from === 'string' ? v.data.effective_from : '';
  return versions;
}

function readTable(ctx: Context, ws: XLSX.WorkSheet, spec: TableSpec, versions: WorkbookVersion[]): void {
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  const columns = new Map<string, number>();
  for (let c = 0; c <= range.e.c; c++) {
    const header = String(ws[XLSX.utils.encode_cell({ r: 0, c })]?.v ?? '').trim();
    if (!header) continue;
    const known = header === VERSION_HEADER || spec.columns.some((s) => s.header === header);
    if (!known) ctx.out.push(diagnostic('WORKBOOK_UNKNOWN_COLUMN', { header, known: [VERSION_HEADER, ...spec.columns.map((s) => s.header)].join('、') }, at(ctx, spec.sheet, 1, c)));
    else if (columns.has(header)) ctx.out.push(diagnostic('WORKBOOK_DUPLICATE_COLUMN', { header }, at(ctx, spec.sheet, 1, c)));
    else columns.set(header, c);
  }
  // Where a deleted column would go back: just after the last header.
  const missingAt = (header: string) => at(ctx, spec.sheet, 1, range.e.c + 1, header);
  for (const s of spec.columns) if (!columns.has(s.header)) ctx.out.push(diagnostic('WORKBOOK_MISSING_COLUMN', { header: s.header }, missingAt(s.header)));
  const versionCol = columns.get(VERSION_HEADER);
  const known = versions.map((v) => v.key).join('、');
  for (let r = 1; r <= range.e.r; r++) {
    const used = [...columns.values()].some((c) => {
      const v = ws[XLSX.utils.encode_cell({ r, c })]?.v;
      return v !== undefined && String(v).trim() !== '';
    });
    if (!used) continue;
    const vText = versionCol === undefined ? undefined : fromCell(ws[XLSX.utils.encode_cell({ r, c: versionCol })], { header: VERSION_HEADER, key: '', kind: 'date' });
    const vKey = vText && 'value' in vText ? String(vText.value) : undefined;
    const version = vKey !== undefined ? versions.find((v) => v.key === vKey) : versions.length === 1 ? versions[0] : undefined;
    if (!version) {
      ctx.out.push(diagnostic('WORKBOOK_UNKNOWN_VERSION', { value: vKey ?? '', known }, at(ctx, spec.sheet, r + 1, versionCol ?? 0, VERSION_HEADER)));
      continue;
    }
    let item: Record<string, unknown> | unknown = {};
    const cellsOf: [DataPath, Location][] = [];
    for (const s of spec.columns) {
      const c = columns.get(s.header);
      cellsOf.push([fieldPath(s.key), c === undefined ? missingAt(s.header) : at(ctx, spec.sheet, r + 1, c, s.header)]);
      if (c === undefined) continue;
      readField(ctx, ws, r, c, s, spec.sheet, s.header, (value) => (s.key === '' ? (item = value) : setField(item as Record<string, unknown>, s.key, value)));
    }
    const obj = item as Record<string, unknown>;
    const target = spec.target(version.data, obj);
    const ownerCell = cellsOf[spec.columns.findIndex((s) => s.key === '@owner')]?.[1];
    if (!target) {
      const ids = ((version.data.departments as { id?: unknown }[] | undefined) ?? []).map((d) => String(d.id)).join(', ');
      ctx.out.push(diagnostic('UNKNOWN_REFERENCE', { id: String(obj['@owner']), kind: 'department', kindZh: '部门', known: ids }, ownerCell!));
      continue;
    }
    if (obj && typeof obj === 'object') for (const k of Object.keys(obj)) if (k.startsWith('@')) delete obj[k];
    const list = listAt(version.data, target);
    const itemPath = [...target, list.length];
    list.push(item);
    version.cells.set(pathKey(itemPath), at(ctx, spec.sheet, r + 1, columns.get(spec.columns[0]!.header) ?? 0));
    for (const [p, loc] of cellsOf) if (!p[0]?.toString().startsWith('@')) version.cells.set(pathKey([...itemPath, ...p]), loc);
    for (const s of spec.columns) {
      const kind = s.ref ?? (s.kind === 'condition' ? 'condition' : undefined);
      if (kind && !s.key.startsWith('@')) version.refs.push({ path: [...itemPath, ...fieldPath(s.key)], kind });
    }
  }
}

/** Read a rules workbook. `file` is how diagnostics name it. */
export function readRulesWorkbook(bytes: Uint8Array, file: string): { versions: WorkbookVersion[]; diagnostics: CatalogueDiagnostic[] } {
  const ctx: Context = { file, out: [] };
  // The same input budget as a ledger workbook (io/workbook-guard.ts), before SheetJS allocates.
  const damage = workbookProblem(bytes);
  if (damage) return { versions: [], diagnostics: [diagnostic('WORKBOOK_DAMAGED', { reasonZh: damage.zh, reasonEn: damage.en }, { file })] };
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, { type: 'buffer', cellDates: false, cellFormula: false, cellHTML: false, cellText: false });
  } catch (e) {
    return { versions: [], diagnostics: [diagnostic('WORKBOOK_UNREADABLE', { reason: (e as Error).message }, { file })] };
  }
  for (const name of book.SheetNames) {
    if (!SHEETS.includes(name)) ctx.out.push(diagnostic('WORKBOOK_EXTRA_SHEET', { sheet: name, known: SHEETS.join('、') }, at(ctx, name, 1, 0)));
    else if (name !== README_SHEET) {
      // A damaged workbook may list a sheet whose part is missing (found by npm run fuzz): reported below as missing.
      for (const m of book.Sheets[name]?.['!merges'] ?? []) {
        ctx.out.push(diagnostic('WORKBOOK_MERGED_CELLS', { range: XLSX.utils.encode_range(m) }, at(ctx, name, m.s.r + 1, m.s.c)));
      }
    }
  }
  for (const name of SHEETS.slice(1)) if (!book.Sheets[name]) ctx.out.push(diagnostic('WORKBOOK_MISSING_SHEET', { sheet: name }, { file, sheet: name }));
  const info = book.Sheets[INFO_SHEET];
  if (!info) return { versions: [], diagnostics: ctx.out };
  const versions = readInfo(ctx, info);
  for (const spec of TABLES) {
    const ws = book.Sheets[spec.sheet];
    if (ws) readTable(ctx, ws, spec, versions);
  }
  for (const v of versions) {
    // A routing table needs its rows list even when it is empty (the schema requires `rules`).
    const routing = v.data.routing as Record<string, unknown> | undefined;
    if (routing && !routing.rules) routing.rules = [];
  }
  return { versions, diagnostics: ctx.out };
}
