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
]);
