/**
 * One table per rule set: which matters each clock (or petitioner window) applies to, each row
 * resting on a sentence of the seed it comes from (rules/README.md maps the seeds to rule sets).
 *
 *     seedClockTable('company', [
 *       { clock: 'resolve', seed: '000', quote: '一般来信来访周内处理完毕',
 *         applies: [{ level: '一般', source: '直接' }],
 *         not: [{ level: '重大' }, { source: '交办' }] },
 *       { clock: 'report-urgent', absent: true, because: '…' },
 *     ]);
 *
 * Each row asserts that the quote occurs verbatim in the seed file (whitespace and punctuation width
 * normalised; seed 002, published in traditional script, is read through the rule set's own
 * simplified text) and in the text of the clock's `basis` article; then evaluates the clock's `when`
 * with its `if_empty` on every case (empty 来源, 等级, 人数 take the ledger's defaults): `applies` must hold with nothing assumed, `assumed` must hold
 * with an assumption sentence, `not` must not hold (a skipped empty cell counts as not holding);
 * `shape` pins the compiled clock's other properties (from, until, limit, pause, decided_by …).
 * A row with `absent: true` asserts the version has no such clock or window.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRuleSets, type BuiltRuleSets } from '../../../src/rules/build-rulesets.ts';
import type { ArticleRef, CompiledRuleSet, CompiledVersion } from '../../../src/rules/compiled.ts';
import { evaluate, type CaseFacts } from '../../../src/rules/condition.ts';

const ROOT = join(import.meta.dirname, '../../..');
/** The source documents, as published (the rule files' `source` names them `seeds/…`). */
const SEEDS = join(ROOT, 'seeds');

/** Case fields as a ledger row gives them (events by alias, with any date: only presence is tested). */
export type Facts = CaseFacts;

/** The ledger's contract defaults (docs/ledger-columns.md): empty 来源 = 直接, empty 等级 = 一般, empty 人数 = 1. */
const DEFAULTS: Facts = { source: '直接', level: '一般', persons: 1 };

export interface SeedClockRow {
  /** Clock or window id. */
  clock: string;
  /** Effective date of the compiled version (e.g. 2022-05-01); omitted = the rule set's first version. */
  version?: string;
  /** Seed file number ('000'…'004'); omitted when the rule set's own article text is the source (national). */
  seed?: string;
  /** The sentence the clock rests on, copied from the seed (for seed 002: as the rule file writes it). */
  quote?: string;
  /** Cases the clock applies to, with nothing assumed. */
  applies?: Facts[];
  /** Cases the clock applies to on an assumption about an empty cell. */
  assumed?: Facts[];
  /** Cases the clock does not apply to. */
  not?: Facts[];
  /** Properties the compiled clock or window must have (partial match), e.g. { limit_text: '30日', decided_by: 'superior' }. */
  shape?: object;
  /** The version has no such clock or window; `because` says why (the text or its absence). */
  absent?: true;
  because?: string;
}

/** Width and spacing are typography, not wording: full-width ASCII → half-width, “” → ", no whitespace. */
export function normalise(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'");
}

/** Seed 002's mirror inserts pinyin after some characters, e.g. 應(yīng): the pinyin is not text. */
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;

