/** The calculator's "加入日历" file (src/site/deadline-ics.ts), read against RFC 5545. */
import { describe, expect, it } from 'vitest';
import { deadlineIcs } from '../../src/site/deadline-ics.ts';

const base = { description: '自收到书面答复之日起 30日，至请求复查。依据：《信访工作条例》第三十五条。', url: 'https://example.org/national/calculator/?date=2025-09-16', stamp: '20251201T080000Z', uid: 'national-2025-09-16-window-review-request' };
const lines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('deadlineIcs', () => {
  it.each([
    // 信访工作条例第三十五条: 30日 from 2025-09-16 ends on Thu 2025-10-16 — an all-day event, DTEND the next day (§3.6.1).
    ['2025-10-16', ['DTSTART;VALUE=DATE:20251016', 'DTEND;VALUE=DATE:20251017', 'TRIGGER:-PT15H'], false],
    // Month end: the day after 2024-02-29 is 03-01.
    ['2024-02-29', ['DTSTART;VALUE=DATE:20240229', 'DTEND;VALUE=DATE:20240301'], false],
    // A 30分钟 limit from 2025-09-30 23:50 ends at 2025-10-01 00:20, Beijing time, with its VTIMEZONE (§3.6.5).
    ['2025-10-01T00:20', ['DTSTART;TZID=Asia/Shanghai:20251001T002000', 'TRIGGER:-PT1H', 'TZID:Asia/Shanghai'], true],
  ])('due %s', (due, expected, timed) => {
    const text = deadlineIcs({ ...base, summary: '请求复查截止', due });
    const all = lines(text);
    for (const line of expected) expect(all).toContain(line);
    expect(all.includes('BEGIN:VTIMEZONE')).toBe(timed);
    expect(all[0]).toBe('BEGIN:VCALENDAR');
    expect(all.at(-2)).toBe('END:VCALENDAR');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('escapes text, folds long lines at 75 octets and keeps the address and uid', () => {
    const text = deadlineIcs({ ...base, summary: '答复信访人；复信,截止', due: '2025-10-16' });
    for (const raw of text.split('\r\n')) expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(75);
    const all = lines(text);
    expect(all).toContain('SUMMARY:答复信访人；复信\\,截止');
    expect(all).toContain(`URL:${base.url}`);
    expect(all).toContain(`UID:${base.uid}@xinfang`);
    expect(all.find((l) => l.startsWith('DESCRIPTION:自收到'))).toContain('\\n' + base.url);
  });
});
