/**
 * Hostile rule files: each ends in a diagnostic within the hang bound — never a hang, an uncaught
 * exception, or a polluted Object.prototype. Complements `test/rules/diagnostics.test.ts` (which
 * has the classic 9×9 alias bomb, a 20 MB file, GBK bytes and 5000 `[`): here the variants that
 * slip past naive guards — few aliases with a huge expansion, a self-referencing alias, block-style
 * and flow-map nesting — and prototype keys both as keys and as ids.
 */
import { describe, expect, it } from 'vitest';
import { responsibilityMatrix } from '../../src/matrix/matrix.ts';
import { parseRuleBytes } from '../../src/rules/parse-yaml.ts';
import { HANG_MS } from './hang-bound.ts';
import { MINIMAL_RULES, minimalRuleSets } from '../rules/minimal-rule-set.ts';

const { build: buildMinimal } = minimalRuleSets('yaml-hostile');

/** Build the minimal rule set with its one file replaced; returns the result and the time taken. */
async function build(text: string) {
  const t0 = performance.now();
  const built = await buildMinimal(text);
  return { built, ms: performance.now() - t0, codes: built.diagnostics.map((d) => d.code) };
}

/** `name: &name [ref, ref, …]` with k references. */
const level = (name: string, ref: string, k: number) => `${name}: &${name} [${Array(k).fill(ref).join(', ')}]`;

const hostile: { name: string; text: () => string; code: string }[] = [
  {
    // 35 aliases in all (under a naive "count the alias nodes" guard of 50), expanding to
    // 100 × 7^6 ≈ 11.8 million scalars if resolved.
    name: 'alias bomb with few aliases and a huge expansion',
    text: () => ['a: &a [' + Array(100).fill('x').join(', ') + ']', level('b', '*a', 7), level('c', '*b', 7), level('d', '*c', 7), level('e', '*d', 7), level('f', '*e', 7), level('g', '*f', 7)].join('\n') + '\n',
    code: 'YAML_ALIAS_LIMIT',
  },
  { name: 'an alias inside its own anchor (a cycle)', text: () => 'articles: &a [ *a ]\n', code: 'YAML_TOO_DEEP' },
  { name: 'a map that contains itself', text: () => 'organisation: &o { name: *o }\n', code: 'YAML_TOO_DEEP' },
  { name: '5,000 nested flow maps', text: () => 'articles: ' + '{a: '.repeat(5000) + '1' + '}'.repeat(5000) + '\n', code: 'YAML_TOO_DEEP' },
  // 900 block levels: 900·899/2 ≈ 405 KB of indentation, under the 2 MB file limit.
  { name: '900 nested block maps', text: () => Array.from({ length: 900 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1\n', code: 'YAML_TOO_DEEP' },
  { name: '600 nested block sequences', text: () => Array.from({ length: 600 }, (_, i) => ' '.repeat(i * 2) + '-').join('\n') + ' 1\n', code: 'YAML_TOO_DEEP' },
];

describe('hostile YAML ends in a diagnostic within the hang bound', () => {
  it.each(hostile)('$name → $code', async ({ text, code }) => {
    const { built, ms, codes } = await build(text());
    expect(codes, JSON.stringify(built.diagnostics)).toContain(code);
    expect(built.compiled).toEqual([]);
    expect(ms).toBeLessThan(HANG_MS);
  });
});

describe('deep nesting whatever the caller stack', () => {
  it('900 nested block maps are YAML_TOO_DEEP at any caller stack depth (regression: was YAML_SYNTAX "Maximum call stack size exceeded")', () => {
    // Where the stack overflows inside the yaml package depends on how deep the caller already is;
    // the yaml package reports it under different codes (RESOURCE_EXHAUSTION, TAG_RESOLVE_FAILED)
    // or throws. Every depth must give the same diagnostic. (Far deeper callers leave too little
    // stack for anything, our own code included; real callers sit a few dozen frames deep.)
    const bytes = new TextEncoder().encode(hostile[4]!.text());
    const at = (depth: number): string[] => (depth === 0 ? parseRuleBytes(bytes, 'deep.yaml').diagnostics.map((d) => d.code) : at(depth - 1));
    for (let depth = 0; depth <= 4000; depth += 250) expect(at(depth), `caller depth ${depth}`).toEqual(['YAML_TOO_DEEP']);
  });
});

describe('prototype keys in rule files', () => {
  it('__proto__ / constructor / prototype as keys are unknown keys at their line, and pollute nothing', async () => {
    const text = MINIMAL_RULES.replace('organisation:', '__proto__:\n  polluted: 1\nconstructor:\n  prototype:\n    polluted: 1\norganisation:').replace(
      '    limit: 15日',
      '    limit: 15日\n    __proto__: { polluted: 1 }\n    prototype: { polluted: 1 }',
    );
    const { built } = await build(text);
    const lines = text.split('\n');
    const lineOf = (s: string) => lines.findIndex((l) => l.startsWith(s)) + 1;
    const unknown = built.diagnostics.filter((d) => d.code === 'SCHEMA_UNKNOWN_KEY').map((d) => [d.line, d.column]);
    expect(unknown).toEqual(expect.arrayContaining([[lineOf('__proto__:'), 1], [lineOf('constructor:'), 1], [lineOf('    __proto__:'), 5], [lineOf('    prototype:'), 5]]));
    expect(built.compiled).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('__proto__ as a ledger header synonym key is refused by the schema (headers name known columns only)', async () => {
    const { codes, built } = await build(MINIMAL_RULES.replace('articles:', 'ledger:\n  headers:\n    __proto__: [polluted]\narticles:'));
    expect(codes.length).toBeGreaterThan(0);
    expect(built.compiled).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ids named constructor / prototype / tostring / hasownproperty compile and resolve like any other id', async () => {
    // Lookups keyed by id must be Maps or own-property checks: `index['constructor']` on a plain
    // object would find Object's constructor and "resolve" a department that does not exist.
    const text = MINIMAL_RULES.replaceAll('union', 'constructor').replaceAll('wages', 'prototype').replaceAll('id: notice', 'id: hasownproperty').replaceAll('a2', 'tostring');
    const { built } = await build(text);
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const v = built.compiled[0]!.versions[0]!;
    expect(v.clocks.map((c) => c.id)).toEqual(['hasownproperty', 'resolve']);
    expect(v.routing!.rules[0]).toMatchObject({ lead: 'constructor', categories: ['prototype'], basis: { article: 'tostring', number: '第二条' } });
    const row = responsibilityMatrix(v).find((r) => r.category.includes('劳资纠纷'))!;
    expect(row.lead).toContain('工会'); // the department named 工会 whose id is `constructor`
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a reference to an undefined id spelt like an Object.prototype member is still unknown', async () => {
    const { codes, built } = await build(MINIMAL_RULES.replace('      lead: union', '      lead: constructor'));
    expect(codes).toContain('UNKNOWN_REFERENCE');
    expect(built.compiled).toEqual([]);
  });
});
