/**
 * The workbook layout: which sheet holds which part of a rule file, and how each column maps to a
 * field. One table drives both export and import, so the two cannot drift apart. Every table sheet
 * starts with a 版本 column (the effective date of the version a row belongs to), so one workbook
 * holds every version of a 制度; 基本信息 has one column per version.
 */
import { eventName } from '../rules/vocabulary.ts';
import { APPRAISAL_TARGETS, EVENTS, type RuleFile } from '../rules/model.ts';
import type { DataPath } from '../diagnostics/yaml-position.ts';
import { KPI_IDS, kpiDefinition } from '../kpi/definitions.ts';
import { STATUS_NAMES, VIOLATION_NAMES } from '../rules/vocabulary.ts';

/**
 * How a cell is written and read: `time` takes an Excel time cell and every common range form
 * (time-text.ts); `recurrence` an RRULE or its words (recurrence-text.ts); `aliases` ledger header
 * synonyms by the column's Chinese name (`信访人：来访人姓名、来访人`).
 */
export type CellKind = 'text' | 'list' | 'one-or-list' | 'bool' | 'number' | 'condition' | 'date' | 'yaml' | 'stop' | 'time' | 'recurrence' | 'aliases';

/** What a reference cell names: it takes the id or the name (条号 for an article), and offers the names in a dropdown. */
export type RefKind = 'department' | 'category' | 'article' | 'clock' | 'window';

/** One column of a table sheet (or one row of 基本信息). */
export interface FieldSpec {
  /** Chinese header (column title, or row label in 基本信息). */
  header: string;
  /** Dotted path of the field inside the row's item (`extension.max`); '' = the item itself; '@…' = not stored. */
  key: string;
  kind: CellKind;
  /** Stored value → label shown in the cell and offered in the dropdown. */
  labels?: readonly (readonly [string, string])[];
  /** Column width in characters. */
  width?: number;
  /** What the cell refers to, if it is a reference. */
  ref?: RefKind;
}

/** A sheet of rows (one item per row). */
export interface TableSpec {
  sheet: string;
  /** What the sheet is for, shown in 说明. */
  purpose: string;
  columns: FieldSpec[];
  /** The items of one version, with where each sits in the rule file. */
  rows(rules: RuleFile): { path: DataPath; item: unknown }[];
  /** Where an imported item goes: the path of the list to append it to, or undefined when `@owner` names nothing. */
  target(rules: Record<string, unknown>, item: Record<string, unknown>): DataPath | undefined;
}

/** The version column every table sheet starts with. */
export const VERSION_HEADER = '版本';
/** The sheet of per-version scalar fields (rows = fields, columns = versions). */
export const INFO_SHEET = '基本信息';
/** The instructions sheet (written on export, ignored on import). */
export const README_SHEET = '说明';

const EVENT_LABELS = EVENTS.map((e) => [e, eventName(e, 'zh')] as const);
const EMPTY_LABELS = [['assume', '按条件成立计算'], ['skip', '不计算']] as const;
const APPROVAL_LABELS = [['required', '须批准'], ['none', '无须批准']] as const;
const DECIDED_LABELS = [['self', '本机关'], ['superior', '上一级机关']] as const;
const HOLIDAY_LABELS = [['skip', '不安排'], ['next-workday', '顺延至下一工作日']] as const;
const STEP_LABELS = [['accept', '受理'], ['handle', '办理'], ['reply', '答复'], ['review', '复查'], ['recheck', '复核'], ['final', '终结']] as const;
const OBLIGATION_LABELS = [
  ['representatives', '推选代表'], ['level-by-level', '逐级走访'], ['written', '书面形式'], ['signed', '署名'], ['conduct', '行为规范'], ['other', '其他'],
] as const;
const ROLL_LABELS = [['next-workday', '顺延至工作日'], ['none', '不顺延']] as const;
const KIND_LABELS = [
  ['government', '政府机关'], ['party', '党的机关'], ['cppcc', '政协机关'], ['company', '公司'], ['enterprise', '企业'],
  ['university', '高校'], ['school', '学校'], ['hospital', '医院'], ['town', '乡镇'], ['community', '社区'], ['bank', '银行'],
] as const;
const HIT_LABELS = [['unique', '唯一匹配'], ['first', '首条匹配']] as const;
/** 考核 items by the words the reports use: 超期办结, 逾期未办, then each violation's name. */
const TARGET_LABELS = APPRAISAL_TARGETS.map((t) => [t, t === 'late' || t === 'overdue' ? STATUS_NAMES[t].zh : VIOLATION_NAMES[t].zh] as const);
const KPI_LABELS = KPI_IDS.map((k) => [k, kpiDefinition(k, 'zh').name] as const);

