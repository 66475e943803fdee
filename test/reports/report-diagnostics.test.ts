/**
 * Reports that cannot be made say why: no rule version in force in the period (the fixture's
 * only version starts 2024-01-01), and no appraisal scheme in the version in force.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDay } from '../../src/calendar/day.ts';
import { buildAppraisal } from '../../src/reports/appraisal.ts';
import { buildInspection } from '../../src/reports/inspection.ts';
import { loadReportInput } from '../../src/reports/load-report-input.ts';
import { parsePeriod } from '../../src/reports/period.ts';
import type { ReportInput } from '../../src/reports/report-input.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'q2-ledger');
let input: ReportInput;

beforeAll(async () => {
  const built = await buildRuleSets([join(FIXTURE, 'rules', 'kpi-office')], FIXTURE);
  const loaded = await loadReportInput(join(FIXTURE, 'ledger.csv'), built.compiled[0]!, { asOf: parseDay('2026-06-30')!, displayName: 'ledger.csv' });
  input = loaded.input!;
});

const args = (d: { args?: unknown } | undefined) => d?.args;

describe('report diagnostics', () => {
  it.each([
    ['appraisal', () => buildAppraisal(input, parsePeriod('2023Q4')!)],
    ['inspection', () => buildInspection(input, parsePeriod('2023Q4')!, false)],
  ])('%s of 2023Q4, before the first version: REPORT_NO_VERSION naming the period end and the first version', (_name, build) => {
    const r = build();
    expect(r.report).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['REPORT_NO_VERSION', 'error']]);
    expect(args(r.diagnostics[0])).toEqual({ ruleset: 'kpi-office', period: '2023Q4', date: '2023-12-31', first: '2024-01-01' });
  });

  it('appraisal under a version without an appraisal section: REPORT_NO_APPRAISAL naming the rule set and version', () => {
    const bare: ReportInput = { ...input, ruleset: { ...input.ruleset, versions: input.ruleset.versions.map(({ appraisal: _dropped, ...v }) => v) } };
    const r = buildAppraisal(bare, parsePeriod('2026Q2')!);
    expect(r.report).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['REPORT_NO_APPRAISAL', 'error']]);
    expect(args(r.diagnostics[0])).toEqual({ ruleset: 'kpi-office', version: '2024-01-01' });
  });
});
