/**
 * The Word document (`xinfang document --format docx`): the .docx is unzipped and its XML read back
 * (title, article text, fonts, GB/T 9704 page and margins, the page-number field, the draft
 * watermark), then opened in LibreOffice Writer and converted to PDF where it is installed.
 * Expected twips are hand counts: 1 mm = 1440 / 25.4 twips (37 mm → 2098, 35 → 1984, 28 → 1587,
 * 26 → 1474; A4 210 × 297 mm → 11906 × 16838).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentCommand } from '../../src/cli/document.ts';
import { renderDocumentDocx } from '../../src/document/render-docx.ts';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';
import { readPdf, which } from './read-pdf.ts';

/** LibreOffice with its Writer component (Debian's libreoffice-writer), which opens .docx files. */
const SOFFICE = which('soffice');
const WRITER = SOFFICE !== undefined && existsSync(join(dirname(realpathSync(SOFFICE)), 'libswlo.so'));

let national: CompiledRuleSet;
let work: string;
let parts: Map<string, string>;

async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml')) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

beforeAll(async () => {
  national = (await buildRuleSets([join(packageRoot, 'rules', 'national')], packageRoot)).compiled[0]!;
  work = mkdtempSync(join(tmpdir(), 'xinfang-docx-'));
  const err: string[] = [];
  const code = await documentCommand.run([join(packageRoot, 'rules', 'national'), '--version', '2022-05-01', '--out', 'national.docx'], {
    stdout: () => {}, stderr: (t: string) => err.push(t), lang: 'zh', cwd: work, isTTY: false,
  });
  expect(code, err.join('\n')).toBe(0);
  parts = await unzip(new Uint8Array(readFileSync(join(work, 'national.docx'))));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The text of each paragraph of a part, in order. */
const paragraphTexts = (xml: string): string[] =>
  [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => [...(m[1] ?? m[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

describe('the 2022 信访工作条例 as .docx, read back', () => {
  it('starts with the title in 方正小标宋简体 二号 (22 pt = 44 half-points), centred', () => {
    const doc = parts.get('word/document.xml')!;
    expect(paragraphTexts(doc)[0]).toBe('信访工作条例');
    expect(doc).toMatch(/^[\s\S]*?<w:body><w:p><w:pPr>[^]*?<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:rFonts [^>]*w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>/);
    expect(paragraphTexts(doc)[1]).toBe('（中共中央、国务院发布　自2022年5月1日起施行）');
  });

  it('sets every article: 第一条 in 黑体, a full-width space, then its text; 第五十条 last', () => {
    const texts = paragraphTexts(parts.get('word/document.xml')!);
    expect(texts).toContain('第一条　为了坚持和加强党对信访工作的全面领导，做好新时代信访工作，保持党和政府同人民群众的密切联系，制定本条例。');
    expect(texts.at(-1)).toBe('第五十条　本条例自2022年5月1日起施行。');
    expect(texts.filter((t) => /^第[一二三四五六七八九十]+条　/.test(t))).toHaveLength(50);
    expect(texts).toContain('第一章 总则');
    expect(parts.get('word/document.xml')!).toMatch(/w:eastAsia="黑体"[^>]*\/><w:sz w:val="32"\/><w:szCs w:val="32"\/><\/w:rPr><w:t xml:space="preserve">第一条<\/w:t>/);
  });

  it('holds nothing but the 制度: no rule-set id or source, no watermark', () => {
    const all = [...parts.values()].join('\n');
    expect(all).not.toContain('规则集');
    expect(all).not.toContain(national.versions[1]!.source_document!);
    expect(all).not.toContain('草案');
    expect([...parts.keys()].some((k) => k.startsWith('word/header'))).toBe(false);
  });

  it('body 仿宋 三号 (16 pt = 32 half-points) on a fixed 28.95 pt line (579 twips: 22 lines in 225 mm), indented two characters (640 twips)', () => {
    expect(parts.get('word/styles.xml')!).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="仿宋"[^>]*\/><w:sz w:val="32"\/>/);
    expect(parts.get('word/document.xml')!).toContain('<w:spacing w:line="579" w:lineRule="exact"/><w:ind w:firstLine="640"/>');
  });

  it('A4 with the GB/T 9704 margins: top 37, bottom 35, left 28, right 26 mm', () => {
    const doc = parts.get('word/document.xml')!;
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(doc)![1]!;
    const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]);
    expect([attr('top'), attr('bottom'), attr('left'), attr('right')]).toEqual([2098, 1984, 1587, 1474]);
  });

  it('numbers the pages "— PAGE —" with a PAGE field in the footer, centred', () => {
    const footer = [...parts.entries()].find(([k]) => k.startsWith('word/footer'))![1];
    expect(footer).toContain('<w:jc w:val="center"/>');
    expect(footer).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:fldChar w:fldCharType="end"\/>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
    expect(parts.get('word/document.xml')!).toMatch(/<w:footerReference w:type="default"/);
  });
});

describe('xinfang document --format docx', () => {
  it('needs --out (a usage error), and --out x.docx alone picks the format', async () => {
    const ctx = { stdout: () => {}, stderr: () => {}, lang: 'zh' as const, cwd: work, isTTY: false };
    await expect(documentCommand.run([join(packageRoot, 'rules', 'national'), '--format', 'docx'], ctx)).rejects.toThrow('docx 格式需要 --out 文件。');
    // national.docx above was written with --out alone: a zip (PK) holding word/document.xml.
    expect(readFileSync(join(work, 'national.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('a draft as .docx', () => {
  it('carries Word\'s 草案 text watermark in the header of every page', async () => {
    const draft = await unzip(await renderDocumentDocx({ ...national.versions[1]!, draft: true }));
    const header = [...draft.entries()].find(([k]) => k.startsWith('word/header'))?.[1];
    expect(header).toMatch(/<v:textpath [^>]*string="草案"/);
    expect(draft.get('word/document.xml')!).toMatch(/<w:headerReference w:type="default"/);
  });
});

describe('the .docx in LibreOffice', () => {
  it.skipIf(!WRITER)('opens in Writer and converts to an A4 PDF with the text and "— n —" page numbers (skipped where soffice with Writer is not installed)', async () => {
    const profile = pathToFileURL(join(work, 'lo-profile')).href;
    execFileSync(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo'), join(work, 'national.docx')], {
      stdio: 'pipe', timeout: 120_000,
    });
    const pdf = join(work, 'lo', 'national.pdf');
    expect(existsSync(pdf)).toBe(true);
    const { pages, sizes, pageTexts } = await readPdf(new Uint8Array(readFileSync(pdf)));
    // 50 articles at 三号 on 22 lines a page: far more than one page.
    expect(pages).toBeGreaterThan(5);
    expect(sizes[0]).toEqual([595, 842]);
    const flat = pageTexts.map((t) => t.replace(/\s/g, ''));
    expect(flat[0]).toContain('信访工作条例');
    expect(flat[0]).toContain('第一条');
    expect(flat.at(-1)).toContain('第五十条');
    flat.forEach((t, i) => expect(t, `page ${i + 1}`).toContain(`—${i + 1}—`));
  }, 180_000);
});
