/**
 * The shipped rule sets against the clocks their texts require (the table is transcribed from the texts' readings, not from
 * the files), and broken copies of every one of them failing at the right node.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { buildRuleSets, type BuiltRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledClock } from '../../src/rules/compiled.ts';

const ROOT = join(import.meta.dirname, '../..');

/** rules/README.md: id → clocks that must exist (from → until, limit, when); `a|b` = the first of a and b. */
const CONTRACT: Record<string, [id: string, from: string, until: string, limit: string, when?: object][]> = {
  national: [
    ['notice', 'received', 'notified', '15日'],
    ['resolve', 'accepted', 'closed', '60日'],
    ['review', 'review_requested', 'review_decided', '30日'],
    ['recheck', 'recheck_requested', 'recheck_decided', '30日'],
  ],
  company: [
    ['forward', 'received', 'forwarded', '2日', { forwarded_to: { present: true } }],
    ['resolve', 'received', 'closed', '7日', { source: '直接', level: '一般' }],
    ['reply', 'received', 'replied', '1个月'],
  ],
  enterprise: [
    ['resolve', 'received', 'closed', '30日', { source: '直接' }],
    ['resolve-assigned', 'received', 'closed', '60日', { source: ['交办', '转办'], level: { not: '特殊' } }],
    ['resolve-special', 'received', 'closed', '15日', { source: ['交办', '转办'], level: '特殊' }],
    ['report-group', 'received', 'reported', '3日', { channel: '来访', persons: { gte: 5 } }],
  ],
  'company-measures': [],
  'transport-group': [
    ['notice', 'received', 'notified', '15日', { source: ['交办', '转办'] }],
    ['resolve', 'accepted', 'closed', '60日'],
  ],
  cppcc: [
    ['instruct', 'submitted', 'instructed', '3日', { any: [{ level: ['重大', '紧急'] }, { instructed: { present: true } }] }],
    ['resolve', 'received', 'closed', '1个月', { level: { not: '重大' } }],
    ['resolve-major', 'received', 'closed', '3个月', { level: '重大' }],
  ],
  'admin-bureau': [
    ['resolve', 'received', 'closed', '30日', { source: '直接' }],
    ['resolve-assigned', 'received', 'closed', '90日', { source: '交办' }],
    ['resolve-forwarded', 'received', 'closed', '90日', { source: '转办' }],
  ],
  bureau: [],
  'price-bureau': [['resolve', 'accepted', 'closed', '60日']],
  hospital: [['resolve', 'received', 'replied|closed', '7日', { channel: '来信' }]],
  school: [
    ['resolve-major', 'received', 'replied', '15日', { channel: '来信', level: '重大', not: { signed: '否' } }],
    ['resolve', 'received', 'replied', '30日', { channel: '来信', not: { all: [{ level: '重大' }, { not: { signed: '否' } }] } }],
    ['report-urgent', 'received', 'reported', '30分钟', { level: '紧急' }],
  ],
  town: [['report-urgent', 'received', 'reported', '当日', { level: ['重大', '紧急'] }]],
  'joint-handling': [],
  'patent-seismic-bureau': [],
  'xz-land-bureau': [],
  'kunshan-zzb': [
    ['notice', 'received', 'notified', '15日'],
    ['resolve', 'accepted', 'closed', '60日', { source: '直接' }],
    ['resolve-assigned', 'received', 'closed', '2个月', { source: ['交办', '转办'] }],
  ],
  community: [
    ['notice', 'received', 'notified', '15日'],
    ['forward', 'received', 'forwarded', '3日', { forwarded_to: { present: true } }],
    ['review-propose', 'review_requested', 'review_proposed', '3日'],
    ['recheck-propose', 'recheck_requested', 'recheck_proposed', '3日'],
  ],
  emergency: [],
};

/** Maximum extensions. */
const EXTENSIONS: [ruleset: string, clock: string, max: string][] = [
  ['national', 'resolve', '30日'],
  ['enterprise', 'resolve', '30日'],
  ['transport-group', 'resolve', '30日'],
  ['price-bureau', 'resolve', '30日'],
  ['hospital', 'resolve', '7日'],
  ['kunshan-zzb', 'resolve', '30日'],
];

let built: BuiltRuleSets;
beforeAll(async () => {
  built = await buildRuleSets([], ROOT);
});

const clockOf = (ruleset: string, id: string, versionIndex = -1): CompiledClock | undefined => {
  const set = built.compiled.find((c) => c.id === ruleset);
  return set?.versions.at(versionIndex)?.clocks.find((c) => c.id === id);
};

