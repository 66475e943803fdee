/**
 * Inputs `npm run fuzz -- --seed 1766881771` found throwing instead of ending in a diagnostic, cut
 * down to what made them throw: a procedure step citing an article that does not exist reached the
 * compiler (which throws on an unchecked basis), an unknown key under `if_empty` in a file the schema
 * rejected reached the language checks, and a date cell holding a number past Excel's last date
 * (9999-12-31) made an invalid Date; and (seed 904419740) a rule file cut down to a comment, whose
 * top level is no mapping, reached the checks that follow the schema.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogueDiagnostic } from '../../src/diagnostics/catalogue.ts';
import { fromCell } from '../../src/workbook/cell-value.ts';
import { MINIMAL_RULES, minimalRuleSets } from '../rules/minimal-rule-set.ts';

const { build: buildMinimal } = minimalRuleSets('fuzz-findings');

async function build(text: string) {
  const built = await buildMinimal(text);
  return { built, diagnostics: built.diagnostics as CatalogueDiagnostic[] };
}

describe('rule files the fuzzer broke', () => {
  // npm run fuzz -- --seed 904419740 --target rules --index 262 (375, 1226 alike): a file cut down to a comment.
  it.each([
    ['only a comment', '  # yaml-language-server: $schema=.\n'],
    ['empty', ''],
    ['a list', '- a\n- b\n'],
    ['a number', '42\n'],
  ])('a file whose top level is no mapping (%s): SCHEMA_TYPE at line 1, nothing compiled', async (_name, text) => {
    const { built, diagnostics } = await build(text);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['SCHEMA_TYPE', 1]]);
    expect(built.compiled).toEqual([]);
  });

  it('a basis naming no article in a procedure step, a level and a clock\'s explain: UNKNOWN_REFERENCE at each, nothing compiled', async () => {
    const text = MINIMAL_RULES.replace('    limit: 15日\n', '    limit: 15日\n    explain: { basis: zz3 }\n').replace(
      'articles:\n',
      'levels:\n  - { name: 特急, basis: zz1 }\nprocedure:\n  - { step: handle, clocks: [notice], basis: 9999-99-99 }\narticles:\n',
    );
    const { built, diagnostics } = await build(text);
    const lines = text.split('\n');
    const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
    expect(diagnostics.filter((d) => d.code === 'UNKNOWN_REFERENCE').map((d) => [d.args.id, d.line]).sort()).toEqual([
      ['9999-99-99', lineOf('basis: 9999-99-99')],
      ['zz1', lineOf('basis: zz1')],
      ['zz3', lineOf('basis: zz3')],
    ]);
    expect(built.compiled).toEqual([]);
  });

  it('an unknown key under if_empty beside another schema error: SCHEMA_UNKNOWN_KEY, and no IF_EMPTY_UNUSED for a field that is none', async () => {
    const text = MINIMAL_RULES.replace('    limit: 15日\n', '    limit: 15日\n    if_empty: { bogus: assume }\n').replace('  kind: company', '  kind: 1');
    const { diagnostics } = await build(text);
    expect(diagnostics.filter((d) => d.code === 'SCHEMA_UNKNOWN_KEY').map((d) => d.args.key)).toEqual(['bogus']);
    expect(diagnostics.filter((d) => d.code === 'IF_EMPTY_UNUSED')).toEqual([]);
  });
});

describe('date cells the fuzzer broke', () => {
  const date = { header: '生效日期', key: 'effective_from', kind: 'date' } as const;
  it.each([
    [45_658, { value: '2025-01-01' }], // 45,658 days after 1899-12-30
    [2_958_465, { value: '9999-12-31' }], // Excel's last date
    [2_958_466, { value: '2958466' }], // past it: text, which the schema's date format refuses
    [1e12, { value: '1000000000000' }],
    [-5, { value: '-5' }],
  ])('serial %d → %j', (serial, read) => {
    expect(fromCell({ t: 'n', v: serial }, date)).toEqual(read);
  });
});
