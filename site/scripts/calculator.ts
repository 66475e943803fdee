/**
 * The in-page deadline calculator: reads the organisation's clocks, the petitioner's own
 * windows and the calendar embedded in the page and computes due dates with the same engine as the
 * CLI (src/deadlines). Everything it shows is set as text, never as HTML.
 */
import { buildCalendar, computeDeadline, explain, formatLimit, NO_TIME_ASSUMED, parseDay, weekdayOf, type Calendar, type Moment } from '../../src/deadlines/index.ts';
import { versionInForce } from '../../src/rules/version-in-force.ts';
import type { CalculatorClock, CalculatorData } from '../../src/site/site-data.ts';

const WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/**
 * One deadline computed with the engine: due date, period and basis, and the day-by-day
 * explanation. Without a time of day, hour and minute limits follow the engine's own rule (counted
 * from the end of the start day; the explanation says so), exactly as the CLI and the ledger check.
 */
function result(calendar: Calendar, start: Moment, c: CalculatorClock, extension: CalculatorClock['extension']): HTMLElement {
  const r = computeDeadline(calendar, { start, limit: c.limit, roll: c.roll, ...(extension ? { extension } : {}) });
  const box = el('section', undefined, 'result');
  box.append(el('h4', c.name));
  const due = el('p', undefined, 'due');
  due.append('到期日：', el('output', `${r.dueText.replace('T', ' ')}（${WEEKDAYS[weekdayOf(r.due.day) - 1]}）`));
  box.append(due);
  const limit = `${formatLimit(c.limit, 'zh')}${extension ? ` + 延期 ${formatLimit(extension, 'zh')}` : ''}`;
  box.append(el('p', `自${c.from}之日起 ${limit}，至${c.until}${c.condition ? `；适用于${c.condition}` : ''}。依据：${c.basis}。`));
  if (r.provisional) box.append(el('p', '暂定：期间所在年份的节假日安排尚未公布。', 'notice'));
  // The engine's assumptions (无时刻，按当日24时起算), worded as in the CLI and the ledger check.
  for (const a of r.assumed) box.append(el('p', `推定：${a}。${a === NO_TIME_ASSUMED ? '按小时、分钟计算的期限请在“时刻”栏填写起算时刻。' : ''}`, 'notice'));
  const steps = el('ol');
  for (const line of explain(r, 'zh')) steps.append(el('li', line));
  const details = el('details');
  details.append(el('summary', '计算过程'), steps);
  box.append(details);
  return box;
}

/** A titled group of results, or nothing when it has none. */
function group(title: string, note: string | undefined, boxes: HTMLElement[], cls: string): HTMLElement[] {
  if (!boxes.length) return [];
  const g = el('section', undefined, cls);
  g.append(el('h3', title));
  if (note) g.append(el('p', note));
  for (const box of boxes) g.append(box);
  return [g];
}

/** Wire up the calculator form on this page, if there is one. */
export function startCalculator(): void {
  const form = document.getElementById('calc') as HTMLFormElement | null;
  const out = document.getElementById('calc-out');
  const json = document.getElementById('calc-data');
  if (!form || !out || !json) return;
  const data = JSON.parse(json.textContent ?? '{}') as CalculatorData;
  const calendars = new Map<number, Calendar>();
  const calendarOf = (i: number) => calendars.get(i) ?? calendars.set(i, buildCalendar(data.calendars[i]!)).get(i)!;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    out.replaceChildren();
    const fields = new FormData(form);
    const dateText = String(fields.get('date') ?? '');
    const day = parseDay(dateText);
    if (day === undefined) {
      const p = el('p', '请输入有效的日期，例如 2025-09-16。', 'notice');
      p.setAttribute('role', 'alert');
      out.append(p);
      return;
    }
    // A case is judged by the version in force on its date; before the first version, the first.
    const version = versionInForce(data.versions, dateText, (v) => v.effectiveFrom) ?? data.versions[0]!;
    const time = String(fields.get('time') ?? '').match(/^(\d{2}):(\d{2})/);
    const start: Moment = time ? { day, minute: Number(time[1]) * 60 + Number(time[2]) } : { day };
    const wanted = String(fields.get('clock') ?? '');
    const withExtension = fields.get('extension') !== null;
    const calendar = calendarOf(version.calendar);
    out.append(el('h2', `计算结果（起算日 ${dateText}）`));
    out.append(el('p', `按《${version.title}》（${version.effectiveFrom} 起施行）计算。`));
    // Window options carry a prefix: clock ids and window ids are unique only within their kind.
    const windows = version.windows.filter((w) => !wanted || `window:${w.id}` === wanted);
    const clocks = version.clocks.filter((c) => !wanted || c.id === wanted);
    if (!clocks.length && !windows.length) out.append(el('p', '这一天施行的制度版本没有这项时限。'));
    // The petitioner's own deadlines come first and apart: they are what a petitioner must act on.
    const groups = [
      group('您自己的期限', '这是信访人自己需要遵守的期限：起算日期填您收到相关文书的日期，最晚在到期日当天提出。', windows.map((w) => result(calendar, { day }, w, undefined)), 'result-group own'),
      group('信访工作机构的办理期限', undefined, clocks.map((c) => result(calendar, start, c, withExtension ? c.extension : undefined)), 'result-group'),
    ];
    for (const g of groups.flat()) out.append(g);
  });
}
