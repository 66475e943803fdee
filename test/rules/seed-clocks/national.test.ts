/**
 * national: 《信访条例》(2005) and 《信访工作条例》(2022) — the texts are the rule files' own articles.
 * rules/README.md: 2005 review/recheck for 投诉请求 (complaint); 2022 resolve/review/recheck for 申诉求决类 not diverted.
 */
import { seedClockTable } from './table.ts';

const V2005 = '2005-05-01';
const V2022 = '2022-05-01';

seedClockTable('national', [
  {
    clock: 'notice',
    version: V2005,
    quote: '不能当场答复的，应当自收到信访事项之日起15日内书面告知信访人。但是，信访人的姓名（名称）、住址不清的除外。',
    shape: { from: 'received', limit_text: '15日' },
    applies: [{}, { signed: '是' }, { channel: '来信', category: 'suggestion' }, { source: '转办' }],
    not: [{ signed: '否' }],
  },
  {
    clock: 'forward',
    version: V2005,
    quote: '县级以上人民政府信访工作机构收到信访事项，应当予以登记，并区分情况，在15日内分别按下列方式处理',
    applies: [{ forwarded_to: '某区人民政府' }],
    not: [{}],
  },
  {
    clock: 'report-urgent',
    version: V2005,
    quote: '公民、法人或者其他组织发现可能造成社会影响的重大、紧急信访事项和信访信息时，可以就近向有关行政机关报告。地方各级人民政府接到报告后，应当立即报告上一级人民政府',
    shape: { limit_text: '当日' },
    applies: [{ level: '重大' }, { level: '紧急' }],
    not: [{}, { level: '一般' }],
  },
  {
    clock: 'resolve',
    version: V2005,
    quote: '信访事项应当自受理之日起60日内办结；情况复杂的，经本行政机关负责人批准，可以适当延长办理期限，但延长期限不得超过30日',
    shape: { from: 'accepted', limit_text: '60日', extension: { max_text: '30日', approval: 'required' } },
    // a33 names every 信访事项: no category, no assumption.
    applies: [{}, { category: 'suggestion' }, { category: 'complaint' }, { category: 'accusation' }],
  },
  {
    clock: 'review',
    version: V2005,
    quote: '收到复查请求的行政机关应当自收到复查请求之日起30日内提出复查意见，并予以书面答复。',
    shape: { from: 'review_requested', limit_text: '30日', decided_by: 'superior', request_window: 'review-request' },
    applies: [{ category: 'complaint' }],
    assumed: [{}, { channel: '来信' }],
    not: [{ category: 'suggestion' }, { category: 'accusation' }, { category: 'statutory-route' }],
  },
  {
    clock: 'recheck',
    version: V2005,
    quote: '收到复核请求的行政机关应当自收到复核请求之日起30日内提出复核意见。',
    shape: {
      from: 'recheck_requested',
      limit_text: '30日',
      decided_by: 'superior',
      request_window: 'recheck-request',
      pause: { from: 'hearing_started', until: 'hearing_ended' },
    },
    applies: [{ category: 'complaint' }],
    assumed: [{}],
    not: [{ category: 'suggestion' }, { category: 'other-branch' }],
  },
  {
    clock: 'review-request',
    version: V2005,
    quote: '信访人对行政机关作出的信访事项处理意见不服的，可以自收到书面答复之日起30日内请求原办理行政机关的上一级行政机关复查。',
    shape: { from: 'reply_received', from_fallback: 'replied', limit_text: '30日' },
    applies: [{ category: 'complaint' }],
    assumed: [{}],
    not: [{ category: 'suggestion' }],
  },
  {
    clock: 'recheck-request',
    version: V2005,
    quote: '信访人对复查意见不服的，可以自收到书面答复之日起30日内向复查机关的上一级行政机关请求复核。',
    shape: { from: 'review_received', from_fallback: 'review_decided', limit_text: '30日' },
    applies: [{ category: 'complaint' }],
    assumed: [{}],
    not: [{ category: 'suggestion' }],
  },
  {
    clock: 'notice',
    version: V2022,
    quote: '不能当场告知的，应当自收到信访事项之日起15日内书面告知信访人，但信访人的姓名（名称）、住址不清的除外。',
    shape: { from: 'received', limit_text: '15日' },
    // 建议意见类 and 检举控告类 matters get the notice (and only the notice).
    applies: [{}, { category: 'suggestion' }, { category: 'accusation' }, { category: 'claim', diverted: '仲裁' }],
    not: [{ signed: '否' }],
  },
  {
    clock: 'resolve',
    version: V2022,
    quote: '对本条例第三十一条第六项规定的信访事项应当自受理之日起60日内办结',
    shape: { from: 'accepted', limit_text: '60日', extension: { max_text: '30日', approval: 'required' } },
    applies: [{ category: 'claim' }, { category: 'claim', level: '重大', channel: '来访' }],
    assumed: [{}, { channel: '网上' }],
    not: [
      { category: 'suggestion' },
      { category: 'accusation' },
      { category: 'litigation' },
      { category: 'claim', diverted: '诉讼' },
      { category: 'claim', diverted: '党员申诉' },
      { diverted: '行政复议' },
    ],
  },
  {
    clock: 'review',
    version: V2022,
    quote: '收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见，并予以书面答复。',
    shape: { from: 'review_requested', limit_text: '30日', decided_by: 'superior', request_window: 'review-request' },
    applies: [{ category: 'claim' }],
    assumed: [{}],
    not: [{ category: 'suggestion' }, { category: 'accusation' }, { category: 'claim', diverted: '仲裁' }],
  },
  {
    clock: 'recheck',
    version: V2022,
    quote: '收到复核请求的机关、单位应当自收到复核请求之日起30日内提出复核意见。',
    shape: {
      from: 'recheck_requested',
      limit_text: '30日',
      decided_by: 'superior',
      request_window: 'recheck-request',
      pause: { from: 'hearing_started', until: 'hearing_ended' },
    },
    applies: [{ category: 'claim' }],
    assumed: [{}],
    not: [{ category: 'suggestion' }, { category: 'litigation' }, { category: 'claim', diverted: '行政复议' }],
  },
  {
    clock: 'review-request',
    version: V2022,
    quote: '信访人对信访处理意见不服的，可以自收到书面答复之日起30日内请求原办理机关、单位的上一级机关、单位复查。',
    shape: { from: 'reply_received', from_fallback: 'replied', limit_text: '30日' },
    applies: [{ category: 'claim' }],
    assumed: [{}],
    not: [{ category: 'suggestion' }, { category: 'claim', diverted: '诉讼' }],
  },
  {
    clock: 'recheck-request',
    version: V2022,
    quote: '信访人对复查意见不服的，可以自收到书面答复之日起30日内向复查机关、单位的上一级机关、单位请求复核。',
    shape: { from: 'review_received', from_fallback: 'review_decided', limit_text: '30日' },
    applies: [{ category: 'claim' }],
    assumed: [{}],
    not: [{ category: 'accusation' }],
  },
  {
    clock: 'report-urgent',
    version: V2022,
    absent: true,
    because: '第二十五条只说"及时报告"，不给时长',
  },
]);
