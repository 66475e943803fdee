/**
 * `npm run fuzz`: feed generated and mutated inputs (test/fuzz/mutate.ts) to the rules loader, the
 * CSV and XLSX ledger readers, the rules-workbook import, the holiday-notice reader and the RRULE
 * checks (test/fuzz/targets.ts) and report anything that does not end in a result or a diagnostic
 * within 2 s and bounded memory.
 *
 *   npm run fuzz                                   1,700 inputs per target (10,200), random seed
 *   npm run fuzz -- --seed 42 --count 500          reproducible run
 *   npm run fuzz -- --seed 42 --target csv --index 17   re-run one input, print its stack, save its bytes
 *
 * Each target runs in a child process, so a hang is caught by a watchdog (the child is killed and
 * restarted after the input) and peak RSS is the target's own. Inputs that threw are saved under
 * out/fuzz/. Exit code 1 when anything was found.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../../src/paths.ts';
import { openTarget, RSS_LIMIT_MB, runOne, SLOW_MS, TARGETS, type RunOutcome, type TargetName } from './targets.ts';

/** A child silent this long is hung: killed, the input recorded, the run resumed after it. */
const HANG_MS = 15_000;
/** Time a child has to open its target before the first input (exporting 15 rule sets as workbooks takes a while). */
const SETUP_MS = 120_000;

/** One input's report from a child. */
interface Report extends RunOutcome {
  index: number;
  from: string;
  chain: string[];
  rssMb: number;
}

/** What a finding needs to be reproduced. */
interface Finding {
  target: TargetName;
  index: number;
  what: string;
  from: string;
  chain: string[];
}

const OUT = join(packageRoot, 'out/fuzz');

/** Child side: run inputs [start, end) of one target, reporting each over IPC. */
async function child(target: TargetName, seed: number, start: number, end: number): Promise<void> {
  const t = await openTarget(target);
  try {
    for (let index = start; index < end; index++) {
      const input = t.input(seed, index);
      process.send!({ start: index, from: input.from, chain: input.chain }); // so a hang can be reported with its input
      const out = await runOne(t, input);
      if (out.kind === 'exception') {
        mkdirSync(OUT, { recursive: true });
        writeFileSync(join(OUT, `${target}-${seed}-${index}.${t.kind}`), input.bytes);
      }
      process.send!({ ...out, index, from: input.from, chain: input.chain, rssMb: process.memoryUsage().rss / 2 ** 20 } satisfies Report);
    }
  } finally {
    t.dispose();
  }
}

/** Parent side: run one target in children, restarting after a hang, and collect the reports. */
function runTarget(target: TargetName, seed: number, count: number, onReport: (r: Report) => void): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    const start = (): void => {
      if (next >= count) return resolve();
      const proc: ChildProcess = fork(import.meta.filename, ['--child', target, '--seed', String(seed), '--from', String(next), '--count', String(count)], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      let timer = setTimeout(hang, SETUP_MS + HANG_MS);
      let current: { from: string; chain: string[] } = { from: '?', chain: [] };
      function hang(): void {
        proc.kill('SIGKILL');
        onReport({ index: next, kind: 'exception', ms: HANG_MS, detail: `hang: no answer in ${HANG_MS / 1000} s`, ...current, rssMb: 0 });
        next++;
      }
      proc.on('message', (m: Report | { start: number; from: string; chain: string[] }) => {
        if ('start' in m) {
          current = { from: m.from, chain: m.chain };
          if (m.start === next) {
            // The target is open: from here on each input has HANG_MS.
            clearTimeout(timer);
            timer = setTimeout(hang, HANG_MS);
          }
          return;
        }
        clearTimeout(timer);
        timer = setTimeout(hang, HANG_MS);
        onReport(m);
        next = m.index + 1;
      });
      proc.on('exit', (code) => {
        clearTimeout(timer);
        if (code !== 0 && code !== null && next < count) {
          onReport({ index: next, kind: 'exception', ms: 0, detail: `process exited with code ${code}`, ...current, rssMb: 0 });
          next++;
        }
        start();
      });
    };
    start();
  });
}

const num = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      count: { type: 'string', default: '1700' },
      target: { type: 'string' },
      index: { type: 'string' },
      child: { type: 'string' },
      from: { type: 'string', default: '0' },
    },
  });
  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  const count = Number(values.count);
  const targets = values.target ? [values.target as TargetName] : [...TARGETS];
  if (targets.some((t) => !TARGETS.includes(t))) throw new Error(`--target must be one of ${TARGETS.join(', ')}`);

  if (values.child) {
    await child(values.child as TargetName, seed, Number(values.from), count);
    return 0;
  }
  if (values.index !== undefined) {
    // Reproduce one input in this process, with its stack.
    const t = await openTarget(targets[0]!);
    const input = t.input(seed, Number(values.index));
    const out = await runOne(t, input);
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, `${t.name}-${seed}-${values.index}.${t.kind}`);
    writeFileSync(file, input.bytes);
    console.log(JSON.stringify({ seed, target: t.name, index: Number(values.index), from: input.from, chain: input.chain, bytes: input.bytes.length, file, ...out }, null, 2));
    t.dispose();
    return out.kind === 'exception' ? 1 : 0;
  }

  console.log(`fuzz seed ${seed}: ${num(count)} inputs per target (${targets.join(', ')})`);
  const findings: Finding[] = [];
  const rows: string[][] = [];
  const t0 = performance.now();
  for (const target of targets) {
    const s = { result: 0, diagnostic: 0, exception: 0, slow: 0, maxMs: 0, peakMb: 0, n: 0 };
    await runTarget(target, seed, count, (r) => {
      s.n++;
      s[r.kind]++;
      s.maxMs = Math.max(s.maxMs, r.ms);
      s.peakMb = Math.max(s.peakMb, r.rssMb);
      const problem =
        r.kind === 'exception' ? r.detail : r.ms > SLOW_MS ? `slow: ${num(r.ms)} ms` : r.rssMb > RSS_LIMIT_MB ? `memory: RSS ${num(r.rssMb)} MB` : undefined;
      if (r.kind !== 'exception' && problem) s.slow++;
      if (problem) findings.push({ target, index: r.index, what: problem, from: r.from, chain: r.chain });
      if (s.n % 500 === 0) process.stderr.write(`  ${target}: ${s.n}/${count}\n`);
    });
    rows.push([target, num(s.n), num(s.result), num(s.diagnostic), num(s.exception), num(s.slow), num(s.maxMs, 0), num(s.peakMb, 0)]);
  }
  const head = ['target', 'inputs', 'results', 'diagnostics', 'exceptions', 'slow/memory', 'max ms', 'peak RSS MB'];
  const widths = head.map((h, i) => rows.reduce((w, r) => Math.max(w, r[i]!.length), h.length));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(['', line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
  console.log(`\n${num(rows.reduce((n, r) => n + Number(r[1]!.replace(/,/g, '')), 0))} inputs in ${num((performance.now() - t0) / 1000, 1)} s, seed ${seed}.`);
  if (!findings.length) {
    console.log('Nothing found: every input ended in a result or a diagnostic within 2 s.');
    return 0;
  }
  console.log(`\n${findings.length} finding(s); reproduce with npm run fuzz -- --seed ${seed} --target T --index I:`);
  for (const f of findings.slice(0, 50)) console.log(`  ${f.target} #${f.index} (${f.from} ${f.chain.join('+')}): ${f.what}`);
  return 1;
}

process.exitCode = await main();
