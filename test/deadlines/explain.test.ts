/** Explanations cite the articles, the holiday and the notice behind every non-working day. */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/calendar.ts';
import { computeDeadline, type DeadlineInput } from '../../src/deadlines/compute.ts';
import { explain } from '../../src/deadlines/explain.ts';
import { isLimit, parseLimit, type Limit } from '../../src/deadlines/limit.ts';
import { parseMoment } from '../../src/deadlines/moment.ts';
import { cnCalendar } from '../calendar/cn-calendar.ts';

const cn = await cnCalendar();
const limit = (t: string): Limit => {
  const l = parseLimit(t);
  if (!isLimit(l)) throw new Error(t);
  return l;
};
const lines = (from: string, l: string, lang: 'zh' | 'en', extra: Partial<DeadlineInput> = {}, calendar = cn) =>
  explain(computeDeadline(calendar, { start: parseMoment(from)!, limit: limit(l), ...extra }), lang);

describe('explain', () => {
  it('walks through the 2024 Spring Festival roll in Chinese', () => {
    expect(lines('2024-01-26', '15日', 'zh')).toEqual([
      '起算日 2024-01-26（星期五）不计入期间，从次日开始计算（民法典第二百零一条）。',
      '自 2024-01-26 起按日历日计算 15 日，第 15 日为 2024-02-10（星期六）。',
      '2024-02-10（星期六）是春节放假日（国办发明电〔2023〕7号）。期间最后一日为休假日的，顺延至休假日结束后的第一个工作日（民法典第二百零三条）：跳过 2024-02-10 至 2024-02-17 春节假期（国办发明电〔2023〕7号），顺延至 2024-02-18（星期日），春节调休上班日（国办发明电〔2023〕7号）。',
      '到期日：2024-02-18（星期日），当日二十四时截止（民法典第二百零三条）。',
    ]);
  });

  it('says the same in English', () => {
    const text = lines('2024-01-26', '15日', 'en').join('\n');
    expect(text).toContain('Civil Code art. 201');
    expect(text).toContain('day 15 is 2024-02-10 (Saturday)');
    expect(text).toContain('a Spring Festival holiday (国办发明电〔2023〕7号)');
    expect(text).toContain('rolls to 2024-02-18 (Sunday), a make-up working day for Spring Festival');
    expect(text).toContain('Due: 2024-02-18 (Sunday), by 24:00');
    expect(text.replace(/国办发明电〔\d{4}〕\d+号/g, '')).not.toMatch(/[\u3000-\u9fff]/);
  });

  it('cites the amending notice for the 2020 extension', () => {
    const text = lines('2020-01-17', '15日', 'zh').join('\n');
    expect(text).toContain('2020-02-01（星期六）是春节放假日（国办发明电〔2020〕1号）');
    expect(text).toContain('跳过 2020-02-01 至 2020-02-02 春节假期（国办发明电〔2020〕1号）');
    expect(text).toContain('顺延至 2020-02-03（星期一）');
  });

  it('lists skipped holidays, weekends and counted make-up days of working-day periods', () => {
    const zh = lines('2025-09-26', '6个工作日', 'zh');
    expect(zh).toContain('其间不计入：2025-10-01 至 2025-10-08 国庆节、中秋节假期（国办发明电〔2024〕12号）；周末 1 天。');
    expect(zh).toContain('2025-09-28（星期日）是国庆节、中秋节调休上班日（国办发明电〔2024〕12号），计为工作日。');
    expect(zh).toContain('2025-10-11（星期六）是国庆节、中秋节调休上班日（国办发明电〔2024〕12号），计为工作日。');
    const en = lines('2025-09-26', '6个工作日', 'en').join('\n');
    expect(en).toContain('the National Day / Mid-Autumn Festival holiday 2025-10-01 to 2025-10-08 (国办发明电〔2024〕12号); 1 weekend day');
  });

  it('explains month-end clamping, roll none, hours and 当日', () => {
    expect(lines('2025-01-31', '1个月', 'zh').join('')).toContain('2025 年 2 月没有第 31 日，以该月末日 2025-02-28（星期五）为期间最后一日（民法典第二百零二条）');
    expect(lines('2024-01-26', '15日', 'zh', { roll: 'none' }).join('')).toContain('但本时限规定不顺延（roll: none）');
    expect(lines('2024-03-05', '24小时', 'zh').join('')).toContain('起算日未记录时刻，按起算日结束时（2024-03-06 00:00）起算');
    expect(lines('2024-03-05T14:30', '30分钟', 'en').join('\n')).toContain('2024-03-05 14:30 plus 30 minutes is 2024-03-05 15:00');
    expect(lines('2024-03-05T14:30', '当日', 'zh').join('')).toContain('当日：期限为起算日 2024-03-05（星期二）当天二十四时');
  });

  it('explains extensions', () => {
    expect(lines('2025-07-03', '60日', 'zh', { extension: limit('30日') })).toContain('期限 60日 加批准延长的 30日，合计 90日。');
    expect(lines('2024-03-05', '2个月', 'en', { extension: limit('15日') })).toContain(
      'The limit of 2 months, then the approved extension of 15 days counted on from its last day.',
    );
  });

  it('warns about provisional years', () => {
    const zh = lines('2026-12-20', '15日', 'zh');
    expect(zh).toContain('暂定：2027 年尚无国务院办公厅节假日安排通知，该年只计《全国年节及纪念日放假办法》规定的节日及补假，不推测调休上班日；通知公布后到期日可能变化。');
    expect(lines('2026-12-20', '15日', 'en').join('\n')).toContain('Provisional: no State Council holiday notice has been published for 2027');
  });

  it('names organisation closures', () => {
    const org = buildCalendar(cn.data, { closures: [{ name: '年终盘点', from: '2024-03-18', to: '2024-03-19' }] });
    const text = lines('2024-03-01', '17日', 'zh', {}, org).join('\n');
    expect(text).toContain('2024-03-18（星期一）是本单位停止办公日（年终盘点）');
    expect(text).toContain('2024-03-18 至 2024-03-19 本单位停止办公（年终盘点）');
  });
});
