/**
 * Diagnostic codes of reading a case ledger (docs/ledger-columns.md). Codes are permanent: deprecate, never
 * rename. Errors that stop the check (not a ledger at all) are marked `fatal` by the reader; cell
 * problems are errors or warnings but the rest of the row is still checked.
 */
import { registerCodes, type Args, type Codes } from '../diagnostics/catalogue.ts';
import { COLUMNS } from './columns.ts';

const s = (v: unknown) => String(v ?? '');
const v = (a: Args) => (a.value === undefined || a.value === '' ? '' : `“${s(a.value)}”`);

/** The ledger stage's codes, registered in the catalogue at import. */
export const LEDGER_CODES: Codes = registerCodes({
  LEDGER_UNREADABLE: {
    severity: 'error',
    title: 'Ledger cannot be read',
    zh: (a) => `无法读取台账文件：${s(a.reason)}`,
    en: (a) => `The ledger file cannot be read: ${s(a.reason)}`,
    hintZh: () => '检查路径是否正确、文件是否存在且有读取权限。',
    hintEn: () => 'Check the path, that the file exists and that it is readable.',
  },
  LEDGER_EMPTY: {
    severity: 'error',
    title: 'Ledger is empty',
    zh: () => '台账文件是空的。',
    en: () => 'The ledger file is empty.',
    hintZh: () => '请选择填有案件记录的台账（CSV 或 Excel 文件）。',
    hintEn: () => 'Choose a ledger with case rows (a CSV or Excel file).',
  },
  LEDGER_NOT_A_LEDGER: {
    severity: 'error',
    title: 'Not a ledger file',
    zh: (a) => `该文件不是台账：它看起来是${s(a.kindZh)}。`,
    en: (a) => `This file is not a ledger: it looks like ${s(a.kindEn)}.`,
    hintZh: () => '台账应为 CSV（UTF-8 或 GB18030 编码）或 Excel（.xlsx）文件。',
    hintEn: () => 'A ledger is a CSV (UTF-8 or GB18030) or Excel (.xlsx) file.',
  },
  LEDGER_ENCODING: {
    severity: 'error',
    title: 'Unknown text encoding',
    zh: (a) => `无法识别文件编码：第 ${s(a.offset)} 字节处的内容既不是 UTF-8 也不是 GB18030。`,
    en: (a) => `Unknown text encoding: the bytes at offset ${s(a.offset)} are neither UTF-8 nor GB18030.`,
    hintZh: () => '用 Excel 或 WPS 把台账另存为“CSV UTF-8”或 .xlsx 后再检查；为避免乱码，不会猜测其他编码。',
    hintEn: () => 'Save the ledger as "CSV UTF-8" or .xlsx and check it again; other encodings are not guessed, to avoid garbled text.',
  },
  LEDGER_ROW_TOO_LONG: {
    severity: 'error',
    title: 'Row runs on too long',
    zh: (a) => `本行超过 ${s(a.max)} MB 仍未结束，读取已停止：多半是引号未闭合（一个单元格以 " 开头却没有结束的 "），或文件不是台账。`,
    en: (a) => `This row runs on for more than ${s(a.max)} MB, so reading stopped: most likely an unclosed quote (a cell starting with " that never ends), or the file is not a ledger.`,
    hintZh: () => '用 Excel 或 WPS 打开台账，检查该行附近的引号后重新另存为 CSV 或 .xlsx；若单元格确实很长，请把过长的内容移到附件中，或把台账拆分为几个文件。',
    hintEn: () => 'Open the ledger in Excel or WPS, check the quotes around this row and save it again as CSV or .xlsx; if a cell really is that long, move the text to an attachment or split the ledger into several files.',
  },
  LEDGER_WORKBOOK_DAMAGED: {
    severity: 'error',
    title: 'Workbook damaged or too large',
    zh: (a) => `工作簿已损坏或无法安全读取：${s(a.reasonZh)}。`,
    en: (a) => `The workbook is damaged or cannot be read safely: ${s(a.reasonEn)}.`,
    hintZh: () => '用 Excel 或 WPS 打开该工作簿（它们能修复多数损坏）并另存为新的 .xlsx 后再检查；若文件过大，请把台账拆分为几个文件，或另存为 CSV。',
    hintEn: () => 'Open the workbook in Excel or WPS (they repair most damage) and save it as a new .xlsx, then check again; if it is too large, split the ledger into several files or save it as CSV.',
  },
  LEDGER_SHEET_NOT_FOUND: {
    severity: 'error',
    title: 'Sheet not found',
    zh: (a) => `工作簿中没有名为“${s(a.sheet)}”的工作表。`,
    en: (a) => `The workbook has no sheet named "${s(a.sheet)}".`,
    hintZh: (a) => `现有工作表：${s(a.sheets)}。`,
    hintEn: (a) => `Sheets in the workbook: ${s(a.sheets)}.`,
  },
  LEDGER_NO_HEADER: {
    severity: 'error',
    title: 'No ledger header found',
    zh: (a) => `前 ${s(a.rows)} 行中找不到台账表头（如“编号”“登记日期”“办结日期”）。`,
    en: (a) => `No ledger header (such as 编号, 登记日期, 办结日期) in the first ${s(a.rows)} rows.`,
    hintZh: () => `台账须有一行表头。可用列名：${COLUMNS.map((c) => c.zh).join('、')}（也可用英文别名）；本单位的其他叫法可在规则集的 ledger.headers 中登记。`,
    hintEn: () => `The ledger needs a header row. Column names: ${COLUMNS.map((c) => `${c.zh} (${c.alias})`).join(', ')}; other names can be declared in the rule set's ledger.headers.`,
  },
  LEDGER_NO_RECEIVED_COLUMN: {
    severity: 'error',
    title: 'No 登记日期 column',
    zh: () => '表头中没有“登记日期”（received）列，无法确定适用的制度版本和起算日。',
    en: () => 'The header has no 登记日期 (received) column, so neither the rule version nor the start of the clocks can be found.',
    hintZh: () => '添加“登记日期”列；若本单位叫法不同（如“收件日期”），在规则集 ledger.headers.received 中登记。',
    hintEn: () => 'Add a 登记日期 column, or declare your own name for it under ledger.headers.received in the rule set.',
  },
  LEDGER_DUPLICATE_COLUMN: {
    severity: 'warning',
    title: 'Column appears twice',
    zh: (a) => `“${s(a.zh)}”列出现了两次，只使用第 ${s(a.first)} 列，本列作为附加列保留。`,
    en: (a) => `The column ${s(a.zh)} appears twice; only column ${s(a.first)} is used, this one is kept as an extra column.`,
    hintZh: () => '删除或重命名重复的列。',
    hintEn: () => 'Remove or rename the duplicate column.',
  },
  LEDGER_BAD_DATE: {
    severity: 'error',
    title: 'Date not recognised',
    zh: (a) => `无法识别日期${v(a)}，该日期按未填处理。`,
    en: (a) => `The date ${v(a)} is not recognised; it is treated as empty.`,
    hintZh: () => '写成 2026-03-05、2026/3/5、2026.3.5 或 2026年3月5日，可带时刻 14:30；或使用 Excel 日期格式。',
    hintEn: () => 'Write 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日, optionally with a time 14:30, or use an Excel date cell.',
  },
  LEDGER_BAD_VALUE: {
    severity: 'error',
    title: 'Value not allowed',
    zh: (a) => `取值${v(a)}无效，按未填处理。`,
    en: (a) => `The value ${v(a)} is not allowed; it is treated as unknown.`,
    hintZh: (a) => `可选值：${s(a.allowed)}。`,
    hintEn: (a) => `Allowed values: ${s(a.allowed)}.`,
  },
  LEDGER_BAD_NUMBER: {
    severity: 'error',
    title: 'Number not recognised',
    zh: (a) => `无法识别数字${v(a)}，按未填处理。`,
    en: (a) => `The number ${v(a)} is not recognised; it is treated as empty.`,
    hintZh: (a) => `应为不小于 ${s(a.min)} 的整数。`,
    hintEn: (a) => `Write a whole number of at least ${s(a.min)}.`,
  },
  LEDGER_MISSING_RECEIVED: {
    severity: 'error',
    title: 'No 登记日期',
    zh: () => '本行没有登记日期，从登记日期起算的时限无法计算。',
    en: () => 'This row has no 登记日期; clocks that start when the case is received cannot be computed.',
    hintZh: () => '补填登记日期。',
    hintEn: () => 'Fill in the 登记日期.',
  },
  LEDGER_MISSING_ID: {
    severity: 'warning',
    title: 'No case number',
    zh: (a) => `本行没有编号，报告中以“${s(a.id)}”代替。`,
    en: (a) => `This row has no case number; reports call it "${s(a.id)}".`,
    hintZh: () => '补填编号，便于核对。',
    hintEn: () => 'Fill in the case number so the case can be traced.',
  },
  LEDGER_NOTE_ROW: {
    severity: 'info',
    title: 'Row is not a case',
    zh: (a) => `本行不像案件记录（只有${v(a)}），未作为案件检查。`,
    en: (a) => `This row does not look like a case (it only has ${v(a)}); it is not checked.`,
    hintZh: () => '若这是案件，请补填登记日期等列。',
    hintEn: () => 'If it is a case, fill in its 登记日期 and other columns.',
  },
  LEDGER_EXTENSION_NO_DAYS: {
    severity: 'warning',
    title: 'Extension approved without its days',
    zh: () => '填了延期批准日期，但没有延期天数；按未延期计算。',
    en: () => 'An extension approval date is given without the days extended; it is not applied.',
    hintZh: () => '补填延期天数（批准延长的日数）。',
    hintEn: () => 'Fill in the 延期天数 (the days the extension grants).',
  },
  LEDGER_FOOTER_ROWS: {
    severity: 'info',
    title: 'Footer rows skipped',
    zh: (a) => `第 ${s(a.rows)} 行是表尾（${v(a)}等合计、填表人、审核人或盖章行），不是案件，已跳过。`,
    en: (a) => `Row(s) ${s(a.rows)} are the form's footer (${v(a)}: totals, sign-off or seal lines), not cases; skipped.`,
    hintZh: () => '无需处理；若其中有案件，请把它移到表尾之上并补填登记日期。',
    hintEn: () => 'Nothing to do; if one of them is a case, move it above the footer and fill in its 登记日期.',
  },
  LEDGER_DIAGNOSTICS_OMITTED: {
    severity: 'info',
    title: 'Further diagnostics omitted',
    zh: (a) => `另有 ${s(a.count)} 条“${s(a.code)}”问题未逐条列出。`,
    en: (a) => `${s(a.count)} more ${s(a.code)} problems are not listed one by one.`,
    hintZh: () => '同类问题通常有相同原因；修正后重新检查。',
    hintEn: () => 'Problems of one kind usually share a cause; fix it and check again.',
  },
});