/** Rows of 基本信息, in rule-file order. */
export const INFO_FIELDS: FieldSpec[] = [
  { header: '规则集编号', key: 'ruleset', kind: 'text' },
  { header: '标题', key: 'title', kind: 'text' },
  { header: '生效日期', key: 'effective_from', kind: 'date' },
  { header: '发布机关', key: 'issued_by', kind: 'text' },
  { header: '文号', key: 'document_number', kind: 'text' },
  { header: '草案', key: 'draft', kind: 'bool' },
  { header: '文本来源', key: 'source', kind: 'text' },
  { header: '上级规则集', key: 'extends.ruleset', kind: 'text' },
  { header: '沿用上级时限', key: 'extends.clocks', kind: 'list' },
  { header: '沿用上级期限', key: 'extends.windows', kind: 'list' },
  { header: '沿用上级程序', key: 'extends.procedure', kind: 'bool' },
  { header: '单位名称', key: 'organisation.name', kind: 'text' },
  { header: '单位简称', key: 'organisation.short_name', kind: 'text' },
  { header: '单位类型', key: 'organisation.kind', kind: 'text', labels: KIND_LABELS },
  { header: '所在地区', key: 'organisation.region', kind: 'text' },
  { header: '信访工作机构', key: 'organisation.office', kind: 'text' },
  { header: '地址', key: 'organisation.address', kind: 'text' },
  { header: '乘车路线', key: 'organisation.transit', kind: 'text' },
  { header: '邮政编码', key: 'organisation.postcode', kind: 'text' },
  { header: '电子邮箱', key: 'organisation.email', kind: 'text' },
  { header: '网站', key: 'organisation.website', kind: 'text' },
  { header: '办公时间', key: 'organisation.hours.text', kind: 'text' },
  { header: '节假日接待', key: 'organisation.hours.open_on_holidays', kind: 'bool' },
  { header: '节假日值班', key: 'organisation.hours.holiday_duty', kind: 'text' },
  { header: '监督电话用途', key: 'organisation.supervision_phone.label', kind: 'text' },
  { header: '监督电话号码', key: 'organisation.supervision_phone.number', kind: 'text' },
  { header: '监督电话为占位', key: 'organisation.supervision_phone.placeholder', kind: 'bool' },
  { header: '占位字段', key: 'organisation.placeholders', kind: 'list' },
  { header: '归口匹配方式', key: 'routing.hit_policy', kind: 'text', labels: HIT_LABELS },
  { header: '回避依据', key: 'discipline.recusal', kind: 'text', ref: 'article' },
  { header: '保密依据', key: 'discipline.confidentiality.basis', kind: 'text', ref: 'article' },
  { header: '保密适用类别', key: 'discipline.confidentiality.categories', kind: 'list', ref: 'category' },
  { header: '保密类别为空时', key: 'discipline.confidentiality.if_empty', kind: 'text', labels: EMPTY_LABELS },
  { header: '工作日历调整', key: 'calendar', kind: 'yaml' },
  { header: '台账表头别名', key: 'ledger.headers', kind: 'aliases', width: 40 },
  { header: '台账自行判定的上级时限', key: 'ledger.decides', kind: 'list' },
  { header: '考核基础分', key: 'appraisal.base', kind: 'number' },
  { header: '考核依据', key: 'appraisal.basis', kind: 'text', ref: 'article' },
  { header: '序言', key: 'preamble', kind: 'text', width: 60 },
];