function seedText(seed: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${seed}_`));
  if (!file) throw new Error(`no seed ${seed} in ${SEEDS}`);
  return normalise(readFileSync(join(SEEDS, file), 'utf8').replace(PINYIN, ''));
}

const isHan = (c: string): boolean => /\p{Script=Han}/u.test(c);

/**
 * Seed 002 in simplified characters, converted with the character pairs its rule set's articles
 * attest: each article line is aligned where the seed differs from it only in Han characters and
 * agrees on the most characters (at least half), and each differing pair (traditional → simplified)
 * is taken from there.
 */
function simplifiedVia(seed: string, articleLines: string[]): string {
  const map = new Map<string, string>();
  for (const line of articleLines) {
    let best = -1;
    let bestSame = Math.ceil(line.length / 2) - 1;
    for (let p = 0; p + line.length <= seed.length; p++) {
      let same = 0;
      let ok = true;
      for (let i = 0; i < line.length && ok; i++) {
        if (seed[p + i] === line[i]) same++;
        else ok = isHan(seed[p + i]!) && isHan(line[i]!);
      }
      if (ok && same > bestSame) [best, bestSame] = [p, same];
    }
    if (best < 0) continue;
    for (let i = 0; i < line.length; i++) if (seed[best + i] !== line[i]) map.set(seed[best + i]!, line[i]!);
  }
  return [...seed].map((c) => map.get(c) ?? c).join('');
}

function articleText(built: BuiltRuleSets, ref: ArticleRef): string {
  const v = built.loaded.get(ref.ruleset)?.versions.find((x) => x.rules.effective_from === ref.version);
  const a = v?.rules.articles.find((x) => x.id === ref.article);
  if (!a) throw new Error(`no article ${ref.ruleset}/${ref.version}/${ref.article}`);
  return normalise(a.text);
}

function describeFacts(f: Facts): string {
  const parts = Object.entries(f).map(([k, v]) => `${k}=${v}`);
  return parts.length ? parts.join(', ') : '(all empty)';
}

/** Registers the table's tests for one rule set (folder `rules/<ruleset>`). */
export function seedClockTable(ruleset: string, rows: SeedClockRow[]): void {
  let built: BuiltRuleSets;
  let set: CompiledRuleSet;
  const seeds = new Map<string, string>();
  beforeAll(async () => {
    built = await buildRuleSets([join(ROOT, 'rules', ruleset)], ROOT);
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    set = built.compiled.find((s) => s.id === ruleset)!;
    const own = built.loaded.get(ruleset)!.versions.flatMap((v) => v.rules.articles.flatMap((a) => a.text.split('\n').map(normalise)));
    for (const seed of new Set(rows.flatMap((r) => (r.seed ? [r.seed] : [])))) {
      const text = seedText(seed);
      seeds.set(seed, seed === '002' ? simplifiedVia(text, own.filter((l) => l.length >= 8)) : text);
    }
  });
  const version = (r: SeedClockRow): CompiledVersion => {
    const v = r.version ? set.versions.find((x) => x.version === r.version) : set.versions[0];
    if (!v) throw new Error(`${ruleset} has no version ${r.version}`);
    return v;
  };
  const find = (r: SeedClockRow) => version(r).clocks.find((c) => c.id === r.clock) ?? version(r).windows.find((w) => w.id === r.clock);

  describe(`${ruleset}: clocks against the seed`, () => {
    for (const r of rows) {
      const label = `${r.clock}${r.version ? ` (${r.version})` : ''}`;
      if (r.absent) {
        it(`${label}: absent — ${r.because ?? ''}`, () => expect(find(r)).toBeUndefined());
        continue;
      }
      it(`${label}: the quote is in the seed and in its basis article${r.shape ? ', and its shape' : ''}`, () => {
        const c = find(r);
        expect(c, `${label} exists`).toBeDefined();
        const quote = normalise(r.quote ?? '');
        expect(quote.length).toBeGreaterThan(3);
        // includes() rather than toContain(): a failure names the quote, not the whole seed.
        if (r.seed) expect(seeds.get(r.seed)!.includes(quote), `seed ${r.seed} contains「${r.quote}」`).toBe(true);
        expect(articleText(built, c!.basis).includes(quote), `${c!.basis.ruleset} ${c!.basis.number} contains「${r.quote}」`).toBe(true);
        if (r.shape) expect(c).toMatchObject(r.shape);
      });
      const cases: [string, Facts, boolean, boolean][] = [
        ...(r.applies ?? []).map((f): [string, Facts, boolean, boolean] => ['applies to', f, true, false]),
        ...(r.assumed ?? []).map((f): [string, Facts, boolean, boolean] => ['applies, assumed, to', f, true, true]),
        ...(r.not ?? []).map((f): [string, Facts, boolean, boolean] => ['does not apply to', f, false, false]),
      ];
      if (cases.length === 0) continue;
      it.each(cases.map(([what, f, holds, assumed]) => [`${what} ${describeFacts(f)}`, f, holds, assumed] as const))(
        `${label} %s`,
        (_name, facts, holds, assumed) => {
          const c = find(r)!;
          const result = evaluate(c.when?.test, { ...DEFAULTS, ...facts }, c.if_empty);
          expect(result.holds).toBe(holds);
          if (holds) expect(result.assumed.length > 0).toBe(assumed);
        },
      );
    }
  });
}
