/** enterprise (seed 000 篇二, 企业信访工作制度): 第五章 受理时限 (第二十二条至第二十六条). */
import { seedClockTable } from './table.ts';

seedClockTable('enterprise', [
  {
    clock: 'resolve',
    seed: '000',
    quote: '信访部门直接受理的信访事项,要在30日内办理完毕,并根据情况将办理结果答复信访人;情况复杂的,可适当延长,但最长不得超过60日。',
    // "可适当延长" names no approval: 延期天数 alone counts.
    shape: { from: 'received', limit_text: '30日', extension: { max_text: '30日', approval: 'none' } },
    applies: [{}, { source: '直接', level: '重大' }],
    not: [{ source: '交办' }, { source: '转办' }],
  },
  {
    clock: 'resolve-assigned',
    seed: '000',
    quote: '领导交办、上级转办的信访事项,要在60日内办结,并将办理结果报告单位领导或上级信访部门。',
    shape: { from: 'received', limit_text: '60日', due_by: 'assigned_due' },
    applies: [{ source: '交办' }, { source: '转办', level: '紧急' }],
    not: [{}, { source: '转办', level: '特殊' }],
  },
  {
    clock: 'resolve-special',
    seed: '000',
    quote: '特殊事项要在收到之日起15日内办结',
    shape: { from: 'received', limit_text: '15日' },
    applies: [{ source: '转办', level: '特殊' }, { source: '交办', level: '特殊' }],
    not: [{ level: '特殊' }, { source: '转办' }, { source: '交办', level: '重大' }],
  },
  {
    clock: 'report-group',
    seed: '000',
    quote: '对超过5人以上的集体上访事项,应在3日内报告×公司信访科',
    shape: { from: 'received', limit_text: '3日' },
    // 集体上访 is a visit; "超过5人以上" read inclusively (≥ 5), the other reading (> 5) is in the notes.
    applies: [{ channel: '来访', persons: 5 }, { channel: '来访', persons: 30 }],
    not: [
      { channel: '来访', persons: 4 },
      { channel: '来访' },
      { channel: '来信', persons: 8 },
      { channel: '来电', persons: 6 },
      { persons: 8 }, // 来源方式 empty: skipped, never assumed to be a visit
    ],
  },
  {
    clock: 'report-urgent',
    seed: '000',
    quote: '对可能造成重大影响,紧迫的信访事项和信访信息,要在当日报告×公司信访科。',
    shape: { from: 'received', limit_text: '当日' },
    applies: [{ level: '紧急' }],
    not: [{}, { level: '重大' }, { level: '特殊' }],
  },
  {
    clock: 'reply-visit',
    seed: '000',
    quote: '当时不能答复的,要在接访后的30日内给予答复',
    // the reply follows an extension of the matter (第二十二条), without approval.
    shape: { from: 'received', limit_text: '30日', extension: { max_text: '30日', approval: 'none' } },
    applies: [{ channel: '来访' }, { channel: '来访', signed: '否' }],
    not: [{ channel: '来信' }, {}],
  },
  {
    clock: 'reply-letter',
    seed: '000',
    quote: '对有署名的信函件,要在30日内以书面或其他形式答复来信人。',
    shape: { from: 'received', limit_text: '30日', extension: { max_text: '30日', approval: 'none' } },
    applies: [{ channel: '来信' }, { channel: '来信', signed: '是' }],
    not: [{ channel: '来信', signed: '否' }, { channel: '来访' }, {}],
  },
  {
    clock: 'notice',
    quote: '不能当场答复的，应当自收到信访事项之日起15日内书面告知信访人。',
    shape: { inherited_from: 'national' },
    applies: [{}],
    not: [{ signed: '否' }],
  },
  { clock: 'review', absent: true, because: '本制度没有规定请求复查的程序和期限（第十六条只说上级纠正下级的处理、复查）' },
  { clock: 'review-request', absent: true, because: '同上' },
]);
