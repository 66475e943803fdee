/**
 * Expected failures of the file system — no permission, disk full, a missing or read-only place —
 * become diagnostics (`INPUT_READ_FAILED`, `OUTPUT_WRITE_FAILED`, exit 1) with a hint on what to
 * do; only anything else is an internal error (docs/cli.md, "Exit codes").
 */
import { relative, isAbsolute } from 'node:path';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import './codes.ts';

/** A write of an output file failed; `path` is the output as the command named it. */
export class OutputWriteError extends Error {
  readonly path: string;
  readonly code: string | undefined;
  constructor(path: string, cause: NodeJS.ErrnoException) {
    super(cause.message, { cause });
    this.path = path;
    this.code = cause.code;
  }
}

/** Error codes that describe the machine, not a bug: each has a hint in src/io/codes.ts. */
export const EXPECTED_IO_ERRORS: ReadonlySet<string> = new Set([
  'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EROFS', 'EEXIST', 'EBUSY', 'ELOOP', 'ENAMETOOLONG', 'EMFILE', 'ENFILE', 'EIO',
]);

/** System calls that change the file system: their failure is a failed write. */
const WRITE_CALLS = new Set(['mkdir', 'rename', 'write', 'unlink', 'rmdir', 'rm', 'copyfile', 'cp', 'symlink', 'fsync', 'ftruncate', 'chmod', 'utime', 'link']);

/** Codes that only a write can meet. */
const WRITE_ONLY_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EEXIST']);

/** `e` as a diagnostic when it is an expected file-system failure; undefined when it is a bug. */
export function ioFailure(e: unknown, cwd: string): CatalogueDiagnostic | undefined {
  const err = (e instanceof OutputWriteError ? e.cause : e) as NodeJS.ErrnoException | null | undefined;
  const code = err?.code;
  if (!err || !code || !EXPECTED_IO_ERRORS.has(code)) return undefined;
  const path = e instanceof OutputWriteError ? e.path : (err.path ?? '');
  const shown = isAbsolute(path) && !relative(cwd, path).startsWith('..') ? relative(cwd, path) || '.' : path;
  const writing = e instanceof OutputWriteError || WRITE_CALLS.has(err.syscall ?? '') || WRITE_ONLY_ERRORS.has(code);
  return diagnostic(writing ? 'OUTPUT_WRITE_FAILED' : 'INPUT_READ_FAILED', { path: shown, reason: code }, { file: shown });
}
