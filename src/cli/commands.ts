/** Every CLI command, in the order `xinfang --help` lists them. */
import type { Command } from './command.ts';
import { checkCommand } from './check.ts';
import { codesCommand } from './codes.ts';
import { compileCommand } from './compile.ts';
import { deadlineCommand } from './deadline.ts';
import { diffCommand } from './diff.ts';
import { documentCommand } from './document.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { matrixCommand } from './matrix.ts';
import { siteCommand } from './site.ts';
import { reportCommand } from './report.ts';
import { scheduleCommand } from './schedule.ts';
import { startCommand } from './start.ts';
import { validateCommand } from './validate.ts';
import { versionCommand } from './version.ts';

export const COMMANDS: Command[] = [startCommand, validateCommand, compileCommand, deadlineCommand, checkCommand, matrixCommand, siteCommand, versionCommand, diffCommand, documentCommand, exportCommand, importCommand, scheduleCommand, reportCommand, codesCommand];
