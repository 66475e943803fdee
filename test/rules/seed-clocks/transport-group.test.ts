/** transport-group against seed 001 (交通集团公司, 三（一）5): which matters each clock names. */
import { seedClockTable } from './table.ts';

seedClockTable('transport-group', [
  {
    clock: 'notice',
    seed: '001',
    quote: '对于转送、交办的信访件,自收到之日起15日内决定是否受理并书面告知信访人和上级信访机构',
    applies: [{ source: '交办' }, { source: '转办' }, { source: '转办', channel: '来访' }],
    // "对群众直接来信,根据调查处理情况及时给予答复": no period for direct letters.
    not: [{ source: '直接' }, { source: '直接', channel: '来信' }],
  },
  {
    clock: 'resolve',
    seed: '001',
    quote: '对于信访事项,自受理之日起60日内办结',
    applies: [{ source: '直接', channel: '来信' }, { source: '交办', channel: '来访' }, { source: '直接', channel: '来电' }],
  },
  { clock: 'reply', absent: true, because: '直接来信“及时给予答复”，没有期限' },
  { clock: 'report-urgent', absent: true, because: '“及时报告集团公司领导和上级信访部门”，没有期限' },
]);
