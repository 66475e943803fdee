/**
 * CONTACT_NONE: `validate` warns when an organisation publishes no real way to reach it (a
 * placeholder is not a contact). Table-driven over edits of the minimal fixture, whose only
 * contact is a placeholder phone.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures/minimal/sample');
// The fixture's website is its one real contact; taken away, only a placeholder phone is left.
const WEBSITE = '  website: https://example.org/\n';
const FILE = readFileSync(join(FIXTURE, '2024-01-01.yaml'), 'utf8');
const BASE = FILE.replace(WEBSITE, '  placeholders: [phones]\n');
const work = mkdtempSync(join(tmpdir(), 'xinfang-contacts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
async function codes(text: string): Promise<{ code: string; line: number | undefined }[]> {
  const dir = join(work, `case${n++}`, 'sample');
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, '2024-01-01.yaml'), text);
  const built = await buildRuleSets([dir], work);
  return built.diagnostics.filter((d) => d.code === 'CONTACT_NONE').map((d) => ({ code: d.code, line: d.line }));
}

const ORG = '  office: 办公室\n';

describe('CONTACT_NONE', () => {
  it.each([
    ['only a placeholder phone', BASE, 1],
    ['the fixture as it is (a website)', FILE, 0],
    ['a real phone', BASE.replace('      placeholder: true\n', '').replace('  placeholders: [phones]\n', ''), 0],
    ['a website', BASE.replace(ORG, `${ORG}  website: https://example.org/\n`), 0],
    ['an address', BASE.replace(ORG, `${ORG}  address: 某市某路1号\n`), 0],
    ['an email', BASE.replace(ORG, `${ORG}  email: xf@example.org\n`), 0],
    ['an address marked as a placeholder', BASE.replace(ORG, `${ORG}  address: 待补充\n`).replace('placeholders: [phones]', 'placeholders: [phones, address]'), 1],
  ])('%s → %d warning(s), at the organisation block', async (_name, text, expected) => {
    if (_name !== 'the fixture as it is (a website)') expect(text, 'the edit applies').not.toBe(FILE);
    const found = await codes(text);
    expect(found).toHaveLength(expected);
    // The warning points at the organisation block, whose first line is `name:` (line 6 of the fixture).
    for (const f of found) expect(f.line).toBe(6);
  });
});
