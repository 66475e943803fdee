/**
 * Routing coverage: the 归口 decision table is checked exhaustively over every category ×
 * source × level (一般/重大/紧急 and the rule set's own) × channel (small finite domains), so gaps, overlaps (hit policy `unique`)
 * and rows that can never fire (hit policy `first`) are found at compile time.
 * Rows testing other fields (persons, department …) are evaluated for a single petitioner with
 * nothing forwarded — the common case.
 */
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { evaluate, type CaseFacts } from './condition.ts';
import { CHANNELS, LEVELS, SOURCES, type RoutingRule, type RuleFile } from './model.ts';
import { type ParsedYaml } from './parse-yaml.ts';
import { locate } from '../diagnostics/yaml-position.ts';

/** Does routing row `r` cover this case? */
export function rowMatches(r: RoutingRule, facts: CaseFacts): boolean {
  if (r.category !== undefined) {
    const cats = Array.isArray(r.category) ? r.category : [r.category];
    if (!facts.category || !cats.includes(facts.category)) return false;
  }
  return evaluate(r.when, facts).holds;
}

function* cases(category: string | undefined, levels: readonly string[]): Generator<CaseFacts> {
  for (const source of SOURCES)
    for (const level of levels)
      for (const channel of CHANNELS) yield { category, source, level, channel, persons: 1 };
}

/** When a gap or overlap happens: the one case it was first seen in, or every case when it holds for all. */
function describeCase(f: CaseFacts, every: boolean): { caseZh: string; caseEn: string } {
  if (every) return { caseZh: '在任何来源、等级和来源方式下', caseEn: 'in every case (any source, level and channel)' };
  return {
    caseZh: `在来源为${f.source}、等级为${f.level}、来源方式为${f.channel}时（例）`,
    caseEn: `when the source is ${f.source}, the level ${f.level} and the channel ${f.channel} (for example)`,
  };
}

/**
 * Row evaluations the coverage check may spend: a real table (20 categories × 45 cases × 30 rows)
 * needs some 27,000; a hostile one (600 categories × 1,500 rows) would need 40 million, a minute.
 * Past it the check stops with ROUTING_CHECK_INCOMPLETE and reports no unreachable rows (it cannot
 * know them); what it found until then stands.
 */
export const ROUTING_WORK_BUDGET = 1_000_000;
/** Row numbers named in one overlap message. */
const ROWS_SHOWN = 10;

/**
 * The rule numbers an overlap names, `1、2、3`: for an overlap of hundreds of rows the first
 * ROWS_SHOWN and the count. Numbers and count stay apart so the workbook can name its sheet rows.
 */
function rowList(hits: readonly number[]): { rows: string; total?: number } {
  const rows = hits.slice(0, ROWS_SHOWN).map((h) => h + 1).join('、');
  return hits.length > ROWS_SHOWN ? { rows, total: hits.length } : { rows };
}

/** Report gaps, overlaps and unreachable rows of the routing table, within the work budget. */
export function checkRouting(parsed: ParsedYaml, rules: RuleFile, out: CatalogueDiagnostic[], budget = ROUTING_WORK_BUDGET): void {
  const routing = rules.routing;
  if (!routing) return;
  const used = new Set<number>();
  const levels: string[] = [...LEVELS];
  for (const l of rules.levels ?? []) levels.push(l.name);
  const categories = rules.categories ?? [];
  let work = 0;
  let checked = 0;
  let complete = true;
  /** Rows matching `facts` among `rows` (indexes), or undefined once the budget is spent. */
  const hitsOf = (rows: readonly number[], facts: CaseFacts): number[] | undefined => {
    work += rows.length;
    if (work > budget) return undefined;
    return rows.filter((i) => rowMatches(routing.rules[i]!, facts));
  };
  const allRows = routing.rules.map((_, i) => i);
  // Categories that the same rows name match alike — unless a condition tests the category itself
  // (a coarse test: a false alarm only costs the shortcut).
  const sameRowsAlike = !routing.rules.some((r) => r.when !== undefined && JSON.stringify(r.when).includes('"category"'));
  const hitsByRows = new Map<string, (number[] | undefined)[]>();
  categories: for (const [idx, category] of categories.entries()) {
    // Only rows without a category or naming this one can match it.
    const rows = allRows.filter((i) => {
      const c = routing.rules[i]!.category;
      return c === undefined || (Array.isArray(c) ? c.includes(category.id) : c === category.id);
    });
    const key = rows.join(',');
    const known = sameRowsAlike ? hitsByRows.get(key) : undefined;
    const found: (number[] | undefined)[] = [];
    // The first case of a gap or of each overlap, and in how many cases it happens: when in every
    // case, the message says so rather than give one example (describeCase).
    let gap: { first: CaseFacts; count: number } | undefined;
    const overlaps = new Map<string, { hits: number[]; first: CaseFacts; count: number }>();
    let total = 0;
    let k = 0;
    for (const facts of cases(category.id, levels)) {
      const hits = known ? known[k++] : hitsOf(rows, facts);
      found.push(hits);
      if (!hits) {
        complete = false;
        break categories;
      }
      total++;
      if (hits.length === 0) {
        if (gap) gap.count++;
        else gap = { first: facts, count: 1 };
      }
      if (routing.hit_policy === 'first') {
        if (hits.length) used.add(hits[0]!);
      } else if (hits.length > 1) {
        const seen = overlaps.get(hits.join(','));
        if (seen) seen.count++;
        else overlaps.set(hits.join(','), { hits, first: facts, count: 1 });
      }
    }
    if (gap) out.push(diagnostic('ROUTING_GAP', { category: category.name, ...describeCase(gap.first, gap.count === total) }, locate(parsed, ['categories', idx, 'id'])));
    for (const { hits, first, count } of overlaps.values()) {
      out.push(diagnostic('ROUTING_OVERLAP', { category: category.name, ...rowList(hits), ...describeCase(first, count === total) }, locate(parsed, ['routing', 'rules', hits[1]!])));
    }
    if (sameRowsAlike) hitsByRows.set(key, found);
    checked++;
  }
  if (complete && routing.hit_policy === 'first' && categories.length) {
    // A catch-all row is still used by cases whose 类别 is empty or unknown.
    for (const facts of cases(undefined, levels)) {
      const first = routing.rules.findIndex((r) => rowMatches(r, facts));
      if (first >= 0) used.add(first);
    }
    routing.rules.forEach((_, i) => {
      if (!used.has(i)) out.push(diagnostic('ROUTING_UNREACHABLE', { row: i + 1 }, locate(parsed, ['routing', 'rules', i])));
    });
  }
  if (!complete) out.push(diagnostic('ROUTING_CHECK_INCOMPLETE', { checked, categories: categories.length, rows: routing.rules.length, budget }, locate(parsed, ['routing'])));
}
