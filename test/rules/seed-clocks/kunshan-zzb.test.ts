/**
 * kunshan-zzb (seed 003, 昆山市委组织部信访工作制度). rules/README.md: 复查/复核 only from 2022-05-01 (the
 * 2005 信访条例 did not bind a party organ), for 申诉求决类 not diverted, decided by the next organ up.
 */
import { seedClockTable } from './table.ts';

const V2005 = '2005-05-01';
const V2022 = '2022-05-01';

seedClockTable('kunshan-zzb', [
  {
    clock: 'notice',
    version: V2005,
    seed: '003',
    quote: '办公室接到信访事项后,应在15日内将受理情况书面告知信访人。',
    shape: { from: 'received', limit_text: '15日' },
    applies: [{}, { signed: '是' }, { source: '交办' }],
    not: [{ signed: '否' }],
  },
  {
    clock: 'resolve',
    version: V2005,
    seed: '003',
    quote: '信访事项应当自受理之日起60日内办结;情况复杂的,经部领导批准,可以适当延长办理期限,但延长期限不得超过30日,并告知信访人延期的理由。',
    shape: { from: 'accepted', limit_text: '60日', extension: { max_text: '30日', approval: 'required', approver: '部领导' } },
    applies: [{}, { source: '直接', category: 'leadership' }],
    not: [{ source: '交办' }, { source: '转办' }],
  },
  {
    clock: 'resolve-assigned',
    version: V2005,
    seed: '003',
    quote: '凡上级交办和其他部门转办的人民群众来信,处结后须将结果告知交(转)办单位,结案时限一般不超过2个月;不能按期结案的,应及时向交办单位说明情况。',
    shape: { from: 'received', limit_text: '2个月', explain: {} },
    applies: [{ source: '交办' }, { source: '转办' }],
    not: [{}, { source: '直接' }],
  },
  {
    clock: 'submit-major',
    version: V2005,
    seed: '003',
    quote: '对于重要人民来信或重大疑难信访,应立即送部领导审阅',
    shape: { from: 'received', limit_text: '当日' },
    applies: [{ level: '重大' }],
    not: [{}, { level: '紧急' }],
  },
  { clock: 'review', version: V2005, absent: true, because: '2005 年《信访条例》只约束行政机关，本制度没有复查' },
  { clock: 'recheck', version: V2005, absent: true, because: '同上' },
  { clock: 'review-request', version: V2005, absent: true, because: '同上' },
  {
    clock: 'notice',
    version: V2022,
    seed: '003',
    quote: '办公室接到信访事项后,应在15日内将受理情况书面告知信访人。',
    applies: [{}],
    not: [{ signed: '否' }],
  },
  {
    clock: 'review',
    version: V2022,
    quote: '收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见，并予以书面答复。',
    shape: { from: 'review_requested', limit_text: '30日', decided_by: 'superior', scored: false, request_window: 'review-request' },
    applies: [{ category: 'personnel' }, { category: 'appeal' }],
    assumed: [{}],
    not: [{ category: 'inquiry' }, { category: 'leadership' }, { category: 'accusation' }, { category: 'appeal', diverted: '党员申诉' }],
  },
  {
    clock: 'recheck',
    version: V2022,
    quote: '收到复核请求的机关、单位应当自收到复核请求之日起30日内提出复核意见。',
    shape: { from: 'recheck_requested', decided_by: 'superior', scored: false, pause: { from: 'hearing_started', until: 'hearing_ended' } },
    applies: [{ category: 'personnel' }],
    assumed: [{}],
    not: [{ category: 'inquiry' }, { category: 'personnel', diverted: '申请复审' }],
  },
  {
    clock: 'review-request',
    version: V2022,
    quote: '信访人对信访处理意见不服的，可以自收到书面答复之日起30日内请求原办理机关、单位的上一级机关、单位复查。',
    shape: { from: 'reply_received', from_fallback: 'replied', limit_text: '30日' },
    applies: [{ category: 'appeal' }],
    assumed: [{}],
    not: [{ category: 'retired' }],
  },
  {
    clock: 'recheck-request',
    version: V2022,
    quote: '信访人对复查意见不服的，可以自收到书面答复之日起30日内向复查机关、单位的上一级机关、单位请求复核。',
    shape: { from: 'review_received', from_fallback: 'review_decided', limit_text: '30日' },
    applies: [{ category: 'personnel' }],
    assumed: [{}],
    not: [{ category: 'grassroots-party' }],
  },
]);
