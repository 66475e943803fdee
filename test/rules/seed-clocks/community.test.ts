/** community (seed 004, 社区信访接待工作制度): 限时办结制 一, 特事特办制 三, 三级终结制 四. */
import { seedClockTable } from './table.ts';

seedClockTable('community', [
  {
    clock: 'notice',
    seed: '004',
    quote: '信访人提出信访事项,能当场告知其转送、受理等情况的,应当场告知;不能当场告知的,应在15日内告知。',
    shape: { from: 'received', limit_text: '15日' },
    applies: [{}, { signed: '是' }, { category: 'safety' }],
    not: [{ signed: '否' }],
  },
  {
    clock: 'forward',
    seed: '004',
    quote: '收到属受理范围内的信访事项,应在3日内转送有权处理的机关办理',
    shape: { from: 'received', limit_text: '3日' },
    applies: [{ forwarded_to: '街道办事处' }],
    not: [{}],
  },
  {
    clock: 'forward-urgent',
    seed: '004',
    quote: '直接关系群众生命财产安全、影响群众生产生活的信访事项,应立即通知或转送有关机关办理',
    shape: { from: 'received', limit_text: '当日' },
    applies: [{ category: 'safety', forwarded_to: '区应急管理局' }],
    not: [
      { category: 'safety' },
      { category: 'group-visit', forwarded_to: '街道办事处' },
      // empty 类别: skipped (counted), never assumed — a 当日 clock on every uncategorised case would be false lates
      { forwarded_to: '街道办事处' },
    ],
  },
  {
    clock: 'resolve',
    seed: '004',
    quote: '在我社区受理的信访事项,其规程和时限执行国务院《信访条例》。',
    shape: { from: 'accepted', limit_text: '60日', due_by: 'assigned_due', extension: { max_text: '30日' } },
    applies: [{}, { source: '交办' }, { category: 'group-visit' }],
  },
  {
    clock: 'review-propose',
    seed: '004',
    quote: '收到信访人的复查、复核请求,应在3日内提出拟办意见,呈报有关领导审批',
    shape: { from: 'review_requested', limit_text: '3日' },
    applies: [{}],
  },
  {
    clock: 'recheck-propose',
    seed: '004',
    quote: '收到信访人的复查、复核请求,应在3日内提出拟办意见,呈报有关领导审批',
    shape: { from: 'recheck_requested', limit_text: '3日' },
    applies: [{}],
  },
  {
    clock: 'review-request',
    seed: '004',
    quote: '信访人对处理决定不服的,应当自收到处理决定之日起30日内,向办理机关的上一级有权处理机关提出书面申请,请求复查。',
    shape: { from: 'reply_received', from_fallback: 'replied', limit_text: '30日' },
    applies: [{}],
  },
  {
    clock: 'recheck-request',
    seed: '004',
    quote: '信访人对复查意见不服的,应当自收到复查意见之日起30日内,向复查机关的上一级有权处理机关提出书面申请,请求复核。',
    shape: { from: 'review_received', from_fallback: 'review_decided', limit_text: '30日' },
    applies: [{}],
  },
  { clock: 'review', absent: true, because: '复查意见由上一级有权处理机关作出，本制度不给它时限' },
  { clock: 'recheck', absent: true, because: '同上' },
]);
