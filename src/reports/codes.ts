/** Diagnostic codes of the reports stage. Codes are permanent: deprecate, never rename. */
import { registerCodes, type Codes } from '../diagnostics/catalogue.ts';

/** The reports stage's codes, registered in the catalogue at import. */
export const REPORT_CODES: Codes = registerCodes({
  REPORT_NO_VERSION: {
    severity: 'error',
    title: 'No rule version in force in the period',
    zh: (a) => `规则集 ${a.ruleset} 在 ${a.period} 期末（${a.date}）没有施行中的版本。`,
    en: (a) => `Rule set ${a.ruleset} has no version in force at the end of ${a.period} (${a.date}).`,
    hintZh: (a) => `选择 ${a.first} 及以后的期间，或为该期间补充一个版本。`,
    hintEn: (a) => `Choose a period from ${a.first} on, or add a version for that period.`,
  },
  REPORT_NO_APPRAISAL: {
    severity: 'error',
    title: 'No appraisal scheme',
    zh: (a) => `规则集 ${a.ruleset}（${a.version} 版）没有考核办法（appraisal），无法生成考核报告。`,
    en: (a) => `Rule set ${a.ruleset} (version ${a.version}) has no appraisal section, so no appraisal report can be made.`,
    hintZh: () => '在规则文件中加入 appraisal:base、items（扣分项）与 kpis（指标权重和目标值）。',
    hintEn: () => 'Add an appraisal section to the rule file: base, items (deductions) and kpis (weights and targets).',
  },
});
