/** admin-bureau against seed 001 (“本局”信访接待工作制度, (六)): which matters each clock names. */
import { seedClockTable } from './table.ts';

seedClockTable('admin-bureau', [
  {
    clock: 'resolve',
    seed: '001',
    quote: '对直接办理的信访事项应当在30日内办理完毕;情况复杂的,时限可以适当延长',
    applies: [{ source: '直接' }, { source: '直接', channel: '来访' }],
    not: [{ source: '交办' }, { source: '转办' }],
  },
  {
    clock: 'resolve-assigned',
    seed: '001',
    quote: '对交办的信访事项,应当自收到之日起90日内办结',
    applies: [{ source: '交办' }],
    not: [{ source: '直接' }, { source: '转办' }],
  },
  {
    clock: 'resolve-forwarded',
    seed: '001',
    quote: '对转办的信访事项,应当自收到之日起90日内办结',
    applies: [{ source: '转办' }],
    not: [{ source: '直接' }, { source: '交办' }],
  },
]);
