/**
 * Diagnostic codes of reading a case ledger (docs/ledger-columns.md). Codes are permanent: deprecate, never
 * rename. Errors that stop the check (not a ledger at all) are marked `fatal` by the reader; cell
 * problems are errors or warnings but the rest of the row is still checked.
 */
import { code, type Arg, type Codes, type NoArgs } from '../diagnostics/define.ts';
import { fileErrorWords } from '../io/codes.ts';
import { COLUMNS } from './columns.ts';

/** The cell's value in quotes, or nothing when it is empty. */
const v = (a: { value?: Arg }) => (a.value === undefined || a.value === '' ? '' : `“${a.value}”`);

/** The ledger stage's codes. */
export const LEDGER_CODES = {
  LEDGER_UNREADABLE: code<{ reason: Arg }>({
    severity: 'error',
    title: { zh: '台账无法读取', en: 'Ledger cannot be read' },
    zh: {
      message: (a) => `无法读取台账文件：${fileErrorWords(a).zh}。`,
      hint: () => '检查路径是否正确、文件是否存在且有读取权限。',
    },
    en: {
      message: (a) => `The ledger file cannot be read: ${fileErrorWords(a).en}.`,
      hint: () => 'Check the path, that the file exists and that it is readable.',
    },
  }),
  LEDGER_CHANGED: code<NoArgs>({
    severity: 'error',
    title: { zh: '台账在检查期间被修改', en: 'Ledger changed while being checked' },
    zh: {
      message: () => '台账文件在检查期间被修改（另存或覆盖），检查结果会对应不上行号：未写入报告。',
      hint: () => '请等台账保存完毕（或先复制一份）后重新检查；原有报告未被改动。',
    },
    en: {
      message: () => 'The ledger file was changed (saved over) while being checked, so results would not match its rows: no report was written.',
      hint: () => 'Check it again once it is saved (or check a copy); earlier reports are unchanged.',
    },
  }),
  LEDGER_EMPTY: code<NoArgs>({
    severity: 'error',
    title: { zh: '台账为空', en: 'Ledger is empty' },
    zh: {
      message: () => '台账文件是空的。',
      hint: () => '请选择填有案件记录的台账（CSV 或 Excel 文件）。',
    },
    en: {
      message: () => 'The ledger file is empty.',
      hint: () => 'Choose a ledger with case rows (a CSV or Excel file).',
    },
  }),
  LEDGER_NOT_A_LEDGER: code<{ kindZh: Arg; kindEn: Arg }>({
    severity: 'error',
    title: { zh: '不是台账文件', en: 'Not a ledger file' },
    zh: {
      message: (a) => `该文件不是台账：它看起来是${a.kindZh}。`,
      hint: () => '台账应为 CSV（UTF-8 或 GB18030 编码）或 Excel（.xlsx）文件。',
    },
    en: {
      message: (a) => `This file is not a ledger: it looks like ${a.kindEn}.`,
      hint: () => 'A ledger is a CSV (UTF-8 or GB18030) or Excel (.xlsx) file.',
    },
  }),
  LEDGER_ENCODING: code<{ offset: number }>({
    severity: 'error',
    title: { zh: '文件编码无法识别', en: 'Unknown text encoding' },
    zh: {
      message: (a) => `无法识别文件编码：第 ${a.offset} 字节处的内容既不是 UTF-8 也不是 GB18030。`,
      hint: () => '用 Excel 或 WPS 把台账另存为“CSV UTF-8”或 .xlsx 后再检查；为避免乱码，不会猜测其他编码。',
    },
    en: {
      message: (a) => `Unknown text encoding: the bytes at offset ${a.offset} are neither UTF-8 nor GB18030.`,
      hint: () => 'Save the ledger as "CSV UTF-8" or .xlsx and check it again; other encodings are not guessed, to avoid garbled text.',
    },
  }),
  LEDGER_ROW_TOO_LONG: code<{ max: Arg }>({
    severity: 'error',
    title: { zh: '一行过长仍未结束', en: 'Row runs on too long' },
    zh: {
      message: (a) => `本行超过 ${a.max} MB 仍未结束，读取已停止：多半是引号未闭合（一个单元格以 " 开头却没有结束的 "），或文件不是台账。`,
      hint: () => '用 Excel 或 WPS 打开台账，检查该行附近的引号后重新另存为 CSV 或 .xlsx；若单元格确实很长，请把过长的内容移到附件中，或把台账拆分为几个文件。',
    },
    en: {
      message: (a) => `This row runs on for more than ${a.max} MB, so reading stopped: most likely an unclosed quote (a cell starting with " that never ends), or the file is not a ledger.`,
      hint: () => 'Open the ledger in Excel or WPS, check the quotes around this row and save it again as CSV or .xlsx; if a cell really is that long, move the text to an attachment or split the ledger into several files.',
    },
  }),
  LEDGER_WORKBOOK_DAMAGED: code<{ reasonZh: Arg; reasonEn: Arg }>({
    severity: 'error',
    title: { zh: '工作簿损坏或过大', en: 'Workbook damaged or too large' },
    zh: {
      message: (a) => `工作簿已损坏或无法安全读取：${a.reasonZh}。`,
      hint: () => '用 Excel 或 WPS 打开该工作簿（它们能修复多数损坏）并另存为新的 .xlsx 后再检查；若文件过大，请把台账拆分为几个文件，或另存为 CSV。',
    },
    en: {
      message: (a) => `The workbook is damaged or cannot be read safely: ${a.reasonEn}.`,
      hint: () => 'Open the workbook in Excel or WPS (they repair most damage) and save it as a new .xlsx, then check again; if it is too large, split the ledger into several files or save it as CSV.',
    },
  }),
  LEDGER_PARQUET_UNAVAILABLE: code<{ reason: Arg }>({
    severity: 'error',
    title: { zh: '缺少读取列式台账的组件', en: 'Parquet ledgers cannot be read here' },
    zh: {
      message: (a) => `Parquet 台账由内嵌的 DuckDB 读取，但未能加载 @duckdb/node-api 的本机组件（“${a.reason}”）。`,
      hint: () => '请在本机重新安装依赖（npm ci，不要加 --ignore-scripts 或 --omit=optional），或把台账另存为 CSV 或 .xlsx。',
    },
    en: {
      message: (a) => `Parquet ledgers are read by the embedded DuckDB, but the native part of @duckdb/node-api could not be loaded ("${a.reason}").`,
      hint: () => 'Reinstall the dependencies on this machine (npm ci, without --ignore-scripts or --omit=optional), or save the ledger as CSV or .xlsx.',
    },
  }),
  LEDGER_PARQUET_DAMAGED: code<{ reason: Arg }>({
    severity: 'error',
    title: { zh: '列式台账文件损坏', en: 'Parquet file damaged' },
    zh: {
      message: (a) => `无法按 Parquet 格式读取台账（DuckDB：“${a.reason}”）。`,
      hint: () => '文件可能已损坏或未写完：请从原系统重新导出，或另存为 CSV 后再检查。',
    },
    en: {
      message: (a) => `The ledger cannot be read as Parquet (DuckDB: "${a.reason}").`,
      hint: () => 'The file may be damaged or incompletely written: export it again from its system, or save it as CSV, then check again.',
    },
  }),
  LEDGER_PARQUET_NAME_PATTERN: code<NoArgs>({
    severity: 'error',
    title: { zh: '列式台账的文件名含通配符', en: 'Parquet file name is a pattern' },
    zh: {
      message: () => '文件名含 *、? 或 [，读取 Parquet 的 DuckDB 会把它当作通配符，可能读到别的文件。',
      hint: () => '请把文件改名，去掉这些字符，再检查。',
    },
    en: {
      message: () => 'The file name has *, ? or [, which DuckDB, reading the Parquet file, takes as a pattern that may match other files.',
      hint: () => 'Rename the file without these characters, then check again.',
    },
  }),
  LEDGER_NOT_A_WORKBOOK: code<{ sheet: Arg; format: Arg }>({
    severity: 'error',
    title: { zh: '台账不是工作簿，没有工作表', en: 'Ledger has no sheets' },
    zh: {
      message: (a) => `台账是 ${a.format} 文件，没有工作表，不能按 --sheet“${a.sheet}”读取。`,
      hint: () => '去掉 --sheet 再检查；--sheet 只用于 Excel 台账。',
    },
    en: {
      message: (a) => `The ledger is a ${a.format} file, which has no sheets: --sheet "${a.sheet}" cannot apply.`,
      hint: () => 'Check again without --sheet; it is for Excel ledgers only.',
    },
  }),
  LEDGER_SHEET_NOT_FOUND: code<{ sheet: Arg; sheets: Arg }>({
    severity: 'error',
    title: { zh: '找不到工作表', en: 'Sheet not found' },
    zh: {
      message: (a) => `工作簿中没有名为“${a.sheet}”的工作表。`,
      hint: (a) => `现有工作表：${a.sheets}。`,
    },
    en: {
      message: (a) => `The workbook has no sheet named "${a.sheet}".`,
      hint: (a) => `Sheets in the workbook: ${a.sheets}.`,
    },
  }),
  LEDGER_NO_HEADER: code<{ rows: number }>({
    severity: 'error',
    title: { zh: '找不到台账表头', en: 'No ledger header found' },
    zh: {
      message: (a) => `前 ${a.rows} 行中找不到台账表头（如“编号”“登记日期”“办结日期”）。`,
      hint: () => `台账须有一行表头。可用列名：${COLUMNS.map((c) => c.zh).join('、')}（也可用英文别名）；本单位的其他叫法可在规则集的 ledger.headers 中登记。`,
    },
    en: {
      message: (a) => `No ledger header (such as "编号", "登记日期", "办结日期") in the first ${a.rows} rows.`,
      hint: () => `The ledger needs a header row. Column names: ${COLUMNS.map((c) => `"${c.zh}" (${c.alias})`).join(', ')}; other names can be declared in the rule set's ledger.headers.`,
    },
  }),
  LEDGER_NO_RECEIVED_COLUMN: code<NoArgs>({
    severity: 'error',
    title: { zh: '缺少“登记日期”列', en: 'No registration date ("登记日期") column' },
    zh: {
      message: () => '表头中没有“登记日期”（received）列，无法确定适用的制度版本和起算日。',
      hint: () => '添加“登记日期”列；若本单位叫法不同（如“收件日期”），在规则集 ledger.headers.received 中登记。',
    },
    en: {
      message: () => 'The header has no "登记日期" (received) column, so neither the rule version nor the start of the clocks can be found.',
      hint: () => 'Add a "登记日期" column, or declare your own name for it under ledger.headers.received in the rule set.',
    },
  }),
  LEDGER_DUPLICATE_COLUMN: code<{ zh: Arg; first: Arg }>({
    severity: 'warning',
    title: { zh: '同一列出现两次', en: 'Column appears twice' },
    zh: {
      message: (a) => `“${a.zh}”列出现了两次，只使用第 ${a.first} 列，本列作为附加列保留。`,
      hint: () => '删除或重命名重复的列。',
    },
    en: {
      message: (a) => `The column ${a.zh} appears twice; only column ${a.first} is used, this one is kept as an extra column.`,
      hint: () => 'Remove or rename the duplicate column.',
    },
  }),
  LEDGER_BAD_DATE: code<{ value?: Arg }>({
    severity: 'error',
    title: { zh: '日期无法识别', en: 'Date not recognised' },
    zh: {
      message: (a) => `无法识别日期${v(a)}，该日期按未填处理。`,
      hint: () => '写成 2026-03-05、2026/3/5、2026.3.5 或 2026年3月5日，可带时刻 14:30；或使用 Excel 日期格式。',
    },
    en: {
      message: (a) => `The date ${v(a)} is not recognised; it is treated as empty.`,
      hint: () => 'Write 2026-03-05, 2026/3/5, 2026.3.5 or "2026年3月5日", optionally with a time 14:30, or use an Excel date cell.',
    },
  }),
  LEDGER_BAD_VALUE: code<{ value?: Arg; allowed: Arg }>({
    severity: 'error',
    title: { zh: '取值不在允许范围内', en: 'Value not allowed' },
    zh: {
      message: (a) => `取值${v(a)}无效，按未填处理。`,
      hint: (a) => `可选值：${a.allowed}。`,
    },
    en: {
      message: (a) => `The value ${v(a)} is not allowed; it is treated as unknown.`,
      hint: (a) => `Allowed values: ${a.allowed}.`,
    },
  }),
  LEDGER_BAD_NUMBER: code<{ value?: Arg; min: Arg }>({
    severity: 'error',
    title: { zh: '数字无法识别', en: 'Number not recognised' },
    zh: {
      message: (a) => `无法识别数字${v(a)}，按未填处理。`,
      hint: (a) => `应为不小于 ${a.min} 的整数。`,
    },
    en: {
      message: (a) => `The number ${v(a)} is not recognised; it is treated as empty.`,
      hint: (a) => `Write a whole number of at least ${a.min}.`,
    },
  }),
  LEDGER_MISSING_RECEIVED: code<NoArgs>({
    severity: 'error',
    title: { zh: '缺少登记日期', en: 'No registration date ("登记日期")' },
    zh: {
      message: () => '本行没有登记日期，从登记日期起算的时限无法计算。',
      hint: () => '补填登记日期。',
    },
    en: {
      message: () => 'This row has no "登记日期"; clocks that start when the case is received cannot be computed.',
      hint: () => 'Fill in the "登记日期".',
    },
  }),
  LEDGER_MISSING_ID: code<{ id: Arg }>({
    severity: 'warning',
    title: { zh: '缺少编号', en: 'No case number' },
    zh: {
      message: (a) => `本行没有编号，报告中以“${a.id}”代替。`,
      hint: () => '补填编号，便于核对。',
    },
    en: {
      message: (a) => `This row has no case number; reports call it "${a.id}".`,
      hint: () => 'Fill in the case number so the case can be traced.',
    },
  }),
  LEDGER_NOTE_ROW: code<{ value?: Arg }>({
    severity: 'info',
    title: { zh: '该行不是案件记录', en: 'Row is not a case' },
    zh: {
      message: (a) => `本行不像案件记录（只有${v(a)}），未作为案件检查。`,
      hint: () => '若这是案件，请补填登记日期等列。',
    },
    en: {
      message: (a) => `This row does not look like a case (it only has ${v(a)}); it is not checked.`,
      hint: () => 'If it is a case, fill in its "登记日期" and other columns.',
    },
  }),
  LEDGER_EXTENSION_NO_DAYS: code<{ date: Arg }>({
    severity: 'warning',
    title: { zh: '延期已批准但缺少天数', en: 'Extension approved without its days' },
    zh: {
      message: (a) => `填了延期批准日期（${a.date}），但没有延期天数；按未延期计算。`,
      hint: () => '补填延期天数（批准延长的日数）。',
    },
    en: {
      message: (a) => `An extension approval date (${a.date}) is given without the days extended; it is not applied.`,
      hint: () => 'Fill in "延期天数" (the days the extension grants).',
    },
  }),
  LEDGER_FOOTER_ROWS: code<{ rows: Arg; value?: Arg }>({
    severity: 'info',
    title: { zh: '已跳过表尾行', en: 'Footer rows skipped' },
    zh: {
      message: (a) => `第 ${a.rows} 行是表尾（${v(a)}等合计、填表人、审核人或盖章行），不是案件，已跳过。`,
      hint: () => '无需处理；若其中有案件，请把它移到表尾之上并补填登记日期。',
    },
    en: {
      message: (a) => `Row(s) ${a.rows} are the form's footer (${v(a)}: totals, sign-off or seal lines), not cases; skipped.`,
      hint: () => 'Nothing to do; if one of them is a case, move it above the footer and fill in its "登记日期".',
    },
  }),
  LEDGER_PERSONAL_COLUMNS: code<{ columns: Arg }>({
    severity: 'warning',
    title: { zh: '未识别的列疑似个人信息', en: 'Unrecognised columns that look like personal data' },
    zh: {
      message: (a) => `未识别的列（疑似个人信息）：${a.columns}。这些列不参与检查，在报告和标注副本中脱敏。`,
      hint: () => '若是信访人姓名、联系电话或身份证号，请把列名改为“信访人”“联系电话”“身份证号”，或在规则集的台账表头别名中登记；需要原文时加 --show-personal-data。',
    },
    en: {
      message: (a) => `Unrecognised columns that look like personal data: ${a.columns}. They are not checked, and are masked in the reports and the annotated copy.`,
      hint: () => 'If they hold the petitioner\'s name, phone or ID number, rename them "信访人", "联系电话", "身份证号" or list them in the rule set\'s ledger headers; add --show-personal-data to see them unmasked.',
    },
  }),
} satisfies Codes;
