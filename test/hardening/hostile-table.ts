/**
 * Every attack of the hardening work, run through the CLI as a user would (`node src/cli/xinfang.js`)
 * with V8's heap capped at 1 GB, printing one table row per attack: exit code, the first diagnostic
 * code, wall and CPU seconds and peak resident memory (from /usr/bin/time: the largest of the CLI and
 * every process it starts and waits for, such as the site's search indexer). Each must end within
 * 20 s of CPU time, under 1 GB, with exit 1 or 2 and a diagnostic — or exit 0 with safe output — never
 * "内部错误", a native stack or exit 134. Run: `npm run hostile` (exit 1 when an attack does not end
 * safely). A site build is held to SITE_CPU_S instead of 20 s: building the site of the minimal rule
 * set alone takes some 14 s of CPU (Astro and Pagefind), before any attack.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { packageRoot } from '../../src/paths.ts';
import { MINIMAL_RULES as BASE, minimalRuleSetsIn } from '../rules/minimal-rule-set.ts';
import { book, repeatedLedger, workbookWithSheet, workbookWithSheetXml } from './hostile-ledger.ts';

const CLI = join(packageRoot, 'src/cli/xinfang.js');
/** Wall-clock seconds after which an attack's CLI is killed (see the run loop). */
const WALL_KILL_S = 120;
/** CPU seconds a site build may take (see the top of this file); its wall clock is killed at 5 minutes. */
const SITE_CPU_S = 60;
const LEDGER = join(packageRoot, 'data/ledgers/company.csv');
const work = mkdtempSync(join(tmpdir(), 'xinfang-hostile-table-'));

interface Attack {
  name: string;
  args: () => string[] | Promise<string[]>;
  /** What a safe outcome is: the expected code, or `safe` with a check of stdout and stderr together. */
  expect: string | { safe: (stdout: string) => boolean };
  /** Bytes for the command's standard input (a pipe). */
  stdin?: string;
  /** CPU seconds allowed, when not 20 (a site build, see the top of this file). */
  cpu?: number;
}

