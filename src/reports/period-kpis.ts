/**
 * The KPIs of one reporting period: the ledger's cases and their findings fed through
 * the one KPI computation (`src/kpi/count.ts`), keeping only what each KPI attributes to the
 * period (`src/kpi/definitions.ts`: due date, 办结日期, 登记日期). The whole ledger is fed, not
 * just the period's cases, because 重复信访率 and 一次性化解率 compare a petitioner's cases across it.
 */
import { KpiCounter, newKpiCounts, type KpiTarget, type KpiValue } from '../kpi/count.ts';
import type { LedgerCase } from '../ledger/ledger-case.ts';
import { inPeriod, type Period } from './period.ts';
import type { Names, ReportInput } from './report-input.ts';

/** A period's KPI values for the whole organisation and per group. */
export interface PeriodKpis {
  overall: KpiValue[];
  /** Group label → values (only groups that have cases). */
  groups: Map<string, KpiValue[]>;
}

/** Count the period's KPIs; `groupOf` names each case's group (e.g. its 承办部门). */
export function periodKpis(input: ReportInput, period: Period, names: Names, groupOf?: (c: LedgerCase) => string): PeriodKpis {
  const counter = new KpiCounter(input.asOf, (day) => inPeriod(period, day));
  counter.useColumns(input.columns);
  const overall: KpiTarget = { kpi: newKpiCounts() };
  const groups = new Map<string, KpiTarget>();
  for (const c of input.cases) {
    if (input.doubtful.has(c.row)) continue; // 无法判定: in no KPI (report-input.ts)
    const targets = [overall];
    if (groupOf) {
      const key = groupOf(c);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { kpi: newKpiCounts() }));
      targets.push(g);
    }
    for (const f of input.findingsOf.get(c.row) ?? []) if (f.scored) counter.finding(targets, names.clock(f.version, f.clock)?.until.events, f.status, f.due);
    counter.case(targets, c, names.category(c.category));
  }
  return { overall: counter.values(overall), groups: new Map([...groups].map(([k, t]) => [k, counter.values(t)])) };
}
