/**
 * Finding and starting Chromium (src/browser/launch-chromium.ts): a named binary that is missing or
 * broken is a diagnostic with a Chinese hint, never an exception; with nothing named, a browser is
 * always found on linux-x64 (Debian's, or the one shipped in @sparticuz/chromium) and prints.
 */
import { accessSync, constants } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../src/browser/launch-chromium.ts';

describe('launchChromium', () => {
  it.each([
    { named: '/nonexistent/chromium', code: 'BROWSER_NOT_FOUND', says: '/nonexistent/chromium', hint: 'npm ci' },
    // /bin/false exists but exits at once: playwright cannot connect to it.
    { named: '/bin/false', code: 'BROWSER_FAILED', says: '/bin/false', hint: 'XINFANG_CHROMIUM' },
  ])('XINFANG_CHROMIUM=$named → $code', async ({ named, code, says, hint }) => {
    const launched = await launchChromium({ XINFANG_CHROMIUM: named });
    expect(launched.value).toBeUndefined();
    expect(launched.diagnostics.map((d) => d.code)).toEqual([code]);
    expect(launched.diagnostics[0]!.severity).toBe('error');
    expect(launched.diagnostics[0]!.message).toContain(says);
    expect(launched.diagnostics[0]!.hint).toContain(hint);
  }, 60_000);

  it('finds a runnable Chromium with nothing named, and it renders a page', async () => {
    const found = await findChromium({});
    expect('path' in found, JSON.stringify(found)).toBe(true);
    if (!('path' in found)) return;
    expect(['debian', 'bundled']).toContain(found.source);
    expect(() => accessSync(found.path, constants.X_OK)).not.toThrow();
    const launched = await launchChromium({});
    expect(launched.diagnostics).toEqual([]);
    const { browser } = launched.value!;
    try {
      const page = await browser.newPage();
      await page.setContent('<p id="p">1 + 1 = <span id="v"></span></p><script>v.textContent = String(1 + 1)</script>');
      expect(await page.locator('#v').textContent()).toBe('2');
    } finally {
      await browser.close();
    }
  }, 120_000);
});
