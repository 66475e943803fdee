/**
 * A reader that stops early (`xinfang check --json | head`) closes the pipe: xinfang stops quietly
 * with 141, the code of a Unix tool killed by SIGPIPE (docs/cli.md "Exit codes"), instead of the
 * unhandled EPIPE crash Node gives by default.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.ts';
import { repeatedLedger } from './hostile-ledger.ts';

/** Run the CLI, read its first chunk of stdout, close the pipe, and wait for the end. */
function readFirstChunkThenClose(args: string[]): Promise<{ code: number | null; first: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(packageRoot, 'src/cli/xinfang.js'), ...args], { cwd: packageRoot });
    let first = '';
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    // Paused mode: one read, then the pipe closed, so the rest (over 170 KB against a 64 KB pipe and
    // the stream's own buffer) cannot have been taken in before (a flowing stream reads on under load).
    child.stdout.once('readable', () => {
      first = String(child.stdout.read(64) ?? '');
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, first, stderr }));
  });
}

// The sample ledger's records repeated to 3,000 cases: megabytes of JSON, far past what a pipe and
// the reading stream can take in before the pipe is closed, however loaded the machine.
const work = mkdtempSync(join(tmpdir(), 'xinfang-pipe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const BIG = join(work, 'national.csv');
writeFileSync(BIG, repeatedLedger(readFileSync(join(packageRoot, 'data/ledgers/national.csv'), 'utf8'), 3_000));

describe('a closed output pipe', () => {
  it('check --json (far more than a pipe buffer) ends with 141 and no crash text', async () => {
    const r = await readFirstChunkThenClose(['check', '--rules', 'rules/national', '--cases', BIG, '--as-of', '2026-06-30', '--json']);
    expect(r.first).toContain('"as_of": "2026-06-30"');
    expect(r.stderr).not.toMatch(/EPIPE|内部错误|node:events/);
    expect(r.code).toBe(141);
  });
});