const list = (path: DataPath, items: unknown[] | undefined) => (items ?? []).map((item, i) => ({ path: [...path, i], item }));
const fixed = (path: DataPath) => () => path;

const BASIS: FieldSpec = { header: '依据', key: 'basis', kind: 'text', ref: 'article' };
const ID: FieldSpec = { header: '编号', key: 'id', kind: 'text' };
const NAME: FieldSpec = { header: '名称', key: 'name', kind: 'text', width: 20 };

const recurrenceColumns: FieldSpec[] = [
  ID, NAME,
  { header: '重复规则', key: 'rrule', kind: 'recurrence', width: 36 },
  { header: '开始日期', key: 'start', kind: 'date' },
  { header: '时间', key: 'time', kind: 'time' },
  { header: '地点', key: 'place', kind: 'text' },
  { header: '主持/值班', key: 'host', kind: 'text' },
  { header: '部门', key: 'department', kind: 'text', ref: 'department' },
  { header: '遇节假日', key: 'on_holiday', kind: 'text', labels: HOLIDAY_LABELS },
  { header: '每个工作日', key: 'working_days', kind: 'bool' },
  { header: '说明', key: 'description', kind: 'text', width: 40 },
  BASIS,
];

/** The table sheets, in workbook order (after 说明 and 基本信息). */
export const TABLES: TableSpec[] = [
  {
    sheet: '备注',
    purpose: '给规则文件读者的备注（如何解释原文、为何这样建模），每行一条。',
    columns: [{ header: '备注', key: '', kind: 'text', width: 100 }],
    rows: (r) => list(['notes'], r.notes),
    target: fixed(['notes']),
  },
  {
    sheet: '部门',
    purpose: '部门和岗位：名称、职责、依据条文。编号（小写英文和连字符）可不填，导入时自动编号并写回；其他表直接填部门名称。',
    columns: [ID, NAME, { header: '职责', key: 'role', kind: 'text', width: 50 }, BASIS],
    rows: (r) => list(['departments'], r.departments),
    target: fixed(['departments']),
  },
  {
    sheet: '联系电话',
    purpose: '联系电话：“部门”填部门名称（从下拉列表选）；留空表示本单位（信访工作机构）的电话。',
    columns: [
      { header: '部门', key: '@owner', kind: 'text', ref: 'department' },
      { header: '用途', key: 'label', kind: 'text' },
      { header: '号码', key: 'number', kind: 'text', width: 18 },
      { header: '占位', key: 'placeholder', kind: 'bool' },
    ],
    rows: (r) => [
      ...list(['organisation', 'phones'], r.organisation.phones),
      ...(r.departments ?? []).flatMap((d, i) => list(['departments', i, 'phones'], d.phones).map((x) => ({ ...x, item: { '@owner': d.id, ...(x.item as object) } }))),
    ],
    target: (rules, item) => {
      const owner = item['@owner'];
      if (owner === undefined) return ['organisation', 'phones'];
      const i = ((rules.departments as { id: unknown; name: unknown }[] | undefined) ?? []).findIndex((d) => d.id === owner || d.name === owner);
      return i < 0 ? undefined : ['departments', i, 'phones'];
    },
  },
  {
    sheet: '事项类别',
    purpose: '事项类别：名称、说明、识别关键词（用顿号分隔）、依据；编号可不填，导入时自动编号。',
    columns: [ID, NAME, { header: '说明', key: 'description', kind: 'text', width: 40 }, { header: '关键词', key: 'keywords', kind: 'list', width: 30 }, BASIS],
    rows: (r) => list(['categories'], r.categories),
    target: fixed(['categories']),
  },
  {
    sheet: '事项与归口',
    purpose: '归口决策表：每行一种情形由哪个部门牵头/承办、协办、审批、督办（填部门名称，可从下拉列表选）。类别填事项类别名称（多个用顿号分隔，留空表示全部）；条件写法见下。',
    columns: [
      { header: '类别', key: 'category', kind: 'one-or-list', ref: 'category' },
      { header: '条件', key: 'when', kind: 'condition', width: 24 },
      { header: '牵头/承办', key: 'lead', kind: 'text', ref: 'department' },
      { header: '协办', key: 'assist', kind: 'list', ref: 'department' },
      { header: '审批', key: 'approver', kind: 'text', ref: 'department' },
      { header: '督办', key: 'supervisor', kind: 'text', ref: 'department' },
      BASIS,
      { header: '说明', key: 'note', kind: 'text', width: 40 },
    ],
    rows: (r) => list(['routing', 'rules'], r.routing?.rules),
    target: fixed(['routing', 'rules']),
  },
  {
    sheet: '时限',
    purpose: '办理时限：从哪个事件起算（起算栏未填时用“起算（未填时）”并注明）、到哪个事件截止、期限（15日、15个工作日、2个月、30分钟、当日）、适用条件、可否延期。',
    columns: [
      ID, NAME,
      { header: '起算', key: 'from', kind: 'text', labels: EVENT_LABELS },
      { header: '起算（未填时）', key: 'from_fallback', kind: 'text', labels: EVENT_LABELS },
      { header: '截止', key: 'until', kind: 'stop', labels: EVENT_LABELS, width: 20 },
      { header: '期限', key: 'limit', kind: 'text' },
      { header: '到期日取', key: 'due_by', kind: 'text', labels: EVENT_LABELS },
      { header: '适用条件', key: 'when', kind: 'condition', width: 24 },
      { header: '条件栏为空时', key: 'if_empty', kind: 'yaml', width: 20 },
      { header: '中止起', key: 'pause.from', kind: 'text', labels: EVENT_LABELS },
      { header: '中止止', key: 'pause.until', kind: 'text', labels: EVENT_LABELS },
      { header: '中止依据', key: 'pause.basis', kind: 'text', ref: 'article' },
      { header: '延期上限', key: 'extension.max', kind: 'text' },
      { header: '延期批准', key: 'extension.approval', kind: 'text', labels: APPROVAL_LABELS },
      { header: '延期审批', key: 'extension.approver', kind: 'text' },
      { header: '延期告知信访人', key: 'extension.notify_petitioner', kind: 'bool' },
      { header: '延期依据', key: 'extension.basis', kind: 'text', ref: 'article' },
      { header: '说明情况依据', key: 'explain.basis', kind: 'text', ref: 'article' },
      { header: '决定机关', key: 'decided_by', kind: 'text', labels: DECIDED_LABELS },
      { header: '申请期限', key: 'request_window', kind: 'text' },
      { header: '顺延', key: 'roll', kind: 'text', labels: ROLL_LABELS },
      { header: '提前提醒', key: 'warn', kind: 'text' },
      BASIS,
      { header: '说明', key: 'description', kind: 'text', width: 40 },
    ],
    rows: (r) => list(['clocks'], r.clocks),
    target: fixed(['clocks']),
  },
  {
    sheet: '期限',
    purpose: '信访人自己的期限（如收到答复后30日内请求复查）：是关于信访人的信息，不算本单位违规。起算栏未填时用“起算（未填时）”并注明。',
    columns: [
      ID, NAME,
      { header: '起算', key: 'from', kind: 'text', labels: EVENT_LABELS },
      { header: '起算（未填时）', key: 'from_fallback', kind: 'text', labels: EVENT_LABELS },
      { header: '截止', key: 'until', kind: 'text', labels: EVENT_LABELS },
      { header: '期限', key: 'limit', kind: 'text' },
      { header: '适用条件', key: 'when', kind: 'condition', width: 24 },
      { header: '条件栏为空时', key: 'if_empty', kind: 'yaml', width: 20 },
      { header: '顺延', key: 'roll', kind: 'text', labels: ROLL_LABELS },
      BASIS,
      { header: '说明', key: 'description', kind: 'text', width: 40 },
    ],
    rows: (r) => list(['windows'], r.windows),
    target: fixed(['windows']),
  },
  {
    sheet: '程序',
    purpose: '办理程序（受理、办理、答复、复查、复核、终结），只列原文有的步骤：每步由哪些时限、期限计时（填名称，多个用顿号分隔）。',
    columns: [
      { header: '步骤', key: 'step', kind: 'text', labels: STEP_LABELS },
      { header: '时限', key: 'clocks', kind: 'list', ref: 'clock' },
      { header: '期限', key: 'windows', kind: 'list', ref: 'window' },
      BASIS,
      { header: '摘要', key: 'summary', kind: 'text', width: 60 },
    ],
    rows: (r) => list(['procedure'], r.procedure),
    target: fixed(['procedure']),
  },
  {
    sheet: '等级',
    purpose: '本制度在一般、重大、紧急之外另设的等级（如特殊事项）。',
    columns: [{ header: '名称', key: 'name', kind: 'text' }, { header: '说明', key: 'description', kind: 'text', width: 40 }, BASIS],
    rows: (r) => list(['levels'], r.levels),
    target: fixed(['levels']),
  },
  {
    sheet: '信访人义务',
    purpose: '信访人应当遵守的规定（推选代表人数、逐级走访、书面形式等），供公开指南使用。',
    columns: [
      ID,
      { header: '类型', key: 'kind', kind: 'text', labels: OBLIGATION_LABELS },
      { header: '内容', key: 'text', kind: 'text', width: 60 },
      { header: '人数上限', key: 'max', kind: 'number' },
      BASIS,
    ],
    rows: (r) => list(['obligations'], r.obligations),
    target: fixed(['obligations']),
  },
  {
    sheet: '接待日',
    purpose: '领导接待日和值班：重复规则用文字写（每周三下午 14:30—17:30、每月第一个工作日上午、每月第一个星期三、每季度末、工作日均可），也可写 RRULE（FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1）；开始日期不填时取生效日期。',
    columns: recurrenceColumns,
    rows: (r) => list(['reception'], r.reception),
    target: fixed(['reception']),
  },
  {
    sheet: '日程',
    purpose: '定期工作（季度统计、每月排查、年度报告），重复规则写法同接待日。',
    columns: recurrenceColumns,
    rows: (r) => list(['schedules'], r.schedules),
    target: fixed(['schedules']),
  },
  {
    sheet: '条文',
    purpose: '制度全文，每条一行：条号（第二十二条，供“依据”引用）、所属章、标题、正文（段落之间换行）；编号可不填，由条号得出（第二十二条 → a22）；修订时在“修改说明”写明本条为何修改，修订对照表照录。',
    columns: [ID, { header: '条号', key: 'number', kind: 'text' }, { header: '引用路径', key: 'path', kind: 'text' }, { header: '章', key: 'chapter', kind: 'text', width: 18 }, { header: '标题', key: 'title', kind: 'text' }, { header: '正文', key: 'text', kind: 'text', width: 80 }, { header: '修改说明', key: 'change_note', kind: 'text', width: 40 }],
    rows: (r) => list(['articles'], r.articles),
    target: fixed(['articles']),
  },
  {
    sheet: '考核',
    purpose: '考核评分：扣分项从下拉列表选“计分对象”（超期办结、逾期未办或违规情形）并填分值；指标项选“指标”（及时受理率、按期办结率……）并填权重。',
    columns: [
      { header: '计分对象', key: 'on', kind: 'text', labels: TARGET_LABELS, width: 24 },
      { header: '分值', key: 'points', kind: 'number' },
      { header: '上限', key: 'cap', kind: 'number' },
      { header: '指标', key: 'kpi', kind: 'text', labels: KPI_LABELS, width: 22 },
      { header: '权重', key: 'weight', kind: 'number' },
      { header: '目标', key: 'target', kind: 'number' },
      BASIS,
    ],
    rows: (r) => [...list(['appraisal', 'items'], r.appraisal?.items), ...list(['appraisal', 'kpis'], r.appraisal?.kpis)],
    target: (_rules, item) => (item.kpi !== undefined ? ['appraisal', 'kpis'] : ['appraisal', 'items']),
  },
];

/** Every sheet name, in workbook order. */
export const SHEETS: string[] = [README_SHEET, INFO_SHEET, ...TABLES.map((t) => t.sheet)];
