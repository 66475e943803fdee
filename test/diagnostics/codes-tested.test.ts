/**
 * Every diagnostic code in every stage's catalogue (`src/<stage>/codes.ts`) and every violation code
 * is named by at least one test file — a code no test names is a rule nothing checks. The test
 * files are searched for the code as a whole word; fixtures do not count, only `test/**.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, STAGE_CODES } from '../../src/diagnostics/catalogue.ts';
import { packageRoot } from '../../src/paths.ts';
import { VIOLATION_CODES } from '../../src/rules/model.ts';

const SRC = join(packageRoot, 'src');
const TEST = join(packageRoot, 'test');
/** Files that name every code by construction: this one, and the one rendering every code's texts. */
const NOT_COUNTED = new Set([relative(packageRoot, import.meta.filename), join('test', 'diagnostics', 'catalogue.test.ts')]);

/** Every `.ts` file under `dir`, recursively. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : tsFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

const catalogues = readdirSync(SRC, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((e) => readdirSync(join(SRC, e.name)).filter((f) => f.endsWith('codes.ts')).map((f) => join(SRC, e.name, f)));

let named: Set<string>;
const codes: string[] = [];

beforeAll(() => {
  for (const code of Object.keys(CATALOGUE)) codes.push(code);
  named = new Set();
  for (const file of tsFiles(TEST)) {
    if (NOT_COUNTED.has(relative(packageRoot, file))) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)) named.add(m[0]);
  }
});

describe('every code is named by a test', () => {
  it('every table of codes a stage exports is joined in the catalogue', async () => {
    expect(catalogues.length).toBeGreaterThanOrEqual(9);
    const isEntry = (e: unknown) => typeof (e as { zh?: { message?: unknown } } | null)?.zh?.message === 'function';
    const missing: string[] = [];
    for (const file of catalogues) {
      for (const [name, table] of Object.entries((await import(pathToFileURL(file).href)) as Record<string, unknown>)) {
        if (typeof table !== 'object' || table === null || !Object.values(table).every(isEntry)) continue;
        if (!Object.values(STAGE_CODES).includes(table as never)) missing.push(`${relative(SRC, file)}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
    expect(codes.length).toBeGreaterThan(100);
  });

  it('every diagnostic code', () => {
    expect(codes.filter((c) => !named.has(c))).toEqual([]);
  });

  it('every violation code, and each has a message in the catalogue', () => {
    expect(VIOLATION_CODES.filter((c) => !named.has(c))).toEqual([]);
    expect(VIOLATION_CODES.filter((c) => !codes.includes(c))).toEqual([]);
  });
});
