/**
 * A report set — the files one run writes together (check's HTML, JSON, XLSX and annotated copy; a
 * period report's three formats) — appears in its output folder as a whole, or not at all: never
 * the HTML of one run beside the JSON of another (docs/cli.md, "Outputs").
 *
 * - **Lock.** The run holds `OUT/.xinfang.lock` (created exclusively) from the start to the end; a
 *   second run on the same folder gets `OUTPUT_LOCKED` at once and writes nothing. A lock left by a
 *   process of this machine that no longer exists is taken over.
 * - **Staging.** Files are written into a private folder `OUT/.xinfang-stage-<random>/` — inside the
 *   output folder, so every rename stays on one file system even when OUT is a mount point or a
 *   share, and a read-only parent folder does not matter.
 * - **Commit.** Once every file is staged, a journal (`commit.json`: the names to move in and the
 *   names to remove) is written atomically: that is the moment the new set counts as written. The
 *   files are then renamed into OUT in one synchronous step (no signal handler runs in between). If
 *   the process dies there all the same (power loss, SIGKILL), the next run on OUT finishes the
 *   journal before anything else; a staging folder without a journal is simply deleted.
 * - **Interruption.** SIGINT, SIGTERM or an error before the commit remove the staging folder and
 *   the lock (`exit-cleanup.ts`); the earlier set stays as it was. A file system that refuses (disk
 *   full…) is an {@link FileAccessError} naming the file in OUT, printed as `OUTPUT_WRITE_FAILED`.
 */
import crypto from 'node:crypto';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync, closeSync, type Dirent } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { onAbnormalExit } from './exit-cleanup.ts';
import { FileAccessError } from './io-failure.ts';
import { syncFolder, writeFileAtomic, writeFileAtomicChunks } from './write-atomic.ts';

/** The lock file in the output folder. */
export const LOCK_NAME = '.xinfang.lock';
/** Staging folders in the output folder start with this. */
export const STAGE_PREFIX = '.xinfang-stage-';
/** The journal of a staged set that is being moved in. */
const JOURNAL = 'commit.json';

/** Content of a file: bytes, or a function writing it in chunks (a report too large to hold whole). */
export type ReportData = string | Uint8Array | ((write: (chunk: Uint8Array) => void) => void);

/** What the lock file says about its holder. */
interface Holder {
  pid: number;
  host: string;
  since: string;
}

/** Files staged for one output folder; see the module comment. */
export class ReportSet {
  readonly dir: string;
  private readonly stage: string;
  private readonly lock: string;
  private readonly names: string[] = [];
  private readonly removed: string[] = [];
  private closed = false;
  private readonly forget: () => void;

  /** Use {@link openReportSet}. */
  constructor(dir: string, stage: string, lock: string) {
    this.dir = dir;
    this.stage = stage;
    this.lock = lock;
    this.forget = onAbnormalExit(() => this.discard());
  }

  /** Stage `name` (a plain file name in the output folder). */
  put(name: string, data: ReportData): void {
    const path = join(this.stage, name);
    try {
      if (typeof data === 'function') writeFileAtomicChunks(path, data);
      else writeFileAtomic(path, data);
    } catch (e) {
      if (e instanceof FileAccessError) throw new FileAccessError('write', join(this.dir, name), e.cause as NodeJS.ErrnoException);
      throw e;
    }
    this.names.push(name);
  }

  /** This run has no `name` (a copy not made this time): an earlier run's file of that name goes. */
  omit(name: string): void {
    this.removed.push(name);
  }

  /** Move the staged files into the output folder as one step; returns their paths. Releases the lock. */
  commit(): string[] {
    try {
      writeFileAtomic(join(this.stage, JOURNAL), JSON.stringify({ files: this.names, remove: this.removed }));
      finishJournal(this.dir, this.stage);
    } catch (e) {
      if (e instanceof FileAccessError || !(e as NodeJS.ErrnoException).syscall) throw e;
      throw new FileAccessError('write', this.dir, e as NodeJS.ErrnoException);
    } finally {
      this.close();
    }
    return this.names.map((n) => join(this.dir, n));
  }

