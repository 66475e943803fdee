/**
 * Diagnostics that need more than one file: versions of one rule set, rule sets that extend each
 * other, and a rule file that cannot be read. Each case builds its folders from the minimal fixture
 * and asserts the code with its file, line and column — never the message wording.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/minimal/sample');
const BASE = readFileSync(join(FIXTURE, '2024-01-01.yaml'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'xinfang-rule-sets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** A fresh root holding rule-set folders: `{ folder: { fileName: text } }`. */
function root(sets: Record<string, Record<string, string>>): string {
  const dir = join(work, `case${n++}`);
  for (const [id, files] of Object.entries(sets)) {
    mkdirSync(join(dir, id), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, id, name), text);
  }
  return dir;
}

/** The minimal fixture as rule set `id`, in force from `from`, extending `parent` if given. */
function version(id: string, from: string, parent?: string): string {
  const text = BASE.replace('ruleset: sample', `ruleset: ${id}`).replace('effective_from: 2024-01-01', `effective_from: ${from}`);
  return parent ? text.replace('organisation:\n', `extends:\n  ruleset: ${parent}\norganisation:\n`) : text;
}

const EXTENDS_LINE = BASE.split('\n').findIndex((l) => l.startsWith('organisation:')) + 2;

describe('rule-set diagnostics across files', () => {
  it('two versions in force from the same day: VERSION_OVERLAP at the later file’s effective_from', async () => {
    const dir = root({ sample: { '2024-01-01.yaml': version('sample', '2024-01-01'), '2024-01-01-copy.yaml': version('sample', '2024-01-01') } });
    const built = await buildRuleSets([join(dir, 'sample')], dir);
    const hit = built.diagnostics.find((d) => d.code === 'VERSION_OVERLAP');
    // Same date: file-name order, so 2024-01-01-copy.yaml ('-' sorts before '.') comes first.
    expect(hit).toMatchObject({ file: 'sample/2024-01-01.yaml', line: 4, column: 17 });
  });

  it('rule sets that extend each other: EXTENDS_CYCLE at extends.ruleset', async () => {
    const dir = root({ alpha: { '2024-01-01.yaml': version('alpha', '2024-01-01', 'beta') }, beta: { '2024-01-01.yaml': version('beta', '2024-01-01', 'alpha') } });
    const built = await buildRuleSets([join(dir, 'alpha'), join(dir, 'beta')], dir);
    const hits = built.diagnostics.filter((d) => d.code === 'EXTENDS_CYCLE');
    expect(hits.map((d) => ({ file: d.file, line: d.line, column: d.column }))).toEqual([
      { file: 'alpha/2024-01-01.yaml', line: EXTENDS_LINE, column: 12 },
      { file: 'beta/2024-01-01.yaml', line: EXTENDS_LINE, column: 12 },
    ]);
    expect(built.compiled).toEqual([]);
  });

  it('a version older than every version of its parent: EXTENDS_NOT_IN_FORCE at its effective_from', async () => {
    const dir = root({ child: { '2024-01-01.yaml': version('child', '2024-01-01', 'parent') }, parent: { '2025-01-01.yaml': version('parent', '2025-01-01') } });
    const built = await buildRuleSets([join(dir, 'child'), join(dir, 'parent')], dir);
    const hit = built.diagnostics.find((d) => d.code === 'EXTENDS_NOT_IN_FORCE');
    expect(hit).toMatchObject({ file: 'child/2024-01-01.yaml', line: 4, column: 17, severity: 'error' });
  });

  it('a rule file that cannot be read (a folder named like one): RULES_FILE_UNREADABLE naming the file', async () => {
    const dir = join(work, `case${n++}`);
    cpSync(FIXTURE, join(dir, 'sample'), { recursive: true });
    mkdirSync(join(dir, 'sample', '2025-01-01.yaml'));
    const built = await buildRuleSets([join(dir, 'sample')], dir);
    expect(built.diagnostics.filter((d) => d.code === 'RULES_FILE_UNREADABLE')).toMatchObject([
      { file: 'sample/2025-01-01.yaml', severity: 'error', message: '无法读取规则文件：这是一个目录，而这里需要文件（EISDIR）。' },
    ]);
  });
});
