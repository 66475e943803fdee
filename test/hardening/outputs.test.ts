/**
 * What the CLI writes when its inputs or `--out` are hostile: inputs are never modified
 * (a read-only ledger keeps its bytes and mtime), `--out` never replaces an input and an existing
 * file in the way is a clear error, formula-like cells are neutralised in CSV and never become
 * formulas in XLSX, and HTML in rule or ledger text is escaped in reports. The site's escaping is
 * tested in test/site/site.test.ts with the same hostile-text fixture, so it is not repeated here.
 *
 * Decision on `--out` outside the working folder: allowed (an absolute path, or ../), because
 * offices keep reports on shared drives; the guards are about inputs, not about where the user
 * chooses to write.
 */
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { packageRoot } from '../../src/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-outputs-'));
afterAll(() => {
  chmodSync(join(work, 'in', 'ledger.csv'), 0o644);
  rmSync(work, { recursive: true, force: true });
});

/** Run the CLI in-process with `work` as the working folder. */
async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: work, isTTY: false });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every cell of every sheet of a written workbook: formula cells, and the text of string cells. */
function workbookCells(path: string): { formulas: string[]; texts: string[] } {
  const wb = XLSX.read(readFileSync(path), { type: 'buffer', cellFormula: true });
  const formulas: string[] = [];
  const texts: string[] = [];
  for (const [name, sheet] of Object.entries(wb.Sheets)) {
    for (const [ref, cell] of Object.entries(sheet)) {
      if (ref.startsWith('!')) continue;
      const c = cell as XLSX.CellObject;
      if (c.f !== undefined) formulas.push(`${name}!${ref}: ${c.f}`);
      if (typeof c.v === 'string') texts.push(c.v);
    }
  }
  return { formulas, texts };
}
const HOSTILE = ['=HYPERLINK("http://evil.example","点我")', '+1+1', '-2+3', '@SUM(1,1)', '<script>window.__xss=1</script>', '<img src=x onerror=alert(1)>'];

// The hostile-text rule set of the site tests (HTML in its title, names and articles), and a
// ledger whose cells are formulas and markup. Its clock `notice`: received → notified, 15日.
cpSync(join(packageRoot, 'test/site/fixtures/hostile-text'), join(work, 'rules', 'hostile-text'), { recursive: true });
mkdirSync(join(work, 'in'));
const LEDGER = join(work, 'in', 'ledger.csv');
writeFileSync(
  LEDGER,
  [
    '编号,登记日期,告知日期,承办部门,被反映对象,备注',
    ...HOSTILE.map((h, i) => `A-${i + 1},2024-03-0${i + 1},2024-03-10,"${h.replace(/"/g, '""')}","${h.replace(/"/g, '""')}","${h.replace(/"/g, '""')}"`),
  ].join('\n') + '\n',
);
chmodSync(LEDGER, 0o444);

describe('check writes reports and leaves its inputs alone', async () => {
  const before = { hash: sha(LEDGER), mtime: statSync(LEDGER).mtimeMs };
  const run = await cli('check', '--rules', 'rules/hostile-text', '--cases', 'in/ledger.csv', '--as-of', '2024-06-30', '--out', 'out');
  const outDir = join(work, 'out');

  it('the read-only ledger is checked (exit 0) and keeps its bytes and mtime', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(sha(LEDGER)).toBe(before.hash);
    expect(statSync(LEDGER).mtimeMs).toBe(before.mtime);
    expect(readdirSync(join(work, 'in'))).toEqual(['ledger.csv']);
  });

  it('writes the five reports and no temporary file', () => {
    expect(readdirSync(outDir).sort()).toEqual(['ledger.annotated.xlsx', 'ledger.check.html', 'ledger.check.json', 'ledger.check.xlsx', 'ledger.notices.html']);
  });

  it('no cell of the XLSX reports is a formula, and formula-like text is neutralised with a leading apostrophe', () => {
    for (const name of ['ledger.check.xlsx', 'ledger.annotated.xlsx']) {
      const { formulas, texts } = workbookCells(join(outDir, name));
      expect(formulas, name).toEqual([]);
      expect(texts.filter((t) => /^[=+\-@]/.test(t)), name).toEqual([]);
      // The annotated copy repeats every hostile cell: each must be there, neutralised.
      if (name === 'ledger.annotated.xlsx') for (const h of HOSTILE.filter((x) => /^[=+\-@]/.test(x))) expect(texts).toContain(`'${h}`);
    }
  });

  it('the HTML report shows rule and ledger markup as text', () => {
    const html = readFileSync(join(outDir, 'ledger.check.html'), 'utf8');
    expect(html).not.toMatch(/<script>window\.__xss|<img src=x|<i>斜体<\/i>/);
    expect(html).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;'); // a ledger department, escaped
  });

  it('the 督办通知单 has no markup from the rules or the ledger', () => {
    expect(readFileSync(join(outDir, 'ledger.notices.html'), 'utf8')).not.toMatch(/<script>window\.__xss|<img src=x|<i>斜体<\/i>/);
  });
});