describe('seed rule sets', () => {
  it('every seed rule set compiles without errors', () => {
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(built.compiled.map((c) => c.id).sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  const rows = Object.entries(CONTRACT).flatMap(([set, clocks]) => clocks.map((c) => [set, ...c] as const));
  it.each(rows)('%s has clock %s: %s → %s, %s', (set, id, from, until, limit, when) => {
    for (const version of built.compiled.find((c) => c.id === set)!.versions) {
      const clock = version.clocks.find((c) => c.id === id);
      expect(clock, `${set} ${version.version}`).toMatchObject({ from, until: { mode: 'any', events: String(until).split('|') }, limit_text: limit });
      if (when) expect(clock!.when?.test).toEqual(when);
    }
  });

  it.each(EXTENSIONS)('%s %s allows an extension of at most %s', (set, id, max) => {
    expect(clockOf(set, id)!.extension?.max_text).toBe(max);
  });

  it('national has the 2005 and 2022 versions, each clock citing its own article', () => {
    const national = built.compiled.find((c) => c.id === 'national')!;
    expect(national.versions.map((v) => v.version)).toEqual(['2005-05-01', '2022-05-01']);
    // 信访条例 (2005) 第三十三条 and 信访工作条例 (2022) 第三十四条 set the 60-day limit.
    expect(clockOf('national', 'resolve', 0)!.basis.number).toBe('第三十三条');
    expect(clockOf('national', 'resolve', 1)!.basis.number).toBe('第三十四条');
    expect(national.versions[0]!.articles).toHaveLength(51);
    expect(national.versions[1]!.articles).toHaveLength(50);
  });

  it('a rule set extending national uses the national version in force on the case date', () => {
    const enterprise = built.compiled.find((c) => c.id === 'enterprise')!;
    expect(enterprise.versions.map((v) => [v.version, v.document_version])).toEqual([
      ['2017-04-27', '2017-04-27'],
      ['2022-05-01', '2017-04-27'],
    ]);
    // The inherited notice clock cites 信访条例 第二十二条 before 2022 and 信访工作条例 第二十三条 after.
    expect(clockOf('enterprise', 'notice', 0)!.basis).toMatchObject({ ruleset: 'national', number: '第二十二条' });
    expect(clockOf('enterprise', 'notice', 1)!.basis).toMatchObject({ ruleset: 'national', number: '第二十三条' });
    expect(clockOf('enterprise', 'notice', 1)!.inherited_from).toBe('national');
  });

  it('kunshan-zzb has 复查 and 复核 only from 2022-05-01 (a party organ was outside the 2005 信访条例)', () => {
    expect(clockOf('kunshan-zzb', 'review', 0)).toBeUndefined();
    expect(clockOf('kunshan-zzb', 'recheck', 0)).toBeUndefined();
    expect(clockOf('kunshan-zzb', 'review', 1)!.basis).toMatchObject({ ruleset: 'national', number: '第三十五条' });
    expect(clockOf('kunshan-zzb', 'recheck', 1)!.basis).toMatchObject({ ruleset: 'national', number: '第三十六条' });
  });
});

describe('broken copies of every seed rule set fail at the right node', () => {
  const work = mkdtempSync(join(tmpdir(), 'xinfang-seeds-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Each mutation edits the first line matching `find` and expects `code` at that line and column. */
  const mutations: { name: string; find: RegExp; edit: (line: string) => string; code: string; column: (line: string) => number }[] = [
    { name: 'misspelt key', find: /^\s+name: /, edit: (l) => l.replace('name:', 'nmae:'), code: 'SCHEMA_UNKNOWN_KEY', column: (l) => l.indexOf('name:') + 1 },
    { name: 'wrong type', find: /^\s+number: /, edit: (l) => l.replace(/number: .*/, 'number: [1, 2]'), code: 'SCHEMA_TYPE', column: (l) => l.indexOf('number:') + 9 },
    { name: 'bad indent', find: /^\s+name: /, edit: (l) => l.slice(1), code: 'YAML_SYNTAX', column: () => 0 },
    { name: 'unknown department', find: /^\s+lead: /, edit: (l) => l.replace(/lead: .*/, 'lead: no-such-dept'), code: 'UNKNOWN_REFERENCE', column: (l) => l.indexOf('lead:') + 7 },
  ];
  const sets = Object.keys(CONTRACT);
  const cases = sets.flatMap((set) => mutations.map((m) => [set, m.name, m] as const));

  it.each(cases)('%s with a %s exits 1 with file:line:col', async (set, _name, m) => {
    const file = readdirSync(join(ROOT, 'rules', set)).sort()[0]!;
    const lines = readFileSync(join(ROOT, 'rules', set, file), 'utf8').split('\n');
    const at = lines.findIndex((l) => m.find.test(l));
    if (at < 0) {
      // e.g. a rule set without routing has no `lead:` line: the mutation does not apply.
      expect(m.name).toBe('unknown department');
      return;
    }
    const dir = join(work, `${set}-${m.name.replace(/ /g, '-')}`);
    cpSync(join(ROOT, 'rules'), dir, { recursive: true });
    const original = lines[at]!;
    lines[at] = m.edit(original);
    writeFileSync(join(dir, set, file), lines.join('\n'));
    const err: string[] = [];
    const code = await main(['validate', join(dir, set)], { stdout: () => {}, stderr: (t) => err.push(t), cwd: dir });
    expect(code).toBe(1);
    const printed = err.join('\n');
    const hit = printed.split('\n').find((l) => l.includes(` ${m.code} `));
    expect(hit, printed).toBeDefined();
    const pos = hit!.match(/:(\d+):(\d+)\s/)!;
    expect(Number(pos[1])).toBe(at + 1);
    if (m.code !== 'YAML_SYNTAX') expect(Number(pos[2])).toBe(m.column(original));
    expect(printed).not.toMatch(/\n\s+at .*\.ts:\d+/); // never a stack trace
  });
});
