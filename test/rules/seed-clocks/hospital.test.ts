/** hospital against seed 001 (医院, 第5条): the 7日 rule is for letters only. */
import { seedClockTable } from './table.ts';

seedClockTable('hospital', [
  {
    clock: 'resolve',
    seed: '001',
    quote: '原则上所有来信在一周内予以处理,如涉及较复杂的纠纷或特殊情况(如当事人外出等),可适当推迟,但不超过两周',
    applies: [{ channel: '来信' }, { channel: '来信', category: 'medical-dispute' }],
    // An empty 来源方式 is checked as a letter, and the finding says so.
    assumed: [{}, { category: 'medical-consultation' }],
    // 第2条: visits are handed on "按业务归口转办", with no period; calls and online messages are not 来信.
    not: [{ channel: '来访' }, { channel: '来电' }, { channel: '网上' }],
  },
]);
