/** bureau against seed 001 (局 来信归口处理办法): a routing table, no time limit in the text. */
import { seedClockTable } from './table.ts';

seedClockTable('bureau', [
  { clock: 'resolve', absent: true, because: '残篇（一）（三）（四）没有任何办理时限' },
  { clock: 'notice', absent: true, because: '残篇没有受理告知期限' },
]);
