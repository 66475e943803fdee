/**
 * Every attack of the hardening work, run through the CLI as a user would (`node src/cli/xinfang.js`)
 * with a 20 s limit and V8's heap capped at 1 GB, printing one table row per attack: exit code, the
 * first diagnostic code, seconds and peak resident memory (from /usr/bin/time). Each must end within
 * 20 s, under 1 GB, with exit 1 or 2 and a diagnostic — or exit 0 with safe output — never
 * "内部错误", a native stack or exit 134. Run: `npx tsx test/hardening/hostile-table.ts`.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { packageRoot } from '../../src/paths.ts';
import { workbookWithSheet } from './hostile-ledger.ts';

const CLI = join(packageRoot, 'src/cli/xinfang.js');
const FIXTURE = join(packageRoot, 'test/rules/fixtures/minimal/sample');
const BASE = readFileSync(join(FIXTURE, '2024-01-01.yaml'), 'utf8');
const LEDGER = join(packageRoot, 'data/ledgers/company.csv');
const work = mkdtempSync(join(tmpdir(), 'xinfang-hostile-table-'));

interface Attack {
  name: string;
  args: () => string[] | Promise<string[]>;
  /** What a safe outcome is: the expected code, or `safe` with a check of stdout and stderr together. */
  expect: string | { safe: (stdout: string) => boolean };
}

let n = 0;
/** A copy of the minimal rule set with its one file's text replaced; returns its folder. */
function ruleSet(text: string, id = 'sample'): string {
  const dir = join(work, `r${n++}`, id);
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, '2024-01-01.yaml'), text);
  return dir;
}
const withOrg = (lines: string) => BASE.replace('  placeholders: [phones]\n', `${lines}  placeholders: [phones]\n`);
const withRrule = (rrule: string) => BASE.replace('FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1', rrule.replace(/\n/g, '\\n')).replace(/rrule: (.*)$/m, (_m, v: string) => `rrule: "${v}"`);
function file(name: string, data: string | Uint8Array): string {
  const path = join(work, `f${n++}-${name}`);
  writeFileSync(path, data);
  return path;
}
function book(type: XLSX.BookType, merges = false): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([['编号', '登记日期'], ['A-1', '2024-01-02']]);
  if (merges) ws['!merges'] = [XLSX.utils.decode_range('A3:XFD1048576')];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '台账');
  return XLSX.write(wb, { type: 'buffer', bookType: type }) as Buffer;
}
const rulesWorkbook = () => {
  const path = join(work, `wb${n++}`, 'national.xlsx');
  mkdirSync(join(path, '..'));
  execFileSync(process.execPath, [CLI, 'export', join(packageRoot, 'rules/national'), '--xlsx', path], { cwd: work, stdio: 'pipe' });
  return path;
};
const importOver = (existing: string) => {
  const out = join(work, `imp${n++}`, 'national');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, '2005-05-01.yaml'), existing);
  return ['import', rulesWorkbook(), '--out', out];
};
const fifo = (name: string) => {
  const path = join(work, `p${n++}-${name}`);
  execFileSync('mkfifo', [path]);
  return path;
};
const bomb = () => workbookWithSheet(function* () { const mb = ' '.repeat(1 << 20); for (let i = 0; i < 300; i++) yield mb; });

