/** price-bureau against seed 001 (xxx物价局信访工作制度, 五、): which matters each clock names. */
import { seedClockTable } from './table.ts';

seedClockTable('price-bureau', [
  {
    clock: 'resolve',
    seed: '001',
    quote: '各股所办或具体承办人办理信访事项应当自受理之日起60日内办结',
    applies: [{ category: 'price-report' }, { category: 'price-complaint' }, { category: 'other' }, {}],
  },
  {
    clock: 'reply',
    seed: '001',
    quote: '并将办理结果答复举报人',
    applies: [{ category: 'price-report' }, { category: 'other' }, {}],
  },
  {
    clock: 'notice',
    quote: '不能当场告知的,应当自收到信访事项之日起15日内书面告知信访人',
    applies: [{ signed: '是' }, {}],
    not: [{ signed: '否' }],
  },
  {
    clock: 'review',
    quote: '收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见',
    applies: [{ category: 'price-complaint' }, { category: 'other' }],
    assumed: [{}],
    // A 举报 is 检举控告类 (信访工作条例第三十条): no 信访处理意见 to review.
    not: [{ category: 'price-report' }, { category: 'report' }, { category: 'out-of-scope' }, { category: 'other', diverted: '行政复议' }],
  },
]);
