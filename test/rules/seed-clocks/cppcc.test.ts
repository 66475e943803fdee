/** cppcc against seed 001 (成都市政协机关信访工作制度, 三、四、五): which matters each clock names. */
import { seedClockTable } from './table.ts';

seedClockTable('cppcc', [
  {
    clock: 'instruct',
    seed: '001',
    quote: '领导阅批时间一般不超过三天',
    // 三、1: only 重要信访 is sent to a leader ("重要信访要及时报送领导阅批"); a 批示日期 shows it was sent.
    applies: [{ level: '重大' }, { level: '紧急' }, { level: '一般', events: { instructed: '2025-03-03' } }],
    not: [{ level: '一般' }, { level: '一般', events: { closed: '2025-03-03' } }],
  },
  {
    clock: 'resolve',
    seed: '001',
    quote: '一般信访件一个月内办理完毕',
    applies: [{ level: '一般' }, { level: '紧急' }],
    not: [{ level: '重大' }],
  },
  {
    clock: 'resolve-major',
    seed: '001',
    quote: '重大信访件不得超过三个月',
    applies: [{ level: '重大' }],
    not: [{ level: '一般' }, { level: '紧急' }],
  },
  {
    clock: 'reply',
    seed: '001',
    quote: '受理来信来访后,一般在一个月内复信',
    // 五、1 exempts 匿名信; an empty 是否署名 is not an anonymous letter.
    applies: [{ signed: '是' }, {}, { channel: '来访' }],
    not: [{ signed: '否' }],
  },
  { clock: 'notice', absent: true, because: '本制度没有受理告知期限' },
  { clock: 'review', absent: true, because: '本制度没有复查' },
]);
