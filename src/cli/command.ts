/**
 * The shape every CLI command has. `src/cli/main.ts` looks `xinfang <name>` up in the registry
 * (`commands.ts`), loads the command and runs it.
 * Commands parse their own flags with `node:util` parseArgs, print through `ctx`, and return the
 * exit code of docs/cli.md: 0 success, 1 invalid input (diagnostics printed), 2 usage error.
 */
import type { Lang } from '../diagnostics/diagnostic.ts';

/** Exit codes of the CLI contract. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** What a command may touch: streams, language and the working folder. */
export interface CliContext {
  stdout: (text: string) => void;
  /**
   * UTF-8 bytes straight to stdout, for large machine output (`check --json` copies hundreds of MB
   * from its spool without decoding them). Absent when stdout is captured as text: decode and use `stdout`.
   */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  /** Output language, from `--lang` (default zh). */
  lang: Lang;
  /** Working folder that relative paths resolve against. */
  cwd: string;
  /** Whether stdout is a terminal (progress bars only then). */
  isTTY: boolean;
}

/** A CLI command (its name and summary are in the registry, `commands.ts`, which loads it on demand). */
export interface Command {
  /** Full `--help` text, per language. */
  help: { zh: string; en: string };
  /** Run with the arguments after the command name (global flags such as --lang already removed). */
  run: (argv: string[], ctx: CliContext) => Promise<number>;
}

/** Thrown by a command's flag parsing for a usage error; main prints it with the help and exits 2. */
export class UsageError extends Error {}
