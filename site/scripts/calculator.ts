/**
 * The in-page deadline calculator: reads the organisation's clocks, the petitioner's own
 * windows and the calendar embedded in the page and computes due dates with the same engine as the
 * CLI (src/deadlines). Everything it shows is set as text, never as HTML.
 */
import { buildCalendar, computeDeadline, explain, formatLimit, NO_TIME_ASSUMED, parseDay, weekdayOf, type Calendar, type Moment } from '../../src/deadlines/index.ts';
import { versionInForce } from '../../src/rules/version-in-force.ts';
import { deadlineIcs } from '../../src/site/deadline-ics.ts';
import type { CalculatorClock, CalculatorData } from '../../src/site/calculator-data.ts';

const WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

const timedLimit = (c: CalculatorClock) => c.limit.unit === 'hours' || c.limit.unit === 'minutes';

/** Today in China (the calendars' time zone), whatever the device's zone: `YYYY-MM-DD`. */
function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** `2026-12-16` → 2026年12月16日. */
function zhDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** What a result needs to be shared: the address that computes it again, and the unique id of its .ics event. */
interface Share {
  url: string;
  uid: string;
}

/** An "加入日历" link: the deadline as an .ics file made here, downloaded on tap. */
function calendarLink(summary: string, due: string, description: string, share: Share): HTMLElement {
  const ics = deadlineIcs({ summary, due, description, url: share.url, uid: share.uid, stamp: new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '') });
  const a = el('a', '加入日历（.ics 文件）', 'add-calendar');
  a.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  a.download = `${summary}.ics`;
  const p = el('p');
  p.append(a);
  return p;
}

/**
 * One deadline computed with the engine: due date, period and basis, and the day-by-day
 * explanation. An hour or minute limit without a time of day is not computed: counted from the end
 * of the day it would show a time the petitioner did not give (the form asks for the time).
 */
