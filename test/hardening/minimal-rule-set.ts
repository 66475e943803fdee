/**
 * The minimal rule set (test/rules/fixtures/minimal/sample) with its one rule file replaced, built
 * in a temporary folder of the calling test file (removed after it): how the hardening tests feed
 * a hostile or damaged rule file through validation.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';

const FIXTURE = join(import.meta.dirname, '../rules/fixtures/minimal/sample');

/** The minimal rule set's one rule file, to edit. */
export const MINIMAL_RULES = readFileSync(join(FIXTURE, '2024-01-01.yaml'), 'utf8');

/**
 * The test file's temporary folder `work`, and `build(text)`: the minimal rule set with its rule
 * file replaced by `text`, each in a folder of its own under `work`.
 */
export function minimalRuleSets(name: string): { work: string; build: (text: string) => ReturnType<typeof buildRuleSets> } {
  const work = mkdtempSync(join(tmpdir(), `xinfang-${name}-`));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let n = 0;
  const build = (text: string) => {
    const dir = join(work, `case${n++}`, 'sample');
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, '2024-01-01.yaml'), text);
    return buildRuleSets([dir], work);
  };
  return { work, build };
}
