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

/** Report gaps, overlaps and unreachable rows of the routing table. */
export function checkRouting(parsed: ParsedYaml, rules: RuleFile, out: CatalogueDiagnostic[]): void {
  const routing = rules.routing;
  if (!routing) return;
  const used = new Set<number>();
  const levels = [...LEVELS, ...(rules.levels ?? []).map((l) => l.name)];
  for (const category of rules.categories ?? []) {
    const all = [...cases(category.id, levels)];
    // Per set of rows hit together: the first case it happens in, and how many cases it happens in.
    const gaps: CaseFacts[] = [];
    const overlaps = new Map<string, { hits: number[]; first: CaseFacts; count: number }>();
    for (const facts of all) {
      const hits = routing.rules.flatMap((r, i) => (rowMatches(r, facts) ? [i] : []));
      if (hits.length === 0) gaps.push(facts);
      if (routing.hit_policy === 'first') {
        if (hits.length) used.add(hits[0]!);
      } else if (hits.length > 1) {
        const seen = overlaps.get(hits.join(','));
        if (seen) seen.count++;
        else overlaps.set(hits.join(','), { hits, first: facts, count: 1 });
      }
    }
    if (gaps.length) {
      const idx = rules.categories!.indexOf(category);
      out.push(diagnostic('ROUTING_GAP', { category: category.name, ...describeCase(gaps[0]!, gaps.length === all.length) }, locate(parsed, ['categories', idx, 'id'])));
    }
    for (const { hits, first, count } of overlaps.values()) {
      out.push(
        diagnostic(
          'ROUTING_OVERLAP',
          { category: category.name, rows: hits.map((h) => h + 1).join('、'), ...describeCase(first, count === all.length) },
          locate(parsed, ['routing', 'rules', hits[1]!]),
        ),
      );
    }
  }
  if (routing.hit_policy === 'first' && rules.categories?.length) {
    // A catch-all row is still used by cases whose 类别 is empty or unknown.
    for (const facts of cases(undefined, levels)) {
      const first = routing.rules.findIndex((r) => rowMatches(r, facts));
      if (first >= 0) used.add(first);
    }
    routing.rules.forEach((_, i) => {
      if (!used.has(i)) out.push(diagnostic('ROUTING_UNREACHABLE', { row: i + 1 }, locate(parsed, ['routing', 'rules', i])));
    });
  }
}
