/** company (seed 000 篇一, 单位信访工作制度): 四、6 is the only item with periods. */
import { seedClockTable } from './table.ts';

seedClockTable('company', [
  {
    clock: 'forward',
    seed: '000',
    quote: '需转交各部门办理的问题,公司办公室应从接收之日起二日内转交给有关部门。',
    shape: { from: 'received', limit_text: '2日' },
    applies: [{ forwarded_to: '生产部' }],
    not: [{}],
  },
  {
    clock: 'resolve',
    seed: '000',
    quote: '一般来信来访周内处理完毕',
    shape: { from: 'received', limit_text: '7日' },
    // empty 等级 = 一般 and empty 来源 = 直接 by the ledger contract: nothing assumed.
    applies: [{}, { level: '一般', source: '直接' }, { channel: '来电', category: 'business' }],
    not: [{ level: '重大' }, { level: '紧急' }, { source: '交办' }, { source: '转办' }],
  },
  {
    clock: 'reply',
    seed: '000',
    quote: '口头或书面答复时限一般不得超过一个月。',
    shape: { from: 'received', limit_text: '1个月' },
    applies: [{}, { level: '重大' }, { source: '交办' }],
  },
  {
    clock: 'resolve-assigned',
    seed: '000',
    quote: '对上级交办的来信来访问题,要在规定的时限内,用书面材料上报处理结果。',
    shape: { from: 'received', due_by: 'assigned_due' },
    applies: [{ source: '交办' }],
    not: [{}, { source: '转办' }],
  },
]);
