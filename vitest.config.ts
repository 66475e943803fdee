/**
 * Test projects. Date-sensitive suites run twice, under Asia/Shanghai and America/New_York, so
 * nothing may depend on the machine's time zone (docs/day-counting.md). The browser suite builds the site
 * once and drives headless Chromium (src/browser/launch-chromium.ts).
 */
import { defineConfig } from 'vitest/config';

const dateSuites = ['test/calendar/**/*.test.ts', 'test/deadlines/**/*.test.ts', 'test/ledger/**/*.test.ts', 'test/reports/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Set-up hooks start CLI child processes too: on a loaded 2-core machine 10 s (the default) is not enough.
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'tz-shanghai', include: dateSuites, env: { TZ: 'Asia/Shanghai' } } },
      { extends: true, test: { name: 'tz-new-york', include: dateSuites, env: { TZ: 'America/New_York' } } },
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...dateSuites, 'test/site/**'], env: { TZ: 'Asia/Shanghai' } },
      },
      {
        extends: true,
        test: { name: 'site', include: ['test/site/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 300_000, fileParallelism: false },
      },
    ],
  },
});
