/** patent-seismic-bureau against seed 001 (局 信访接待工作制度): reception rules, no period. */
import { seedClockTable } from './table.ts';

seedClockTable('patent-seismic-bureau', [
  { clock: 'resolve', absent: true, because: '“按时限及时办理”：时限不在本制度中' },
  { clock: 'report-urgent', absent: true, because: '“随叫随到”的协助处理不是台账事件' },
]);
