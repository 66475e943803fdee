/**
 * Diagnostic codes of the workbook stage (`xinfang import`): problems with the shape of the
 * workbook itself. Problems with its content reuse the rules codes (SCHEMA_ENUM, UNKNOWN_REFERENCE …)
 * at the offending cell. Permanent: never rename.
 */
import { registerCodes } from '../diagnostics/catalogue.ts';
import '../rules/codes.ts';

const s = (v: unknown) => String(v ?? '');

export const WORKBOOK_CODES = registerCodes({
  WORKBOOK_DAMAGED: {
    severity: 'error',
    title: 'Workbook damaged, too large or not .xlsx',
    zh: (a) => `工作簿无法读取：${s(a.reasonZh)}。`,
    en: (a) => `The workbook cannot be read: ${s(a.reasonEn)}.`,
    hintZh: () => '请用 xinfang export 重新导出，或在 Excel/WPS 中打开后另存为 .xlsx；规则工作簿通常只有几百 KB。',
    hintEn: () => 'Export again with xinfang export, or open it in Excel/WPS and save as .xlsx; a rules workbook is usually a few hundred KB.',
  },
  WORKBOOK_UNREADABLE: {
    severity: 'error',
    title: 'Workbook cannot be read',
    zh: (a) => `无法读取工作簿：${s(a.reason)}`,
    en: (a) => `The workbook cannot be read: ${s(a.reason)}`,
    hintZh: () => '请确认文件是由 xinfang export 导出、用 Excel/WPS 另存为 .xlsx 的工作簿。',
    hintEn: () => 'Use a workbook written by xinfang export and saved as .xlsx by Excel or WPS.',
  },
  WORKBOOK_EXTRA_SHEET: {
    severity: 'error',
    title: 'Unknown sheet',
    zh: (a) => `工作表“${s(a.sheet)}”不是制度工作簿的一部分，其内容不会被导入。`,
    en: (a) => `The sheet "${s(a.sheet)}" is not part of a rules workbook; its content would be lost.`,
    hintZh: (a) => `把内容移到对应的工作表后删除该表。可用的工作表：${s(a.known)}。`,
    hintEn: (a) => `Move its content to the matching sheet and delete it. Sheets: ${s(a.known)}.`,
  },
  WORKBOOK_MISSING_SHEET: {
    severity: 'error',
    title: 'Sheet missing',
    zh: (a) => `缺少工作表“${s(a.sheet)}”。`,
    en: (a) => `The sheet "${s(a.sheet)}" is missing.`,
    hintZh: () => '不要删除或重命名工作表；没有内容时保留表头即可。可重新运行 xinfang export 获得完整模板。',
    hintEn: () => 'Do not delete or rename sheets; keep the header row when a sheet has no content. xinfang export gives a complete template.',
  },
  WORKBOOK_MERGED_CELLS: {
    severity: 'error',
    title: 'Merged cells',
    zh: (a) => `单元格 ${s(a.range)} 被合并；合并后只有左上角单元格保留内容，其余行会丢失数据。`,
    en: (a) => `Cells ${s(a.range)} are merged; only the top-left cell keeps its value, so rows would lose data.`,
    hintZh: () => '取消合并单元格，并在每一行填上完整内容。',
    hintEn: () => 'Unmerge the cells and fill in every row.',
  },
  WORKBOOK_UNKNOWN_COLUMN: {
    severity: 'error',
    title: 'Unknown column',
    zh: (a) => `列标题“${s(a.header)}”不是本表的列，其内容不会被导入。`,
    en: (a) => `"${s(a.header)}" is not a column of this sheet; its content would be lost.`,
    hintZh: (a) => `本表的列：${s(a.known)}。`,
    hintEn: (a) => `Columns of this sheet: ${s(a.known)}.`,
  },
  WORKBOOK_UNKNOWN_FIELD: {
    severity: 'error',
    title: 'Unknown row in 基本信息',
    zh: (a) => `“${s(a.field)}”不是基本信息表的项目，其内容不会被导入。`,
    en: (a) => `"${s(a.field)}" is not a row of the 基本信息 sheet; its content would be lost.`,
    hintZh: () => '不要修改 A、B 两列；需要的项目可从 xinfang export 的模板中复制。',
    hintEn: () => 'Do not edit columns A and B; copy missing rows from an xinfang export template.',
  },
  WORKBOOK_DUPLICATE_COLUMN: {
    severity: 'error',
    title: 'Column appears twice',
    zh: (a) => `列“${s(a.header)}”出现了两次。`,
    en: (a) => `The column "${s(a.header)}" appears twice.`,
    hintZh: () => '删除多余的一列。',
    hintEn: () => 'Delete the extra column.',
  },
  WORKBOOK_MISSING_COLUMN: {
    severity: 'warning',
    title: 'Optional column missing',
    zh: (a) => `缺少列“${s(a.header)}”，该列按空白导入。`,
    en: (a) => `The column "${s(a.header)}" is missing and is imported as empty.`,
    hintZh: () => '如非有意删除，请从 xinfang export 的模板中恢复该列。',
    hintEn: () => 'If that was not intended, restore the column from an xinfang export template.',
  },
  WORKBOOK_UNKNOWN_VERSION: {
    severity: 'error',
    title: 'Row belongs to no version',
    zh: (a) => (a.value ? `版本“${s(a.value)}”不是基本信息表中的生效日期。` : '“版本”为空，无法判断该行属于哪个版本。'),
    en: (a) => (a.value ? `Version "${s(a.value)}" is not an effective date in the 基本信息 sheet.` : 'The 版本 cell is empty, so the row belongs to no version.'),
    hintZh: (a) => `填写基本信息表中某一版本的生效日期：${s(a.known)}。`,
    hintEn: (a) => `Use the effective date of a version in 基本信息: ${s(a.known)}.`,
  },
  WORKBOOK_BAD_CONDITION: {
    severity: 'error',
    title: 'Condition cannot be read',
    zh: (a) => `无法识别的条件“${s(a.value)}”：${s(a.reason)}`,
    en: (a) => `The condition "${s(a.value)}" cannot be read: ${s(a.reason)}`,
    hintZh: () => '写法如：来源=交办、转办；等级≠重大；人数>5；有转送单位。多个条件用分号分隔，表示同时满足。',
    hintEn: () => 'Write e.g. 来源=交办、转办；等级≠重大；人数>5;有转送单位 — clauses separated by semicolons must all hold.',
  },
  WORKBOOK_BAD_CELL: {
    severity: 'error',
    title: 'Cell cannot be read',
    zh: (a) => `无法识别的内容“${s(a.value)}”：${s(a.reason)}`,
    en: (a) => `The cell "${s(a.value)}" cannot be read: ${s(a.reason)}`,
  },
});
