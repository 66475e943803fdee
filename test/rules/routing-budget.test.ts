/**
 * The routing coverage check on a hostile table (src/rules/check-routing.ts): it lists at most
 * LISTED_PER_CODE problems per code and counts the rest in one DIAGNOSTICS_MORE (src/diagnostics/capped.ts), and stops at its work budget
 * with ROUTING_CHECK_INCOMPLETE — then claiming no row unreachable, which it could not know.
 * Counts are worked out by hand from the tables built here.
 */
import { describe, expect, it } from 'vitest';
import { LISTED_PER_CODE } from '../../src/diagnostics/capped.ts';
import { ROUTING_WORK_BUDGET } from '../../src/rules/check-routing.ts';
import { MINIMAL_RULES as BASE, minimalRuleSets } from './minimal-rule-set.ts';

const { build } = minimalRuleSets('routing');

/** The minimal rule set with `cats` categories c0… and the routing rows `row(i)` for i < rows. */
async function table(cats: number, rows: number, policy: 'unique' | 'first', row: (i: number) => string) {
  let text = 'categories:\n';
  for (let i = 0; i < cats; i++) text += `  - { id: c${i}, name: 类${i} }\n`;
  text += `routing:\n  hit_policy: ${policy}\n  rules:\n`;
  for (let i = 0; i < rows; i++) text += `    - ${row(i)}\n`;
  const built = await build(BASE.replace(/categories:[\s\S]*?(?=clocks:)/, text));
  return built.diagnostics.filter((d) => d.code.startsWith('ROUTING_') || d.code === 'DIAGNOSTICS_MORE');
}
const LEVELS = ['一般', '重大', '紧急'];

describe('routing coverage on a 93 KB table', () => {
  it('600 categories × 1,500 rows, unique: 20 overlaps listed and "1,780 more"; the row list is cut to 10 numbers', async () => {
    // Row i matches every category at level LEVELS[i % 3]: 500 rows per level. Per category the
    // overlaps are one per level (3 distinct row sets), 600 × 3 = 1,800 in all.
    const d = await table(600, 1500, 'unique', (i) => `{ lead: office, when: { level: ${LEVELS[i % 3]} } }`);
    const overlaps = d.filter((x) => x.code === 'ROUTING_OVERLAP');
    expect(LISTED_PER_CODE).toBe(20);
    expect(overlaps).toHaveLength(20);
    expect(overlaps[0]!.message).toBe('hit_policy 为 unique，但事项“类0”在来源为直接、等级为一般、来源方式为来信时（例）同时命中第 1、4、7、10、13、16、19、22、25、28 等共 500 条归口规则。');
    expect(d.filter((x) => x.code === 'DIAGNOSTICS_MORE').map((x) => `${x.severity} ${x.message}`)).toEqual(['error ……另有 1780 条同类问题（ROUTING_OVERLAP）未逐条列出。']);
    expect(d.some((x) => x.code === 'ROUTING_CHECK_INCOMPLETE')).toBe(false);
  });

  it('rows testing the category itself (no shortcut), hit policy first: stops at the budget after 14 categories, and claims no row unreachable', async () => {
    // Every category has 3 sources × 3 levels × 5 channels = 45 cases, each tested on all 1,500
    // rows: 67,500 evaluations; 1,000,000 / 67,500 = 14.8, so 14 categories are finished.
    expect(ROUTING_WORK_BUDGET).toBe(1_000_000);
    const d = await table(300, 1500, 'first', (i) => `{ lead: office, when: { category: c${i % 300} } }`);
    expect(d.map((x) => x.code)).toEqual(['ROUTING_CHECK_INCOMPLETE']);
    expect(d[0]!.message).toBe('归口规则表过大（300 个事项 × 1500 行）：覆盖检查在 1000000 次判定后停止，只查完了前 14 个事项；其余事项的缺口、重叠以及永不命中的行未检查。');
    expect(d[0]!.severity).toBe('warning');
  });

  it('a table within the budget still gets every finding: 3 categories, no catch-all row, 3 gaps', async () => {
    const d = await table(3, 2, 'first', (i) => `{ lead: office, category: c${i} }`);
    expect(d.map((x) => `${x.code} ${x.message}`)).toEqual(['ROUTING_GAP 事项“类2”在任何来源、等级和来源方式下没有任何归口规则命中。']);
  });
});
