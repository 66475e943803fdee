/**
 * Today's date in Beijing time — the default as-of / build date of the CLI (`check`, `report`,
 * `site`). docs/day-counting.md: dates never depend on the machine's time zone. China Standard Time is UTC+8
 * with no daylight saving since 1991, so the day follows from the clock alone.
 */
import type { DayIndex } from './day.ts';

const BEIJING_OFFSET_MS = 8 * 3_600_000;
const MS_PER_DAY = 86_400_000;

/** Today in Asia/Shanghai as a day index; `now` (ms since the epoch) lets tests pin the clock. */
export function todayInShanghai(now: number = Date.now()): DayIndex {
  return Math.floor((now + BEIJING_OFFSET_MS) / MS_PER_DAY);
}