describe('period reports (xinfang report) from the same hostile ledger', async () => {
  const runs = await Promise.all(
    ['statistics', 'inspection'].map((kind) => cli('report', kind, '--rules', 'rules/hostile-text', '--cases', 'in/ledger.csv', '--period', '2024', '--out', 'period')),
  );
  const dir = join(work, 'period');

  it('are written (exit 0) and leave the read-only ledger as it was', () => {
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.xlsx'))).toHaveLength(2);
    expect(readdirSync(join(work, 'in'))).toEqual(['ledger.csv']);
  });

  it('XLSX: no formula cell, formula-like text neutralised (regression: the statistics report kept "=HYPERLINK(…)" bare)', () => {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.xlsx'))) {
      const { formulas, texts } = workbookCells(join(dir, f));
      expect(formulas, f).toEqual([]);
      expect(texts.filter((t) => /^[=+\-@]/.test(t)), f).toEqual([]);
    }
  });

  it('HTML: rule and ledger markup shown as text', () => {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/<script>window\.__xss|<img src=x|<i>斜体<\/i>/);
    }
  });
});

describe('--out', () => {
  it('naming an existing file (where a folder is expected) is a usage error; the file is untouched', async () => {
    writeFileSync(join(work, 'existing.txt'), 'keep me');
    const r = await cli('check', '--rules', 'rules/hostile-text', '--cases', 'in/ledger.csv', '--as-of', '2024-06-30', '--out', 'existing.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('existing.txt  error  OUTPUT_NOT_A_FOLDER');
    expect(r.stderr).not.toMatch(/内部错误|internal error|\n\s+at /);
    expect(readFileSync(join(work, 'existing.txt'), 'utf8')).toBe('keep me');
  });

  it("naming the ledger's own folder is a usage error; nothing is written beside the ledger", async () => {
    const r = await cli('check', '--rules', 'rules/hostile-text', '--cases', 'in/ledger.csv', '--out', 'in');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('in  error  OUTPUT_BESIDE_INPUT');
    expect(readdirSync(join(work, 'in'))).toEqual(['ledger.csv']);
  });

  it('outside the working folder (absolute path) is allowed', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'xinfang-outputs-elsewhere-'));
    try {
      const r = await cli('check', '--rules', 'rules/hostile-text', '--cases', 'in/ledger.csv', '--as-of', '2024-06-30', '--out', join(elsewhere, 'reports'));
      expect(r.code, r.stderr).toBe(0);
      expect(readdirSync(join(elsewhere, 'reports'))).toHaveLength(5);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('compile --out onto a rule file of the set it compiles is a usage error; the rule file is untouched (regression: was overwritten with JSON)', async () => {
    const rule = join(work, 'rules/hostile-text/2024-01-01.yaml');
    const hash = sha(rule);
    for (const out of ['rules/hostile-text/2024-01-01.yaml', 'rules/hostile-text/compiled.yaml']) {
      const r = await cli('compile', 'rules/hostile-text', '--out', out);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toContain(`${out}  error  OUTPUT_IN_RULE_SET`);
    }
    expect(sha(rule)).toBe(hash);
    expect(existsSync(join(work, 'rules/hostile-text/compiled.yaml'))).toBe(false);
    const ok = await cli('compile', 'rules/hostile-text', '--out', 'hostile.compiled.json');
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(work, 'hostile.compiled.json'), 'utf8')).id).toBe('hostile-text');
  });
});

describe('the responsibility matrix with hostile department names', () => {
  // The hostile-text rule set with a routing table: the lead department's name is a formula, the
  // assisting one's is a script tag.
  const dir = join(work, 'rules', 'matrix-names');
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(join(work, 'rules/hostile-text/2024-01-01.yaml'), 'utf8')
    .replace('ruleset: hostile-text', 'ruleset: matrix-names')
    .replace('name: 信访办<script>window.__xss_dept=1</script>', `name: '=HYPERLINK("http://evil.example","点我")'`)
    .replace(
      '    basis: a1\nclocks:',
      '    basis: a1\n  - id: script\n    name: 协办<script>window.__xss_assist=1</script>\nrouting:\n  hit_policy: first\n  rules:\n    - lead: office\n      assist: [script]\n      basis: a1\nclocks:',
    );
  writeFileSync(join(dir, '2024-01-01.yaml'), text);

  it('CSV cells beginning with = + - @ get a leading apostrophe', async () => {
    const r = await cli('matrix', 'rules/matrix-names', '--format', 'csv');
    expect(r.code, r.stderr).toBe(0);
    const cells = r.stdout.replace(/^\uFEFF/, '').split(/\r?\n/).flatMap((l) => l.split(','));
    expect(cells.filter((c) => /^"?[=+\-@]/.test(c))).toEqual([]);
    expect(r.stdout).toContain(`'=HYPERLINK(`);
  });

  it('XLSX has no formula cell', async () => {
    const r = await cli('matrix', 'rules/matrix-names', '--format', 'xlsx', '--out', 'matrix.xlsx');
    expect(r.code, r.stderr).toBe(0);
    const wb = XLSX.read(readFileSync(join(work, 'matrix.xlsx')), { type: 'buffer', cellFormula: true });
    const cells = Object.entries(wb.Sheets[wb.SheetNames[0]!]!).filter(([k]) => !k.startsWith('!'));
    expect(cells.length).toBeGreaterThan(9); // header + one row
    expect(cells.filter(([, c]) => (c as XLSX.CellObject).f !== undefined)).toEqual([]);
  });

  it('HTML escapes rule markup', async () => {
    const r = await cli('matrix', 'rules/matrix-names', '--format', 'html');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/<script>window\.__xss|<img src=x/);
    expect(r.stdout).toContain('&lt;script&gt;window.__xss_assist=1&lt;/script&gt;');
  });
});
