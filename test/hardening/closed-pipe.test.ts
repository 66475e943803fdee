/**
 * A reader that stops early (`xinfang check --json | head`) closes the pipe: xinfang stops quietly
 * with 141, the code of a Unix tool killed by SIGPIPE (docs/cli.md "Exit codes"), instead of the
 * unhandled EPIPE crash Node gives by default.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.ts';

/** Run the CLI, read its first chunk of stdout, close the pipe, and wait for the end. */
function readFirstChunkThenClose(args: string[]): Promise<{ code: number | null; first: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(packageRoot, 'src/cli/xinfang.js'), ...args], { cwd: packageRoot });
    let first = '';
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout.once('data', (b: Buffer) => {
      first = b.toString();
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, first, stderr }));
  });
}

describe('a closed output pipe', () => {
  it('check --json (far more than a pipe buffer) ends with 141 and no crash text', async () => {
    const r = await readFirstChunkThenClose(['check', '--rules', 'rules/national', '--cases', 'data/ledgers/national.csv', '--as-of', '2026-06-30', '--json']);
    expect(r.first).toContain('"as_of": "2026-06-30"');
    expect(r.stderr).not.toMatch(/EPIPE|内部错误|node:events/);
    expect(r.code).toBe(141);
  });
});
