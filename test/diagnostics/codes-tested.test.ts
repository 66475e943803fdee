/**
 * Every diagnostic code in every stage's catalogue (`src/<stage>/codes.ts`) and every violation code
 * is named by at least one test file — a code no test names is a rule nothing checks. The test
 * files are searched for the code as a whole word; fixtures do not count, only `test/**.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCodes } from '../../src/diagnostics/catalogue.ts';
import { packageRoot } from '../../src/paths.ts';
import { VIOLATION_CODES } from '../../src/rules/model.ts';

const SRC = join(packageRoot, 'src');
const TEST = join(packageRoot, 'test');
const THIS_FILE = relative(packageRoot, import.meta.filename);

/** Every `.ts` file under `dir`, recursively. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : tsFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

const catalogues = readdirSync(SRC, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(SRC, e.name, 'codes.ts')))
  .map((e) => join(SRC, e.name, 'codes.ts'));

let named: Set<string>;
const codes: string[] = [];

beforeAll(async () => {
  for (const file of catalogues) await import(pathToFileURL(file).href);
  for (const code of allCodes().keys()) codes.push(code);
  named = new Set();
  for (const file of tsFiles(TEST)) {
    if (relative(packageRoot, file) === THIS_FILE) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)) named.add(m[0]);
  }
});

describe('every code is named by a test', () => {
  it('the catalogues are found and loaded (one per stage)', () => {
    expect(catalogues.length).toBeGreaterThanOrEqual(9);
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
