/**
 * A clock's view as a chain of CTE steps, each adding columns to the one before, and the calendar
 * lookups as joins on the previous step's columns (src/sql/calendar-sql.ts): a roll is one join,
 * a working-day offset two. Joins, not functions: DuckDB and PostgreSQL then plan every lookup as a
 * join, and no step repeats another's arithmetic when the planner flattens the chain.
 */
import type { Limit } from '../deadlines/limit.ts';
import type { Dialect } from './dialect.ts';

/** One step: new columns over the previous step `p`, with joins and filters. */
interface Step {
  name: string;
  comment: string;
  columns: string[];
  joins: string[];
  where: string[];
}

/** Builds the steps of one view over one calendar. */
export class Steps {
  private readonly steps: Step[] = [];
  private aliases = 0;

  constructor(
    private readonly dialect: Dialect,
    private readonly cal: number,
  ) {}

  /** Start a step (`p` names the previous one in its expressions). */
  step(name: string, comment: string): Step {
    const s: Step = { name, comment, columns: [], joins: [], where: [] };
    this.steps.push(s);
    return s;
  }

  /** The first working day on or after `col` (民法典第二百零三条), unless `roll: none`. */
  roll(s: Step, col: string, roll: 'next-workday' | 'none'): string {
    if (roll === 'none') return col;
    const r = `r${++this.aliases}`;
    s.joins.push(`LEFT JOIN xinfang_calendar ${r} ON ${r}.cal = ${this.cal} AND ${r}.day = ${col}`);
    return `${r}.next_workday`;
  }

  /** The n-th working day strictly after `col` (n > 0) or strictly before it (n < 0): the prefix sums. */
  addWorkdays(s: Step, col: string, n: number): string {
    const k = ++this.aliases;
    s.joins.push(
      `LEFT JOIN xinfang_calendar c${k} ON c${k}.cal = ${this.cal} AND c${k}.day = ${n > 0 ? `${col} + 1` : col}`,
      `LEFT JOIN xinfang_workdays w${k} ON w${k}.cal = ${this.cal} AND w${k}.k = c${k}.wd_before + ${n > 0 ? n - 1 : n}`,
    );
    return `w${k}.day`;
  }

  /** The last day of `limit` counted from `col` (民法典第二百零一、二百零二条), before any roll. */
  count(s: Step, col: string, limit: Limit): string {
    if (limit.unit === 'workdays') return this.addWorkdays(s, col, limit.amount);
    if (limit.unit === 'months') return this.dialect.addMonths(col, limit.amount);
    return `${col} + ${limit.amount}`;
  }

  /** The chain as `WITH …` over `first` (the cases and settings, aliased c and s). */
  render(first: string): string {
    // A step that adds nothing (a clock without an extension, a window …) is left out.
    const steps = this.steps.filter((s, i) => i === 0 || s.columns.length || s.where.length);
    return `WITH ${steps
      .map((s, i) => {
        const from = i === 0 ? first : `${steps[i - 1]!.name} p`;
        const cols = i === 0 ? s.columns : ['p.*', ...s.columns];
        return `${s.name} AS ( -- ${s.comment}
  SELECT ${cols.join(',\n    ')}
  FROM ${from}${s.joins.map((j) => `\n  ${j}`).join('')}${s.where.length ? `\n  WHERE ${s.where.join('\n    AND ')}` : ''}
)`;
      })
      .join(', ')}`;
  }
}
