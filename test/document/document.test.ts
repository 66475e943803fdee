/**
 * The formal document: HTML structure (title, numbering, chapters, issuing line) and the PDF printed
 * by headless Chromium — runs wherever Chromium is installed (CI installs it: apt-get install chromium).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentCommand } from '../../src/cli/document.ts';
import { canPrintPdf } from '../../src/document/print-pdf.ts';
import { renderDocumentHtml } from '../../src/document/render-document.ts';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';

let national: CompiledRuleSet;
let work: string;
beforeAll(async () => {
  national = (await buildRuleSets([join(packageRoot, 'rules', 'national')], packageRoot)).compiled[0]!;
  work = mkdtempSync(join(tmpdir(), 'xinfang-doc-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('renderDocumentHtml', () => {
  it('typesets the 2005 条例 with its document number, chapters and article numbers', () => {
    const html = renderDocumentHtml(national.versions[0]!, national);
    expect(html).toContain('<h1 class="title">信访条例</h1>');
    expect(html).toContain('<p class="docno">中华人民共和国国务院令第431号</p>');
    expect(html).toContain('（国务院发布　自2005年5月1日起施行，2022年5月1日起由新版本取代）');
    expect(html).toContain('<h2>第一章 总则</h2>');
    expect(html).toMatch(/<span class="art-no">第一条<\/span>　为了保持各级人民政府同人民群众的密切联系/);
    // One chapter heading per chapter, not per article.
    expect(html.match(/<h2>第一章 总则<\/h2>/g)).toHaveLength(1);
    expect(html).toContain('@page { size: A4;');
  });

  it('a document is superseded only by a new document, not by a change in its parent rule set', async () => {
    // community's 2005 制度 extends national; national changed on 2022-05-01, the community text did not.
    const out: string[] = [];
    const ctx = { stdout: (t: string) => out.push(t), stderr: () => {}, lang: 'zh' as const, cwd: work, isTTY: false };
    expect(await documentCommand.run([join(packageRoot, 'rules', 'community'), '--out', 'community.html'], ctx)).toBe(0);
    const html = readFileSync(join(work, 'community.html'), 'utf8');
    expect(html).toContain('起施行');
    expect(html).not.toContain('由新版本取代');
  });

  it('escapes text: rule text is never markup', () => {
    const v = { ...national.versions[1]!, articles: [{ ...national.versions[1]!.articles[0]!, text: '<script>x</script>' }] };
    expect(renderDocumentHtml(v, national)).toContain('&lt;script&gt;x&lt;/script&gt;');
  });
});

// In CI (CI=true) the test runs even if Chromium is missing, so a broken install fails loudly instead of skipping.
describe.runIf(canPrintPdf() || !!process.env.CI)('PDF through headless Chromium', () => {
  it('prints the 2022 条例 to a multi-page PDF and renders its pages to PNG', async () => {
    const out = join(work, 'national.pdf');
    const code = await documentCommand.run([join(packageRoot, 'rules', 'national'), '--version', '2022-05-01', '--out', out], {
      stdout: () => {}, stderr: () => {}, lang: 'zh', cwd: work, isTTY: false,
    });
    expect(code).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // 50 articles at 16pt on A4 cannot fit on one page.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '2', out, join(work, 'page')]);
      expect(readdirSync(work).filter((f) => f.startsWith('page') && f.endsWith('.png'))).toHaveLength(2);
    }
  }, 60_000);
});
