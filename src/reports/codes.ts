/** Diagnostic codes of the reports stage. Codes are permanent: deprecate, never rename. */
import { code, type Arg, type Codes } from '../diagnostics/define.ts';

/** The reports stage's codes. */
export const REPORT_CODES = {
  REPORT_NO_VERSION: code<{ ruleset: Arg; period: Arg; date: Arg; first: Arg }>({
    severity: 'error',
    title: { zh: '统计期末制度尚未施行', en: 'No rule version in force in the period' },
    zh: {
      message: (a) => `规则集 ${a.ruleset} 在 ${a.period} 期末（${a.date}）没有施行中的版本。`,
      hint: (a) => `选择 ${a.first} 及以后的期间，或为该期间补充一个版本。`,
    },
    en: {
      message: (a) => `Rule set ${a.ruleset} has no version in force at the end of ${a.period} (${a.date}).`,
      hint: (a) => `Choose a period from ${a.first} on, or add a version for that period.`,
    },
  }),
  REPORT_UNKNOWN_DEPARTMENT: code<{ department: Arg; cases: number; nearest?: Arg }>({
    severity: 'warning',
    title: { zh: '部门不在制度中，单列不排名', en: 'Department not in the rules: scored apart, not ranked' },
    zh: {
      message: (a) => `承办部门“${a.department}”（${a.cases} 件）不在制度的部门名单中${a.nearest ? `，是否为“${a.nearest}”？` : '。'}其得分单独列出，不参加排名。`,
      hint: (a) => (a.nearest ? `在台账中把“${a.department}”改为“${a.nearest}”后重新生成报告。` : '在台账中改为制度所列的部门名称，或在制度中增加该部门。'),
    },
    en: {
      message: (a) => `The department "${a.department}" (${a.cases} cases) is not one of the rules' departments${a.nearest ? `; did you mean "${a.nearest}"?` : '.'} It is scored apart and not ranked.`,
      hint: (a) => (a.nearest ? `Change "${a.department}" to "${a.nearest}" in the ledger and run the report again.` : 'Use a department named in the rules, or add it to the rules.'),
    },
  }),
  REPORT_NO_APPRAISAL: code<{ ruleset: Arg; version: Arg }>({
    severity: 'error',
    title: { zh: '制度没有考核办法', en: 'No appraisal scheme' },
    zh: {
      message: (a) => `规则集 ${a.ruleset}（${a.version} 版）没有考核办法（appraisal），无法生成考核报告。`,
      hint: () => '在规则文件中加入 appraisal:base、items（扣分项）与 kpis（指标权重和目标值）。',
    },
    en: {
      message: (a) => `Rule set ${a.ruleset} (version ${a.version}) has no appraisal section, so no appraisal report can be made.`,
      hint: () => 'Add an appraisal section to the rule file: base, items (deductions) and kpis (weights and targets).',
    },
  }),
} satisfies Codes;