let n = 0;
/** A copy of the minimal rule set with its one file's text replaced; returns its folder. */
const { folder: ruleSet } = minimalRuleSetsIn(work);
const WEBSITE = '  website: https://example.org/\n';
/** The minimal rule set with `lines` added to its organisation (after its website line). */
const withOrg = (lines: string) => BASE.replace(WEBSITE, `${WEBSITE}${lines}`);
/** The minimal rule set with its website replaced. */
const withWebsite = (url: string) => BASE.replace(WEBSITE, `  website: "${url}"\n`);
const withRrule = (rrule: string) => BASE.replace('FREQ=MONTHLY;BYDAY=WE;BYSETPOS=1', rrule.replace(/\n/g, '\\n')).replace(/rrule: (.*)$/m, (_m, v: string) => `rrule: "${v}"`);
function file(name: string, data: string | Uint8Array): string {
  const path = join(work, `f${n++}-${name}`);
  writeFileSync(path, data);
  return path;
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
/** A rule set with `cats` categories and `rows` routing rows at one level each, hit policy unique (~93 KB at 600 × 1,500). */
function routingTable(cats: number, rows: number): string {
  let text = 'categories:\n';
  for (let i = 0; i < cats; i++) text += `  - { id: c${i}, name: 类${i} }\n`;
  text += 'routing:\n  hit_policy: unique\n  rules:\n';
  for (let i = 0; i < rows; i++) text += `    - { lead: office, when: { level: ${['一般', '重大', '紧急'][i % 3]} } }\n`;
  return ruleSet(BASE.replace(/categories:[\s\S]*?(?=clocks:)/, text));
}
/** Two versions (2024, 2025) of `count` near-identical articles each, in one rule set (1.3 MB each at 9,000). */
function similarVersions(count: number): string {
  const dir = ruleSet(BASE);
  const body = '信访事项应当依法及时受理，承办部门认真核实。';
  const articles = (step: number) => {
    let a = '';
    for (let i = 5; i < count; i++) a += `  - id: x${i}\n    number: 第${i}条\n    text: ${body}本条为第${(i * step) % count}项规定。\n`;
    return a;
  };
  writeFileSync(join(dir, '2024-01-01.yaml'), BASE.replace('articles:\n', `articles:\n${articles(7)}`));
  writeFileSync(join(dir, '2025-01-01.yaml'), BASE.replace('articles:\n', `articles:\n${articles(11)}`).replace('effective_from: 2024-01-01', 'effective_from: 2025-01-01'));
  return dir;
}
/** 9,000 articles and 9,000 routing rows each citing a missing article one letter off (~0.8 MB). */
function unknownReferences(count: number): string {
  let articles = '';
  let rows = '';
  for (let i = 0; i < count; i++) articles += `  - { id: art${i}, number: 第${i + 10}条, text: 条文。 }\n`;
  for (let i = 0; i < count; i++) rows += `    - { lead: office, basis: art${i}x }\n`;
  return ruleSet(BASE.replace('articles:\n', `articles:\n${articles}`).replace('  rules:\n', `  rules:\n${rows}`));
}
/** The company ledger's records repeated to `rows` cases with fresh numbers. */
const bigLedger = (rows: number) => file('big.csv', repeatedLedger(readFileSync(LEDGER, 'utf8'), rows));
/** A small workbook ledger whose one sheet is renamed to `name` inside the zip (Excel itself refuses / and [). */
function sheetNamed(name: string): Buffer {
  const cfb = XLSX.CFB.read(book('xlsx'), { type: 'buffer' });
  const part = XLSX.CFB.find(cfb, '/xl/workbook.xml')!;
  const xml = Buffer.from(part.content as Uint8Array).toString().replace(/name="台账"/, `name="${name}"`);
  part.content = Buffer.from(xml);
  part.size = part.content.length;
  return XLSX.CFB.write(cfb, { fileType: 'zip', type: 'buffer', compression: true }) as Buffer;
}
/** An output folder another run holds: a lock naming this (live) process. */
function lockedOut(): string {
  const dir = join(work, `out${n++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, '.xinfang.lock'), JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
  return dir;
}
const bomb = () => workbookWithSheet(function* () { const mb = ' '.repeat(1 << 20); for (let i = 0; i < 300; i++) yield mb; });

const attacks: Attack[] = [
  { name: 'website javascript: (1)', args: () => ['validate', ruleSet(withWebsite('javascript:alert(1)'))], expect: 'SCHEMA_FORMAT' },
  { name: 'website with credentials (1)', args: () => ['validate', ruleSet(withWebsite('https://u:p@evil.example/'))], expect: 'CONTACT_WEBSITE_INVALID' },
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
  { name: 'rule-set id "search" (9)', args: () => ['validate', ruleSet(BASE.replace('ruleset: sample', 'ruleset: search'), undefined, 'search')], expect: 'RULESET_ID_RESERVED' },
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
  { name: 'validate, 300,000 schema errors (2)', args: () => ['validate', ruleSet(BASE.replace(/categories:\n/, `categories:\n${'  - 1\n'.repeat(300_000)}`))], expect: 'DIAGNOSTICS_MORE' },
  { name: 'validate, 9,000 unknown references among 9,000 articles (5)', args: () => ['validate', unknownReferences(9000)], expect: 'DIAGNOSTICS_MORE' },
  { name: 'validate, 1,000 YAML syntax errors (5)', args: () => ['validate', ruleSet(`items:\n${'  - a: b: c\n'.repeat(1000)}`)], expect: 'DIAGNOSTICS_MORE' },
  { name: 'ledger 2 KB declaring <dimension> A1:XFD1048576 (2)', args: async () => ['check', '--rules', join(packageRoot, 'rules/company'), '--out', join(work, `o${n++}`), '--cases', file('dim.xlsx', await workbookWithSheetXml((x) => x.replace(/<dimension[^>]*\/>/, '').replace('<sheetData', '<dimension ref="A1:XFD1048576"/><sheetData')))], expect: { safe: (o) => o.includes('报告已写入') } },
  { name: 'check 120,000 rows, annotated copy (2)', args: () => ['check', '--rules', join(packageRoot, 'rules/company'), '--cases', bigLedger(120_000), '--out', join(work, `o${n++}`), '--as-of', '2026-06-30'], expect: { safe: (o) => o.includes('big.annotated.xlsx') } },
  { name: 'routing table 93 KB, 600 × 1,500 rows (5)', args: () => ['validate', routingTable(600, 1500)], expect: 'ROUTING_OVERLAP' },
  { name: 'diff, two versions of 9,000 similar articles (5)', args: () => ['diff', similarVersions(9000), '--from', '2024-01-01', '--to', '2025-01-01', '--format', 'md', '--out', join(work, `d${n++}.md`)], expect: { safe: (o) => o.includes('已写入') } },
  {
    name: 'site, two versions of 9,000 similar articles (5)',
    args: () => ['site', '--rules', similarVersions(9000), '--out', join(work, 'site'), '--date', '2025-06-01'],
    expect: { safe: (o) => o.includes('已生成') },
    cpu: SITE_CPU_S,
  },
  { name: 'check on an --out another run holds (8)', args: () => ['check', '--rules', join(packageRoot, 'rules/company'), '--cases', LEDGER, '--out', lockedOut()], expect: 'OUTPUT_LOCKED' },
  { name: 'ledger sheet named "a/b[1]" (9)', args: () => ['check', '--rules', join(packageRoot, 'rules/company'), '--cases', file('sheet.xlsx', sheetNamed('a/b[1]')), '--out', join(work, `o${n++}`)], expect: { safe: (o) => !/内部错误/.test(o) } },
  { name: 'ledger piped on stdin (9)', args: () => ['check', '--rules', join(packageRoot, 'rules/company'), '--cases', '/dev/stdin'], stdin: readFileSync(LEDGER, 'utf8'), expect: 'INPUT_NOT_REGULAR_FILE' },
  { name: 'deadline from a five-digit year (9)', args: () => ['deadline', '--from', '20240-01-26', '--limit', '15日'], expect: 'DEADLINE_BAD_DATE' },
];

// `npm run hostile -- WORD`: only the attacks whose name contains WORD.
const only = process.argv[2];
const chosen = only ? attacks.filter((a) => a.name.includes(only)) : attacks;
const rows: string[][] = [];
let failed = 0;
for (const a of chosen) {
  const args = await a.args();
  const t0 = performance.now();
  // The CLI is killed (by `timeout`, so that it cannot outlive /usr/bin/time) only well past the
  // limit: on a machine shared with other work the wall clock runs several times the CPU time, so
  // an attack is held to its CPU time (user + system), and both are printed.
  const cpuLimit = a.cpu ?? 20;
  const limit = a.cpu ? 300 : WALL_KILL_S;
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', 'timeout', '-s', 'KILL', String(limit), process.execPath, '--max-old-space-size=1024', CLI, ...args], {
    cwd: work,
    timeout: (limit + 10) * 1000,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    ...(a.stdin !== undefined ? { input: a.stdin } : {}),
  });
  const seconds = (performance.now() - t0) / 1000;
  const stderr = r.stderr ?? '';
  const [, peak, user, sys] = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(stderr) ?? [];
  const peakKb = Number(peak ?? NaN);
  const cpu = Number(user ?? NaN) + Number(sys ?? NaN);
  const code = /(?:^|\s)(?:error|warning)\s+([A-Z][A-Z0-9_]+)\s/m.exec(stderr)?.[1] ?? '—';
  const exit = r.status === 137 ? 'killed at limit' : (r.status ?? (r.signal ? `signal ${r.signal}` : '?'));
  const internal = /内部错误|internal error|\n\s+at /.test(stderr);
  const ok =
    cpu <= cpuLimit &&
    peakKb < 1024 * 1024 &&
    !internal &&
    (typeof a.expect === 'string' ? (exit === 1 || exit === 2) && stderr.includes(a.expect) : exit === 0 && a.expect.safe((r.stdout ?? '') + stderr));
  if (!ok) failed++;
  rows.push([a.name, String(exit), typeof a.expect === 'string' ? code : code === '—' ? 'safe output' : `${code} (safe output)`, seconds.toFixed(1), cpu.toFixed(1), String(Math.round(peakKb / 1024)), ok ? 'ok' : 'FAIL']);
}
rmSync(work, { recursive: true, force: true });

const head = ['attack (issue item)', 'exit', 'diagnostic', 'wall s', 'cpu s', 'peak MB', ''];
const widths = head.map((h, i) => rows.reduce((w, r) => Math.max(w, [...r[i]!].length), [...h].length));
const line = (cells: string[]) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`\n${chosen.length - failed}/${chosen.length} attacks end safely.`);
process.exitCode = failed ? 1 : 0;
