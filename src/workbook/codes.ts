/**
 * Diagnostic codes of the workbook stage (`xinfang import`): problems with the shape of the
 * workbook itself. Problems with its content reuse the rules codes (SCHEMA_ENUM, UNKNOWN_REFERENCE …)
 * at the offending cell. Permanent: never rename.
 */
import { code, type Arg, type Codes } from '../diagnostics/define.ts';

export const WORKBOOK_CODES = {
  WORKBOOK_DAMAGED: code<{ reasonZh: Arg; reasonEn: Arg }>({
    severity: 'error',
    title: { zh: '工作簿损坏、过大或格式不对', en: 'Workbook damaged, too large or not .xlsx' },
    zh: {
      message: (a) => `工作簿无法读取：${a.reasonZh}。`,
      hint: () => '请用 xinfang export 重新导出，或在 Excel/WPS 中打开后另存为 .xlsx；规则工作簿通常只有几百 KB。',
    },
    en: {
      message: (a) => `The workbook cannot be read: ${a.reasonEn}.`,
      hint: () => 'Export again with xinfang export, or open it in Excel/WPS and save as .xlsx; a rules workbook is usually a few hundred KB.',
    },
  }),
  WORKBOOK_UNREADABLE: code<{ reason: Arg }>({
    severity: 'error',
    title: { zh: '工作簿无法读取', en: 'Workbook cannot be read' },
    zh: {
      // The reason is the spreadsheet library's own English words, kept for whoever fixes the file.
      message: (a) => `无法读取工作簿：文件是压缩包，但不是完好的 Excel 工作簿（读取程序的说明：${a.reason}）。`,
      hint: () => '请确认文件是由 xinfang export 导出、用 Excel/WPS 另存为 .xlsx 的工作簿。',
    },
    en: {
      message: (a) => `The workbook cannot be read: the file is a zip archive but not a sound Excel workbook (the reader says: ${a.reason}).`,
      hint: () => 'Use a workbook written by xinfang export and saved as .xlsx by Excel or WPS.',
    },
  }),
  WORKBOOK_EXTRA_SHEET: code<{ sheet: Arg; known: Arg }>({
    severity: 'error',
    title: { zh: '未知的工作表', en: 'Unknown sheet' },
    zh: {
      message: (a) => `工作表“${a.sheet}”不是制度工作簿的一部分，其内容不会被导入。`,
      hint: (a) => `把内容移到对应的工作表后删除该表。可用的工作表：${a.known}。`,
    },
    en: {
      message: (a) => `The sheet "${a.sheet}" is not part of a rules workbook; its content would be lost.`,
      hint: (a) => `Move its content to the matching sheet and delete it. Sheets: ${a.known}.`,
    },
  }),
  WORKBOOK_MISSING_SHEET: code<{ sheet: Arg }>({
    severity: 'error',
    title: { zh: '缺少工作表', en: 'Sheet missing' },
    zh: {
      message: (a) => `缺少工作表“${a.sheet}”。`,
      hint: () => '不要删除或重命名工作表；没有内容时保留表头即可。可重新运行 xinfang export 获得完整模板。',
    },
    en: {
      message: (a) => `The sheet "${a.sheet}" is missing.`,
      hint: () => 'Do not delete or rename sheets; keep the header row when a sheet has no content. xinfang export gives a complete template.',
    },
  }),
  WORKBOOK_MERGED_CELLS: code<{ range: Arg }>({
    severity: 'error',
    title: { zh: '有合并单元格', en: 'Merged cells' },
    zh: {
      message: (a) => `单元格 ${a.range} 被合并；合并后只有左上角单元格保留内容，其余行会丢失数据。`,
      hint: () => '取消合并单元格，并在每一行填上完整内容。',
    },
    en: {
      message: (a) => `Cells ${a.range} are merged; only the top-left cell keeps its value, so rows would lose data.`,
      hint: () => 'Unmerge the cells and fill in every row.',
    },
  }),
  WORKBOOK_UNKNOWN_COLUMN: code<{ header: Arg; known: Arg }>({
    severity: 'error',
    title: { zh: '未知的列', en: 'Unknown column' },
    zh: {
      message: (a) => `列标题“${a.header}”不是本表的列，其内容不会被导入。`,
      hint: (a) => `本表的列：${a.known}。`,
    },
    en: {
      message: (a) => `"${a.header}" is not a column of this sheet; its content would be lost.`,
      hint: (a) => `Columns of this sheet: ${a.known}.`,
    },
  }),
  WORKBOOK_UNKNOWN_FIELD: code<{ field: Arg }>({
    severity: 'error',
    title: { zh: '基本信息表中有未知项目', en: 'Unknown row in "基本信息"' },
    zh: {
      message: (a) => `“${a.field}”不是基本信息表的项目，其内容不会被导入。`,
      hint: () => '不要修改 A、B 两列；需要的项目可从 xinfang export 的模板中复制。',
    },
    en: {
      message: (a) => `"${a.field}" is not a row of the "基本信息" sheet; its content would be lost.`,
      hint: () => 'Do not edit columns A and B; copy missing rows from an xinfang export template.',
    },
  }),
  WORKBOOK_DUPLICATE_COLUMN: code<{ header: Arg }>({
    severity: 'error',
    title: { zh: '同一列出现两次', en: 'Column appears twice' },
    zh: {
      message: (a) => `列“${a.header}”出现了两次。`,
      hint: () => '删除多余的一列。',
    },
    en: {
      message: (a) => `The column "${a.header}" appears twice.`,
      hint: () => 'Delete the extra column.',
    },
  }),
  WORKBOOK_MISSING_COLUMN: code<{ header: Arg }>({
    severity: 'warning',
    title: { zh: '缺少可选列', en: 'Optional column missing' },
    zh: {
      message: (a) => `缺少列“${a.header}”，该列按空白导入。`,
      hint: () => '如非有意删除，请从 xinfang export 的模板中恢复该列。',
    },
    en: {
      message: (a) => `The column "${a.header}" is missing and is imported as empty.`,
      hint: () => 'If that was not intended, restore the column from an xinfang export template.',
    },
  }),
  WORKBOOK_UNKNOWN_VERSION: code<{ value?: Arg; known: Arg }>({
    severity: 'error',
    title: { zh: '行不属于任何版本', en: 'Row belongs to no version' },
    zh: {
      message: (a) => (a.value ? `版本“${a.value}”不是基本信息表中的生效日期。` : '“版本”为空，无法判断该行属于哪个版本。'),
      hint: (a) => `填写基本信息表中某一版本的生效日期：${a.known}。`,
    },
    en: {
      message: (a) => (a.value ? `Version "${a.value}" is not an effective date in the "基本信息" sheet.` : 'The "版本" cell is empty, so the row belongs to no version.'),
      hint: (a) => `Use the effective date of a version in "基本信息": ${a.known}.`,
    },
  }),
  WORKBOOK_BAD_CONDITION: code<{ value: Arg; reason: Arg }>({
    severity: 'error',
    title: { zh: '条件无法识别', en: 'Condition cannot be read' },
    zh: {
      message: (a) => `无法识别的条件“${a.value}”：${a.reason}`,
      hint: () => '写法如：来源=交办、转办；等级≠重大；人数>5；有转送单位。多个条件用分号分隔，表示同时满足。',
    },
    en: {
      message: (a) => `The condition "${a.value}" cannot be read: ${a.reason}`,
      hint: () => 'Write e.g. "来源=交办、转办；等级≠重大；人数>5;有转送单位" — clauses separated by semicolons must all hold.',
    },
  }),
  WORKBOOK_BAD_CELL: code<{ value: Arg; detailZh: Arg; detail: Arg }>({
    severity: 'error',
    title: { zh: '单元格内容无法识别', en: 'Cell cannot be read' },
    zh: {
      message: (a) => `无法识别的内容“${a.value}”：${a.detailZh}。`,
    },
    en: {
      message: (a) => `The cell "${a.value}" cannot be read: ${a.detail}`,
    },
  }),
  WORKBOOK_BAD_TIME: code<{ value: Arg; reason: Arg }>({
    severity: 'error',
    title: { zh: '时刻无法识别', en: 'Time of day cannot be read' },
    zh: {
      message: (a) =>
        a.reason === 'ambiguous'
          ? `时间“${a.value}”没有说明是上午还是下午。`
          : a.reason === 'part-of-day'
            ? `时间“${a.value}”没有具体时刻，不能与 RRULE 一起使用。`
            : `无法识别的时间“${a.value}”。`,
      hint: (a) =>
        a.reason === 'part-of-day'
          ? '写具体时刻（如 14:30-17:30），或在重复规则中用文字写（如 每周三下午）。'
          : '写成 14:30、14:30-17:30、14:30—17:30、14:30至17:30 或 下午2:30-5:30。',
    },
    en: {
      message: (a) =>
        a.reason === 'ambiguous'
          ? `The time "${a.value}" does not say whether it is morning or afternoon.`
          : a.reason === 'part-of-day'
            ? `The time "${a.value}" names no hours, which an RRULE cannot carry.`
            : `The time "${a.value}" cannot be read.`,
      hint: (a) =>
        a.reason === 'part-of-day'
          ? 'Give the hours (14:30-17:30), or write the repetition in words ("每周三下午").'
          : 'Write 14:30, 14:30-17:30, 14:30—17:30, "14:30至17:30" or "下午2:30-5:30".',
    },
  }),
  WORKBOOK_BAD_RECURRENCE: code<{ value: Arg; reason: Arg }>({
    severity: 'error',
    title: { zh: '重复安排无法识别', en: 'Repetition cannot be read' },
    zh: {
      message: (a) =>
        a.reason === 'time-conflict'
          ? `重复规则“${a.value}”中的时间与“时间”栏不一致。`
          : a.reason === 'holiday-conflict'
            ? `重复规则“${a.value}”要求遇节假日顺延，与“遇节假日”栏不一致。`
            : `无法识别的重复规则“${a.value}”。`,
      hint: (a) =>
        a.reason === 'unknown'
          ? '可写：每周三下午 14:30—17:30、每月第一个工作日上午、每月第一个星期三、每月15日、每季度末、每年12月31日、工作日均可；或写 RRULE（FREQ=…）。'
          : '只在一处写：清空“时间”或“遇节假日”栏，或改写重复规则。',
    },
    en: {
      message: (a) =>
        a.reason === 'time-conflict'
          ? `The time in the repetition "${a.value}" differs from the "时间" cell.`
          : a.reason === 'holiday-conflict'
            ? `The repetition "${a.value}" moves a holiday to the next working day, unlike the "遇节假日" cell.`
            : `The repetition "${a.value}" cannot be read.`,
      hint: (a) =>
        a.reason === 'unknown'
          ? 'Write e.g. "每周三下午 14:30—17:30", "每月第一个工作日上午", "每月第一个星期三", "每月15日", "每季度末", "每年12月31日", "工作日均可", or an RRULE (FREQ=…).'
          : 'Say it once: empty the "时间" or "遇节假日" cell, or reword the repetition.',
    },
  }),
  WORKBOOK_UNKNOWN_LEDGER_COLUMN: code<{ value: Arg; suggestion?: Arg; known: Arg }>({
    severity: 'error',
    title: { zh: '表头别名不是台账列名', en: 'Header alias names no ledger column' },
    zh: {
      message: (a) => `“${a.value}”不是台账的列名${a.suggestion ? `，是否想写“${a.suggestion}”？` : '。'}`,
      hint: (a) => `写成“列名：本单位的表头、另一表头”，多列用分号分隔。台账的列名：${a.known}。`,
    },
    en: {
      message: (a) => `"${a.value}" is not a ledger column${a.suggestion ? `; did you mean "${a.suggestion}"?` : '.'}`,
      hint: (a) => `Write "column：header, other header", columns separated by semicolons. Ledger columns: ${a.known}.`,
    },
  }),
  WORKBOOK_ID_DERIVED: code<{ name: Arg; id: Arg }>({
    severity: 'info',
    title: { zh: '编号由名称生成', en: 'Id derived from a name' },
    zh: {
      message: (a) => `“${a.name}”未填编号，取为 ${a.id}。`,
      hint: () => '规则文件用编号引用它；再次导出时编号栏会写上这个编号。也可自己填小写英文编号。',
    },
    en: {
      message: (a) => `"${a.name}" has no id; it is given ${a.id}.`,
      hint: () => 'Rule files refer to it by this id, which the next export writes in the id column. You may write your own lowercase id instead.',
    },
  }),
  // rows: the sheet rows named, 3、4; total: how many rows overlap, when more than those.
  WORKBOOK_ROUTING_OVERLAP: code<{ category: Arg; caseZh: Arg; caseEn: Arg; rows: Arg; total?: number }>({
    severity: 'error',
    title: { zh: '两行归口覆盖同一事项', en: 'Two routing rows cover the same matter' },
    zh: {
      message: (a) => `归口匹配方式为“唯一匹配”，但事项“${a.category}”${a.caseZh}同时命中事项与归口表第 ${a.rows} 行${a.total ? `等共 ${a.total} 行` : ''}。`,
      hint: () => '收窄其中一行的类别或条件；或把基本信息表的“归口匹配方式”改为“首条匹配”（按顺序取第一行）。',
    },
    en: {
      message: (a) => `Routing is "唯一匹配" (one row per matter), but category "${a.category}" ${a.caseEn} matches rows ${String(a.rows).replaceAll('、', ', ')}${a.total ? ` (${a.total} in all)` : ''} of the "事项与归口" sheet.`,
      hint: () => 'Narrow one row\'s category or condition, or set "归口匹配方式" in "基本信息" to "首条匹配" (first row wins).',
    },
  }),
  WORKBOOK_ROUTING_GAP: code<{ category: Arg; caseZh: Arg; caseEn: Arg }>({
    severity: 'warning',
    title: { zh: '事项没有归口行', en: 'No routing row covers a matter' },
    zh: {
      message: (a) => `事项“${a.category}”${a.caseZh}在事项与归口表中没有任何一行命中。`,
      hint: () => '为该事项补一行；或在末尾加一行类别留空的兜底行，并把基本信息表的“归口匹配方式”设为“首条匹配”。',
    },
    en: {
      message: (a) => `No row of the "事项与归口" sheet covers category "${a.category}" ${a.caseEn}.`,
      hint: () => 'Add a row for it, or a last row with an empty category and "归口匹配方式" set to "首条匹配".',
    },
  }),
  WORKBOOK_ROUTING_UNREACHABLE: code<{ row: Arg }>({
    severity: 'warning',
    title: { zh: '归口行永不命中', en: 'Routing row never used' },
    zh: {
      message: (a) => `事项与归口表第 ${a.row} 行永远不会被命中（上面的行已覆盖它的全部情形）。`,
      hint: () => '删除该行，或把它移到覆盖它的行之上。',
    },
    en: {
      message: (a) => `Row ${a.row} of the "事项与归口" sheet is never used: rows above it cover every case it matches.`,
      hint: () => 'Delete it, or move it above the row that covers it.',
    },
  }),
  WORKBOOK_MISSING_VALUE: code<{ header: Arg }>({
    severity: 'error',
    title: { zh: '必填单元格为空', en: 'Required cell empty' },
    zh: {
      message: (a) => `“${a.header}”必须填写。`,
      hint: () => '在此单元格填写；带下拉箭头的单元格从列表中选择。',
    },
    en: {
      message: (a) => `"${a.header}" must be filled in.`,
      hint: () => 'Fill in this cell; where it has a dropdown, choose from the list.',
    },
  }),
} satisfies Codes;
