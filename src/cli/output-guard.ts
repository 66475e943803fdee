/**
 * The CLI side of `src/io/output-path.ts`: every command that writes files calls `guardOutputs`
 * after parsing its flags and before reading or writing anything. A refused path is a usage error
 * (exit 2, docs/cli.md) printed as a diagnostic — `path  error  CODE  message` and what to do.
 */
import { outputPathProblem, type CommandInputs, type OutputTarget } from '../io/output-path.ts';
import { UsageError, type CliContext } from './command.ts';
import { formatDiagnostics } from './print-diagnostics.ts';

/** Throw a {@link UsageError} for the first of `targets` the command may not write. */
export function guardOutputs(ctx: CliContext, inputs: CommandInputs, ...targets: OutputTarget[]): void {
  for (const target of targets) {
    const problem = outputPathProblem(target, inputs, ctx.cwd);
    if (problem) throw new UsageError(formatDiagnostics([problem], ctx.lang).join('\n'));
  }
}
