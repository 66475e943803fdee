/**
 * Finds and starts the headless Chromium that prints PDFs and runs the browser tests, in this order:
 * the binary named by `$XINFANG_CHROMIUM`; Debian's `/usr/bin/chromium` when it is there and runs;
 * otherwise the Chromium shipped inside the `@sparticuz/chromium` package (`bundled-chromium.ts`).
 * No other module names a browser path. A browser that cannot be found or started is a diagnostic
 * (`codes.ts`), never an exception.
 * I/O edge: runs `chromium --version` and starts a browser process.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { diagnostic } from '../diagnostics/catalogue.ts';
import type { Diagnostic, Result } from '../diagnostics/diagnostic.ts';
import { bundledChromium } from './bundled-chromium.ts';
import './codes.ts';

/** Debian's Chromium (package `chromium`). */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags for a quiet run: no sandbox and no zygote (servers and CI containers run as root without
 * user namespaces; the bundled build has no setuid sandbox helper), no GPU (software rendering
 * only, so the bundled build needs none of its graphics libraries), no background traffic.
 */
const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox', '--no-zygote', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

/** Which Chromium was found, and where. */
export interface FoundChromium {
  source: 'env' | 'debian' | 'bundled';
  path: string;
}

/** True when `path --version` exits 0 within 20 s (a Debian wrapper whose browser is gone fails here). */
async function runs(path: string): Promise<boolean> {
  try {
    await promisify(execFile)(path, ['--version'], { timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to use, or the list of places tried (for the diagnostic). */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundChromium | { tried: string; reason?: string }> {
  const named = env.XINFANG_CHROMIUM;
  if (named) return existsSync(named) ? { source: 'env', path: named } : { tried: `XINFANG_CHROMIUM=${named}` };
  if (existsSync(DEBIAN_CHROMIUM) && (await runs(DEBIAN_CHROMIUM))) return { source: 'debian', path: DEBIAN_CHROMIUM };
  const tried = `${DEBIAN_CHROMIUM}, @sparticuz/chromium (${process.platform}-${process.arch})`;
  try {
    const bundled = await bundledChromium();
    return bundled ? { source: 'bundled', path: bundled } : { tried };
  } catch (e) {
    return { tried, reason: (e as Error).message };
  }
}

/** Chromium at `path` failed with `e`: the BROWSER_FAILED diagnostic (first line of the message). */
export function browserFailed(path: string, e: unknown): Diagnostic {
  return diagnostic('BROWSER_FAILED', { path, reason: (e as Error).message.split('\n')[0] ?? '' }, {});
}

/** A started headless browser, or a BROWSER_NOT_FOUND / BROWSER_FAILED diagnostic. */
export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Result<{ browser: Browser; path: string } | undefined>> {
  const found = await findChromium(env);
  if (!('path' in found)) return { value: undefined, diagnostics: [diagnostic('BROWSER_NOT_FOUND', { ...found }, {})] };
  try {
    const browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS], headless: true });
    return { value: { browser, path: found.path }, diagnostics: [] };
  } catch (e) {
    return { value: undefined, diagnostics: [browserFailed(found.path, e)] };
  }
}
