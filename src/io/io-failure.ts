/**
 * Expected failures of the file system — no permission, disk full, a missing or read-only place —
 * become diagnostics (`INPUT_READ_FAILED`, `OUTPUT_WRITE_FAILED`, exit 1) with a hint on what to
 * do; only anything else is an internal error (docs/cli.md, "Exit codes").
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';

/** Reading an input or writing an output failed; `path` is the file the command was at. */
export class FileAccessError extends Error {
  readonly op: 'read' | 'write';
  readonly path: string;
  readonly code: string | undefined;
  constructor(op: 'read' | 'write', path: string, cause: NodeJS.ErrnoException) {
    super(cause.message, { cause });
    this.op = op;
    this.path = path;
    this.code = cause.code;
  }
}

/** Read a whole input file; when the machine refuses, a {@link FileAccessError} names the file. */
export function readInputFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new FileAccessError('read', path, e as NodeJS.ErrnoException);
  }
}

/** Error codes that describe the machine, not a bug: each has a hint in src/io/codes.ts. */
export const EXPECTED_IO_ERRORS: ReadonlySet<string> = new Set([
  'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EROFS', 'EEXIST', 'EBUSY', 'ELOOP', 'ENAMETOOLONG', 'EMFILE', 'ENFILE', 'EIO',
]);

/** Why reading failed, as a diagnostic's `reason`: the file-system code (words in src/io/codes.ts), else the error's message. */
export function readFailureReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return code && EXPECTED_IO_ERRORS.has(code) ? code : String((e as Error | null)?.message ?? e);
}

/** System calls that change the file system: their failure is a failed write. */
const WRITE_CALLS = new Set(['mkdir', 'rename', 'write', 'unlink', 'rmdir', 'rm', 'copyfile', 'cp', 'symlink', 'fsync', 'ftruncate', 'chmod', 'utime', 'link']);

/** Codes that only a write can meet. */
const WRITE_ONLY_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EEXIST']);

/** `e` as a diagnostic when it is an expected file-system failure; undefined when it is a bug. */
export function ioFailure(e: unknown, cwd: string): CatalogueDiagnostic | undefined {
  const known = e instanceof FileAccessError ? e : undefined;
  const err = (known ? known.cause : e) as NodeJS.ErrnoException | null | undefined;
  const code = err?.code;
  if (!err || !code || !EXPECTED_IO_ERRORS.has(code)) return undefined;
  const path = known ? known.path : (err.path ?? '');
  const shown = isAbsolute(path) && !relative(cwd, path).startsWith('..') ? relative(cwd, path) || '.' : path;
  const writing = known ? known.op === 'write' : WRITE_CALLS.has(err.syscall ?? '') || WRITE_ONLY_ERRORS.has(code);
  return diagnostic(writing ? 'OUTPUT_WRITE_FAILED' : 'INPUT_READ_FAILED', { path: shown, reason: code }, { file: shown });
}
