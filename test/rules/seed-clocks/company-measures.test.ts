/** company-measures (seed 000 篇三, xxxx公司信访工作管理办法): no period anywhere ("及时" only). */
import { seedClockTable } from './table.ts';

seedClockTable('company-measures', [
  { clock: 'resolve', absent: true, because: '五、4 "要及时办理，不得以任何理由拖延、推迟"：及时不给时长' },
  { clock: 'forward', absent: true, because: '五、3 "要及时转办"' },
  { clock: 'reply', absent: true, because: '五、6 答复结案，无时限' },
]);
