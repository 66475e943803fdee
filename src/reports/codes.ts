/** Diagnostic codes of the reports stage. Codes are permanent: deprecate, never rename. */
import { code, type Arg, type Codes } from '../diagnostics/define.ts';

/** The reports stage's codes. */
export const REPORT_CODES = {
  REPORT_NO_VERSION: code<{ ruleset: Arg; period: Arg; date: Arg; first: Arg }>({
    severity: 'error',
    title: 'No rule version in force in the period',
    zh: {
      message: (a) => `规则集 ${a.ruleset} 在 ${a.period} 期末（${a.date}）没有施行中的版本。`,
      hint: (a) => `选择 ${a.first} 及以后的期间，或为该期间补充一个版本。`,
    },
    en: {
      message: (a) => `Rule set ${a.ruleset} has no version in force at the end of ${a.period} (${a.date}).`,
      hint: (a) => `Choose a period from ${a.first} on, or add a version for that period.`,
    },
  }),
  REPORT_NO_APPRAISAL: code<{ ruleset: Arg; version: Arg }>({
    severity: 'error',
    title: 'No appraisal scheme',
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
