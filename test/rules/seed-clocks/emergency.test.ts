/**
 * emergency (seed 002, 信访应急管理制度, published in traditional script; the rule file and these
 * quotes are in simplified, checked against the seed through the rule file's own text).
 */
import { seedClockTable } from './table.ts';

seedClockTable('emergency', [
  {
    clock: 'report-urgent',
    seed: '002',
    quote: '一旦发生信访突发事件,现场工作人员应立即向本部门负责人报告,部门负责人接到报告后应在第一时间向信访应急管理领导小组报告。',
    shape: { from: 'received', limit_text: '当日' },
    applies: [{ level: '紧急' }, { category: 'incident' }, { level: '紧急', category: 'business' }],
    // an empty 类别 with a level other than 紧急 is skipped (counted), never assumed to be an 突发事件
    not: [{}, { category: 'employee' }, { level: '重大', category: 'business' }],
  },
  {
    clock: 'resolve-assigned',
    seed: '002',
    quote: '相关部门收到《信访交办单》后,应及时安排专人负责处理,并在规定期限内将处理结果反馈给信访接待人员。',
    shape: { from: 'received', due_by: 'assigned_due' },
    applies: [{}, { category: 'employee' }],
  },
  { clock: 'review-request', absent: true, because: '三（四）4 只说"在规定期限内"，没有天数' },
]);
