/**
 * The one cap on diagnostics per code (src/diagnostics/capped.ts) on the rule files that made
 * hundreds of thousands of them: 300,000 list items of the wrong type (ajv took over a minute
 * gathering their errors, src/rules/validate-schema.ts; `npm run hostile` runs the whole file) and
 * one bad line repeated 1,000 times (1,000 YAML_SYNTAX lines). Each is listed 20 times, then summed up in one DIAGNOSTICS_MORE where
 * the first unlisted one stands, with their severity, and the count line still counts them all.
 */
import { describe, expect, it } from 'vitest';
import { countLine } from '../../src/cli/print-diagnostics.ts';
import { diagnostic, type CatalogueDiagnostic } from '../../src/diagnostics/catalogue.ts';
import { CappedDiagnostics } from '../../src/diagnostics/capped.ts';
import { parse } from 'yaml';
import { schemaErrors } from '../../src/rules/validate-schema.ts';
import { HANG_MS } from './hang-bound.ts';
import { MINIMAL_RULES, minimalRuleSets } from '../rules/minimal-rule-set.ts';

const { build: buildMinimal } = minimalRuleSets('cap');

async function build(text: string) {
  const built = await buildMinimal(text);
  const of = (code: string) => built.diagnostics.filter((d) => d.code === code) as CatalogueDiagnostic[];
  return { built, of };
}

describe('a rule file with a flood of one mistake lists 20 and sums up the rest', () => {
  it(
    '300,000 list items of the wrong type: one error each, found within the hang bound (ajv alone took minutes)',
    () => {
      const data = { ...(parse(MINIMAL_RULES) as object), categories: Array<number>(300_000).fill(1) };
      const errors = schemaErrors({ data });
      expect(errors).toHaveLength(300_000);
      expect([errors[0], errors[256], errors[299_999]].map((e) => `${e!.instancePath} ${e!.keyword}`)).toEqual([
        '/categories/0 type',
        '/categories/256 type',
        '/categories/299999 type',
      ]);
    },
    HANG_MS,
  );

  it('a list validated in pieces finds what one run finds: 1,200 categories of 4 kinds, the same errors for items past the first 256', () => {
    const kinds = [1, { id: 'ok', name: '好' }, { id: 'bad id', name: 'x', extra: 1 }, { name: 2, keywords: [1, 'a', { b: 1 }] }];
    const data = { ...(parse(MINIMAL_RULES) as object), categories: Array.from({ length: 1200 }, (_, i) => kinds[i % 4]) };
    const errors = schemaErrors({ data });
    const count = new Map<string, number>();
    for (const e of errors) count.set(e.keyword, (count.get(e.keyword) ?? 0) + 1);
    // Per 4 items: `1` is not a map (type); the second is sound; the third has an id against the
    // pattern and an unknown key; the fourth lacks its id, has a number for a name and two keywords
    // that are not text (type × 3). 300 of each kind.
    expect(Object.fromEntries(count)).toEqual({ type: 1200, pattern: 300, additionalProperties: 300, required: 300 });
    const at = (i: number) => errors.filter((e) => `${e.instancePath}/`.startsWith(`/categories/${i}/`)).map((e) => `${e.instancePath} ${e.keyword}`).sort();
    expect(at(1002)).toEqual(['/categories/1002 additionalProperties', '/categories/1002/id pattern']);
    expect(at(1003)).toEqual(['/categories/1003 required', '/categories/1003/keywords/0 type', '/categories/1003/keywords/2 type', '/categories/1003/name type']);
    expect(at(3)).toEqual(at(1003).map((e) => e.replace('/1003', '/3')));
  });

  it('3,000 categories written as the number 1: 20 SCHEMA_TYPE at lines 22–41, "2980 more" at line 42, 3,000 errors counted', async () => {
    // `categories:` is line 21 of the fixture; the 3,000 items `- 1` are lines 22 to 3,021.
    expect(MINIMAL_RULES.split('\n')[20]).toBe('categories:');
    const { built, of } = await build(MINIMAL_RULES.replace(/categories:\n/, `categories:\n${'  - 1\n'.repeat(3000)}`));
    expect(of('SCHEMA_TYPE').map((d) => d.line)).toEqual(Array.from({ length: 20 }, (_, i) => 22 + i));
    expect(of('DIAGNOSTICS_MORE').map((d) => [d.line, d.severity, d.message])).toEqual([[42, 'error', '……另有 2980 条同类问题（SCHEMA_TYPE）未逐条列出。']]);
    expect(countLine(built.diagnostics, 'zh')).toBe('3000 个错误，0 个警告');
  });

  it('1,000 lines "  - a: b: c" (a nested map in a compact one): 20 YAML_SYNTAX at lines 2–21, "980 more" at line 22', async () => {
    const { of } = await build(`items:\n${'  - a: b: c\n'.repeat(1000)}`);
    expect(of('YAML_SYNTAX').map((d) => `${d.line}:${d.column}`)).toEqual(Array.from({ length: 20 }, (_, i) => `${2 + i}:8`));
    expect(of('DIAGNOSTICS_MORE').map((d) => [d.line, d.severity, d.message])).toEqual([[22, 'error', '……另有 980 条同类问题（YAML_SYNTAX）未逐条列出。']]);
  });
});

