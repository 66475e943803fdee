/**
 * Export → import → compile is lossless for every shipped rule set: the compiled JSON of
 * the imported YAML equals that of the original, ignoring only where values sit (`source` positions
 * and `file` paths, which necessarily differ).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import { listRuleSetDirs, loadRuleSets } from '../../src/rules/load-rulesets.ts';
import { importRulesWorkbook } from '../../src/workbook/import-workbook.ts';
import { writeRulesWorkbook } from '../../src/workbook/write-workbook.ts';

const rulesRoot = join(packageRoot, 'rules');
/** The shipped rule sets, and the fixtures that use every field of the rules language v2. */
const dirs = [...listRuleSetDirs(rulesRoot), ...listRuleSetDirs(join(packageRoot, 'test/rules/fixtures/v2'))];
const ids = dirs.map((d) => d.split('/').pop()!);
const dirOf = new Map(dirs.map((d) => [d.split('/').pop()!, d]));
let work: string;

/** Drop position fields: `source` refs ({file,line,column}) and `file` paths. */
function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => !(k === 'file' && typeof v === 'string') && !(k === 'source' && v && typeof v === 'object' && 'line' in v))
      .map(([k, v]) => [k, withoutPositions(v)]),
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'xinfang-roundtrip-'));
  const { value: sets } = loadRuleSets(dirs, packageRoot);
  for (const id of ids) {
    const set = sets.get(id)!;
    if (!set.versions.length) continue;
    const xlsx = await writeRulesWorkbook(set.versions.map((v) => v.rules));
    writeFileSync(join(work, `${id}.xlsx`), xlsx);
    const out = join(work, 'rules', id);
    const { files, diagnostics } = importRulesWorkbook(readFileSync(join(work, `${id}.xlsx`)), `${id}.xlsx`, out);
    expect(diagnostics.filter((d) => d.severity === 'error'), id).toEqual([]);
    mkdirSync(out, { recursive: true });
    for (const f of files) writeFileSync(join(out, f.name), f.text);
  }
  // Seventeen exports and imports take a while on a shared machine.
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('export → import → compile gives the same compiled rules', () => {
  it('ships rule sets to test', () => expect(ids.length).toBeGreaterThanOrEqual(15));

  it.each(ids)('%s', async (id) => {
    const original = await buildRuleSets([dirOf.get(id)!], packageRoot);
    expect(original.diagnostics.filter((d) => d.severity === 'error'), id).toEqual([]);
    const imported = await buildRuleSets([join(work, 'rules', id)], work);
    expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(withoutPositions(imported.compiled[0])).toEqual(withoutPositions(original.compiled[0]));
  });

  it('keeps the editor schema line first in every imported file', () => {
    const text = readFileSync(join(work, 'rules', 'national', '2022-05-01.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*src\/rules\/rules\.schema\.json$/);
  });
});
