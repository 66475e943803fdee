/**
 * `xinfang site` run from a folder outside the package (an office's own folder): Astro then writes
 * the pages' server chunks under the output folder, where a bare import of one of its dependencies
 * could not be resolved; the build must not depend on the working folder (src/site/build-site.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.ts';

const elsewhere = mkdtempSync(join(tmpdir(), 'xinfang-site-cwd-'));
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

describe('xinfang site from another working folder', () => {
  it('builds the national rules into a relative --out from a temp folder and exits 0', () => {
    const cli = join(packageRoot, 'src/cli/xinfang.js');
    const run = spawnSync(process.execPath, [cli, 'site', '--rules', join(packageRoot, 'rules/national'), '--out', 'site-out', '--date', '2025-09-16'], { cwd: elsewhere, encoding: 'utf8' });
    expect(run.stderr).not.toContain('内部错误');
    expect(run.status, run.stderr).toBe(0);
    const start = join(elsewhere, 'site-out/national/index.html');
    expect(existsSync(start)).toBe(true);
    expect(readFileSync(start, 'utf8')).toContain('国家信访局信访指南');
    // Astro's fallback chunk folder is not left in the working folder.
    expect(existsSync(join(elsewhere, '.astro'))).toBe(false);
  });
});
