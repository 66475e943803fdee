/**
 * The formal document: HTML structure (title, numbering, chapters, issuing line) and the PDF printed
 * by headless Chromium (Debian's, or the one the @sparticuz/chromium package ships), read back with
 * pdfjs: page count, text, and the CJK fonts embedded from the @fontsource packages as outlines
 * (CIDFontType2, not Type 3; checked with poppler's pdffonts too where it is installed).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentCommand } from '../../src/cli/document.ts';
import { renderDocumentHtml } from '../../src/document/render-document.ts';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';
import { readPdf, which } from './read-pdf.ts';

/** poppler's pdffonts, where installed. */
const PDFFONTS = which('pdffonts');

let national: CompiledRuleSet;
let work: string;
beforeAll(async () => {
  national = (await buildRuleSets([join(packageRoot, 'rules', 'national')], packageRoot)).compiled[0]!;
  work = mkdtempSync(join(tmpdir(), 'xinfang-doc-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('renderDocumentHtml', () => {
  it('typesets the 2005 条例 with its document number, chapters and article numbers', () => {
    const html = renderDocumentHtml(national.versions[0]!);
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
    // Its text states no 施行日期: the issuing line names the issuer alone (render-document.ts issuedLine).
    expect(html).toContain('（社区发布）');
    expect(html).not.toContain('由新版本取代');
  });

  it('holds nothing but the 制度: no rule-set id, version or source file in the formal text', () => {
    const v = national.versions[1]!;
    const html = renderDocumentHtml(v);
    expect(v.source_document).toBeTruthy();
    expect(html).not.toContain(v.source_document!);
    expect(html).not.toContain('规则集');
    expect(html).not.toContain('national');
    expect(html).not.toContain('class="watermark"');
  });

  it('marks a draft (draft: true, not yet approved) with a 草案 watermark, and the title names it', () => {
    const html = renderDocumentHtml({ ...national.versions[1]!, draft: true });
    expect(html).toContain('<div class="watermark" aria-hidden="true">草案</div>');
    expect(html).toContain('<title>信访工作条例（2022-05-01，草案）</title>');
    expect(html).toMatch(/\.watermark \{ position: fixed;/);
  });

  it('escapes text: rule text is never markup', () => {
    const v = { ...national.versions[1]!, articles: [{ ...national.versions[1]!.articles[0]!, text: '<script>x</script>' }] };
    expect(renderDocumentHtml(v)).toContain('&lt;script&gt;x&lt;/script&gt;');
  });
});

describe('PDF through headless Chromium', () => {
  it('prints the 2022 条例 to a multi-page A4 PDF in the shipped Noto Serif SC and Noto Sans SC', async () => {
    const out = join(work, 'national.pdf');
    const err: string[] = [];
    const code = await documentCommand.run([join(packageRoot, 'rules', 'national'), '--version', '2022-05-01', '--out', out], {
      stdout: () => {}, stderr: (t: string) => err.push(t), lang: 'zh', cwd: work, isTTY: false,
    });
    expect(code, err.join('\n')).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { pages, text, rotated, fonts: embedded } = await readPdf(bytes);
    // Not a draft: no watermark.
    expect(rotated.filter((t) => t)).toEqual([]);
    const fonts = new Set(embedded.map((f) => f.name).filter((n) => n));
    // 50 articles at 16pt on A4 cannot fit on one page.
    expect(pages).toBeGreaterThan(1);
    expect(text.replace(/\s/g, '')).toContain('信访工作条例');
    expect(text.replace(/\s/g, '')).toContain('第一条');
    // Body and title in the serif, article numbers and chapter headings in the sans: the packaged fonts,
    // not whatever the machine has. The one other font is the page-number footer's (print-pdf.ts).
    const families = new Set([...fonts].map((f) => f.replace(/[-_,].*$/, '').replace(/(Thin|ExtraLight|Light|Regular|Medium|SemiBold|Bold|ExtraBold|Black)+$/, '')));
    expect(families.has('NotoSerifSC') && families.has('NotoSansSC'), [...fonts].join(', ')).toBe(true);
    expect(families.size, [...fonts].join(', ')).toBeLessThanOrEqual(3);
    // Real outlines: Chromium prints WOFF2 and variable fonts as Type 3 (src/browser/open-html.ts).
    expect(embedded.length).toBeGreaterThan(0);
    expect(embedded.filter((f) => f.type3).map((f) => f.name)).toEqual([]);
  }, 120_000);

  it.skipIf(!PDFFONTS)('pdffonts lists no Type 3 font (skipped where poppler-utils is not installed)', () => {
    const listing = execFileSync(PDFFONTS!, [join(work, 'national.pdf')], { encoding: 'utf8' });
    const rows = listing.split('\n').slice(2).filter((l) => l.trim());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.includes('Type 3'))).toEqual([]);
    expect(rows.every((r) => r.includes('CID TrueType')), listing).toBe(true);
  });

  it('prints a draft with 草案 on every page', async () => {
    const dir = join(work, 'draft', 'national');
    cpSync(join(packageRoot, 'rules', 'national'), dir, { recursive: true });
    const file = join(dir, '2022-05-01.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^effective_from: 2022-05-01$/m, 'effective_from: 2022-05-01\ndraft: true'));
    const err: string[] = [];
    const code = await documentCommand.run([dir, '--out', 'draft.pdf'], { stdout: () => {}, stderr: (t: string) => err.push(t), lang: 'zh', cwd: work, isTTY: false });
    expect(code, err.join('\n')).toBe(0);
    const { pages, rotated } = await readPdf(new Uint8Array(readFileSync(join(work, 'draft.pdf'))));
    expect(pages).toBeGreaterThan(1);
    // The watermark is the only rotated text; its two characters may come out in either order.
    expect(rotated.map((t) => [...t].sort().join(''))).toEqual(Array.from({ length: pages }, () => [...'草案'].sort().join('')));
  }, 120_000);

  it('without a browser: a BROWSER_NOT_FOUND diagnostic with a hint, exit 1, no stack trace, no file', async () => {
    const out = join(work, 'none.pdf');
    const err: string[] = [];
    const saved = process.env.XINFANG_CHROMIUM;
    process.env.XINFANG_CHROMIUM = join(work, 'no-such-chromium');
    try {
      const code = await documentCommand.run([join(packageRoot, 'rules', 'national'), '--out', out], {
        stdout: () => {}, stderr: (t: string) => err.push(t), lang: 'zh', cwd: work, isTTY: false,
      });
      expect(code).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.XINFANG_CHROMIUM;
      else process.env.XINFANG_CHROMIUM = saved;
    }
    const text = err.join('\n');
    expect(text).toContain('BROWSER_NOT_FOUND');
    expect(text).toContain('找不到可用的 Chromium');
    expect(text).toContain('npm ci');
    expect(text).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});