  /** End the run: without a commit the staged files are dropped. Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.discard();
    this.forget();
  }

  private discard(): void {
    this.closed = true;
    // A committed stage is already gone; an uncommitted one is dropped whole.
    if (!existsSync(join(this.stage, JOURNAL))) rmSync(this.stage, { recursive: true, force: true });
    rmSync(this.lock, { force: true });
  }
}

/**
 * Open a report set on `dir` (created if missing): take the lock, finish or drop what an earlier
 * run left, and make the staging folder. A folder another run holds gives `OUTPUT_LOCKED`;
 * `shown` is the folder as the user wrote it, for the message.
 */
export function openReportSet(dir: string, shown: string): ReportSet | CatalogueDiagnostic {
  const lock = join(dir, LOCK_NAME);
  let stage: string;
  try {
    mkdirSync(dir, { recursive: true });
    const holder = takeLock(lock);
    if (holder) return diagnostic('OUTPUT_LOCKED', { path: shown, pid: holder.pid, host: holder.host, since: holder.since, lock: join(shown, LOCK_NAME) }, { file: shown });
    try {
      recover(dir);
      stage = join(dir, STAGE_PREFIX + crypto.randomBytes(6).toString('hex'));
      mkdirSync(stage);
    } catch (e) {
      rmSync(lock, { force: true });
      throw e;
    }
  } catch (e) {
    if (e instanceof FileAccessError || !(e as NodeJS.ErrnoException).syscall) throw e;
    throw new FileAccessError('write', dir, e as NodeJS.ErrnoException);
  }
  return new ReportSet(dir, stage, lock);
}

/** Create the lock; undefined when taken, else who holds it. A dead holder of this machine is replaced. */
function takeLock(lock: string): Holder | undefined {
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx', 0o644);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readHolder(lock);
      if (holder && (holder.host !== me.host || alive(holder.pid))) return holder;
      // The holder died without cleaning up (SIGKILL, power loss), or the file is not ours to read.
      rmSync(lock, { force: true });
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(me));
    } finally {
      closeSync(fd);
    }
    return undefined;
  }
  return readHolder(lock) ?? { pid: 0, host: '?', since: '?' };
}

function readHolder(lock: string): Holder | undefined {
  try {
    const h = JSON.parse(readFileSync(lock, 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' ? { pid: h.pid, host: h.host, since: String(h.since) } : undefined;
  } catch {
    // Half-written by a holder that is just starting, or unreadable: treated as a live holder.
    return { pid: 0, host: '?', since: '?' };
  }
}

/** Whether process `pid` of this machine exists (EPERM: it does, as another user's). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Finish every journal an earlier run left in `dir` and delete its unfinished staging folders. */
function recover(dir: string): void {
  const stages = readdirSync(dir, { withFileTypes: true }).filter((e: Dirent) => e.isDirectory() && e.name.startsWith(STAGE_PREFIX));
  for (const e of stages) {
    const stage = join(dir, e.name);
    if (existsSync(join(stage, JOURNAL))) finishJournal(dir, stage);
    else rmSync(stage, { recursive: true, force: true });
  }
}

/** Move a committed stage's files into `dir`, remove the names it drops, then the stage. Repeatable. */
function finishJournal(dir: string, stage: string): void {
  const journal = JSON.parse(readFileSync(join(stage, JOURNAL), 'utf8')) as { files: string[]; remove: string[] };
  for (const name of journal.files) {
    // Already moved by an interrupted earlier attempt when missing.
    if (existsSync(join(stage, name))) renameSync(join(stage, name), join(dir, name));
  }
  for (const name of journal.remove) rmSync(join(dir, name), { force: true });
  syncFolder(dir);
  rmSync(stage, { recursive: true, force: true });
}
