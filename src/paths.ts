/** Where the installed package lives, so shipped data (calendars, rules, site) is found from any working folder. */
import { fileURLToPath } from 'node:url';

/** Absolute path of the package root (the folder holding package.json). */
export const packageRoot: string = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