describe('a flood of unknown references ends within the hang bound', () => {
  it(
    '9,000 routing rows citing art5x … art9004x among 9,000 articles art5 … art9004: 20 listed, the first suggesting art5, "8980 more"',
    async () => {
      // Every suggestion compared each unknown id with every article id: 81 million comparisons,
      // over a minute. Now a budget of edit-distance cells per check (src/rules/suggest.ts).
      let articles = '';
      let rows = '';
      for (let i = 5; i < 9005; i++) articles += `  - { id: art${i}, number: 第${i}条, text: 条文。 }\n`;
      for (let i = 5; i < 9005; i++) rows += `    - { lead: office, basis: art${i}x }\n`;
      const { of } = await build(MINIMAL_RULES.replace('articles:\n', `articles:\n${articles}`).replace('  rules:\n', `  rules:\n${rows}`));
      const listed = of('UNKNOWN_REFERENCE');
      expect(listed).toHaveLength(20);
      // art5x is one deletion from art5, the first article; no article is nearer.
      expect(listed[0]!.args).toMatchObject({ id: 'art5x', suggestion: 'art5' });
      expect(of('DIAGNOSTICS_MORE').filter((d) => d.args.code === 'UNKNOWN_REFERENCE').map((d) => d.args.count)).toEqual([8980]);
    },
    HANG_MS,
  );
});

describe('CappedDiagnostics', () => {
  it('cap 1: of a warning, an error and a warning of one code the first is listed, the other two summed up as an error where the second stood', () => {
    const capped = new CappedDiagnostics(1);
    capped.add(diagnostic('YAML_SYNTAX', { detailZh: 'a', detail: 'a' }, { file: 'f.yaml', line: 3, column: 1 }, 'warning'));
    capped.add(diagnostic('YAML_SYNTAX', { detailZh: 'b', detail: 'b' }, { file: 'f.yaml', line: 5, column: 2 }));
    capped.add(diagnostic('YAML_SYNTAX', { detailZh: 'c', detail: 'c' }, { file: 'f.yaml', line: 9, column: 1 }, 'warning'));
    expect(capped.finish().map((d) => [d.code, d.severity, d.line, d.column, d.args])).toEqual([
      ['YAML_SYNTAX', 'warning', 3, 1, { detailZh: 'a', detail: 'a' }],
      ['DIAGNOSTICS_MORE', 'error', 5, 2, { code: 'YAML_SYNTAX', count: 2 }],
    ]);
  });
});
