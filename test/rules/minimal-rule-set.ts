/**
 * The minimal rule set (test/rules/fixtures/minimal/sample: clocks notice 15日 and resolve 30日,
 * four articles) with its one rule file replaced, each copy in a folder of its own under a temporary
 * folder of the calling test file (removed after it): how tests feed an edited, hostile or damaged
 * rule file through validation.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/minimal/sample');
const RULE_FILE = '2024-01-01.yaml';

/** The minimal rule set's one rule file, to edit. */
export const MINIMAL_RULES = readFileSync(join(FIXTURE, RULE_FILE), 'utf8');

/** Line (1-based) of the first line containing `needle` in `text` (default the minimal rule file). */
export function lineOf(needle: string, text = MINIMAL_RULES): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`the rule file has no line with ${needle}`);
  return i + 1;
}

/** A copy of the minimal rule set, and that copy built: see {@link minimalRuleSetsIn}. */
interface MinimalRuleSets {
  folder: (text: string | Uint8Array, file?: string, id?: string) => string;
  build: (text: string | Uint8Array) => ReturnType<typeof buildRuleSets>;
}

/**
 * Copies under the folder `work`, which the caller removes (usable outside Vitest, as by
 * test/hardening/hostile-table.ts): `folder(text, file, id)`, a copy of the minimal rule set in a
 * folder `id` (its rule-set id, default `sample`) whose rule file is replaced by `text` saved as
 * `file`; `build(text)`, such a copy built.
 */
export function minimalRuleSetsIn(work: string): MinimalRuleSets {
  let n = 0;
  const folder = (text: string | Uint8Array, file = RULE_FILE, id = 'sample') => {
    const dir = join(work, `case${n++}`, id);
    cpSync(FIXTURE, dir, { recursive: true });
    rmSync(join(dir, RULE_FILE));
    writeFileSync(join(dir, file), text);
    return dir;
  };
  return { folder, build: (text) => buildRuleSets([folder(text)], work) };
}

/** {@link minimalRuleSetsIn} the test file's temporary folder `work`, removed after the file's tests. */
export function minimalRuleSets(name: string): MinimalRuleSets & { work: string } {
  const work = mkdtempSync(join(tmpdir(), `xinfang-${name}-`));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  return { work, ...minimalRuleSetsIn(work) };
}
