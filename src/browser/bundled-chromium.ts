/**
 * The headless Chromium shipped inside the `@sparticuz/chromium` package (a brotli-compressed
 * chrome-headless-shell for linux-x64 in its `bin/chromium.br`), used when the machine has no
 * Chromium of its own. Nothing is downloaded: the binary comes with `npm ci` and is unpacked here,
 * once per package version, into the temp folder.
 *
 * The package's own `executablePath()` is not used: it unpacks to a fixed `/tmp/chromium` shared
 * by every program on the machine whatever its version, and two processes starting at once (the
 * test projects run in parallel) can see each other's half-written file. Here the folder is named
 * by version and the file is written under a temporary name, then renamed, so a path that exists
 * is always a whole binary.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

/** The package's folder, or undefined when it is not installed (or this is not linux-x64). */
function packageDir(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  try {
    // build/cjs/index.cjs → the package folder.
    return dirname(dirname(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'))));
  } catch {
    return undefined;
  }
}

/** Where this package version's binary is unpacked. */
function target(dir: string): string {
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return join(tmpdir(), `xinfang-chromium-${version}`, 'chromium');
}

/** Path of the bundled Chromium, unpacked if needed; undefined when the package is missing. */
export async function bundledChromium(): Promise<string | undefined> {
  const dir = packageDir();
  const source = dir && join(dir, 'bin', 'chromium.br');
  if (!dir || !source || !existsSync(source)) return undefined;
  const binary = target(dir);
  if (existsSync(binary)) return binary;
  mkdirSync(dirname(binary), { recursive: true });
  const partial = `${binary}.${randomBytes(6).toString('hex')}`;
  try {
    await pipeline(createReadStream(source), createBrotliDecompress(), createWriteStream(partial, { flags: 'wx', mode: 0o700 }));
    chmodSync(partial, 0o755);
    renameSync(partial, binary);
  } finally {
    rmSync(partial, { force: true });
  }
  return binary;
}
