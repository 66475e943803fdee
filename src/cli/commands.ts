/** Every CLI command, in the order `xinfang --help` lists them. */
import type { Command } from './command.ts';
import { compileCommand } from './compile.ts';
import { deadlineCommand } from './deadline.ts';
import { startCommand } from './start.ts';
import { validateCommand } from './validate.ts';

export const COMMANDS: Command[] = [startCommand, validateCommand, compileCommand, deadlineCommand];
