/**
 * `xinfang sql` and the compiler's refusals: every seed rule set compiles in both dialects; a clock
 * the SQL cannot express exactly is refused with SQL_UNSUPPORTED (and no script), never compiled
 * into SQL that would judge differently. What the SQL computes is proven in differential.test.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.ts';
import type { CompiledClock, CompiledRuleSet } from '../../src/rules/compiled.ts';
import { compileSql } from '../../src/sql/compile-sql.ts';
import { DIALECTS } from '../../src/sql/dialect.ts';
import { cli, limit, ruleSet } from '../ledger/check-helpers.ts';

const SEEDS = readdirSync(join(packageRoot, 'rules'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

describe('every seed rule set compiles to SQL', () => {
  it.each(SEEDS.flatMap((id) => DIALECTS.map((dialect) => ({ id, dialect }))))('$id in $dialect', async ({ id, dialect }) => {
    const r = compileSql(await ruleSet(id), { dialect });
    expect(r.diagnostics).toEqual([]);
    expect(r.sql).toContain('CREATE VIEW xinfang_findings AS');
    expect(r.sql).toContain('CREATE VIEW xinfang_violations AS');
    expect(r.sql).toContain('CREATE VIEW xinfang_kpis AS');
  });
});

/** national 2022 with its `resolve` clock changed by `change`. */
async function withResolve(change: (c: CompiledClock) => CompiledClock): Promise<CompiledRuleSet> {
  const national = await ruleSet('national');
  return {
    ...national,
    versions: national.versions.map((v) => ({ ...v, clocks: v.clocks.map((c) => (c.id === 'resolve' && v.version === '2022-05-01' ? change(c) : c)) })),
  };
}

describe('a clock SQL cannot express exactly is refused', () => {
  const cases: { name: string; change: (c: CompiledClock) => CompiledClock; feature: string }[] = [
    {
      name: 'an extension maximum in months (compared by due dates in the engine)',
      change: (c) => ({ ...c, extension: { ...c.extension!, max: limit('1个月'), max_text: '1个月' } }),
      feature: '延期上限为“1个月”',
    },
    {
      name: 'an hour clock with several stop events (ties ordered by time)',
      change: (c) => ({ ...c, limit: limit('24小时'), limit_text: '24小时', extension: undefined, until: { mode: 'any', events: ['replied', 'closed'] } }),
      feature: '按小时或分钟计算的时限有多个终止事件',
    },
    {
      name: 'a 当日 clock with a per-case due date',
      change: (c) => ({ ...c, limit: limit('当日'), limit_text: '当日', extension: undefined, due_by: 'assigned_due' }),
      feature: '“当日”时限带有个案期限（due_by）或中止（pause）',
    },
  ];
  it.each(cases)('$name', async ({ change, feature }) => {
    const r = compileSql(await withResolve(change), { dialect: 'postgres' });
    expect(r.sql).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.file, d.line])).toEqual([['SQL_UNSUPPORTED', 'error', 'rules/national/2022-05-01.yaml', expect.any(Number)]]);
    expect(r.diagnostics[0]!.message).toContain(feature);
  });
});

describe('xinfang sql', () => {
  it('writes one script whose clock views name the clock, its article and its YAML line', async () => {
    const r = await cli(['sql', '--rules', 'rules/national', '--dialect', 'duckdb', '--as-of', '2026-03-31']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("CREATE VIEW xinfang_settings AS SELECT DATE '2026-03-31' AS as_of;");
    expect(r.stdout).toMatch(/-- 2022-05-01 · resolve 办结: 60日，受理日期 → 办结日期\n-- basis: 《信访工作条例》第三十四条 \(rules\/national\/2022-05-01\.yaml:\d+\)\n/);
    expect(r.stdout).toContain('CREATE VIEW xinfang_clock_2022_05_01_resolve AS');
  });

  it.each([
    { name: 'no dialect', args: ['--rules', 'rules/national'] },
    { name: 'an unknown dialect', args: ['--rules', 'rules/national', '--dialect', 'oracle'] },
    { name: 'an input that is not a name', args: ['--rules', 'rules/national', '--dialect', 'postgres', '--input', 'x; DROP TABLE y'] },
    { name: 'an as-of that is not a date', args: ['--rules', 'rules/national', '--dialect', 'postgres', '--as-of', '2026-02-30'] },
  ])('exits 2 on $name', async ({ args }) => {
    expect((await cli(['sql', ...args])).code).toBe(2);
  });
});
