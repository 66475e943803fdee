/** cppcc against seed 001 (成都市政协机关信访工作制度, 三、四、五) and the 条例 it is bound by: which matters each clock names. */
import { seedClockTable } from './table.ts';

seedClockTable('cppcc', [
  {
    clock: 'instruct',
    seed: '001',
    quote: '领导阅批时间一般不超过三天',
    // 三、1: only 重要信访 is sent to a leader ("重要信访要及时报送领导阅批"); a 批示日期 shows it was sent.
    applies: [{ level: '重大' }, { level: '紧急' }, { level: '一般', events: { instructed: '2025-03-03' } }],
    not: [{ level: '一般' }, { level: '一般', events: { closed: '2025-03-03' } }],
    // DESIGN §6: counted from 报送领导日期; where it is empty, from 登记日期 (the finding says so).
    shape: { from: 'submitted', from_fallback: 'received', limit_text: '3日' },
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
  // 信访工作条例 (2022) binds 政协机关 (第二条): its notice, 复查 and 复核 are carried, cited to the 条例.
  {
    clock: 'notice',
    quote: '不能当场告知的,应当自收到信访事项之日起15日内书面告知信访人,但信访人的姓名(名称)、住址不清的除外',
    applies: [{ signed: '是' }, {}, { source: '交办' }],
    not: [{ signed: '否' }],
  },
  {
    clock: 'review',
    quote: '收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见',
    applies: [{ category: 'claim' }],
    assumed: [{}],
    not: [{ category: 'suggestion' }, { category: 'accusation' }, { category: 'claim', diverted: '仲裁' }],
  },
  {
    clock: 'recheck-request',
    quote: '可以自收到书面答复之日起30日内向复查机关、单位的上一级机关、单位请求复核',
    applies: [{ category: 'claim' }],
    assumed: [{}],
    not: [{ category: 'suggestion' }],
  },
]);
