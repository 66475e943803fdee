/**
 * Import, second half: each version read from the workbook is written out as the YAML text it
 * will become, and that text goes through exactly the checks a hand-written rule file gets
 * (parse, then every check of check-file.ts in one round) — same codes, same messages.
 * Each diagnostic's YAML position is then traced back to the data path and from there to the cell
 * the value came from (`时限!C7`). Pure.
 */
import { basename } from 'node:path';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import type { Location } from '../diagnostics/diagnostic.ts';
import { checkRuleFile } from '../rules/check-file.ts';
import { parseRuleBytes, type ParsedYaml } from '../rules/parse-yaml.ts';
import { type DataPath } from '../diagnostics/yaml-position.ts';
import { INFO_FIELDS, INFO_SHEET, TABLES, type FieldSpec } from './layout.ts';
import { pathKey, type CellIndex, type WorkbookVersion } from './read-workbook.ts';
import { ruleFileYaml } from './rule-yaml.ts';
import { orderLikeSchema } from './schema-order.ts';

/** The words every imported rule file's heading comment carries, by which a later import knows it may replace it. */
export const IMPORT_MARK = '由 xinfang import 从工作簿生成';

/** A rule file ready to be written: its name in the output folder and its text. */
export interface ImportedFile {
  name: string;
  text: string;
}

/** Data paths of the nodes starting at each offset: values (collections and scalars) and keys. */
function pathIndex(parsed: ParsedYaml): { values: Map<number, DataPath>; keys: Map<number, DataPath> } {
  const values = new Map<number, DataPath>();
  const keys = new Map<number, DataPath>();
  const walk = (node: unknown, path: DataPath): void => {
    const start = (node as Node | null)?.range?.[0];
    if (start !== undefined) values.set(start, path);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const p = [...path, String(pair.key.value)];
        if (pair.key.range) keys.set(pair.key.range[0], p);
        walk(pair.value, p);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
  };
  walk(parsed.doc.contents, []);
  return { values, keys };
}

/** The cell of the nearest recorded ancestor of `path` (a missing key's own cell first). */
function cellFor(cells: CellIndex, path: DataPath, key?: string): Location | undefined {
  if (key !== undefined) {
    const own = cells.get(pathKey([...path, key]));
    if (own) return own;
  }
  for (let n = path.length; n >= 0; n--) {
    const hit = cells.get(pathKey(path.slice(0, n)));
    if (hit) return hit;
  }
  return undefined;
}

/** Move a diagnostic from its YAML position to the workbook cell it came from. */
function toCell(d: CatalogueDiagnostic, parsed: ParsedYaml, index: ReturnType<typeof pathIndex>, cells: CellIndex, file: string): CatalogueDiagnostic {
  const offset = d.line !== undefined ? (parsed.lines.lineStarts[d.line - 1] ?? 0) + (d.column ?? 1) - 1 : 0;
  const unknownKey = d.code === 'SCHEMA_UNKNOWN_KEY';
  const path = (unknownKey ? index.keys.get(offset) : index.values.get(offset) ?? index.keys.get(offset)) ?? [];
  const key = d.code === 'SCHEMA_MISSING_KEY' ? String(d.args.key) : undefined;
  const cell = { ...(cellFor(cells, path, key) ?? { sheet: INFO_SHEET }), file };
  const routing = routingInWords(d, cells, cell);
  if (routing) return routing;
  // A required field whose cell is known (its column or 基本信息 row): name the cell's header, not the YAML key.
  if (d.code === 'SCHEMA_MISSING_KEY' && cell.header && specAt(cell)?.key.split('.').pop() === key) {
    return diagnostic('WORKBOOK_MISSING_VALUE', { header: cell.header }, cell, d.severity);
  }
  const labels = d.code === 'SCHEMA_ENUM' ? specAt(cell)?.labels : undefined;
  // A dropdown column offers Chinese labels, so name those as the allowed values, not the stored ones.
  if (labels) return diagnostic('SCHEMA_ENUM', { value: String(d.args.value), allowed: labels.map(([, l]) => l).join('、') }, cell, d.severity);
  const { line: _l, column: _c, ...rest } = d;
  return { ...rest, ...cell };
}

