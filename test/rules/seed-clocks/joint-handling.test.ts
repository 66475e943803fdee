/** joint-handling against seed 001 (信访会办制度): which cases are 会办, and no period anywhere. */
import { seedClockTable } from './table.ts';

seedClockTable('joint-handling', [
  { clock: 'resolve', absent: true, because: '会办制度没有任何期限' },
  { clock: 'notice', absent: true, because: '会办制度没有受理告知' },
]);
