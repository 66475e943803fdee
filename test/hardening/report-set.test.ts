/**
 * A report set appears as a whole or not at all, one run at a time (`src/io/report-set.ts`): an
 * interrupted or failed run leaves the earlier set, and no staging folder or lock; a second run on
 * the same folder is refused with OUTPUT_LOCKED; a run that died between two renames is finished by
 * the next; and a ledger saved over mid-run never lends its rows to the annotated copy.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLedgerFile } from '../../src/check/check-ledger.ts';
import { main } from '../../src/cli/main.ts';
import type { CatalogueDiagnostic } from '../../src/diagnostics/catalogue.ts';
import { FileAccessError } from '../../src/io/io-failure.ts';
import { LOCK_NAME, openReportSet, ReportSet, STAGE_PREFIX } from '../../src/io/report-set.ts';
import { readLedger } from '../../src/ledger/read-ledger.ts';
import { packageRoot } from '../../src/paths.ts';
import { annotatedLedgerXlsx } from '../../src/reports/check-annotated.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import { ReportCollector } from '../../src/reports/check-collect.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-set-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** A fresh output folder holding an earlier run's set: `r.check.html` and `r.check.json` saying OLD. */
function earlier(): string {
  const dir = join(work, `out${n++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'r.check.html'), 'OLD HTML');
  writeFileSync(join(dir, 'r.check.json'), 'OLD JSON');
  return dir;
}
const contents = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const OLD = { 'r.check.html': 'OLD HTML', 'r.check.json': 'OLD JSON' };

function open(dir: string): ReportSet {
  const set = openReportSet(dir, dir);
  if (!(set instanceof ReportSet)) throw new Error(`expected a set, got ${set.code}`);
  return set;
}

describe('a report set is swapped in as a whole', () => {
  it('nothing of the new set is visible before the commit; after it, only the new files (no lock, no staging folder)', () => {
    const dir = earlier();
    const set = open(dir);
    set.put('r.check.html', 'NEW HTML');
    set.put('r.check.json', (write) => write(Buffer.from('NEW JSON')));
    expect(readdirSync(dir).filter((f) => !f.startsWith('.'))).toEqual(['r.check.html', 'r.check.json']);
    expect(readFileSync(join(dir, 'r.check.html'), 'utf8')).toBe('OLD HTML');
    expect(set.commit()).toEqual([join(dir, 'r.check.html'), join(dir, 'r.check.json')]);
    expect(contents(dir)).toEqual({ 'r.check.html': 'NEW HTML', 'r.check.json': 'NEW JSON' });
  });

  it('a file this run does not make (omit) is removed with the commit, so no earlier annotated copy stays beside new reports', () => {
    const dir = earlier();
    writeFileSync(join(dir, 'r.annotated.xlsx'), 'OLD COPY');
    writeFileSync(join(dir, 'other.check.html'), 'ANOTHER LEDGER');
    const set = open(dir);
    set.put('r.check.html', 'NEW HTML');
    set.put('r.check.json', 'NEW JSON');
    set.omit('r.annotated.xlsx');
    expect(readFileSync(join(dir, 'r.annotated.xlsx'), 'utf8')).toBe('OLD COPY');
    set.commit();
    expect(contents(dir)).toEqual({ 'other.check.html': 'ANOTHER LEDGER', 'r.check.html': 'NEW HTML', 'r.check.json': 'NEW JSON' });
  });

  it('closed without a commit (an error after the first file): the earlier set is untouched, nothing is left', () => {
    const dir = earlier();
    const set = open(dir);
    set.put('r.check.html', 'NEW HTML');
    set.close();
    expect(contents(dir)).toEqual(OLD);
  });

  it('disk full in the second file (ENOSPC after 2 MB): FileAccessError naming the file in the output folder, the earlier set untouched', () => {
    const dir = earlier();
    const set = open(dir);
    set.put('r.check.html', 'NEW HTML');
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    let thrown: unknown;
    try {
      set.put('r.check.json', (write) => {
        write(new Uint8Array(2 << 20));
        throw enospc;
      });
    } catch (e) {
      thrown = e;
    } finally {
      set.close();
    }
    expect(thrown).toBeInstanceOf(FileAccessError);
    expect((thrown as FileAccessError).path).toBe(join(dir, 'r.check.json'));
    expect((thrown as FileAccessError).code).toBe('ENOSPC');
    expect(contents(dir)).toEqual(OLD);
  });
});

describe('a run that died mid-way is finished or dropped by the next run on the folder', () => {
  it('died after its journal, between two renames (power loss): the next open moves the rest in and removes what it dropped', () => {
    const dir = earlier();
    writeFileSync(join(dir, 'r.annotated.xlsx'), 'OLD COPY');
    const stage = join(dir, `${STAGE_PREFIX}0123456789ab`);
    mkdirSync(stage);
    // r.check.html was already moved in; r.check.json was not.
    writeFileSync(join(dir, 'r.check.html'), 'NEW HTML');
    writeFileSync(join(stage, 'r.check.json'), 'NEW JSON');
    writeFileSync(join(stage, 'commit.json'), JSON.stringify({ files: ['r.check.html', 'r.check.json'], remove: ['r.annotated.xlsx'] }));
    open(dir).close();
    expect(contents(dir)).toEqual({ 'r.check.html': 'NEW HTML', 'r.check.json': 'NEW JSON' });
  });

  it('died before its journal (SIGKILL while staging): the staging folder is deleted, the earlier set stays', () => {
    const dir = earlier();
    const stage = join(dir, `${STAGE_PREFIX}ba9876543210`);
    mkdirSync(stage);
    writeFileSync(join(stage, 'r.check.html'), 'HALF');
    open(dir).close();
    expect(contents(dir)).toEqual(OLD);
  });
});

describe('one run at a time on an output folder', () => {
  const lockOf = (pid: number, host = hostname()) => JSON.stringify({ pid, host, since: '2026-12-01T08:00:00.000Z' });

  it('a second open while the first holds the folder gets OUTPUT_LOCKED naming the holder; after the first ends, it opens', () => {
    const dir = earlier();
    const first = open(dir);
    const second = openReportSet(dir, 'reports') as CatalogueDiagnostic;
    expect(second).not.toBeInstanceOf(ReportSet);
    expect(second.code).toBe('OUTPUT_LOCKED');
    expect(second.message).toBe(`输出目录 reports 正由另一次运行使用（主机 ${hostname()}，进程 ${process.pid}，开始于 ${JSON.parse(readFileSync(join(dir, LOCK_NAME), 'utf8')).since}），本次未写入任何文件。`);
    first.close();
    open(dir).close();
    expect(contents(dir)).toEqual(OLD);
  });

  it('a lock left by a process of this machine that no longer exists is taken over', () => {
    const dir = earlier();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(dir, LOCK_NAME), lockOf(dead));
    const set = open(dir);
    set.put('r.check.html', 'NEW HTML');
    set.put('r.check.json', 'NEW JSON');
    set.commit();
    expect(contents(dir)).toEqual({ 'r.check.html': 'NEW HTML', 'r.check.json': 'NEW JSON' });
  });

  it('a lock held from another machine (a shared drive) is respected: OUTPUT_LOCKED, the lock is kept', () => {
    const dir = earlier();
    writeFileSync(join(dir, LOCK_NAME), lockOf(1, 'other-office-pc'));
    expect((openReportSet(dir, dir) as CatalogueDiagnostic).code).toBe('OUTPUT_LOCKED');
    expect(readFileSync(join(dir, LOCK_NAME), 'utf8')).toBe(lockOf(1, 'other-office-pc'));
  });

  it('xinfang check on a folder another run holds: exit 1, OUTPUT_LOCKED, no report written, the earlier set untouched', async () => {
    cpSync(join(packageRoot, 'data/ledgers/national.csv'), join(work, 'national.csv'));
    const dir = earlier();
    writeFileSync(join(dir, LOCK_NAME), lockOf(process.pid));
    const err: string[] = [];
    const code = await main(['check', '--rules', join(packageRoot, 'rules/national'), '--cases', 'national.csv', '--out', dir, '--as-of', '2026-06-30'], {
      stdout: () => {},
      stderr: (t) => err.push(t),
      cwd: work,
      isTTY: false,
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/ error {2}OUTPUT_LOCKED {2}输出目录 .* 正由另一次运行使用/);
    rmSync(join(dir, LOCK_NAME));
    expect(contents(dir)).toEqual(OLD);
  });
});

describe('a run stopped by a signal between two files of its set', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s: the process ends by the signal, the earlier set stays, no staging folder or lock is left', async (signal) => {
    const dir = earlier();
    const child = spawn(process.execPath, ['--import', 'tsx/esm', join(packageRoot, 'test/hardening/report-set-child.ts'), dir], { cwd: packageRoot });
    let stdout = '';
    const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.includes('staged')) resolve();
      }),
    );
    expect(readdirSync(dir).filter((f) => f.startsWith('.')).sort()).toEqual([expect.stringMatching(/^\.xinfang-stage-[0-9a-f]{12}$/), LOCK_NAME]);
    child.kill(signal);
    expect(await ended).toEqual({ code: null, signal });
    expect(stdout).toBe('staged\n');
    expect(contents(dir)).toEqual(OLD);
  });
});

describe('the annotated copy is tied to the bytes that were checked', () => {
  const ledger = join(work, 'edited.csv');

  it('a ledger saved over while it is being read: LEDGER_CHANGED, not a ledger to report on', async () => {
    writeFileSync(ledger, readFileSync(join(packageRoot, 'data/ledgers/national.csv')));
    let appended = false;
    const info = await readLedger(ledger, {
      displayName: 'edited.csv',
      onCase: () => {
        if (appended) return;
        appended = true;
        appendFileSync(ledger, 'X-9999,2026-01-05\n');
      },
    });
    expect(info.ok).toBe(false);
    expect(info.diagnostics.map((d) => d.code)).toContain('LEDGER_CHANGED');
    expect(info.sha256).toBeUndefined();
  });

  it('a ledger saved over after the check and before the copy is made: no copy ("changed"), rather than findings on shifted rows', async () => {
    writeFileSync(ledger, readFileSync(join(packageRoot, 'data/ledgers/national.csv')));
    const { compiled } = await buildRuleSets([join(packageRoot, 'rules/national')], packageRoot);
    const result = await checkLedgerFile(ledger, compiled[0]!, { asOf: 20635, lang: 'zh', displayName: 'edited.csv', sink: { finding: () => {}, petitioner: () => {}, violation: () => {} } });
    expect(result.ledger.sha256).toMatch(/^[0-9a-f]{64}$/);
    const data = { asOf: '2026-06-30', ruleset: 'national', organisation: 'x', versions: [], ledger: 'edited.csv', summary: result.outcome!.summary, lists: new ReportCollector(compiled[0]!), diagnostics: [], showPersonal: false };
    // A row inserted above the others shifts every case down by one.
    const text = readFileSync(ledger, 'utf8').split('\n');
    text.splice(1, 0, text[1]!);
    writeFileSync(ledger, text.join('\n'));
    expect(await annotatedLedgerXlsx(ledger, result.ledger, data)).toBe('changed');
  });
});
