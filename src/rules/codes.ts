/** Diagnostic codes of the rules stage (loading, schema, semantic checks). Permanent: never rename. */
import { code, type Arg, type Codes, type NoArgs } from '../diagnostics/define.ts';
import { describeLimitReason } from '../deadlines/limit.ts';
import { fileErrorWords } from '../io/codes.ts';

export const RULES_CODES = {
  RULES_FILE_UNREADABLE: code<{ reason: Arg }>({
    severity: 'error',
    title: { zh: '规则文件无法读取', en: 'Rule file cannot be read' },
    zh: {
      message: (a) => `无法读取规则文件：${fileErrorWords(a).zh}。`,
      hint: () => '检查路径是否正确、文件是否存在且有读取权限。',
    },
    en: {
      message: (a) => `The rule file cannot be read: ${fileErrorWords(a).en}.`,
      hint: () => 'Check the path, that the file exists and that it is readable.',
    },
  }),
  RULES_NOT_FOUND: code<NoArgs>({
    severity: 'error',
    title: { zh: '目录中没有规则文件', en: 'No rule files in folder' },
    zh: {
      message: () => '该目录下没有规则文件（*.yaml）。',
      hint: () => '规则集是 rules/<编号>/ 目录，每个版本一个 YAML 文件，文件名为生效日期，如 2022-05-01.yaml。',
    },
    en: {
      message: () => 'This folder has no rule files (*.yaml).',
      hint: () => 'A rule set is a folder rules/<id>/ with one YAML file per version, named by its effective date, e.g. 2022-05-01.yaml.',
    },
  }),
  RULES_TOO_LARGE: code<{ size: number; max: Arg }>({
    severity: 'error',
    title: { zh: '规则文件过大', en: 'Rule file too large' },
    zh: {
      message: (a) => `规则文件过大（${a.size} 字节，上限 ${a.max} 字节）。`,
      hint: () => '一个版本的制度通常只有几十 KB；请确认选对了文件，或把条文拆分到多个版本文件。',
    },
    en: {
      message: (a) => `The rule file is too large (${a.size} bytes; the limit is ${a.max}).`,
      hint: () => 'One version of a rule document ("制度") is usually a few dozen KB; check that this is the right file.',
    },
  }),
  RULES_NOT_UTF8: code<{ offset: number }>({
    severity: 'error',
    title: { zh: '规则文件不是 UTF-8 编码', en: 'Rule file is not UTF-8' },
    zh: {
      message: (a) => `规则文件不是 UTF-8 编码（第 ${a.offset} 字节处出现无效字节）。`,
      hint: () => '请用编辑器以 UTF-8 编码另存该文件（如从 GBK/GB18030 转换）。',
    },
    en: {
      message: (a) => `The rule file is not UTF-8 (invalid byte at offset ${a.offset}).`,
      hint: () => 'Save the file as UTF-8 (e.g. convert it from GBK/GB18030).',
    },
  }),
  YAML_SYNTAX: code<{ detailZh: Arg; detail: Arg }>({
    severity: 'error',
    title: { zh: 'YAML 语法错误', en: 'YAML syntax error' },
    zh: {
      message: (a) => `YAML 语法错误：${a.detailZh}。`,
      hint: () => '检查缩进（只能用空格）、冒号后的空格和引号是否成对。',
    },
    en: {
      message: (a) => `YAML syntax error: ${a.detail}`,
      hint: () => 'Check indentation (spaces only), the space after each colon, and matching quotes.',
    },
  }),
  YAML_ALIAS_LIMIT: code<NoArgs>({
    severity: 'error',
    title: { zh: 'YAML 别名过多', en: 'Too many YAML aliases' },
    zh: {
      message: () => 'YAML 别名（*引用）展开过多，疑似“别名炸弹”，已停止解析。',
      hint: () => '规则文件无需使用锚点和别名；请直接写出内容。',
    },
    en: {
      message: () => 'The YAML expands too many aliases (a possible alias bomb); parsing stopped.',
      hint: () => 'Rule files do not need anchors and aliases; write the content out.',
    },
  }),
  YAML_DUPLICATE_KEY: code<{ key: Arg }>({
    severity: 'error',
    title: { zh: '键名重复', en: 'Duplicate key' },
    zh: {
      message: (a) => `键“${a.key}”重复出现。`,
      hint: () => '删除或合并重复的键。',
    },
    en: {
      message: (a) => `The key "${a.key}" appears twice.`,
      hint: () => 'Remove or merge the duplicate key.',
    },
  }),
  YAML_TOO_DEEP: code<{ max: Arg }>({
    severity: 'error',
    title: { zh: 'YAML 嵌套过深', en: 'YAML nested too deeply' },
    zh: {
      message: (a) => `YAML 嵌套层级过深（超过 ${a.max} 层）。`,
      hint: () => '规则文件的结构最多只有几层；请检查缩进。',
    },
    en: {
      message: (a) => `The YAML is nested too deeply (more than ${a.max} levels).`,
      hint: () => 'Rule files are only a few levels deep; check the indentation.',
    },
  }),
  SCHEMA_UNKNOWN_KEY: code<{ key: Arg; suggestion?: Arg; allowed: Arg }>({
    severity: 'error',
    title: { zh: '未知的键', en: 'Unknown key' },
    zh: {
      message: (a) => `未知的键“${a.key}”。${a.suggestion ? `是否想写“${a.suggestion}”？` : ''}`,
      hint: (a) => `此处允许的键：${a.allowed}。`,
    },
    en: {
      message: (a) => `Unknown key "${a.key}".${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
      hint: (a) => `Keys allowed here: ${a.allowed}.`,
    },
  }),
  SCHEMA_MISSING_KEY: code<{ key: Arg; description: Arg }>({
    severity: 'error',
    title: { zh: '缺少必填项', en: 'Required key missing' },
    zh: {
      message: (a) => `缺少必填项“${a.key}”。`,
      hint: (a) => `在此处添加“${a.key}”一项。`,
    },
    en: {
      message: (a) => `The required key "${a.key}" is missing.`,
      hint: (a) => `Add ${a.key} here: ${a.description}`,
    },
  }),
  SCHEMA_TYPE: code<{ expectedZh: Arg; hintZh: Arg; expected: Arg; description: Arg }>({
    severity: 'error',
    title: { zh: '类型不对', en: 'Wrong type' },
    zh: {
      message: (a) => `类型不对：应为${a.expectedZh}。`,
      hint: (a) => String(a.hintZh),
    },
    en: {
      message: (a) => `Wrong type: expected ${a.expected}.`,
      hint: (a) => String(a.description),
    },
  }),
  SCHEMA_ENUM: code<{ value: Arg; allowed: Arg }>({
    severity: 'error',
    title: { zh: '取值不在允许范围内', en: 'Value not allowed' },
    zh: {
      message: (a) => `取值“${a.value}”不在允许范围内。`,
      hint: (a) => `可选值：${a.allowed}。`,
    },
    en: {
      message: (a) => `The value "${a.value}" is not allowed.`,
      hint: (a) => `Allowed values: ${a.allowed}.`,
    },
  }),
  SCHEMA_FORMAT: code<{ value: Arg; expectedZh: Arg; hintZh: Arg; expected: Arg; description: Arg }>({
    severity: 'error',
    title: { zh: '格式不对', en: 'Value has the wrong form' },
    zh: {
      message: (a) => `取值“${a.value}”格式不对：${a.expectedZh}。`,
      hint: (a) => String(a.hintZh),
    },
    en: {
      message: (a) => `The value "${a.value}" has the wrong form: ${a.expected}.`,
      hint: (a) => String(a.description),
    },
  }),
  SCHEMA_INVALID: code<{ detailZh: Arg; detail: Arg; description: Arg }>({
    severity: 'error',
    title: { zh: '取值不符合规则格式', en: 'Value does not fit the schema' },
    zh: {
      message: (a) => `取值不符合规则格式：${a.detailZh}。`,
    },
    en: {
      message: (a) => `The value does not fit the rule format: ${a.detail}`,
      hint: (a) => String(a.description),
    },
  }),
  RULESET_MISMATCH: code<{ ruleset: Arg; folder: Arg }>({
    severity: 'error',
    title: { zh: '规则集编号与目录不一致', en: 'ruleset does not match folder' },
    zh: {
      message: (a) => `ruleset 为“${a.ruleset}”，但文件位于目录“${a.folder}”。`,
      hint: () => '同一规则集的所有版本放在同名目录下。',
    },
    en: {
      message: (a) => `ruleset is "${a.ruleset}" but the file is in folder "${a.folder}".`,
      hint: () => 'All versions of a rule set live in the folder of the same name.',
    },
  }),
  DUPLICATE_ID: code<{ kindZh: Arg; id: Arg; firstLine: number; kind: Arg }>({
    severity: 'error',
    title: { zh: '编号重复', en: 'Duplicate id' },
    zh: {
      message: (a) => `${a.kindZh}编号“${a.id}”重复（首次出现在第 ${a.firstLine} 行）。`,
      hint: () => '每个编号在本文件中必须唯一。',
    },
    en: {
      message: (a) => `The ${a.kind} id "${a.id}" is used twice (first on line ${a.firstLine}).`,
      hint: () => 'Each id must be unique within the file.',
    },
  }),
  UNKNOWN_REFERENCE: code<{ kindZh: Arg; id: Arg; suggestion?: Arg; kind: Arg; known?: Arg }>({
    severity: 'error',
    title: { zh: '引用的项目不存在', en: 'Reference to something that does not exist' },
    zh: {
      message: (a) => `引用了不存在的${a.kindZh}“${a.id}”。${a.suggestion ? `是否想写“${a.suggestion}”？` : ''}`,
      hint: (a) => (a.known ? `已定义的${a.kindZh}：${a.known}。` : `请先定义该${a.kindZh}。`),
    },
    en: {
      message: (a) => `There is no ${a.kind} "${a.id}".${a.suggestion ? ` Did you mean "${a.suggestion}"?` : ''}`,
      hint: (a) => (a.known ? `Defined: ${a.known}.` : `Define the ${a.kind} first.`),
    },
  }),
  INVALID_LIMIT: code<{ value: Arg; reason: Arg }>({
    severity: 'error',
    title: { zh: '时限无法识别', en: 'Invalid time limit' },
    zh: {
      message: (a) => `时限“${a.value}”无法识别：${describeLimitReason(a.reason, a.value, 'zh')}`,
      hint: () => '写法示例：15日、15个工作日、2个月、30分钟、24小时、当日。',
    },
    en: {
      message: (a) => `The time limit "${a.value}" cannot be read: ${describeLimitReason(a.reason, a.value, 'en')}`,
      hint: () => 'Examples: "15日", "15个工作日", "2个月", "30分钟", "24小时", "当日".',
    },
  }),
  EXTENSION_UNIT_MISMATCH: code<{ limit: Arg; max: Arg }>({
    severity: 'error',
    title: { zh: '延期单位与时限不符', en: 'Extension in a unit the limit cannot take' },
    zh: {
      message: (a) => `时限“${a.limit}”不能按“${a.max}”延长。`,
      hint: () => '按日、工作日、月计算的时限以日、工作日或月延长；按小时、分钟计算的时限以小时或分钟延长。',
    },
    en: {
      message: (a) => `The limit "${a.limit}" cannot be extended by "${a.max}".`,
      hint: () => 'Day, working-day and month limits extend by days, working days or months; hour and minute limits by hours or minutes.',
    },
  }),
  CLOCK_SAME_EVENTS: code<{ id: Arg; event: Arg }>({
    severity: 'error',
    title: { zh: '时限起算与截止为同一环节', en: 'Clock starts and stops on the same event' },
    zh: {
      message: (a) => `时限“${a.id}”的起算事件和截止事件相同（${a.event}）。`,
      hint: () => 'from 是起算事件（如 received），until 是完成事件（如 closed）。',
    },
    en: {
      message: (a) => `Clock "${a.id}" starts and stops on the same event (${a.event}).`,
      hint: () => 'from is the starting event (e.g. received), until the finishing one (e.g. closed).',
    },
  }),
  INVALID_CONDITION_VALUE: code<{ field: Arg; value: Arg; allowed: Arg }>({
    severity: 'error',
    title: { zh: '条件取值无效', en: 'Condition tests a value the field cannot have' },
    zh: {
      message: (a) => `条件中“${a.field}”的取值“${a.value}”无效。`,
      hint: (a) => `可选值：${a.allowed}。`,
    },
    en: {
      message: (a) => `"${a.value}" is not a possible value of ${a.field}.`,
      hint: (a) => `Possible values: ${a.allowed}.`,
    },
  }),
  EXTENDS_CYCLE: code<{ chain: Arg }>({
    severity: 'error',
    title: { zh: '上级规则集循环引用', en: 'extends forms a cycle' },
    zh: {
      message: (a) => `extends 形成循环：${a.chain}。`,
      hint: () => '规则集只能在另一个不引用它的规则集基础上扩展。',
    },
    en: {
      message: (a) => `extends forms a cycle: ${a.chain}.`,
      hint: () => 'A rule set can only build on one that does not build on it.',
    },
  }),
  EXTENDS_UNKNOWN: code<{ ruleset: Arg }>({
    severity: 'error',
    title: { zh: '上级规则集不存在', en: 'extends names an unknown rule set' },
    zh: {
      message: (a) => `extends 引用的规则集“${a.ruleset}”不存在。`,
      hint: () => '被引用的规则集应位于同一 rules/ 目录下。',
    },
    en: {
      message: (a) => `extends names the rule set "${a.ruleset}", which does not exist.`,
      hint: () => 'The parent rule set must be in the same rules/ folder.',
    },
  }),
  EXTENDS_NOT_IN_FORCE: code<{ date: Arg; ruleset: Arg }>({
    severity: 'error',
    title: { zh: '上级制度尚未施行', en: 'Parent rule set not in force' },
    zh: {
      message: (a) => `生效日期 ${a.date} 时，上级规则集“${a.ruleset}”尚无生效版本。`,
      hint: () => '调整本版本的生效日期，或为上级规则集补充更早的版本。',
    },
    en: {
      message: (a) => `On ${a.date} the parent rule set "${a.ruleset}" has no version in force.`,
      hint: () => 'Move this version\'s effective date, or add an earlier version of the parent.',
    },
  }),
  VERSION_OVERLAP: code<{ date: Arg; other: Arg }>({
    severity: 'error',
    title: { zh: '两个版本生效日期相同', en: 'Two versions take effect on the same date' },
    zh: {
      message: (a) => `版本生效日期 ${a.date} 与 ${a.other} 重复。`,
      hint: () => '每个版本的生效日期必须不同；新版本生效时旧版本自动失效。',
    },
    en: {
      message: (a) => `Two versions take effect on ${a.date} (also ${a.other}).`,
      hint: () => 'Each version needs its own effective date; a version ends when the next takes effect.',
    },
  }),
  DATE_DOES_NOT_EXIST: code<{ value: Arg; year: Arg; month: Arg; day: Arg }>({
    severity: 'error',
    title: { zh: '日期不存在', en: 'Date does not exist' },
    zh: {
      message: (a) => (Number(a.month) >= 1 && Number(a.month) <= 12 ? `${a.year}年${a.month}月没有${a.day}日（${a.value}）。` : `没有${a.month}月（${a.value}）。`),
      hint: () => '核对原文的日期。',
    },
    en: {
      message: (a) => (Number(a.month) >= 1 && Number(a.month) <= 12 ? `${a.value} does not exist: month ${a.month} of ${a.year} has no day ${a.day}.` : `${a.value} does not exist: there is no month ${a.month}.`),
      hint: () => 'Check the date against the text.',
    },
  }),
  VERSION_FILE_NAME: code<{ expected: Arg }>({
    severity: 'error',
    title: { zh: '文件名与生效日期不一致', en: 'File name does not match effective date' },
    zh: {
      message: (a) => `生效日期 ${a.expected} 与文件名不一致，文件名应为 ${a.expected}.yaml。`,
      hint: () => '生效日期决定哪些案件按本版本计算：先确认哪一个是对的，再改文件名或 effective_from。',
    },
    en: {
      message: (a) => `The effective date ${a.expected} disagrees with the file name, which should be ${a.expected}.yaml.`,
      hint: () => 'The effective date decides which cases this version judges: find out which is right, then rename the file or change effective_from.',
    },
  }),
  NO_VERSION_IN_FORCE: code<{ ruleset: Arg; date: Arg; first: Arg }>({
    severity: 'error',
    title: { zh: '该日期没有施行中的版本', en: 'No version in force on that date' },
    zh: {
      message: (a) => `规则集“${a.ruleset}”在 ${a.date} 尚无生效版本（最早的版本自 ${a.first} 起生效）。`,
      hint: () => '检查日期，或为规则集补充更早的版本。',
    },
    en: {
      message: (a) => `Rule set "${a.ruleset}" has no version in force on ${a.date} (the earliest takes effect on ${a.first}).`,
      hint: () => 'Check the date, or add an earlier version of the rule set.',
    },
  }),
  PLACEHOLDER_UNKNOWN_FIELD: code<{ field: Arg }>({
    severity: 'warning',
    title: { zh: '占位项未填写', en: 'Placeholder field is empty' },
    zh: {
      message: (a) => `placeholders 列出了“${a.field}”，但该项没有填写。`,
      hint: () => '填写占位内容，或从 placeholders 中删除。',
    },
    en: {
      message: (a) => `placeholders lists "${a.field}" but that field is empty.`,
      hint: () => 'Fill in the placeholder text, or remove it from placeholders.',
    },
  }),
} satisfies Codes;
