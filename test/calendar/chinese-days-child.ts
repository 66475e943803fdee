/**
 * Ask the `chinese-days` package in a child process running in Asia/Shanghai: it reads
 * 'YYYY-MM-DD' as UTC and then uses local-time getters, so its answers shift by a day west of UTC
 * (seen under America/New_York). Our own code is asked in whatever zone the suite runs in.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** Run `body` with `c` = chinese-days and `input` = the JSON given; returns its JSON result. */
export function askChineseDays<T>(body: string, input: unknown): T {
  const path = createRequire(import.meta.url).resolve('chinese-days');
  const script = `const c = require(${JSON.stringify(path)});
    const input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    process.stdout.write(JSON.stringify((() => { ${body} })()));`;
  const out = execFileSync(process.execPath, ['-e', script], {
    input: JSON.stringify(input),
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    encoding: 'utf8',
  });
  return JSON.parse(out) as T;
}

/** chinese-days' working-day answer for each `YYYY-MM-DD` date. */
export function chineseDaysWorkdays(dates: readonly string[]): boolean[] {
  return askChineseDays<boolean[]>('return input.map((d) => c.isWorkday(d));', dates);
}
