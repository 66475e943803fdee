/**
 * CONTACT_NONE: `validate` warns when an organisation publishes no real way to reach it (a
 * placeholder is not a contact). Table-driven over edits of the minimal fixture, whose only
 * contact is a placeholder phone.
 */
import { describe, expect, it } from 'vitest';
import { MINIMAL_RULES as FILE, minimalRuleSets } from './minimal-rule-set.ts';

// The fixture's website is its one real contact; taken away, only a placeholder phone is left.
const WEBSITE = '  website: https://example.org/\n';
const BASE = FILE.replace(WEBSITE, '  placeholders: [phones]\n');
const { build } = minimalRuleSets('contacts');

async function codes(text: string): Promise<{ code: string; line: number | undefined }[]> {
  const built = await build(text);
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
