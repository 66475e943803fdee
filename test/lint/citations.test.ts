/**
 * Comments and messages cite what ships in this repository (`docs/…`, a file, an article of a legal
 * text), never a design document, an issue number or a style guide that a clone does not have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.ts';

const OUTSIDE = /DESIGN §|\bDESIGN\b:|\bissues? \d+\b|《设计》|\(STYLE\b|\bSTYLE:/;
const TEXT = /\.(ts|js|mjs|astro|css|md|yaml)$/;

/** Source files under `dir`, recursively (generated and installed folders left out). */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : files(path);
    return TEXT.test(e.name) ? [path] : [];
  });
}

describe('citations', () => {
  it('src/, site/ and test/ cite nothing outside the repository', () => {
    const self = relative(packageRoot, import.meta.filename);
    const found: string[] = [];
    for (const file of ['src', 'site', 'test'].flatMap((d) => files(join(packageRoot, d)))) {
      const name = relative(packageRoot, file);
      if (name === self) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (OUTSIDE.test(line)) found.push(`${name}:${i + 1}: ${line.trim().slice(0, 100)}`);
      });
    }
    expect(found).toEqual([]);
  });
});
