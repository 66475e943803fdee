/** town against seed 001 (镇, 第2项): "随排随报" is an outer-bound 当日 report of 重要、紧急 matters. */
import { seedClockTable } from './table.ts';

seedClockTable('town', [
  {
    clock: 'report-urgent',
    seed: '001',
    quote: '重要、紧急信访问题做到随排随报,直报市委、市政府',
    applies: [{ level: '重大' }, { level: '紧急' }, { level: '紧急', channel: '来访', persons: 12 }],
    not: [{ level: '一般' }, { level: '一般', persons: 30 }],
  },
  { clock: 'report-group', absent: true, because: '镇制度没有按人数计的集体访报告时限' },
  { clock: 'resolve', absent: true, because: '镇制度没有以日计的办理时限（包案“一包到底”）' },
]);
