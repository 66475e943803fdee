/**
 * Diagnostic codes of the rules language's semantic checks of conditions, procedure, clocks,
 * contacts, routing coverage and appraisal (rules/AUTHORING.md).
 * Permanent: never rename. Joined into the catalogue by src/diagnostics/catalogue.ts.
 */
import { code, type Arg, type Codes, type NoArgs } from '../diagnostics/define.ts';

export const SEMANTIC_CODES = {
  LIMIT_TOO_LONG: code<{ id: Arg; limit: Arg }>({
    severity: 'error',
    title: { zh: '时限超过十二个月', en: 'Limit longer than 12 months' },
    zh: {
      message: (a) => `“${a.id}”的期限 ${a.limit} 超过12个月，不是信访工作的时限。`,
      hint: () => '核对原文的数字和单位（如 31日 误写成 31个月）；《信访工作条例》最长的办理期限为90日。',
    },
    en: {
      message: (a) => `The limit ${a.limit} of "${a.id}" is over 12 months, which no petition time limit is.`,
      hint: () => 'Check the number and unit against the text ("31日" typed as "31个月"?); the longest handling period of the regulations is 90 days.',
    },
  }),
  WARN_NOT_BEFORE_LIMIT: code<{ id: Arg; warn: Arg; limit: Arg }>({
    severity: 'error',
    title: { zh: '临期提醒不短于时限', en: 'Due-soon warning not shorter than the limit' },
    zh: {
      message: (a) => `“${a.id}”的提前提醒 ${a.warn} 不短于期限 ${a.limit}，每件从第一天起就是临期。`,
      hint: () => '提前提醒应明显短于期限，如期限 30日、提前提醒 5日。',
    },
    en: {
      message: (a) => `The due-soon warning ${a.warn} of "${a.id}" is not shorter than its limit ${a.limit}: every case would be due soon from its first day.`,
      hint: () => 'Make the warning clearly shorter than the limit, e.g. 5 days for a 30-day limit.',
    },
  }),
  CLOCK_REVERSED: code<{ id: Arg; fromZh: Arg; untilZh: Arg; fromEn: Arg; untilEn: Arg }>({
    severity: 'error',
    title: { zh: '时限截止环节早于起算环节', en: 'Clock stops before it starts' },
    zh: {
      message: (a) => `“${a.id}”从${a.fromZh}起算，却截止于更早环节的${a.untilZh}。`,
      hint: () => '检查起算和截止是否写反。',
    },
    en: {
      message: (a) => `"${a.id}" starts on ${a.fromEn} but stops on ${a.untilEn}, an earlier step of the procedure.`,
      hint: () => 'Check whether the start and the stop are swapped.',
    },
  }),
  ARTICLE_EFFECTIVE_DATE: code<{ number: Arg; stated: Arg; effective: Arg }>({
    severity: 'error',
    title: { zh: '条文施行日期与生效日期不一致', en: 'Article states another effective date' },
    zh: {
      message: (a) => `${a.number}写明自 ${a.stated} 起施行，与本版本的生效日期 ${a.effective} 不一致。`,
      hint: () => '修订时同时改条文中的施行日期和生效日期，两者须一致。',
    },
    en: {
      message: (a) => `Article ${a.number} says the text takes effect on ${a.stated}, not on this version's effective date ${a.effective}.`,
      hint: () => 'When revising, change the date in the article and the effective date together.',
    },
  }),
  TIME_RANGE_REVERSED: code<{ time: Arg }>({
    severity: 'error',
    title: { zh: '时段结束早于开始', en: 'Time range ends before it starts' },
    zh: {
      message: (a) => `时间“${a.time}”的结束时刻不晚于开始时刻。`,
      hint: () => '先写开始时刻，后写结束时刻，如 14:30-17:30；下午的时刻写成 24 小时制（17:30）或在前面加“下午”。',
    },
    en: {
      message: (a) => `The time range "${a.time}" does not end after it starts.`,
      hint: () => 'Write the start first and the end second, e.g. 14:30-17:30, on a 24-hour clock.',
    },
  }),
  CLOCK_DUE_BY_ONLY: code<{ id: Arg }>({
    severity: 'error',
    title: { zh: '时限没有固定期限', en: 'Clock has no limit of its own' },
    zh: {
      message: (a) => `时限“${a.id}”没有固定期限，到期日取每件的要求办结日期，无法单独计算。`,
      hint: () => '用 --from 与 --limit 直接计算，或在台账中填写要求办结日期后运行 xinfang check。',
    },
    en: {
      message: (a) => `Clock "${a.id}" has no limit of its own: its due date is each case's assigned due date, so it cannot be computed alone.`,
      hint: () => 'Compute with --from and --limit, or record the assigned due date in the ledger and run xinfang check.',
    },
  }),
  CONDITION_EMPTY_UNDECLARED: code<{ fieldZh: Arg; field: Arg }>({
    severity: 'error',
    title: { zh: '未说明条件栏目为空时如何处理', en: 'Condition on a field that may be empty, without if_empty' },
    zh: {
      message: (a) => `条件检验“${a.fieldZh}”的取值，但没有声明该栏为空时如何处理。`,
      hint: (a) => `在同一时限（或期限）下加 if_empty: { ${a.field}: assume }（按条件成立计算并注明）或 { ${a.field}: skip }（不计算并计数）。`,
    },
    en: {
      message: (a) => `The condition tests a value of ${a.field} but does not say what an empty cell means.`,
      hint: (a) => `Add if_empty: { ${a.field}: assume } (taken to hold, and said so) or { ${a.field}: skip } (not applied, and counted).`,
    },
  }),
  IF_EMPTY_UNUSED: code<{ fieldZh: Arg; field: Arg }>({
    severity: 'warning',
    title: { zh: '说明了空值处理的栏目未被条件检验', en: 'if_empty for a field the condition does not test' },
    zh: {
      message: (a) => `if_empty 声明了“${a.fieldZh}”，但条件没有检验该栏的取值。`,
      hint: () => '删除该项，或检查 when 是否写错了字段。',
    },
    en: {
      message: (a) => `if_empty names ${a.field}, but the condition tests no value of it.`,
      hint: () => 'Remove it, or check the field names in when.',
    },
  }),
  CLOCK_NO_LIMIT: code<{ id: Arg }>({
    severity: 'error',
    title: { zh: '时限既无期限也无到期日', en: 'Clock with neither limit nor due_by' },
    zh: {
      message: (a) => `时限“${a.id}”既没有 limit，也没有 due_by。`,
      hint: () => '写明期限（如 limit: 60日），或用 due_by: assigned_due 取每件的要求办结日期。',
    },
    en: {
      message: (a) => `Clock "${a.id}" has neither a limit nor a due_by.`,
      hint: () => 'Give a limit (e.g. limit: "60日"), or due_by: assigned_due to take each case\'s assigned due date.',
    },
  }),
  DUE_BY_NOT_DUE_DATE: code<{ id: Arg; event: Arg; allowed: Arg }>({
    severity: 'error',
    title: { zh: '到期日取自非到期日栏目', en: 'due_by names an event that is not a due date' },
    zh: {
      message: (a) => `时限“${a.id}”的 due_by 为“${a.event}”，它不是到期日栏。`,
      hint: (a) => `due_by 只能取：${a.allowed}（要求办结日期）。`,
    },
    en: {
      message: (a) => `Clock "${a.id}" has due_by "${a.event}", which is not a due-date column.`,
      hint: (a) => `due_by can only be: ${a.allowed}.`,
    },
  }),
  DUE_DATE_AS_EVENT: code<{ event: Arg }>({
    severity: 'error',
    title: { zh: '到期日栏被当作办理环节', en: 'A due-date column used as an event' },
    zh: {
      message: (a) => `“${a.event}”是要求办结日期，不是发生的事件，不能用作起算、截止或中止事件。`,
      hint: () => '用 due_by: assigned_due 让它作为到期日。',
    },
    en: {
      message: (a) => `"${a.event}" is a due date, not an event: it cannot start, stop or pause a clock.`,
      hint: () => 'Use due_by: assigned_due to make it the due date.',
    },
  }),
  PAUSE_SAME_EVENTS: code<{ id: Arg; event: Arg }>({
    severity: 'error',
    title: { zh: '中止起止为同一环节', en: 'Pause starts and ends on the same event' },
    zh: {
      message: (a) => `时限“${a.id}”的 pause 起止事件相同（${a.event}）。`,
      hint: () => '如听证：pause: { from: hearing_started, until: hearing_ended }。',
    },
    en: {
      message: (a) => `Clock "${a.id}" pauses from and until the same event (${a.event}).`,
      hint: () => 'E.g. a hearing: pause: { from: hearing_started, until: hearing_ended }.',
    },
  }),
  PAUSE_NOT_DAY_PERIOD: code<{ id: Arg; limit: Arg }>({
    severity: 'error',
    title: { zh: '不按日计算的时限不能中止', en: 'Pause on a clock not counted in days' },
    zh: {
      message: (a) => `时限“${a.id}”按“${a.limit}”计算，不能中止：中止只扣除日历日。`,
      hint: () => 'pause 只用于按日、工作日、月计算的时限（或只有 due_by 的时限）；按小时、分钟计算或“当日”的时限删除 pause。',
    },
    en: {
      message: (a) => `Clock "${a.id}" runs for ${a.limit} and cannot be paused: a pause excludes calendar days only.`,
      hint: () => 'pause is only for day, working-day and month limits (or a due_by-only clock); remove it from an hour, minute or same-day clock.',
    },
  }),
  FALLBACK_SAME_AS_FROM: code<{ id: Arg; event: Arg }>({
    severity: 'error',
    title: { zh: '备用起算环节与起算环节相同', en: 'from_fallback is the from event itself' },
    zh: {
      message: (a) => `“${a.id}”的 from_fallback 与 from 相同（${a.event}）。`,
      hint: () => 'from_fallback 是起算事件未填时改用的另一事件，如 from: submitted, from_fallback: received；不需要时删除。',
    },
    en: {
      message: (a) => `"${a.id}" has from_fallback equal to from (${a.event}).`,
      hint: () => 'from_fallback is another event used when from is not recorded, e.g. from: submitted, from_fallback: received; remove it if not needed.',
    },
  }),
  EXTENSION_APPROVER_WITHOUT_APPROVAL: code<{ id: Arg }>({
    severity: 'error',
    title: { zh: '无需批准的延期写了批准人', en: 'Approver given for an extension that needs no approval' },
    zh: {
      message: (a) => `时限“${a.id}”的延期写明 approval: none，却又写了 approver。`,
      hint: () => '原文要求批准的，写 approval: required（默认）；不要求批准的，删除 approver。',
    },
    en: {
      message: (a) => `Clock "${a.id}" has an extension with approval: none and an approver.`,
      hint: () => 'If the text requires approval, use approval: required (the default); otherwise remove approver.',
    },
  }),
  REQUEST_WINDOW_MISMATCH: code<{ id: Arg; window: Arg; until: Arg; from: Arg }>({
    severity: 'error',
    title: { zh: '申请期限与时限起算不衔接', en: 'Request window does not end where the clock starts' },
    zh: {
      message: (a) => `时限“${a.id}”的 request_window“${a.window}”截止于 ${a.until}，而本时限起算于 ${a.from}。`,
      hint: () => '申请期限的截止事件（如 review_requested）应是据以起算的时限的起算事件。',
    },
    en: {
      message: (a) => `Clock "${a.id}" names request_window "${a.window}", which ends on ${a.until}, but the clock starts on ${a.from}.`,
      hint: () => 'The window\'s until event (e.g. review_requested) must be the event the clock starts on.',
    },
  }),
  REQUEST_WINDOW_NOT_TAKEN: code<{ id: Arg; window: Arg }>({
    severity: 'error',
    title: { zh: '沿用时限未沿用其申请期限', en: 'Inherited clock without its request window' },
    zh: {
      message: (a) => `沿用了上级时限“${a.id}”，却没有沿用它所依据的申请期限“${a.window}”。`,
      hint: (a) => `在 extends.windows 中加上 ${a.window}。`,
    },
    en: {
      message: (a) => `The inherited clock "${a.id}" is taken without the request window "${a.window}" it rests on.`,
      hint: (a) => `Add ${a.window} to extends.windows.`,
    },
  }),
  PROCEDURE_STEP_ORDER: code<{ step: Arg; order: Arg }>({
    severity: 'error',
    title: { zh: '程序步骤重复或顺序不对', en: 'Procedure steps out of order or repeated' },
    zh: {
      message: (a) => `程序步骤“${a.step}”重复或顺序不对。`,
      hint: (a) => `每个步骤至多一次，按此顺序：${a.order}。`,
    },
    en: {
      message: (a) => `The procedure step "${a.step}" is repeated or out of order.`,
      hint: (a) => `Each step at most once, in this order: ${a.order}.`,
    },
  }),
  PROCEDURE_FINAL_WITHOUT_RECHECK: code<NoArgs>({
    severity: 'error',
    title: { zh: '有终结步骤但没有复核步骤', en: 'final step without a recheck step' },
    zh: {
      message: () => '程序有终结（final）步骤，但前面没有复核（recheck）步骤。',
      hint: () => '终结（三级终结）在复核之后；原文没有复核的，不设终结步骤。',
    },
    en: {
      message: () => 'The procedure has a final step but no recheck step before it.',
      hint: () => 'The matter ends ("三级终结") after the recheck ("复核"); without a recheck step in the text there is no final step.',
    },
  }),
  DECIDES_NOT_SUPERIOR: code<{ id: Arg }>({
    severity: 'error',
    title: { zh: '列为上级决定的时限并非由上级决定', en: 'ledger.decides lists a clock not decided by the organ above' },
    zh: {
      message: (a) => `ledger.decides 列出的时限“${a.id}”不是 decided_by: superior。`,
      hint: () => 'decides 只用于由上一级机关作出决定（复查、复核）而本单位台账也记录并作出决定的时限。',
    },
    en: {
      message: (a) => `ledger.decides lists clock "${a.id}", which is not decided_by: superior.`,
      hint: () => 'decides is only for clocks decided by the organ above ("复查", "复核") that this organisation\'s ledger decides.',
    },
  }),
  WORKING_DAYS_NOT_DAILY: code<{ id: Arg }>({
    severity: 'error',
    title: { zh: '工作日安排的重复规则不是每日', en: 'working_days with a rule that is not daily' },
    zh: {
      message: (a) => `“${a.id}”为 working_days: true，RRULE 应为 FREQ=DAILY。`,
      hint: () => 'working_days 表示每个工作日（含调休上班日、不含节假日），由日历决定哪天上班，不用 BYDAY 列星期。',
    },
    en: {
      message: (a) => `"${a.id}" has working_days: true; its RRULE must be FREQ=DAILY.`,
      hint: () => 'working_days means every working day (make-up days included, holidays excluded): the calendar decides, not BYDAY.',
    },
  }),
  WORKING_DAYS_ON_HOLIDAY: code<{ id: Arg }>({
    severity: 'error',
    title: { zh: '工作日安排无需写节假日处理', en: 'working_days with on_holiday' },
    zh: {
      message: (a) => `“${a.id}”为 working_days: true，不需要 on_holiday。`,
      hint: () => '每个工作日的安排本来就不落在节假日；删除 on_holiday。',
    },
    en: {
      message: (a) => `"${a.id}" has working_days: true and needs no on_holiday.`,
      hint: () => 'An every-working-day rule never falls on a holiday; remove on_holiday.',
    },
  }),
  LEVEL_DUPLICATE: code<{ name: Arg; builtIn: Arg }>({
    severity: 'error',
    title: { zh: '等级重复', en: 'Level defined twice' },
    zh: {
      message: (a) => `等级“${a.name}”已有。`,
      hint: (a) => `${a.builtIn}为内置等级；levels 只列本制度另设的等级，每个一次。`,
    },
    en: {
      message: (a) => `The level "${a.name}" already exists.`,
      hint: (a) => `${a.builtIn} are built in; levels lists only the rule set's own levels, each once.`,
    },
  }),
  APPRAISAL_TARGET_UNREACHABLE: code<{ on: Arg }>({
    severity: 'error',
    title: { zh: '考核项不会发生', en: 'Appraisal item that nothing can produce' },
    zh: {
      message: (a) => `考核项“${a.on}”不会出现：本制度没有能产生它的时限或检查。`,
      hint: () => 'late/overdue 需要计分的时限；EXTENSION_OVER_MAX 需要有上限的延期；EXTENSION_AFTER_DUE 需要须批准的延期；RECUSAL_CONFLICT、CONFIDENTIALITY_BREACH 需要 discipline；GROUP_NOT_REPORTED 需要以报告日期截止、按人数适用的时限。删除该项或补上相应规则。',
    },
    en: {
      message: (a) => `The appraisal item "${a.on}" can never occur: no clock or check of this rule set produces it.`,
      hint: () => 'late/overdue need a scored clock; EXTENSION_OVER_MAX an extension with a max; EXTENSION_AFTER_DUE one that needs approval; RECUSAL_CONFLICT and CONFIDENTIALITY_BREACH a discipline entry; GROUP_NOT_REPORTED a clock stopping on reported that counts persons.',
    },
  }),
  CONTACT_NONE: code<NoArgs>({
    severity: 'warning',
    title: { zh: '单位没有公布联系方式', en: 'No way to reach the organisation' },
    zh: {
      message: () => '单位没有公布任何联系方式（电话、地址、网站或电子邮箱都没有，或只有占位内容），公开指南无法告诉信访人怎样联系。',
      hint: () => '在 organisation 下填写 phones、address、website 或 email 中至少一项的实际内容；公开指南会改为指向国家信访局网上信访渠道。',
    },
    en: {
      message: () => 'The organisation publishes no way to reach it (no phone, address, website or email, or only placeholders): the public guide cannot tell petitioners how to get in touch.',
      hint: () => 'Give a real value for at least one of phones, address, website or email under organisation; meanwhile the guide points to the national online channel.',
    },
  }),
  ROUTING_GAP: code<{ category: Arg; caseZh: Arg; caseEn: Arg }>({
    severity: 'warning',
    title: { zh: '事项没有归口', en: 'Routing gap' },
    zh: {
      message: (a) => `事项“${a.category}”${a.caseZh}没有任何归口规则命中。`,
      hint: () => '为该事项补一行归口规则，或在末尾加一行不限事项的兜底规则（hit_policy: first）。',
    },
    en: {
      message: (a) => `No routing row covers category "${a.category}" ${a.caseEn}.`,
      hint: () => 'Add a row for it, or a final catch-all row without category (hit_policy: first).',
    },
  }),
  // rows: the rule numbers named, 1、2、3; total: how many rules overlap, when more than those.
  ROUTING_OVERLAP: code<{ category: Arg; caseZh: Arg; rows: Arg; total?: number; caseEn: Arg }>({
    severity: 'error',
    title: { zh: '归口重叠', en: 'Routing overlap' },
    zh: {
      message: (a) => `hit_policy 为 unique，但事项“${a.category}”${a.caseZh}同时命中第 ${a.rows}${a.total ? ` 等共 ${a.total}` : ''} 条归口规则。`,
      hint: () => '收窄其中一行的条件，或改用 hit_policy: first（按顺序取第一行）。',
    },
    en: {
      message: (a) => `hit_policy is unique, but category "${a.category}" ${a.caseEn} matches routing rules ${String(a.rows).replaceAll('、', ', ')}${a.total ? ` (${a.total} in all)` : ''}.`,
      hint: () => 'Narrow one row\'s condition, or use hit_policy: first (first match wins).',
    },
  }),
  ROUTING_UNREACHABLE: code<{ row: number }>({
    severity: 'warning',
    title: { zh: '归口规则永不命中', en: 'Routing row never used' },
    zh: {
      message: (a) => `第 ${a.row} 行归口规则永远不会被命中（前面的行已覆盖）。`,
      hint: () => '删除该行，或把它移到覆盖它的行之前。',
    },
    en: {
      message: (a) => `Routing row ${a.row} is never used (earlier rows cover every case it matches).`,
      hint: () => 'Remove it, or move it above the row that covers it.',
    },
  }),
  ROUTING_CHECK_INCOMPLETE: code<{ checked: number; categories: number; rows: number; budget: number }>({
    severity: 'warning',
    title: { zh: '归口表过大，未检查完', en: 'Routing table too large to check in full' },
    zh: {
      message: (a) => `归口规则表过大（${a.categories} 个事项 × ${a.rows} 行）：覆盖检查在 ${a.budget} 次判定后停止，只查完了前 ${a.checked} 个事项；其余事项的缺口、重叠以及永不命中的行未检查。`,
      hint: () => '把不限事项的行合并为少数兜底行，或按事项拆分条件，使规则表与制度条文一样简明。',
    },
    en: {
      message: (a) => `The routing table is too large (${a.categories} categories × ${a.rows} rows): the coverage check stopped after ${a.budget} evaluations, with the first ${a.checked} categories done; gaps, overlaps and unused rows of the rest were not checked.`,
      hint: () => 'Merge rows that apply to every category into a few catch-all rows, or split conditions by category, so the table is as plain as the text.',
    },
  }),
  APPRAISAL_WEIGHTS: code<{ sum: number }>({
    severity: 'error',
    title: { zh: '考核指标权重之和不为 1', en: 'KPI weights do not sum to 1' },
    zh: {
      message: (a) => `考核指标权重之和为 ${a.sum}，应为 1。`,
      hint: () => '调整各项 weight 使其合计为 1。',
    },
    en: {
      message: (a) => `The KPI weights add up to ${a.sum}; they must add up to 1.`,
      hint: () => 'Adjust the weights so that they add up to 1.',
    },
  }),
} satisfies Codes;
