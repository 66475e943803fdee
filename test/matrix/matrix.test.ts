/** The responsibility matrix: rows from a routing table, and the CSV / XLSX / HTML writers. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { responsibilityMatrix, type MatrixRow } from '../../src/matrix/matrix.ts';
import { matrixCsv, matrixHtml, matrixXlsx } from '../../src/matrix/write-matrix.ts';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';

const FIXTURE = join(packageRoot, 'test/matrix/fixtures/routing');
let rows: MatrixRow[];

beforeAll(async () => {
  const built = await buildRuleSets([FIXTURE], packageRoot);
  rows = responsibilityMatrix(built.compiled[0]!.versions[0]!);
});

describe('responsibilityMatrix', () => {
  it('lists routing rows in table order, one row per category, then categories no row covers', () => {
    // Row 1 has no category (every category) and a condition; row 2 covers wages and labour;
    // "other" is routed by no row (a ROUTING_GAP warning) but is still listed, with no lead.
    expect(rows.map((r) => [r.category, r.condition, r.lead])).toEqual([
      ['全部事项', '等级为重大', '信访办'],
      ['工资待遇', '', '工会'],
      ['劳动纠纷', '', '工会'],
      ['其他事项', '', ''],
    ]);
  });

  it('names departments, joins assistants, cites the article and never shows a placeholder number', () => {
    expect(rows[1]).toMatchObject({ assist: '人事处、信访办', approver: '分管领导', supervisor: '信访办', basis: '《矩阵测试制度》第二条' });
    // The office's second line is a placeholder (xxxx): shown as 待补充.
    expect(rows[0]!.contact).toBe('信访办 010-11112222；值班 待补充');
    expect(rows.map((r) => r.contact).join()).not.toContain('xxxx');
  });
});

describe('writers', () => {
  const tricky: MatrixRow = { category: '含,逗号"引号"', lead: '<b>甲</b>', assist: '', approver: '', supervisor: '', contact: '', basis: '', condition: '', note: '第一行\n第二行' };

  it('CSV starts with a BOM and the Chinese header, quotes commas, quotes and line breaks', () => {
    const csv = matrixCsv([tricky]);
    expect(csv.startsWith('\uFEFF事项类别,适用情形,牵头/承办,协办,审批,督办,联系方式,依据,说明\r\n')).toBe(true);
    expect(csv).toContain('"含,逗号""引号"""');
    expect(csv).toContain('"第一行\n第二行"');
  });

  it('XLSX reads back as the same table', async () => {
    const book = XLSX.read(await matrixXlsx(rows, '矩阵测试单位'), { type: 'array' });
    expect(book.SheetNames).toEqual(['责任矩阵']);
    const table = XLSX.utils.sheet_to_json<string[]>(book.Sheets['责任矩阵']!, { header: 1, defval: '' });
    expect(table[0]![0]).toBe('事项类别');
    expect(table[2]).toEqual(['工资待遇', '', '工会', '人事处、信访办', '分管领导', '信访办', '', '《矩阵测试制度》第二条', '']);
  });

  it('HTML escapes rule text instead of rendering it', () => {
    const html = matrixHtml([tricky], '单位<script>');
    expect(html).toContain('&lt;b&gt;甲&lt;/b&gt;');
    expect(html).toContain('单位&lt;script&gt;');
    expect(html).not.toContain('<b>甲');
    expect(html).toContain('<html lang="zh-CN">');
  });
});

describe('xinfang matrix', () => {
  async function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: packageRoot });
    return { code, out: out.join(''), err: err.join('') };
  }

  it('prints CSV to stdout', async () => {
    const r = await run(['matrix', FIXTURE, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.out.split('\r\n')[2]).toBe('工资待遇,,工会,人事处、信访办,分管领导,信访办,,《矩阵测试制度》第二条,');
  });

  it.each([
    [['matrix', FIXTURE, '--format', 'pdf'], '--format pdf'],
    [['matrix', FIXTURE, '--format', 'xlsx'], 'xlsx'],
    [['matrix'], '规则集目录'],
    [['matrix', FIXTURE, '--as-of', '2024-13-01'], '--as-of'],
  ])('usage error %j exits 2', async (argv, says) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(says);
  });

  it('says when no version is in force on --as-of', async () => {
    const r = await run(['matrix', FIXTURE, '--as-of', '2023-12-31']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('尚无施行的版本');
  });
});

describe('a row for every category under hit policy first is labelled by what it really covers', () => {
  const base = readFileSync(join(FIXTURE, '2024-01-01.yaml'), 'utf8');
  const work = mkdtempSync(join(tmpdir(), 'xinfang-matrix-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const catchAll = '    - lead: office\n      basis: a1\narticles:';
  let n = 0;
  it.each([
    ['after a conditional row: whatever fell through', (t: string) => t.replace('articles:', catchAll), '未被上列各行命中的事项'],
    [
      'after plain category rows only: the remaining categories',
      (t: string) => t.replace(/    - when: \{ level: 重大 \}\n(?:      .*\n)*/, '').replace('articles:', catchAll),
      '其余类别',
    ],
  ])('%s', async (_name, edit, label) => {
    const dir = join(work, `case${n++}`, 'routing');
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, '2024-01-01.yaml'), edit(base));
    const built = await buildRuleSets([dir], work);
    const last = responsibilityMatrix(built.compiled[0]!.versions[0]!).at(-1)!;
    expect([last.category, last.lead]).toEqual([label, '信访办']);
  });
});
