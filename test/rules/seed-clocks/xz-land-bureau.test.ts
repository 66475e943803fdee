/** xz-land-bureau against seed 001 (xz市国土资源局年度总结): arrangements, no period. */
import { seedClockTable } from './table.ts';

seedClockTable('xz-land-bureau', [
  { clock: 'reply', absent: true, because: '“不能当场答复的，在规定期限内给予答复”：期限不在总结中' },
  { clock: 'resolve', absent: true, because: '总结没有办结期限' },
]);
