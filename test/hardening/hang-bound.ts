/**
 * A bound against hangs, not a speed test (speed is measured by `npm run bench`): the regressions
 * the hardening tests guard took 17 s or never ended, and a loaded 2-core CI machine must not fail
 * them for being slow.
 */
export const HANG_MS = 60_000;
