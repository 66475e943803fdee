/** `xinfang site` option checks that refuse before any build: a usage error (exit 2) naming the option. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { packageRoot } from '../../src/paths.ts';

async function run(argv: string[]) {
  const err: string[] = [];
  const code = await main(argv, { stdout: () => {}, stderr: (t) => err.push(t), cwd: packageRoot });
  return { code, err: err.join('') };
}

describe('xinfang site', () => {
  it.each([
    // The print view's QR code must lead somewhere a phone can open: a web address, not a path or another scheme.
    [['site', '--url', 'xf.example.gov.cn'], '--url xf.example.gov.cn'],
    [['site', '--url', 'ftp://xf.example.gov.cn/'], '--url ftp://'],
    [['site', '--date', '2025-13-01'], '--date 2025-13-01'],
  ])('usage error %j exits 2', async (argv, says) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(says);
  });
});
