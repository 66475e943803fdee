/**
 * Stored XSS through contact values: a `javascript:` website, a phone number or an email with a
 * query must never become a live link. Validation and import refuse them at their position; the
 * site's link helpers (src/rules/safe-url.ts) refuse them even when validation was skipped.
 */
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatLocation } from '../../src/diagnostics/diagnostic.ts';
import { packageRoot } from '../../src/paths.ts';
import { loadRuleSets } from '../../src/rules/load-rulesets.ts';
import { mailtoHref, telHref, webHref } from '../../src/rules/safe-url.ts';
import { importRulesWorkbook } from '../../src/workbook/import-workbook.ts';
import { INFO_FIELDS } from '../../src/workbook/layout.ts';
import { writeRulesWorkbook } from '../../src/workbook/write-workbook.ts';
import { lineOf, MINIMAL_RULES, minimalRuleSets } from '../rules/minimal-rule-set.ts';

const { build: buildMinimal, work } = minimalRuleSets('contacts');

async function validate(text: string) {
  return (await buildMinimal(text)).diagnostics;
}

/** The base fixture with `lines` in place of its organisation's website line. */
const withOrg = (lines: string) => MINIMAL_RULES.replace('  website: https://example.org/\n', lines);

describe('contact values that would become links are refused by validate, at their line', () => {
  const cases: { name: string; text: string; needle: string; code: string }[] = [
    { name: 'javascript: website', text: withOrg('  website: "javascript:alert(document.cookie)"\n'), needle: 'website:', code: 'SCHEMA_FORMAT' },
    { name: 'data: website', text: withOrg('  website: "data:text/html,<script>alert(1)</script>"\n'), needle: 'website:', code: 'SCHEMA_FORMAT' },
    { name: 'website with credentials', text: withOrg('  website: "https://user:pw@evil.example/"\n'), needle: 'website:', code: 'CONTACT_WEBSITE_INVALID' },
    { name: 'website without a host', text: withOrg('  website: "http://:80/"\n'), needle: 'website:', code: 'CONTACT_WEBSITE_INVALID' },
    { name: 'email with a query', text: withOrg('  email: "a@b.cn?bcc=spy@evil.example"\n'), needle: 'email:', code: 'SCHEMA_FORMAT' },
    { name: 'email with a query in the local part', text: withOrg('  email: "a?cc=x@b.cn"\n'), needle: 'email:', code: 'SCHEMA_FORMAT' },
    { name: 'email without a domain dot', text: withOrg('  email: "a@localhost"\n'), needle: 'email:', code: 'CONTACT_EMAIL_INVALID' },
    {
      name: 'javascript: supervision phone',
      text: withOrg('  supervision_phone: { label: 监督, number: "javascript:alert(1)" }\n'),
      needle: 'supervision_phone:',
      code: 'SCHEMA_FORMAT',
    },
    { name: 'supervision phone with no digits', text: withOrg('  supervision_phone: { label: 监督, number: "xxxx" }\n'), needle: 'supervision_phone:', code: 'CONTACT_PHONE_INVALID' },
    {
      name: 'javascript: department phone',
      text: MINIMAL_RULES.replace('    name: 工会\n', '    name: 工会\n    phones: [{ label: 值班, number: "javascript:alert(1)" }]\n'),
      needle: 'number: "javascript',
      code: 'SCHEMA_FORMAT',
    },
  ];
  it.each(cases)('$name → $code', async ({ text, needle, code }) => {
    const found = (await validate(text)).filter((d) => d.severity === 'error');
    expect(found.map((d) => [d.code, d.line])).toEqual([[code, lineOf(needle, text)]]);
  });

  it('real values pass: an https site, a plain address, a number with an extension', async () => {
    const text = withOrg('  website: https://www.gjxfj.gov.cn/\n  email: xinfang@example.gov.cn\n  supervision_phone: { label: 监督, number: "(0512) 1234 5678 转 801" }\n');
    expect(await validate(text)).toEqual([]);
  });
});

describe('import refuses the same cells, at sheet!cell', () => {
  let exported: Uint8Array;
  beforeAll(async () => {
    const { value } = loadRuleSets([join(packageRoot, 'rules', 'national')], packageRoot);
    exported = await writeRulesWorkbook(value.get('national')!.versions.map((v) => v.rules));
  });
  const row = (key: string) => INFO_FIELDS.findIndex((f) => f.key === key) + 2;
  it.each([
    ['organisation.website', 'javascript:alert(1)'],
    ['organisation.email', 'a@b.cn?bcc=spy@evil.example'],
  ])('%s = %s', (key, value) => {
    const book = XLSX.read(exported, { type: 'buffer' });
    book.Sheets['基本信息']![`C${row(key)}`] = { t: 's', v: value };
    const bytes = new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const { diagnostics } = importRulesWorkbook(bytes, 'national.xlsx', join(work, 'national'));
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, formatLocation(d)])).toEqual([
      [`SCHEMA_FORMAT`, expect.stringContaining(`national.xlsx:基本信息!C${row(key)}`)],
    ]);
  });
});

describe('the site links only allowlisted schemes, whatever validation did', () => {
  it.each([
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    [' https://a.cn/', undefined],
    ['https://a.cn/"onmouseover="x', undefined],
    ['https://user@a.cn/', undefined],
    ['ftp://a.cn/', undefined],
    ['https://www.gjxfj.gov.cn/', 'https://www.gjxfj.gov.cn/'],
    ['http://a.cn/x?y=1', 'http://a.cn/x?y=1'],
  ])('website %j → %j', (text, href) => expect(webHref(text)).toBe(href));
  it.each([
    ['javascript:alert(1)', undefined],
    ['010-1234;ext=1', undefined],
    ['xxxx', undefined],
    ['010-12345678', 'tel:01012345678'],
    ['+86 (10) 1234 5678', 'tel:+861012345678'],
    ['0512-12345678转801', 'tel:051212345678'],
  ])('phone %j → %j', (text, href) => expect(telHref(text)).toBe(href));
  it.each([
    ['a@b.cn?bcc=x@evil.example', undefined],
    ['a%40b@c.cn', undefined],
    ['"a"@b.cn', undefined],
    ['xinfang@example.gov.cn', 'mailto:xinfang@example.gov.cn'],
  ])('email %j → %j', (text, href) => expect(mailtoHref(text)).toBe(href));
});
