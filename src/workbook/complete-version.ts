/**
 * What a workbook lets staff leave out or write in words, filled in before the rules checks run:
 * an id left empty (or a name written where the id goes) is derived — 条号 第二十二条 → a22, any
 * other item a numbered id (dept-1, cat-2 …) — and reported back (WORKBOOK_ID_DERIVED) so the id is
 * known; a name in a reference cell becomes its id (references.ts); a repetition in words becomes
 * its RRULE, the words kept as `pattern` (recurrence-text.ts); an empty 开始日期 is the version's
 * 生效日期, since a reception day of the 制度 holds from the day the 制度 does.
 */
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import type { Location } from '../diagnostics/diagnostic.ts';
import { PARTS_OF_DAY } from './time-text.ts';
import { parseRecurrenceText } from './recurrence-text.ts';
import { resolveNames } from './references.ts';
import { pathKey, type WorkbookVersion } from './read-workbook.ts';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const HAN = /\p{Script=Han}/u;

/** The lists whose items have ids, the prefix of a numbered id, and the field naming an item. */
const ID_LISTS: readonly { list: string; prefix: string; label: string }[] = [
  { list: 'departments', prefix: 'dept-', label: 'name' },
  { list: 'categories', prefix: 'cat-', label: 'name' },
  { list: 'clocks', prefix: 'clock-', label: 'name' },
  { list: 'windows', prefix: 'window-', label: 'name' },
  { list: 'obligations', prefix: 'duty-', label: 'text' },
  { list: 'reception', prefix: 'reception-', label: 'name' },
  { list: 'schedules', prefix: 'schedule-', label: 'name' },
  { list: 'articles', prefix: 'a', label: 'number' },
];

const NUMERAL: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 第二十二条 → 22, 第一百零三条 → 103, 第5条 → 5; undefined for anything else. */
export function articleNumber(text: string): number | undefined {
  const m = /^第([零〇一二两三四五六七八九十百\d]+)条$/.exec(text.trim());
  if (!m) return undefined;
  if (/^\d+$/.test(m[1]!)) return Number(m[1]);
  let total = 0;
  let digit = 0;
  for (const ch of m[1]!) {
    if (ch === '百' || ch === '十') {
      total += (digit || 1) * (ch === '百' ? 100 : 10);
      digit = 0;
    } else if (ch in NUMERAL) digit = NUMERAL[ch]!;
    else return undefined;
  }
  return total + digit;
}

const items = (data: Record<string, unknown>, list: string): Record<string, unknown>[] =>
  (Array.isArray(data[list]) ? data[list] : []).filter((x): x is Record<string, unknown> => !!x && typeof x === 'object');

/** Give every item without a usable id one, the same for the same name in every version. */
function deriveIds(versions: readonly WorkbookVersion[], out: CatalogueDiagnostic[]): void {
  for (const { list, prefix, label } of ID_LISTS) {
    const taken = new Set<string>();
    for (const v of versions) for (const x of items(v.data, list)) if (typeof x.id === 'string' && ID.test(x.id)) taken.add(x.id);
    const given = new Map<string, string>();
    const next = (name: string): string => {
      const n = list === 'articles' ? articleNumber(name) : undefined;
      if (n !== undefined && !taken.has(`a${n}`)) return `a${n}`;
      let i = 1;
      while (taken.has(`${prefix}${i}`)) i++;
      return `${prefix}${i}`;
    };
    for (const v of versions) {
      items(v.data, list).forEach((x, i) => {
        const written = typeof x.id === 'string' ? x.id.trim() : undefined;
        if (written !== undefined && !HAN.test(written)) return;
        // A name typed in the 编号 column is the item's name when the 名称 column is empty.
        if (written !== undefined && x[label] === undefined && label !== 'number') x[label] = written;
        const name = typeof x[label] === 'string' ? (x[label] as string).trim() : '';
        if (!name) return;
        let id = given.get(name);
        if (!id) {
          id = next(name);
          taken.add(id);
          given.set(name, id);
          const cell = v.cells.get(pathKey([list, i, 'id'])) ?? v.cells.get(pathKey([list, i]));
          if (cell) out.push(diagnostic('WORKBOOK_ID_DERIVED', { name, id }, cell));
        }
        x.id = id;
      });
    }
  }
}

/** Repetitions in words → RRULE and what the words say of time and holidays; an empty start → 生效日期. */
function completeRecurrences(v: WorkbookVersion, out: CatalogueDiagnostic[]): void {
  for (const list of ['reception', 'schedules']) {
    items(v.data, list).forEach((x, i) => {
      const cell = (field: string): Location => v.cells.get(pathKey([list, i, field])) ?? v.cells.get(pathKey([list, i]))!;
      if (x.start === undefined && typeof v.data.effective_from === 'string') x.start = v.data.effective_from;
      const part = (PARTS_OF_DAY as readonly unknown[]).includes(x.time) ? (x.time as string) : undefined;
      if (typeof x.rrule !== 'string') return;
      const words = x.rrule.trim();
      if (/^FREQ=/i.test(words)) {
        if (part) out.push(diagnostic('WORKBOOK_BAD_TIME', { value: part, reason: 'part-of-day' }, cell('time')));
        return;
      }
      const pattern = part ? `${words}${part}` : words;
      const fields = parseRecurrenceText(pattern);
      if ('problem' in fields) {
        if (fields.problem === 'time') out.push(diagnostic('WORKBOOK_BAD_TIME', { value: words, reason: fields.time }, cell('rrule')));
        else out.push(diagnostic('WORKBOOK_BAD_RECURRENCE', { value: words, reason: 'unknown' }, cell('rrule')));
        return;
      }
      if (part) delete x.time;
      if (fields.time !== undefined && x.time !== undefined && x.time !== fields.time) {
        out.push(diagnostic('WORKBOOK_BAD_RECURRENCE', { value: words, reason: 'time-conflict' }, cell('time')));
      }
      if (fields.on_holiday !== undefined && x.on_holiday !== undefined && x.on_holiday !== fields.on_holiday) {
        out.push(diagnostic('WORKBOOK_BAD_RECURRENCE', { value: words, reason: 'holiday-conflict' }, cell('on_holiday')));
      }
      Object.assign(x, { pattern, ...fields });
    });
  }
}

/** Fill in every version read from a workbook (in place), reporting derived ids and unreadable words. */
export function completeVersions(versions: readonly WorkbookVersion[], out: CatalogueDiagnostic[]): void {
  deriveIds(versions, out);
  for (const v of versions) {
    resolveNames(v.data, v.refs);
    completeRecurrences(v, out);
  }
}
