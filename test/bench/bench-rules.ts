/** Benchmark: validating and compiling every shipped rule set (ms, median of several runs). */
import { join } from 'node:path';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { BenchFigure } from './figure.ts';

const ROOT = join(import.meta.dirname, '../..');

export async function benchRules(): Promise<BenchFigure[]> {
  await buildRuleSets([], ROOT); // warm up module and JIT state
  const times: number[] = [];
  let sets = 0;
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const built = await buildRuleSets([], ROOT);
    times.push(performance.now() - t0);
    sets = built.compiled.length;
  }
  times.sort((a, b) => a - b);
  return [{ name: `validate + compile all rule sets (${sets})`, value: Number(times[3]!.toFixed(1)), unit: 'ms' }];
}
