/**
 * The 修订对照表 a 法规科 hands to leadership, on a revision made for this test: the hospital's 制度
 * (rules/hospital) re-issued on 2027-01-01 with 第5条's "一周内" changed to "5个工作日内", the clock
 * changed to match, and a change_note on that article. Expected values are read off those two edits.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/cli/diff.ts';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import { diffVersions, type VersionDiff } from '../../src/versions/diff-versions.ts';
import { renderDiffHtml } from '../../src/versions/render-diff-html.ts';
import { renderDiffMarkdown } from '../../src/versions/render-diff-md.ts';
import { renderDiffXlsx } from '../../src/versions/render-diff-xlsx.ts';
import { readPdf } from '../document/read-pdf.ts';

const NOTE = '按医院新规定，来信处理时限由一周改为5个工作日。';

/** The 2027 revision of rules/hospital/2023-12-13.yaml: three edits, each checked before it is made. */
function revise(text: string): string {
  const edits: [string, string][] = [
    ['effective_from: 2023-12-13', 'effective_from: 2027-01-01'],
    ['\n      原则上所有来信在一周内予以处理', '\n      原则上所有来信在5个工作日内予以处理'],
    ['    limit: 7日\n', '    limit: 5个工作日\n'],
    ['  - id: a6\n', `    change_note: ${NOTE}\n  - id: a6\n`],
  ];
  let out = text;
  for (const [from, to] of edits) {
    if (!out.includes(from)) throw new Error(`fixture edit not found: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}

let work: string;
let dir: string;
let diff: VersionDiff;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'xinfang-revision-'));
  dir = join(work, 'hospital');
  cpSync(join(packageRoot, 'rules', 'hospital'), dir, { recursive: true });
  writeFileSync(join(dir, '2027-01-01.yaml'), revise(readFileSync(join(dir, '2023-12-13.yaml'), 'utf8')));
  const built = await buildRuleSets([dir], work);
  expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const [a, b] = built.compiled[0]!.versions;
  diff = diffVersions(a!, b!);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const row5 = () => diff.articles.find((r) => r.new?.number === '5、')!;

describe('the 2027 revision of the hospital 制度', () => {
  it('marks whole tokens: ~~一周~~ → 5个工作日, not single characters', () => {
    expect(row5().status).toBe('changed');
    expect(row5().segments.filter((s) => s.op !== 'eq')).toEqual([
      { op: 'del', text: '一周' },
      { op: 'ins', text: '5个工作日' },
    ]);
    expect(row5().note).toBe(NOTE);
    expect(diff.summary).toEqual({ unchanged: 5, renumbered: 0, changed: 1, added: 0, deleted: 0 });
  });

  it('names the changed clock by its name only, with full-width punctuation', () => {
    expect(diff.changes).toEqual([{ area: 'clock', item: '时限「来信处理」', field: '期限', old: '7日', new: '5个工作日' }]);
  });

  it('Markdown: ~~一周~~ **5个工作日** and the 修改说明', () => {
    const md = renderDiffMarkdown(diff);
    expect(md).toContain('原则上所有来信在~~一周~~ **5个工作日**内予以处理');
    expect(md).toContain(`## 5、（修改）\n\n原则上`);
    expect(md).toContain(`修改说明：${NOTE}`);
    expect(md).not.toMatch(/\(resolve\)|resolve/);
  });

  it('HTML: a 修改说明 column with the kind of change and the note', () => {
    const html = renderDiffHtml(diff);
    expect(html).toContain('<th scope="col">修改说明</th>');
    expect(html).toContain(`<td class="status"><span class="kind">修改</span><span class="note">${NOTE}</span></td>`);
    expect(html).toContain('原则上所有来信在<del>一周</del>内予以处理');
    expect(html).toContain('原则上所有来信在<ins>5个工作日</ins>内予以处理');
    expect(html).toContain('修改 1 条，新增 0 条，删除 0 条，仅条号调整 0 条，未修改 5 条。');
  });
});

