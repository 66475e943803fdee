/**
 * `xinfang deadline --batch` with hostile CSV: echoed cells that a spreadsheet would run as a
 * formula are neutralised with a leading apostrophe (as in the matrix CSV), and a stray quote or a
 * row with missing fields is an error at its line with exit 1 — never rows silently dropped with exit 0.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deadlineCommand } from '../../src/cli/deadline.ts';

const dir = await mkdtemp(join(tmpdir(), 'xinfang-batch-hostile-'));

async function batch(csv: string) {
  await writeFile(join(dir, 'b.csv'), csv);
  const out: string[] = [];
  const err: string[] = [];
  const code = await deadlineCommand.run(['--batch', 'b.csv'], { stdout: (t) => out.push(t), stderr: (t) => err.push(t), lang: 'zh', cwd: dir, isTTY: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('deadline --batch with hostile CSV', () => {
  it('neutralises = + - @ cells in the echo', async () => {
    const { out } = await batch('case,from,limit\n=HYPERLINK("http://evil.example"),2024-01-26,15日\n+1+1,2024-01-26,15日\n-2+3,2024-01-26,15日\n@SUM(A1),2024-01-26,15日\n');
    expect(out.split('\n').slice(1).map((l) => l.split(',')[0])).toEqual([`"'=HYPERLINK(""http://evil.example"")"`, `"'+1+1"`, `"'-2+3"`, `"'@SUM(A1)"`]);
  });

  it.each([
    ['a stray quote', 'case,from,limit\nA1,2024-01-26,15日\nA2,"2024-01-26,15日\nA3,2024-01-26,15日\n', 3],
    ['a row with too few fields', 'case,from,limit\nA1,2024-01-26,15日\nA2,2024-01-26\nA3,2024-01-26,15日\n', 3],
    ['a row with too many fields', 'case,from,limit\nA1,2024-01-26,15日\nA2,2024-01-26,15日,x,y\n', 3],
  ])('%s is an error at its line, exit 1', async (_name, csv, line) => {
    const { code, err } = await batch(csv);
    expect(code).toBe(1);
    expect(err).toContain(`b.csv:${line}`);
    expect(err).toContain('DEADLINE_BATCH_MALFORMED');
  });
});
