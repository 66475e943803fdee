/**
 * Compiling the rules language v2 parts (rules/AUTHORING.md): stops, due dates, pauses, extensions,
 * decided_by and ledger.decides, windows with a fallback start, the procedure and what a child rule
 * set inherits of it, levels, obligations. Fixtures: test/rules/fixtures/v2 (an upper body with the
 * whole 受理 → 终结 procedure; a lower unit that takes its 办结 and 复查 but not its 复核).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledVersion } from '../../src/rules/compiled.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/v2');
let upper: CompiledVersion;
let lower: CompiledVersion;

beforeAll(async () => {
  const built = await buildRuleSets([join(FIXTURES, 'upper'), join(FIXTURES, 'lower')], FIXTURES);
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  upper = built.compiled.find((c) => c.id === 'upper')!.versions[0]!;
  lower = built.compiled.find((c) => c.id === 'lower')!.versions[0]!;
});

const clock = (v: CompiledVersion, id: string) => v.clocks.find((c) => c.id === id)!;

describe('clocks', () => {
  it('a single stop event and a stop list compile to one shape', () => {
    expect(clock(upper, 'notice').until).toEqual({ mode: 'any', events: ['notified'] });
    expect(clock(upper, 'resolve').until).toEqual({ mode: 'any', events: ['replied', 'closed'] });
  });

  it('conditions keep their empty-cell treatment and read in names', () => {
    const c = clock(upper, 'resolve');
    expect(c.if_empty).toEqual({ category: 'assume' });
    expect(c.when!.text.zh).toBe('类别为申诉求决类，且无分流');
  });

  it('an extension needs approval unless it says otherwise; its cap is optional', () => {
    expect(clock(upper, 'resolve').extension).toMatchObject({ max_text: '30日', approval: 'required', approver: '本机关负责人' });
    expect(clock(upper, 'resolve').explain!.basis).toMatchObject({ article: 'a2', citation: '第二条' });
  });

  it('a due_by clock has no limit of its own', () => {
    const c = clock(upper, 'assigned');
    expect(c.due_by).toBe('assigned_due');
    expect(c.limit).toBeUndefined();
  });

  it('a pause keeps its events and article', () => {
    expect(clock(upper, 'recheck').pause).toMatchObject({ from: 'hearing_started', until: 'hearing_ended', basis: { article: 'a4' } });
  });

  it('复查/复核 decided by the organ above are scored only where the ledger decides them', () => {
    expect(['resolve', 'review', 'recheck'].map((id) => [id, clock(upper, id).decided_by, clock(upper, id).scored])).toEqual([
      ['resolve', 'self', true],
      ['review', 'superior', true],
      ['recheck', 'superior', false],
    ]);
    // The lower unit's ledger decides nothing: the inherited 复查 is information there.
    expect(clock(lower, 'review')).toMatchObject({ inherited_from: 'upper', scored: false });
  });
});

describe('windows', () => {
  it('a window opens on receipt, falling back to the reply date, for the matters it names', () => {
    const w = upper.windows.find((x) => x.id === 'review-request')!;
    expect(w).toMatchObject({ from: 'reply_received', from_fallback: 'replied', until: 'review_requested', if_empty: { category: 'assume' } });
    expect(w.when!.text.zh).toBe('类别为申诉求决类');
  });
});

describe('procedure', () => {
  it('the upper body has every step, 终结 with the text\'s own words', () => {
    expect(upper.procedure.map((s) => [s.step, s.clocks, s.windows])).toEqual([
      ['accept', ['notice'], []],
      ['handle', ['resolve'], []],
      ['review', ['review'], ['review-request']],
      ['recheck', ['recheck'], ['recheck-request']],
      ['final', [], []],
    ]);
    expect(upper.procedure.at(-1)!.summary).toContain('不再受理');
  });

  it('the lower unit inherits the steps whose clocks it took; no 复核, hence no 终结', () => {
    expect(lower.procedure.map((s) => [s.step, s.inherited_from])).toEqual([
      ['accept', 'upper'],
      ['handle', 'upper'],
      ['review', 'upper'],
    ]);
  });
});

describe('other parts', () => {
  it('levels, obligations, recurrences and citations', () => {
    expect(upper.levels).toMatchObject([{ name: '特殊', basis: { article: 'a1' } }]);
    expect(upper.obligations).toMatchObject([{ id: 'representatives', kind: 'representatives', max: 5 }]);
    expect(upper.articles[0]!.defines).toMatchObject({ levels: ['特殊'], obligations: ['representatives'], procedure: ['accept'] });
    expect(lower.reception.map((r) => [r.id, r.working_days, r.on_holiday])).toEqual([
      ['duty', true, undefined],
      ['leader-day', undefined, 'next-workday'],
    ]);
    expect(lower.articles[0]!.citation).toBe('二、1');
  });
});

describe('a stop on all of several events and the confidentiality scope', () => {
  it('compiles both', () => {
    expect(clock(upper, 'forward-report').until).toEqual({ mode: 'all', events: ['forwarded', 'reported'] });
    expect(upper.discipline.confidentiality).toMatchObject({ basis: { article: 'a1' }, categories: ['accusation'], if_empty: 'assume' });
  });
});

describe('taking a clock without the window it rests on', () => {
  it('is REQUEST_WINDOW_NOT_TAKEN at the clock in extends.clocks', async () => {
    const work = mkdtempSync(join(tmpdir(), 'xinfang-v2-'));
    try {
      cpSync(FIXTURES, work, { recursive: true });
      const file = join(work, 'lower', '2024-01-01.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('  windows: [review-request]\n', ''));
      const built = await buildRuleSets([join(work, 'lower')], work);
      const hit = built.diagnostics.find((d) => d.code === 'REQUEST_WINDOW_NOT_TAKEN');
      const line = text.split('\n').findIndex((l) => l.includes('clocks: [notice, resolve, review]')) + 1;
      // review is the third item of `clocks: [notice, resolve, review]`.
      expect(hit).toMatchObject({ line, column: 29 });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
