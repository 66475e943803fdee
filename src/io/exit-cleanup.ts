/**
 * Work to undo if the process ends before it is done: temporary files (`write-atomic.ts`), a report
 * set's staging folder and the lock on its output folder (`report-set.ts`). One listener per way
 * out, installed on first use:
 * - `process.exit` runs the cleanups on the way out;
 * - SIGINT (Ctrl-C) and SIGTERM run them, then end the process the way the signal would have
 *   (unless someone else also listens for it and so decides). Node runs a signal listener only
 *   between synchronous steps, so a file being written or renamed is finished (or cleaned up by its
 *   writer) before the listener sees it.
 */
import { rmSync } from 'node:fs';

/** Cleanups registered and not yet done, in registration order. */
const cleanups = new Set<() => void>();

let watching = false;

function runAll(): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // On the way out a cleanup that fails (the folder went away) must not stop the others.
    }
  }
  cleanups.clear();
}

function watch(): void {
  if (watching) return;
  watching = true;
  process.on('exit', runAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const onSignal = () => {
      runAll();
      process.removeListener(signal, onSignal);
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

/** Run `cleanup` if the process ends before the returned function is called (which drops it). */
export function onAbnormalExit(cleanup: () => void): () => void {
  watch();
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** {@link onAbnormalExit} for a path to remove (a file or a whole folder). */
export function removeOnAbnormalExit(path: string): () => void {
  return onAbnormalExit(() => rmSync(path, { recursive: true, force: true }));
}
