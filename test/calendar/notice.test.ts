/**
 * `xinfang calendar import` on the real notices 2020–2026 (fixtures/notices/, verbatim; README.md
 * there says where each text comes from): each gives the shipped year file (transcribed by hand),
 * and together they give, day for day, the shipped calendar and the one of `chinese-days`. Then the
 * checks, each on a one-place change of the 2026 notice, at the line:col of that change.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { YearNotice } from '../../src/calendar/calendar-data.ts';
import { buildCalendar } from '../../src/calendar/calendar.ts';
import { formatDay, parseDay } from '../../src/calendar/day.ts';
import { parseNotice } from '../../src/calendar/notice.ts';
import { parseCalendarFile } from '../../src/calendar/parse-calendar-file.ts';
import { calendarCommand } from '../../src/cli/calendar.ts';
import type { CliContext } from '../../src/cli/command.ts';
import { localize } from '../../src/diagnostics/catalogue.ts';
import { chineseDaysWorkdays } from './chinese-days-child.ts';
import { cnCalendar } from './cn-calendar.ts';

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026];
const fixture = (y: number) => `test/calendar/fixtures/notices/${y}.txt`;
const noticeText = (y: number) => readFileSync(fixture(y), 'utf8');
const shippedText = (y: number) => readFileSync(`data/calendars/cn/${y}.yaml`, 'utf8');
const shipped = (y: number) => parseCalendarFile(shippedText(y), `${y}.yaml`).value!;

/** Line and column (1-based) of the first `needle` in `text`: where a diagnostic must point. */
function at(text: string, needle: string): { line: number; column: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in text: ${needle}`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('real notices 2020–2026', () => {
  const imported = new Map(YEARS.map((y) => [y, parseNotice(noticeText(y), fixture(y))]));

  it.each(YEARS)('%i reads to the shipped year file (its first notice, without later amendments)', (y) => {
    const { value, diagnostics } = imported.get(y)!;
    const { amendments: _later, ...notice } = shipped(y);
    expect(value).toEqual(notice);
    // The only sentence with a date that is not an arrangement: 2024's encouragement to rest on 除夕.
    const text = noticeText(y);
    expect(diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column }))).toEqual(
      y === 2024 ? [{ code: 'NOTICE_SENTENCE_SKIPPED', ...at(text, '鼓励各单位') }] : [],
    );
  });

  // The shipped 2020 file also carries 国办发明电〔2020〕1号, which extended that Spring Festival.
  const data = {
    id: 'imported',
    years: YEARS.map((y): YearNotice => ({ ...imported.get(y)!.value!, ...(y === 2020 ? { amendments: shipped(2020).amendments! } : {}) })),
  };
  const first = parseDay('2020-01-01')!;
  const dates = Array.from({ length: parseDay('2026-12-31')! - first + 1 }, (_, i) => formatDay(first + i));

  it(`gives the shipped calendar day for day (${dates.length} days, 2020–2026)`, async () => {
    const cn = await cnCalendar();
    const mine = buildCalendar(data);
    const differ = dates.filter((_, i) => JSON.stringify(mine.dayInfo(first + i)) !== JSON.stringify(cn.dayInfo(first + i)));
    expect(differ).toEqual([]);
  });

  it('gives chinese-days’ working days, day for day', () => {
    const mine = buildCalendar(data);
    const theirs = chineseDaysWorkdays(dates);
    expect(dates.filter((_d, i) => theirs[i] !== mine.isWorkday(first + i))).toEqual([]);
  });
});

async function run(argv: string[], cwd: string, lang: 'zh' | 'en' = 'zh') {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), lang, cwd, isTTY: false };
  try {
    return { code: await calendarCommand.run(argv, ctx), err: err.join('\n') };
  } catch (e) {
    return { code: 2, err: [...err, (e as Error).message].join('\n') };
  }
}

describe('xinfang calendar import', () => {
  it('turns the 2026 notice into the shipped 2026.yaml (all but the comment naming how it was made)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'xinfang-calendar-'));
    const notice = join(process.cwd(), fixture(2026));
    const { code, err } = await run(['import', notice, '--out', '2026.yaml'], dir);
    expect(code).toBe(0);
    expect(err).toBe('已写入 2026.yaml：2026 年，国办发明电〔2025〕7号，7 项放假安排，6 个调休上班日。');
    const written = (await readFile(join(dir, '2026.yaml'), 'utf8')).split('\n');
    const expected = shippedText(2026).split('\n');
    expect(written[1]).toMatch(/imported from the notice's text/);
    expect([written[0], ...written.slice(2)]).toEqual([expected[0], ...expected.slice(2)]);

    const a = buildCalendar({ id: 'a', years: [parseCalendarFile(written.join('\n'), '2026.yaml').value!] });
    const b = buildCalendar({ id: 'b', years: [shipped(2026)] });
    for (let d = parseDay('2026-01-01')!; d <= parseDay('2026-12-31')!; d++) expect(a.dayInfo(d), formatDay(d)).toEqual(b.dayInfo(d));
  });

  it('never replaces a file without --force; with it, replaces it whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'xinfang-calendar-'));
    await writeFile(join(dir, '2026.yaml'), 'old');
    const notice = join(process.cwd(), fixture(2026));
    const refused = await run(['import', notice, '--out', '2026.yaml'], dir);
    expect(refused).toMatchObject({ code: 2, err: expect.stringContaining('2026.yaml 已存在；确需替换时加 --force。') });
    expect(await readFile(join(dir, '2026.yaml'), 'utf8')).toBe('old');
    // The default place is data/calendars/cn/<year>.yaml of this package, where 2026 exists.
    expect((await run(['import', notice], dir, 'en')).err).toContain('data/calendars/cn/2026.yaml exists; add --force to replace it.');
    expect((await run(['import', notice, '--out', '2026.yaml', '--force'], dir)).code).toBe(0);
    expect(parseCalendarFile(await readFile(join(dir, '2026.yaml'), 'utf8'), '2026.yaml').value).toEqual(shipped(2026));
  });

  it('writes nothing and exits 1 on an error; exits 2 on a usage error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'xinfang-calendar-'));
    await writeFile(join(dir, 'bad.txt'), noticeText(2026).replace('共9天', '共8天'));
    const bad = await run(['import', 'bad.txt', '--out', '2026.yaml'], dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`bad.txt:${at(noticeText(2026), '共9天').line}:`);
    await expect(readFile(join(dir, '2026.yaml'))).rejects.toThrow();
    expect((await run(['import'], dir)).code).toBe(2);
    expect((await run(['export', 'x.txt'], dir)).code).toBe(2);
    expect((await run(['import', 'missing.txt'], dir)).code).toBe(2);
    // A file named after another year is refused by the year-file check.
    const other = await run(['import', join(process.cwd(), fixture(2026)), '--out', '2025.yaml'], dir);
    expect(other).toMatchObject({ code: 1, err: expect.stringContaining('CALENDAR_FILE_YEAR') });
  });
});

describe('checks, at line:col of the notice', () => {
  const base = noticeText(2026);
  const url = '# https://www.gov.cn/zhengce/content/202511/content_7047090.htm\n';
  it.each([
    ['a day count that does not match its range', '共9天', '共8天', 'NOTICE_DAY_COUNT', '通知写“共8天”，但 2026-02-15 至 2026-02-23 是 9 天。'],
    ['a 上班 day on a weekday', '2月14日（周六）', '2月13日（周五）', 'CALENDAR_MAKEUP_NOT_WEEKEND', '调休上班日 2026-02-13 是星期五，本来就是工作日。'],
    ['a bracketed weekday that is not the date’s', '1月4日（周日）', '1月4日（周一）', 'NOTICE_WEEKDAY', '通知写2026-01-04是“周一”，实际是星期日。'],
    ['a 上班 day inside a holiday', '9月20日（周日）', '9月26日（周六）', 'CALENDAR_OVERLAP', '2026-09-26 同时出现在中秋节和国庆节 调休上班中。'],
    ['an unknown holiday name', '七、国庆节', '七、重阳节', 'NOTICE_HOLIDAY_NAME', '“重阳节”不是法定节日名称（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）。'],
    ['a date that does not exist', '6月19日（周五）至21日', '6月31日（周五）至21日', 'NOTICE_DATES', '读不出这里的日期：放假安排应写作“某月某日至某日放假”，日期应真实存在。'],
    ['a range that ends before it starts', '5月1日（周五）至5日（周二）放假调休，共5天', '5月5日（周二）至1日（周五）放假调休，共5天', 'CALENDAR_RANGE_ORDER', '放假区间 2026-05-05 至 2026-05-01 的结束日早于开始日。'],
  ] as const)('%s', (_name, from, to, code, message) => {
    const text = base.replace(from, to);
    const { value, diagnostics } = parseNotice(text, 'n.txt');
    expect(value).toBeUndefined();
    const d = diagnostics.find((x) => x.code === code);
    expect(d, JSON.stringify(diagnostics)).toBeDefined();
    expect(d!.message).toBe(message);
    const where = code === 'NOTICE_HOLIDAY_NAME' ? at(text, '重阳节') : code === 'CALENDAR_RANGE_ORDER' ? at(text, '1日（周五）放假') : at(text, to);
    expect({ line: d!.line, column: d!.column }).toEqual(code === 'CALENDAR_OVERLAP' ? at(text, '9月26日') : where);
    expect(localize(d!, 'en').message).not.toBe(message);
  });

  it.each([
    ['no title', '国务院办公厅关于2026年部分节假日安排的通知\n', '', 'NOTICE_NO_TITLE'],
    ['no document number', '国办发明电〔2025〕7号\n', '', 'NOTICE_NO_NUMBER'],
    ['no date line', '2025年11月4日\n', '', 'NOTICE_NO_DATE'],
    ['no address', url, '', 'NOTICE_URL'],
    ['no numbered item', /^[一二三四五六七]、/gm, '', 'NOTICE_NO_HOLIDAYS'],
  ] as const)('refuses a notice with %s', (_name, from, to, code) => {
    const { value, diagnostics } = parseNotice(base.replace(from, to), 'n.txt');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toContain(code);
  });

  it('takes the address from --url, and refuses one that is not on www.gov.cn', () => {
    const text = base.replace(url, '');
    expect(parseNotice(text, 'n.txt', { url: 'https://www.gov.cn/x.htm' }).value?.notice.url).toBe('https://www.gov.cn/x.htm');
    const off = parseNotice(text, 'n.txt', { url: 'https://example.com/x.htm' });
    expect(off.diagnostics.map((d) => [d.code, d.message])).toEqual([['NOTICE_URL', '通知地址 https://example.com/x.htm 不在中国政府网（www.gov.cn）上。']]);
    expect(parseNotice(text, 'n.txt', { url: 'https://example.com/?https://www.gov.cn/x.htm' }).diagnostics.map((d) => d.code)).toEqual(['NOTICE_URL']);
  });

  it('reads a news copy with half-width punctuation and CRLF line ends the same', () => {
    const copy = base.replace(/：/g, ':').replace(/，/g, ',').replace(/（/g, '(').replace(/）/g, ')').replace(/\n/g, '\r\n');
    const { value, diagnostics } = parseNotice(copy, 'n.txt');
    expect(diagnostics).toEqual([]);
    const days = (y: YearNotice) => y.holidays.map(({ name, from, to, makeup_days }) => ({ name, from, to, makeup_days }));
    expect(days(value!)).toEqual(days(shipped(2026)));
  });
});
