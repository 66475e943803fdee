/**
 * The rrule package, imported the same way under Node and in the browser: its package has no
 * `exports` map, so Node's ESM loader sees the UMD bundle (everything on `default`) while Vite
 * uses the ESM build (named exports). Import rrule only through this module.
 */
import * as ns from 'rrule';

type Lib = typeof import('rrule');
const lib: Lib = 'rrulestr' in ns && typeof ns.rrulestr === 'function' ? ns : (ns as unknown as { default: Lib }).default;

export const { RRule, rrulestr } = lib;
