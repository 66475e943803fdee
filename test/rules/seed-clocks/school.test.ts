/** school against seed 001 (学校信访接待工作制度, 三（一）1, 三（三）3): letters, 署名, 紧急. */
import { seedClockTable } from './table.ts';

seedClockTable('school', [
  {
    clock: 'resolve-major',
    seed: '001',
    quote: '对于涉及信访人权益、署真实姓名的重要信访件,交校长批示,15日内完成',
    applies: [
      { channel: '来信', level: '重大', signed: '是' },
      // An empty 是否署名 is not an anonymous letter.
      { channel: '来信', level: '重大' },
    ],
    assumed: [{ level: '重大', signed: '是' }],
    not: [
      { channel: '来信', level: '重大', signed: '否' },
      { channel: '来信', level: '一般', signed: '是' },
      { channel: '来访', level: '重大', signed: '是' },
    ],
  },
  {
    clock: 'resolve',
    seed: '001',
    quote: '其它信访件交分管领导批示,30日内完成',
    applies: [
      { channel: '来信', level: '一般' },
      { channel: '来信', level: '紧急' },
      // 其它信访件: an unsigned 重大 letter is not a 署真实姓名的重要信访件.
      { channel: '来信', level: '重大', signed: '否' },
    ],
    assumed: [{ level: '一般' }],
    not: [
      { channel: '来信', level: '重大', signed: '是' },
      { channel: '来信', level: '重大' },
      { channel: '来访', level: '一般' },
      { channel: '来电', level: '一般' },
    ],
  },
  {
    clock: 'report-urgent',
    seed: '001',
    quote: '对本单位内出现的重大紧急信访事件,在30分钟以内向教育局信访办报告',
    applies: [{ level: '紧急' }, { level: '紧急', channel: '来访' }],
    not: [{ level: '重大' }, { level: '一般' }],
  },
  { clock: 'instruct', absent: true, because: '15日、30日是整件来信完成（答复）的时限，不是批示时限' },
  { clock: 'instruct-major', absent: true, because: '同上' },
]);
