/**
 * Every CLI command, in the order `xinfang --help` lists them: its name and one-line summary, and
 * how to load it. A command's module (and everything it imports: Astro for the site, SheetJS for
 * workbooks, the report renderers) is loaded only when that command runs or shows its help, so
 * `xinfang deadline` does not pay for `xinfang site`.
 */
import type { Command } from './command.ts';

/** One command in the registry. */
export interface CommandEntry {
  name: string;
  /** One line for `xinfang --help`, per language. */
  summary: { zh: string; en: string };
  /** Import the command's module. */
  load: () => Promise<Command>;
}

/** The registry `main.ts` dispatches on and lists in `xinfang --help`. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'start',
    summary: { zh: '一键运行：校验规则集、检查示例台账、生成网站', en: 'run the whole job: validate rules, check sample ledgers, build the site' },
    load: async () => (await import('./start.ts')).startCommand,
  },
  {
    name: 'validate',
    summary: { zh: '校验规则集（默认 rules/ 下全部）', en: 'validate rule sets (default: every folder in rules/)' },
    load: async () => (await import('./validate.ts')).validateCommand,
  },
  {
    name: 'compile',
    summary: { zh: '把规则集编译为 JSON（CompiledRules）', en: 'compile a rule set to CompiledRules JSON' },
    load: async () => (await import('./compile.ts')).compileCommand,
  },
  {
    name: 'deadline',
    summary: { zh: '按法定期间规则计算到期日', en: 'compute a due date under the statutory day-counting rules' },
    load: async () => (await import('./deadline.ts')).deadlineCommand,
  },
  {
    name: 'check',
    summary: { zh: '按制度检查信访台账（逾期、违规、指标）', en: 'check a case ledger against the rules (overdue, violations, KPIs)' },
    load: async () => (await import('./check.ts')).checkCommand,
  },
  {
    name: 'template',
    summary: { zh: '按制度生成空白台账（下拉选项、所需的列）', en: 'write a blank ledger workbook from the rules (dropdowns, the columns needed)' },
    load: async () => (await import('./template.ts')).templateCommand,
  },
  {
    name: 'sql',
    summary: { zh: '把规则集编译为 SQL（DuckDB、PostgreSQL），在数据库里检查台账', en: 'compile the rules to SQL (DuckDB, PostgreSQL) to check a ledger inside a database' },
    load: async () => (await import('./sql.ts')).sqlCommand,
  },
  {
    name: 'matrix',
    summary: { zh: '输出责任矩阵（HTML/CSV/XLSX）', en: 'write the responsibility matrix (HTML/CSV/XLSX)' },
    load: async () => (await import('./matrix.ts')).matrixCommand,
  },
  {
    name: 'site',
    summary: { zh: '生成公开的信访指南网站（Astro + Pagefind）', en: 'build the public guidance site (Astro + Pagefind)' },
    load: async () => (await import('./site.ts')).siteCommand,
  },
  {
    name: 'version',
    summary: { zh: '新建版本草案（xinfang version new）', en: 'start a draft of a new version (xinfang version new)' },
    load: async () => (await import('./version.ts')).versionCommand,
  },
  {
    name: 'diff',
    summary: { zh: '生成两个版本之间的修订对照表（HTML/XLSX/Markdown）', en: 'revision table between two versions (HTML/XLSX/Markdown)' },
    load: async () => (await import('./diff.ts')).diffCommand,
  },
  {
    name: 'document',
    summary: { zh: '把制度排成正式文件（HTML/PDF）', en: 'typeset the 制度 as a formal document (HTML/PDF)' },
    load: async () => (await import('./document.ts')).documentCommand,
  },
  {
    name: 'new',
    summary: { zh: '新建规则集（最小制度和填写用的工作簿）', en: 'start a rule set (the least valid 制度 and a workbook to write it in)' },
    load: async () => (await import('./new.ts')).newCommand,
  },
  {
    name: 'export',
    summary: { zh: '把规则集导出为可编辑的 Excel 工作簿', en: 'export a rule set as an editable Excel workbook' },
    load: async () => (await import('./export.ts')).exportCommand,
  },
  {
    name: 'import',
    summary: { zh: '把制度工作簿转回 YAML 规则文件', en: 'turn a rules workbook back into YAML rule files' },
    load: async () => (await import('./import.ts')).importCommand,
  },
  {
    name: 'schedule',
    summary: { zh: '列出接待日和报表、排摸等工作日程（表格或 .ics）', en: 'list reception days and reporting duties (table or .ics)' },
    load: async () => (await import('./schedule.ts')).scheduleCommand,
  },
  {
    name: 'report',
    summary: { zh: '生成考核报告、统计报表和督查清单（HTML、XLSX、JSON）', en: 'appraisal, statistics and inspection reports (HTML, XLSX, JSON)' },
    load: async () => (await import('./report.ts')).reportCommand,
  },
  {
    name: 'calendar',
    summary: { zh: '把国务院办公厅节假日安排通知原文导入为日历年度文件', en: 'import a State Council holiday notice text as a calendar year file' },
    load: async () => (await import('./calendar.ts')).calendarCommand,
  },
  {
    name: 'codes',
    summary: { zh: '列出全部诊断代码及其含义', en: 'list every diagnostic code and what it means' },
    load: async () => (await import('./codes.ts')).codesCommand,
  },
];
