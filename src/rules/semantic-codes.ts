/**
 * Diagnostic codes of the rules language's semantic checks of conditions, procedure, clocks and
 * appraisal (rules/AUTHORING.md). Permanent: never rename. Registered with codes.ts.
 */
import { registerCodes } from '../diagnostics/catalogue.ts';

const s = (v: unknown) => String(v ?? '');

export const SEMANTIC_CODES = registerCodes({
  CLOCK_DUE_BY_ONLY: {
    severity: 'error',
    title: 'Clock has no limit of its own',
    zh: (a) => `时限“${s(a.id)}”没有固定期限，到期日取每件的要求办结日期，无法单独计算。`,
    en: (a) => `Clock "${s(a.id)}" has no limit of its own: its due date is each case's assigned due date, so it cannot be computed alone.`,
    hintZh: () => '用 --from 与 --limit 直接计算，或在台账中填写要求办结日期后运行 xinfang check。',
    hintEn: () => 'Compute with --from and --limit, or record the assigned due date in the ledger and run xinfang check.',
  },
});
