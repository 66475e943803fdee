/**
 * Export (`xinfang export DIR --xlsx FILE`): every version of a rule set as one workbook a
 * non-technical editor can work in — a 说明 sheet, 基本信息 with one column per version, and one
 * table sheet per part of the 制度 (layout.ts), with dropdowns for enumerations. Pure: data → bytes.
 */
import { columnLetter } from '../diagnostics/diagnostic.ts';
import { writeWorkbook, type Cell, type ListValidation, type SheetSpec } from '../io/xlsx-write.ts';
import type { RuleFile } from '../rules/model.ts';
import { toCell } from './cell-value.ts';
import { INFO_FIELDS, INFO_SHEET, README_SHEET, TABLES, VERSION_HEADER, type FieldSpec, type TableSpec } from './layout.ts';

/** Rows below the data that still get dropdowns, so new rows have them too. */
const SPARE_ROWS = 200;

/** Value at a dotted path ('' = the item itself). */
export function getField(item: unknown, key: string): unknown {
  if (key === '') return item;
  return key.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), item);
}

/** The values a column's dropdown offers; none for a stop cell, which may join several events. */
function dropdown(spec: FieldSpec): readonly string[] | undefined {
  if (spec.kind === 'stop') return undefined;
  return spec.labels?.map(([, label]) => label) ?? spec.choices;
}

function readme(versions: readonly RuleFile[]): (string | undefined)[][] {
  const first = versions[0]!;
  return [
    [`${first.title}:制度工作簿`],
    [`规则集 ${first.ruleset},版本 ${versions.map((v) => v.effective_from).join('、')}。由 xinfang export 生成;改好后运行 xinfang import 本文件 --out rules/${first.ruleset} 转回规则文件。`],
    [],
    ['填写须知'],
    ['1. 不要增删、重命名工作表,不要修改列标题和基本信息表的 A、B 两列;不要合并单元格。'],
    ['2. 每张表的“版本”列填该行所属版本的生效日期(见基本信息表“生效日期”一行)。'],
    ['3. 带下拉箭头的单元格请从列表中选择;多个值用顿号(、)分隔;“是/否”列填是或否。'],
    ['4. “依据”填条文表中的条文编号(如 a22);引用上级规则集的条文写成 national:a22。'],
    ['5. 条件写法:来源=交办、转办;等级≠重大;人数>5;有转送单位(分号分隔,须同时满足)。复杂条件以 { 开头,按 YAML 写。'],
    ['6. 期限写法:15日、15个工作日、2个月、24小时、30分钟、当日。'],
    ['7. 导入时逐格检查,问题以“工作表!单元格”报告(如 时限!C7),全部无误才写出规则文件。'],
    [],
    ['工作表', '内容'],
    [INFO_SHEET, '每个版本一列:标题、生效日期、发布机关、文号、单位信息和联系方式、序言等。'],
    ...TABLES.map((t) => [t.sheet, t.purpose]),
  ];
}

/** 基本信息: one row per field, one column per version; a field's dropdown spans its row. */
function infoSheet(versions: readonly RuleFile[]): SheetSpec {
  const rows: Cell[][] = [['项目', '字段', ...versions.map((v) => v.effective_from)]];
  const lists: ListValidation[] = [];
  for (const f of INFO_FIELDS) {
    const values = dropdown(f) ?? (f.kind === 'bool' ? ['是', '否'] : undefined);
    const row = rows.length + 1;
    if (values) lists.push({ range: `C${row}:${columnLetter(1 + versions.length)}${row}`, values });
    rows.push([f.header, f.key, ...versions.map((v) => toCell(getField(v, f.key), f))]);
  }
  return { name: INFO_SHEET, header: 0, widths: [16, 34, ...versions.map(() => 50)], rows, lists };
}

function tableSheet(spec: TableSpec, versions: readonly RuleFile[]): SheetSpec {
  const rows: Cell[][] = [[VERSION_HEADER, ...spec.columns.map((c) => c.header)]];
  for (const v of versions) {
    for (const { item } of spec.rows(v)) rows.push([v.effective_from, ...spec.columns.map((c) => toCell(getField(item, c.key), c))]);
  }
  const lists: ListValidation[] = [{ column: 0, values: versions.map((v) => v.effective_from) }];
  spec.columns.forEach((c, i) => {
    const values = dropdown(c) ?? (c.kind === 'bool' ? ['是', '否'] : undefined);
    if (values) lists.push({ column: i + 1, values });
  });
  return { name: spec.sheet, header: 0, widths: [11, ...spec.columns.map((c) => c.width ?? 14)], rows, lists, spareRows: SPARE_ROWS };
}

/** The workbook for a rule set's versions (oldest first), as xlsx bytes. */
export function writeRulesWorkbook(versions: readonly RuleFile[]): Promise<Uint8Array> {
  const sheets: SheetSpec[] = [{ name: README_SHEET, widths: [14, 100], rows: readme(versions) }, infoSheet(versions), ...TABLES.map((t) => tableSheet(t, versions))];
  return writeWorkbook(sheets, versions[0]?.title ?? '');
}