describe('the 对照表 workbook, read back', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await renderDiffXlsx(diff)) as unknown as ArrayBuffer);
  });

  it('has a centred title and the two versions above a styled, bordered header', () => {
    const ws = book.getWorksheet('条文对照')!;
    expect(ws.getCell('A1').value).toBe('《医院信访工作制度》修订对照表');
    expect(ws.getCell('E1').master.address).toBe('A1');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').alignment.horizontal).toBe('center');
    expect(String(ws.getCell('A2').value)).toContain('原版本：2023-12-13 施行');
    expect(ws.getRow(3).values).toEqual([undefined, '原条号', '原条文（2023-12-13）', '修订后条号', '修订后条文（2027-01-01）', '修改说明']);
    for (const col of ['A', 'B', 'C', 'D', 'E']) {
      const cell = ws.getCell(`${col}3`);
      expect(cell.font.bold, col).toBe(true);
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb, col).toBe('FFDCE6F1');
      expect(cell.border.bottom?.style, col).toBe('thin');
    }
  });

  it('prints A4 landscape, one page wide, the header row repeated on every page', () => {
    const setup = book.getWorksheet('条文对照')!.pageSetup;
    expect(setup.paperSize).toBe(9);
    expect(setup.orientation).toBe('landscape');
    expect(setup.fitToWidth).toBe(1);
    expect(setup.printTitlesRow).toBe('3:3');
  });

  it('marks deleted words struck in the old text and inserted words bold and underlined in the new, cells bordered and wrapped', () => {
    const ws = book.getWorksheet('条文对照')!;
    // Row 4 is 1、; 5、 is the fifth article: row 8.
    expect(ws.getCell('C8').value).toBe('5、');
    const old = (ws.getCell('B8').value as ExcelJS.CellRichTextValue).richText;
    const neu = (ws.getCell('D8').value as ExcelJS.CellRichTextValue).richText;
    expect(old.filter((r) => r.font?.strike).map((r) => r.text)).toEqual(['一周']);
    expect(neu.filter((r) => r.font?.underline).map((r) => r.text)).toEqual(['5个工作日']);
    expect(neu.find((r) => r.text === '5个工作日')?.font?.bold).toBe(true);
    expect(neu.map((r) => r.text).join('')).toBe(diff.articles[4]!.new!.text);
    expect(ws.getCell('E8').value).toBe(`修改\n${NOTE}`);
    expect(ws.getCell('B8').alignment.wrapText).toBe(true);
    expect(ws.getCell('B8').border.left?.style).toBe('thin');
    // An unchanged article is plain text.
    expect(ws.getCell('B4').value).toBe(diff.articles[0]!.old!.text);
  });

  it('lists the other changes by name on their own sheet', () => {
    const ws = book.getWorksheet('其他变化')!;
    expect(ws.getRow(3).values).toEqual([undefined, '时限', '时限「来信处理」', '期限', '7日', '5个工作日']);
    expect(ws.pageSetup.printTitlesRow).toBe('2:2');
  });
});

describe('xinfang diff --format pdf', () => {
  it('prints the 对照表 on A4 landscape with the marked words and the 修改说明', async () => {
    const err: string[] = [];
    const ctx = { stdout: () => {}, stderr: (t: string) => err.push(t), lang: 'zh' as const, cwd: work, isTTY: false };
    expect(await diffCommand.run([dir, '--out', 'hospital.pdf'], ctx), err.join('\n')).toBe(0);
    const { pages, sizes, text } = await readPdf(new Uint8Array(readFileSync(join(work, 'hospital.pdf'))));
    expect(pages).toBeGreaterThanOrEqual(1);
    // A4 landscape: 842 × 595 points.
    expect(sizes[0]).toEqual([842, 595]);
    const flat = text.replace(/\s/g, '');
    expect(flat).toContain('《医院信访工作制度》修订对照表');
    expect(flat).toContain('修改说明');
    expect(flat).toContain(NOTE);
    expect(flat).toContain('5个工作日');
  }, 120_000);


  it('needs --out (a usage error)', async () => {
    const ctx = { stdout: () => {}, stderr: () => {}, lang: 'zh' as const, cwd: work, isTTY: false };
    await expect(diffCommand.run([dir, '--format', 'pdf'], ctx)).rejects.toThrow('pdf 格式需要 --out 文件。');
  });
});