/** A routing diagnostic in the workbook's words: sheet rows for rule numbers, 归口匹配方式 for hit_policy. */
function routingInWords(d: CatalogueDiagnostic, cells: CellIndex, cell: Location): CatalogueDiagnostic | undefined {
  const sheetRow = (rule: string | number) => cells.get(pathKey(['routing', 'rules', Number(rule) - 1]))?.row ?? rule;
  const a = d.args;
  if (d.code === 'ROUTING_OVERLAP') {
    const rows = String(a.rows).split('、').map(sheetRow).join('、');
    const total = a.total === undefined ? {} : { total: Number(a.total) };
    return diagnostic('WORKBOOK_ROUTING_OVERLAP', { category: a.category!, caseZh: a.caseZh!, caseEn: a.caseEn!, rows, ...total }, cell, d.severity);
  }
  if (d.code === 'ROUTING_GAP') return diagnostic('WORKBOOK_ROUTING_GAP', { category: a.category!, caseZh: a.caseZh!, caseEn: a.caseEn! }, cell, d.severity);
  if (d.code === 'ROUTING_UNREACHABLE') return diagnostic('WORKBOOK_ROUTING_UNREACHABLE', { row: sheetRow(a.row!) }, cell, d.severity);
  return undefined;
}

/** The field spec of a workbook cell, found by its sheet and column header. */
function specAt(cell: Location): FieldSpec | undefined {
  const fields = cell.sheet === INFO_SHEET ? INFO_FIELDS : TABLES.find((t) => t.sheet === cell.sheet)?.columns;
  return fields?.find((f) => f.header === cell.header);
}

/** Check every version; returns the files to write (only meaningful when no error was found). */
export function checkWorkbookVersions(
  versions: readonly WorkbookVersion[],
  outDir: string,
  file: string,
): { files: ImportedFile[]; diagnostics: CatalogueDiagnostic[] } {
  const diagnostics: CatalogueDiagnostic[] = [];
  const files: ImportedFile[] = [];
  const folder = basename(outDir);
  const seen = new Map<string, WorkbookVersion>();
  for (const v of versions) {
    // An empty 规则集编号 is the folder the files go to, which is what the check below demands anyway.
    const data = orderLikeSchema<Record<string, unknown>>({ ...v.data, ruleset: v.data.ruleset ?? folder });
    const name = `${v.key || 'version'}.yaml`;
    const text = ruleFileYaml(data, outDir, [`${String(data.title ?? '')}(自 ${v.key} 起施行)— ${IMPORT_MARK}。`]);
    files.push({ name, text });
    const { value: parsed, diagnostics: parseErrors } = parseRuleBytes(new TextEncoder().encode(text), name);
    if (!parsed) {
      for (const d of parseErrors) diagnostics.push({ ...d, file });
      continue;
    }
    const out: CatalogueDiagnostic[] = [];
    checkRuleFile(parsed, out);
    const at = (path: DataPath) => cellFor(v.cells, path) ?? { file };
    if (typeof data.ruleset === 'string' && data.ruleset !== folder) {
      diagnostics.push(diagnostic('RULESET_MISMATCH', { ruleset: data.ruleset, folder }, at(['ruleset'])));
    }
    const earlier = seen.get(v.key);
    if (earlier) diagnostics.push(diagnostic('VERSION_OVERLAP', { date: v.key, other: `${earlier.key}.yaml` }, at(['effective_from'])));
    seen.set(v.key, v);
    const index = pathIndex(parsed);
    for (const d of out) diagnostics.push(toCell(d, parsed, index, v.cells, file));
  }
  return { files, diagnostics };
}
