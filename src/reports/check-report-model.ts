/** The inputs every `check` report (HTML, XLSX, annotated ledger) is rendered from. */
import type { CheckSummary } from '../check/checker.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ReportCollector } from './check-collect.ts';

/** One check, ready to render. */
export interface CheckReportData {
  /** `YYYY-MM-DD`. */
  asOf: string;
  ruleset: string;
  organisation: string;
  versions: string[];
  /** The ledger as the user named it. */
  ledger: string;
  summary: CheckSummary;
  lists: ReportCollector;
  diagnostics: Diagnostic[];
  /** `--show-personal-data`: print 信访人 / 联系电话 / 身份证号 unmasked. */
  showPersonal: boolean;
}

/** Severity words for people. */
export const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
