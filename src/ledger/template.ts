/**
 * A blank 台账 generated from a rule version (docs/cli.md `xinfang template`): the columns of docs/ledger-columns.md
 * its clocks and windows need — 编号, the case facts their conditions read, and every event they
 * start, stop or pause on — with dropdowns for 来源方式, 来源, 等级, 类别 and 承办部门 as the rules
 * name them. Pure: returns the sheet for the workbook writer (`src/io/xlsx-write.ts`).
 */
import type { SheetSpec } from '../io/xlsx-write.ts';
import { CHANNELS, LEVELS, SOURCES } from '../rules/model.ts';
import type { CompiledVersion } from '../rules/compiled.ts';
import { COLUMNS } from './columns.ts';

/** Columns every ledger keeps, whatever its clocks: who, what, who handles it, and a note. */
const ALWAYS = ['id', 'received', 'channel', 'source', 'level', 'category', 'persons', 'department', 'handler', 'petitioner', 'phone', 'notes'];

/** Rows below the header that get the dropdowns. */
export const TEMPLATE_ROWS = 500;

/** The aliases of the columns a version's clocks and windows need, in docs/ledger-columns.md order. */
export function templateColumns(v: CompiledVersion): string[] {
  const used = new Set(ALWAYS);
  for (const c of v.clocks) {
    used.add(c.from);
    for (const e of c.until.events) used.add(e);
    if (c.pause) used.add(c.pause.from).add(c.pause.until);
    if (c.due_by) used.add(c.due_by);
    if (c.explain) used.add('delay_explained');
    if (c.extension) used.add('extension_approved').add('extension_days');
  }
  for (const w of v.windows) {
    used.add(w.from).add(w.until);
    if (w.from_fallback) used.add(w.from_fallback);
  }
  return COLUMNS.filter((c) => used.has(c.alias)).map((c) => c.alias);
}

/** The template sheet: a title row, the header, and dropdowns on the enumerated columns. */
export function templateSheet(v: CompiledVersion): SheetSpec {
  const aliases = templateColumns(v);
  const zh = new Map(COLUMNS.map((c) => [c.alias, c.zh]));
  const lists: Record<string, readonly string[]> = {
    channel: CHANNELS,
    source: SOURCES,
    level: [...LEVELS, ...v.levels.map((l) => l.name)],
    category: v.categories.map((c) => c.name),
    department: v.departments.map((d) => d.name),
  };
  return {
    name: '台账',
    header: 1,
    rows: [[`${v.organisation.name}信访台账（依据《${v.title}》${v.version} 施行版本生成）`], aliases.map((a) => zh.get(a)!)],
    widths: aliases.map((a) => (a === 'notes' ? 40 : 14)),
    lists: aliases.flatMap((a, column) => (lists[a]?.length ? [{ column, values: lists[a]! }] : [])),
    spareRows: TEMPLATE_ROWS,
  };
}