function result(calendar: Calendar, start: Moment, c: CalculatorClock, extension: CalculatorClock['extension'], share: Share): HTMLElement {
  if (timedLimit(c) && start.minute === undefined) {
    const box = el('section', undefined, 'result');
    const p = el('p', `${c.name}按${formatLimit(c.limit, 'zh')}计算，需要起算时刻：请在“起算时刻”栏填写后再算。`, 'notice');
    p.setAttribute('role', 'alert');
    box.append(el('h4', c.name), p);
    return box;
  }
  const r = computeDeadline(calendar, { start, limit: c.limit, roll: c.roll, ...(extension ? { extension } : {}) });
  const box = el('section', undefined, 'result');
  box.append(el('h4', c.name));
  const due = el('p', undefined, 'due');
  due.append('到期日：', el('output', `${r.dueText.replace('T', ' ')}（${WEEKDAYS[weekdayOf(r.due.day) - 1]}）`));
  box.append(due);
  box.append(el('p', timedLimit(c) ? `最迟在${zhDate(r.dueText.slice(0, 10))}${r.dueText.slice(11)}之前。` : `最迟在${zhDate(r.dueText)}当天（二十四时前）。`));
  const limit = `${formatLimit(c.limit, 'zh')}${extension ? ` + 延期 ${formatLimit(extension, 'zh')}` : ''}`;
  const how = `自${c.from}${timedLimit(c) ? '时' : '之日'}起 ${limit}，至${c.until}${c.condition ? `；适用于${c.condition}` : ''}。依据：${c.basis}。`;
  box.append(el('p', how));
  box.append(calendarLink(`${c.name}截止`, r.dueText, how, share));
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

/** Replace the select's options with the items of one version (the petitioner's only, on that path). */
function fillOptions(select: HTMLSelectElement, v: CalculatorData['versions'][number], petitioner: boolean): void {
  const keep = select.value;
  const groups: [string, [string, string][]][] = [
    ['您自己的期限', v.windows.map((w) => [`window:${w.id}`, `${w.name}（自${w.from}之日起）`])],
    [petitioner ? '什么时候能收到答复' : '信访工作机构的办理期限', v.clocks.filter((c) => !petitioner || c.forPetitioner).map((c) => [c.id, c.name])],
  ];
  const all = el('option', petitioner ? '全部（与您有关的）' : '全部时限');
  all.value = '';
  select.replaceChildren(all);
  for (const [label, items] of groups) {
    if (!items.length) continue;
    const g = el('optgroup');
    g.label = label;
    for (const [id, name] of items) {
      const o = el('option', name);
      o.value = id;
      g.append(o);
    }
    select.append(g);
  }
  select.value = Array.from(select.options).some((o) => o.value === keep) ? keep : '';
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
  const params = new URLSearchParams(location.search);
  const petitioner = params.get('who') === 'petitioner';
  const dateInput = form.elements.namedItem('date') as HTMLInputElement;
  const select = form.elements.namedItem('clock') as HTMLSelectElement;
  const inSpan = (d: string) => parseDay(d) !== undefined && d >= data.span.from && d <= data.span.to;
  // A case is judged by the version in force on its date; before the first version, the first.
  const versionOf = (d: string) => versionInForce(data.versions, d, (v) => v.effectiveFrom) ?? data.versions[0]!;
  if (petitioner) {
    document.getElementById('calc-lead')!.textContent =
      '我是信访人：问什么时候能收到答复，日期填您提出信访事项的日期；问最晚哪天可以请求复查、复核，日期填您收到书面答复（或复查意见）的日期。';
    document.getElementById('mode-petitioner')!.setAttribute('aria-current', 'page');
  }
  // The date is today's (set here, not at build time), or the one in the address (?date=…&clock=…).
  const asked = params.get('date') ?? '';
  const today = todayInChina();
  dateInput.value = inSpan(asked) ? asked : inSpan(today) ? today : '';
  const timeInput = form.elements.namedItem('time') as HTMLInputElement | null;
  const askedTime = params.get('time') ?? '';
  if (timeInput && /^\d{2}:\d{2}$/.test(askedTime)) timeInput.value = askedTime;
  const refresh = () => {
    if (inSpan(dateInput.value)) fillOptions(select, versionOf(dateInput.value), petitioner);
  };
  refresh();
  const askedClock = params.get('clock');
  if (askedClock && Array.from(select.options).some((o) => o.value === askedClock)) select.value = askedClock;
  dateInput.addEventListener('change', refresh);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    out.replaceChildren();
    const fields = new FormData(form);
    const dateText = String(fields.get('date') ?? '');
    const day = parseDay(dateText);
    if (day === undefined || !inSpan(dateText)) {
      const p = el('p', day === undefined
        ? '请输入有效的日期，例如 2025-09-16。'
        : `请选择${zhDate(data.span.from)}至${zhDate(data.span.to)}之间的日期：${dateText < data.span.from ? `本站按《${data.versions[0]!.title}》计算${zhDate(data.span.from)}及以后的日期，此前的日期不按本制度计算` : '更晚的年份还没有公布节假日安排，无法计算'}。`, 'notice');
      p.setAttribute('role', 'alert');
      out.append(p);
      return;
    }
    const version = versionOf(dateText);
    const time = String(fields.get('time') ?? '').match(/^(\d{2}):(\d{2})/);
    const start: Moment = time ? { day, minute: Number(time[1]) * 60 + Number(time[2]) } : { day };
    const wanted = String(fields.get('clock') ?? '');
    const withExtension = fields.get('extension') !== null;
    const calendar = calendarOf(version.calendar);
    // The address of this very calculation: shown to copy, and put in the address bar to bookmark.
    const query = new URLSearchParams({ date: dateText });
    if (time) query.set('time', `${time[1]}:${time[2]}`);
    if (wanted) query.set('clock', wanted);
    if (petitioner) query.set('who', 'petitioner');
    const share: Share = { url: `${location.origin}${location.pathname}?${query}`, uid: `${form.dataset.org ?? ''}-${dateText}${time ? `-${time[1]}${time[2]}` : ''}` };
    history.replaceState(null, '', `?${query}`);
    out.append(el('h2', `计算结果（起算日 ${zhDate(dateText)}）`));
    const link = el('a', share.url, 'share-url');
    link.href = share.url;
    const shared = el('p', '这次计算的网址（可以收藏或发给家人）：');
    shared.append(link);
    out.append(shared);
    out.append(el('p', `按《${version.title}》（${zhDate(version.effectiveFrom)}起适用的版本）计算。`));
    // Window options carry a prefix: clock ids and window ids are unique only within their kind.
    const windows = version.windows.filter((w) => !wanted || `window:${w.id}` === wanted);
    const clocks = version.clocks.filter((c) => (!wanted || c.id === wanted) && (!petitioner || c.forPetitioner));
    if (!clocks.length && !windows.length) out.append(el('p', '这一天适用的制度版本没有这项时限。'));
    // The petitioner's own deadlines come first and apart: they are what a petitioner must act on.
    const groups = [
      group('您自己的期限', '这是信访人自己需要遵守的期限：起算日期填您收到相关文书的日期，最晚在到期日当天提出。', windows.map((w) => result(calendar, { day }, w, undefined, { ...share, uid: `${share.uid}-window-${w.id}` })), 'result-group own'),
      group('信访工作机构的办理期限', undefined, clocks.map((c) => result(calendar, start, c, withExtension ? c.extension : undefined, { ...share, uid: `${share.uid}-${c.id}` })), 'result-group'),
    ];
    for (const g of groups.flat()) out.append(g);
  });
}