const attacks: Attack[] = [
  { name: 'website javascript: (1)', args: () => ['validate', ruleSet(withOrg('  website: "javascript:alert(1)"\n'))], expect: 'SCHEMA_FORMAT' },
  { name: 'website with credentials (1)', args: () => ['validate', ruleSet(withOrg('  website: "https://u:p@evil.example/"\n'))], expect: 'CONTACT_WEBSITE_INVALID' },
  { name: 'phone javascript: (1)', args: () => ['validate', ruleSet(withOrg('  supervision_phone: { label: 监督, number: "javascript:alert(1)" }\n'))], expect: 'SCHEMA_FORMAT' },
  { name: 'email ?bcc= (1)', args: () => ['validate', ruleSet(withOrg('  email: "a@b.cn?bcc=x@evil.example"\n'))], expect: 'SCHEMA_FORMAT' },
  { name: 'RRULE BYHOUR=25 (5)', args: () => ['validate', ruleSet(withRrule('FREQ=DAILY;BYHOUR=25'))], expect: 'RRULE_VALUE_OUT_OF_RANGE' },
  { name: 'RRULE FREQ=SECONDLY (5)', args: () => ['validate', ruleSet(withRrule('FREQ=SECONDLY'))], expect: 'RRULE_FREQ_TOO_FINE' },
  { name: 'RRULE FREQ=MINUTELY, schedule (5)', args: () => ['schedule', '--rules', ruleSet(withRrule('FREQ=MINUTELY')), '--year', '2024'], expect: 'RRULE_FREQ_TOO_FINE' },
  { name: 'RRULE newline + EXRULE (5)', args: () => ['validate', ruleSet(withRrule('FREQ=DAILY\nEXRULE:FREQ=DAILY'))], expect: 'RRULE_SYNTAX' },
  { name: 'RRULE EXRULE part (5)', args: () => ['validate', ruleSet(withRrule('FREQ=DAILY;EXRULE=X'))], expect: 'RRULE_PART_UNKNOWN' },
  { name: 'RRULE never occurs, 30 Feb daily (5)', args: () => ['validate', ruleSet(withRrule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'))], expect: 'RRULE_NEVER_OCCURS' },
  { name: 'RRULE never occurs, 6th Monday (5)', args: () => ['validate', ruleSet(withRrule('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6'))], expect: 'RRULE_NEVER_OCCURS' },
  { name: 'lone CR in a name, schedule --format ics (5)', args: () => ['schedule', '--rules', ruleSet(BASE.replace('    name: 领导接待日', '    name: "领导接待日\\rX-INJECT:1"')), '--year', '2024', '--format', 'ics'], expect: { safe: (o) => o.includes('领导接待日\\nX-INJECT:1') && !/\r(?!\n)/.test(o) && !/^X-INJECT/m.test(o) } },
  { name: 'deadline --batch formulas (7)', args: () => ['deadline', '--batch', file('f.csv', 'case,from,limit\n=HYPERLINK("http://x"),2024-01-26,15日\n@SUM(A1),2024-01-26,15日\n')], expect: { safe: (o) => !/^[=+\-@]/m.test(o) } },
  { name: 'deadline --batch stray quote (7)', args: () => ['deadline', '--batch', file('q.csv', 'case,from,limit\nA1,"2024-01-26,15日\nA2,2024-01-26,15日\n')], expect: 'DEADLINE_BATCH_MALFORMED' },
  {
    name: 'rule file -> /dev/zero (5,6)',
    args: () => {
      const dir = ruleSet(BASE);
      rmSync(join(dir, '2024-01-01.yaml'));
      symlinkSync('/dev/zero', join(dir, '2024-01-01.yaml'));
      return ['validate', dir];
    },
    expect: 'INPUT_NOT_REGULAR_FILE',
  },
  {
    name: 'rule file is a FIFO (9)',
    args: () => {
      const dir = ruleSet(BASE);
      rmSync(join(dir, '2024-01-01.yaml'));
      execFileSync('mkfifo', [join(dir, '2024-01-01.yaml')]);
      return ['validate', dir];
    },
    expect: 'INPUT_NOT_REGULAR_FILE',
  },
  { name: 'ledger is a FIFO (9)', args: () => ['check', '--rules', join(packageRoot, 'rules/company'), '--cases', fifo('ledger.csv')], expect: 'INPUT_NOT_REGULAR_FILE' },
  { name: 'rule-set id "search" (9)', args: () => ['validate', ruleSet(BASE.replace('ruleset: sample', 'ruleset: search'), 'search')], expect: 'RULESET_ID_RESERVED' },
  { name: 'import over flow-style rule file (6)', args: () => importOver('{"ruleset": "national", "title": "手写"}\n'), expect: 'OUTPUT_IN_RULE_SET' },
  { name: 'import over ruleset: after 70 KB (6)', args: () => importOver(`${'# 注释\n'.repeat(10_000)}ruleset: national\n`), expect: 'OUTPUT_IN_RULE_SET' },
  { name: 'import over a file it did not write (6)', args: () => importOver('note: 我的笔记\n'), expect: 'OUTPUT_NOT_OURS' },
  { name: 'import merge A3:XFD1048576 (3,4)', args: () => ['import', file('m.xlsx', book('xlsx', true)), '--out', join(work, `o${n++}`, 'm')], expect: 'WORKBOOK_DAMAGED' },
  { name: 'import 300 MB zip bomb (4)', args: async () => ['import', file('bomb.xlsx', await bomb()), '--out', join(work, `o${n++}`, 'b')], expect: 'WORKBOOK_DAMAGED' },
  { name: 'import .ods (3)', args: () => ['import', file('r.ods', book('ods')), '--out', join(work, `o${n++}`, 'r')], expect: 'WORKBOOK_DAMAGED' },
  { name: 'ledger .ods (3)', args: () => ['check', '--rules', join(packageRoot, 'rules/company'), '--cases', file('l.ods', book('ods'))], expect: 'LEDGER_WORKBOOK_DAMAGED' },
  { name: 'ledger .xls (3)', args: () => ['check', '--rules', join(packageRoot, 'rules/company'), '--cases', file('l.xls', book('biff8'))], expect: 'LEDGER_WORKBOOK_DAMAGED' },
  { name: 'ledger .xlsb (3)', args: () => ['check', '--rules', join(packageRoot, 'rules/company'), '--cases', file('l.xlsb', book('xlsb'))], expect: 'LEDGER_WORKBOOK_DAMAGED' },
  { name: 'ledger merge A3:XFD1048576 (3)', args: () => ['check', '--rules', join(packageRoot, 'rules/company'), '--cases', file('m.xlsx', book('xlsx', true))], expect: 'LEDGER_WORKBOOK_DAMAGED' },
  {
    name: 'ledger cell with ESC and bidi (9)',
    args: () => ['check', '--rules', join(packageRoot, 'rules/company'), '--cases', file('esc.csv', readFileSync(LEDGER, 'utf8').replace(/\n([^\n]*)\n/, (_m, row: string) => `\n${row}\n\u001b]0;pwned\u0007\u202e,2024-13-45\n`))],
// eslint-disable-next-line no-control-regex -- control characters are what this matches
    expect: { safe: (o) => !/[\u001b\u0007\u202e]/.test(o) },
  },
];

const rows: string[][] = [];
let failed = 0;
for (const a of attacks) {
  const args = await a.args();
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, '--max-old-space-size=1024', CLI, ...args], { cwd: work, timeout: 20_000, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - t0) / 1000;
  const stderr = r.stderr ?? '';
  const peakKb = Number(/(\d+)\s*$/.exec(stderr)?.[1] ?? NaN);
  const code = /\s(?:error|warning)\s+([A-Z][A-Z0-9_]+)\s/.exec(stderr)?.[1] ?? '—';
  const exit = r.status ?? (r.signal ? `signal ${r.signal}` : '?');
  const internal = /内部错误|internal error|\n\s+at /.test(stderr);
  const ok =
    seconds < 20 &&
    peakKb < 1024 * 1024 &&
    !internal &&
    (typeof a.expect === 'string' ? (exit === 1 || exit === 2) && stderr.includes(a.expect) : exit === 0 && a.expect.safe((r.stdout ?? '') + stderr));
  if (!ok) failed++;
  rows.push([a.name, String(exit), typeof a.expect === 'string' ? code : code === '—' ? 'safe output' : `${code} (safe output)`, seconds.toFixed(2), String(Math.round(peakKb / 1024)), ok ? 'ok' : 'FAIL']);
}
rmSync(work, { recursive: true, force: true });

const head = ['attack (issue item)', 'exit', 'diagnostic', 's', 'peak MB', ''];
const widths = head.map((h, i) => rows.reduce((w, r) => Math.max(w, [...r[i]!].length), [...h].length));
const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`\n${attacks.length - failed}/${attacks.length} attacks end safely.`);
process.exitCode = failed ? 1 : 0;
