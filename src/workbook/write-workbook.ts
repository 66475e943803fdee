/**
 * Export (`xinfang export DIR --xlsx FILE`): every version of a rule set as one workbook a
 * non-technical editor can work in — a 说明 sheet, 基本信息 with one column per version, and one
 * table sheet per part of the 制度 (layout.ts), with dropdowns for enumerations and for every
 * reference (the names on the sheet referred to). References are written by name (references.ts),
 * reception days by their words where the rule file keeps them (recurrence-text.ts). Pure: data → bytes.
 */
import { columnLetter } from '../diagnostics/diagnostic.ts';
import { writeWorkbook, type Cell, type ListValidation, type SheetSpec } from '../io/xlsx-write.ts';
import type { Recurrence, RuleFile } from '../rules/model.ts';
import { toCell } from './cell-value.ts';
import { INFO_FIELDS, INFO_SHEET, README_SHEET, TABLES, VERSION_HEADER, type FieldSpec, type RefKind, type TableSpec } from './layout.ts';
import { recurrenceCells } from './recurrence-text.ts';
import { nameReferences, REFERENCED } from './references.ts';

/** Rows below the data that still get dropdowns, so new rows have them too. */
const SPARE_ROWS = 200;
/** The last row a reference dropdown offers from its sheet, so items added there are offered too. */
const SOURCE_ROWS = 1000;

/** Value at a dotted path ('' = the item itself). */
export function getField(item: unknown, key: string): unknown {
  if (key === '') return item;
  return key.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), item);
}

/** A reference column's dropdown: the names (条号) column of the sheet it refers to. */
function referenceSource(kind: RefKind): string {
  const { sheet, label } = REFERENCED[kind];
  const table = TABLES.find((t) => t.sheet === sheet)!;
  const col = columnLetter(table.columns.findIndex((c) => c.key === label) + 1);
  return `'${sheet}'!$${col}$2:$${col}$${SOURCE_ROWS}`;
}

/** What a column's dropdown offers: labels, 是/否, or the names it may refer to; none for a stop cell, which may join several events. */
function dropdown(spec: FieldSpec): { values: readonly string[] } | { source: string } | undefined {
  if (spec.ref) return { source: referenceSource(spec.ref) };
  if (spec.kind === 'stop') return undefined;
  if (spec.labels) return { values: spec.labels.map(([, label]) => label) };
  return spec.kind === 'bool' ? { values: ['是', '否'] } : undefined;
}

/** The cell of field `spec` of `item` in version `rules`: references by name, repetitions by their words. */
function cellOf(item: unknown, spec: FieldSpec, named: ReturnType<typeof nameReferences>): Cell {
  if (spec.kind === 'recurrence' || spec.kind === 'time') {
    const cells = recurrenceCells(item as Recurrence);
    return spec.kind === 'recurrence' ? cells.rrule : cells.time;
  }
  const value = getField(item, spec.key);
  const kind = spec.ref ?? (spec.kind === 'condition' ? 'condition' : undefined);
  return toCell(kind && value !== undefined ? named(value, kind) : value, spec);
}

function readme(versions: readonly RuleFile[]): (string | undefined)[][] {
  const first = versions[0]!;
  return [
    [`${first.title}：制度工作簿`],
    [`规则集 ${first.ruleset}，版本 ${versions.map((v) => v.effective_from).join('、')}。由 xinfang export 生成；改好后运行 xinfang import 本文件 --out rules/${first.ruleset} 转回规则文件。`],
    [],
    ['填写须知'],
    ['1. 不要增删、重命名工作表，不要修改列标题和基本信息表的 A、B 两列；不要合并单元格。'],
    ['2. 每张表的“版本”列填该行所属版本的生效日期（见基本信息表“生效日期”一行）。'],
    ['3. 带下拉箭头的单元格请从列表中选择；多个值用顿号（、）分隔；“是/否”列填是或否。'],
    ['4. 部门、事项类别、时限、期限直接填名称，“依据”填条号（如 第二十二条）；编号可不填，导入时自动编号并告知。引用上级规则集的条文写成 national:a22。'],
    ['5. 条件写法：来源=交办、转办；等级≠重大；人数>5；有转送单位（分号分隔，须同时满足）。复杂条件以 { 开头，按 YAML 写。'],
    ['6. 期限写法：15日、15个工作日、2个月、24小时、30分钟、当日。时间写法：14:30-17:30、14:30—17:30、14:30至17:30、下午2:30-5:30。'],
    ['7. 接待日写法：每周三下午 14:30—17:30、每月第一个工作日上午、每月第一个星期三、每季度末、工作日均可。'],
    ['8. 导入时逐格检查，问题以“工作表!单元格”报告（如 时限!C7），全部无误才写出规则文件。'],
    [],
    ['工作表', '内容'],
    [INFO_SHEET, '每个版本一列：标题、生效日期、发布机关、文号、单位信息和联系方式、序言等。'],
    ...TABLES.map((t) => [t.sheet, t.purpose]),
  ];
}

/** 基本信息: one row per field, one column per version; a field's dropdown spans its row. */
function infoSheet(versions: readonly RuleFile[]): SheetSpec {
  const rows: Cell[][] = [['项目', '字段', ...versions.map((v) => v.effective_from)]];
  const lists: ListValidation[] = [];
  const named = versions.map(nameReferences);
  for (const f of INFO_FIELDS) {
    const values = dropdown(f);
    const row = rows.length + 1;
    if (values) lists.push({ range: `C${row}:${columnLetter(1 + versions.length)}${row}`, ...values });
    rows.push([f.header, f.key, ...versions.map((v, i) => cellOf(v, f, named[i]!))]);
  }
  return { name: INFO_SHEET, header: 0, widths: [16, 34, ...versions.map(() => 50)], rows, lists };
}

function tableSheet(spec: TableSpec, versions: readonly RuleFile[]): SheetSpec {
  const rows: Cell[][] = [[VERSION_HEADER, ...spec.columns.map((c) => c.header)]];
  for (const v of versions) {
    const named = nameReferences(v);
    for (const { item } of spec.rows(v)) rows.push([v.effective_from, ...spec.columns.map((c) => cellOf(item, c, named))]);
  }
  const lists: ListValidation[] = [{ column: 0, values: versions.map((v) => v.effective_from) }];
  spec.columns.forEach((c, i) => {
    const values = dropdown(c);
    if (values) lists.push({ column: i + 1, ...values });
  });
  return { name: spec.sheet, header: 0, widths: [11, ...spec.columns.map((c) => c.width ?? 14)], rows, lists, spareRows: SPARE_ROWS };
}

/** The workbook for a rule set's versions (oldest first), as xlsx bytes. */
export function writeRulesWorkbook(versions: readonly RuleFile[]): Promise<Uint8Array> {
  const sheets: SheetSpec[] = [{ name: README_SHEET, widths: [14, 100], rows: readme(versions) }, infoSheet(versions), ...TABLES.map((t) => tableSheet(t, versions))];
  return writeWorkbook(sheets, versions[0]?.title ?? '');
}
