/**
 * rules.schema.json is hand-written JSON; the same lists live as TypeScript constants that the
 * later stages read. These cases fail when one side gains or loses an entry without the other, so
 * a rule file the schema accepts is always one the checker, KPIs and ledger reader understand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KPI_IDS } from '../../src/kpi/definitions.ts';
import { COLUMNS } from '../../src/ledger/columns.ts';
import { APPRAISAL_TARGETS, CONDITION_FIELDS, EMPTYABLE_FIELDS, EVENTS, OBLIGATION_KINDS, PROCEDURE_STEPS } from '../../src/rules/model.ts';

const schema = JSON.parse(readFileSync(new URL('../../src/rules/rules.schema.json', import.meta.url), 'utf8'));
const defs = schema.$defs;

describe('rules.schema.json enums match the model constants', () => {
  it.each([
    ['appraisal item `on`', defs.appraisal.properties.items.items.properties.on.enum, APPRAISAL_TARGETS],
    ['appraisal kpi ids', defs.appraisal.properties.kpis.items.properties.kpi.enum, KPI_IDS],
    ['events', defs.event.enum, EVENTS],
    ['condition keys: fields, events, all/any/not', Object.keys(defs.condition.properties), [...CONDITION_FIELDS, ...EVENTS, 'all', 'any', 'not']],
    ['fields an if_empty may name', Object.keys(defs.ifEmpty.properties), EMPTYABLE_FIELDS],
    ['procedure steps', defs.procedureStep.properties.step.enum, PROCEDURE_STEPS],
    ['obligation kinds', defs.obligation.properties.kind.enum, OBLIGATION_KINDS],
    ['ledger header aliases', schema.properties.ledger.properties.headers.propertyNames.enum, COLUMNS.map((c) => c.alias)],
  ])('%s', (_what, inSchema: string[], inModel: readonly string[]) => {
    expect([...inSchema].sort()).toEqual([...inModel].sort());
  });
});
