/**
 * What the fuzzer feeds: the rules loader, the CSV and XLSX ledger readers, the rules-workbook
 * import, the holiday-notice reader and the RRULE checks, each through its real entry point so every
 * stage behind it runs too — rules: parse, schema, semantic checks and compile (`buildRuleSets` on a
 * scratch copy of rules/); ledgers: sniff, decode, header search, cell parsing and the checker
 * (`checkLedgerFile` against the rule set the ledger belongs to); rule workbooks: the workbook guard,
 * reading, checking and the YAML to write (`importRulesWorkbook`, as `xinfang import`); notices:
 * `parseNotice`, then the year file written and read back (as `xinfang calendar import`); RRULEs: our
 * own checks (`checkedRrule`), then expansion over one year on a real calendar (as `xinfang schedule`).
 * Shared by test/fuzz/fuzz.ts and test/hardening/fuzz-sample.test.ts.
 *
 * Every input must end in a result or a diagnostic: an exception is a finding.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCalendar } from '../../src/calendar/calendar.ts';
import { parseDay } from '../../src/calendar/day.ts';
import { parseNotice } from '../../src/calendar/notice.ts';
import { parseCalendarFile } from '../../src/calendar/parse-calendar-file.ts';
import { formatYearFile } from '../../src/calendar/year-file.ts';
import { expandRecurrences } from '../../src/recurrence/expand.ts';
import { checkedRrule } from '../../src/recurrence/occurs.ts';
import { listRuleSetDirs, loadRuleSets } from '../../src/rules/load-rulesets.ts';
import { importRulesWorkbook } from '../../src/workbook/import-workbook.ts';
import { writeRulesWorkbook } from '../../src/workbook/write-workbook.ts';
import { checkLedgerFile } from '../../src/check/check-ledger.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';
import { packageRoot } from '../../src/paths.ts';
import { generate, type FuzzInput, type InputKind } from './mutate.ts';

/** An input slower than this is a finding (no run may take over 2 s). */
export const SLOW_MS = 2000;
/** Resident memory above this is a blow-up (the seed files are under 100 KB each). */
export const RSS_LIMIT_MB = 1024;

/** The fuzz targets, in table order. */
export const TARGETS = ['rules', 'csv', 'xlsx', 'rule-workbook', 'notice', 'rrule'] as const;
export type TargetName = (typeof TARGETS)[number];

/** How one input ended. */
export interface RunOutcome {
  /** `result`: the stage produced output; `diagnostic`: it refused with diagnostics; `exception`: a finding. */
  kind: 'result' | 'diagnostic' | 'exception';
  ms: number;
  /** Diagnostic codes (first few) or the exception's message. */
  detail: string;
  stack?: string;
}

/** A prepared target: its seed files and a function that runs one input. */
export interface Target {
  name: TargetName;
  kind: InputKind;
  seeds: { name: string; bytes: Uint8Array }[];
  run: (input: FuzzInput) => Promise<Omit<RunOutcome, 'ms'>>;
  input: (seed: number, index: number) => FuzzInput;
  dispose: () => void;
}

const AS_OF = parseDay('2026-06-30')!;
const nullSink = { finding: () => {}, petitioner: () => {}, violation: () => {} };
const codes = (ds: readonly { code: string }[]) => [...new Set(ds.map((d) => d.code))].slice(0, 4).join(',');

/** Rules: the mutated file replaces its original in a scratch copy of rules/, then is restored. */
function rulesTarget(): Target {
  const root = mkdtempSync(join(tmpdir(), 'xinfang-fuzz-rules-'));
  cpSync(join(packageRoot, 'rules'), root, { recursive: true });
  const seeds = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => readdirSync(join(root, e.name)).filter((f) => f.endsWith('.yaml')).map((f) => `${e.name}/${f}`))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(root, name))) }));
  return {
    name: 'rules',
    kind: 'yaml',
    seeds,
    input: (seed, index) => generate(seeds, 'yaml', seed, 'rules', index),
    async run(input) {
      const path = join(root, input.from);
      writeFileSync(path, input.bytes);
      try {
        const built = await buildRuleSets([join(root, input.from.split('/')[0]!)], root);
        const errors = built.diagnostics.filter((d) => d.severity === 'error');
        return errors.length ? { kind: 'diagnostic', detail: codes(errors) } : { kind: 'result', detail: `${built.compiled.length} compiled` };
      } finally {
        writeFileSync(path, seeds.find((s) => s.name === input.from)!.bytes);
      }
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Ledgers: the mutated bytes are written to a scratch file and checked against their rule set. */
async function ledgerTarget(name: 'csv' | 'xlsx'): Promise<Target> {
  const dir = join(packageRoot, 'data/ledgers');
  const files = readdirSync(dir).filter((f) => f.endsWith(`.${name}`)).sort();
  const seeds = files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
  const sets = new Map<string, CompiledRuleSet>();
  for (const f of files) {
    const id = f.split('.')[0]!;
    if (sets.has(id)) continue;
    const built = await buildRuleSets([join(packageRoot, 'rules', id)], packageRoot);
    if (built.compiled[0]) sets.set(id, built.compiled[0]);
  }
  const scratch = mkdtempSync(join(tmpdir(), `xinfang-fuzz-${name}-`));
  const path = join(scratch, `ledger.${name}`);
  return {
    name,
    kind: name,
    seeds,
    input: (seed, index) => generate(seeds, name, seed, name, index),
    async run(input) {
      writeFileSync(path, input.bytes);
      const ruleSet = sets.get(input.from.split('.')[0]!);
      if (!ruleSet) throw new Error(`no compiled rule set for ${input.from}`);
      const r = await checkLedgerFile(path, ruleSet, { asOf: AS_OF, lang: 'zh', displayName: `ledger.${name}`, sink: nullSink });
      return r.outcome ? { kind: 'result', detail: `${r.outcome.summary.cases} cases` } : { kind: 'diagnostic', detail: codes(r.diagnostics) };
    },
    dispose: () => rmSync(scratch, { recursive: true, force: true }),
  };
}

/** Rule workbooks: every rule set of rules/ exported as `xinfang export` does, mutated, then imported. */
async function ruleWorkbookTarget(): Promise<Target> {
  const { value: sets } = loadRuleSets(listRuleSetDirs(join(packageRoot, 'rules')), packageRoot);
  const seeds: Target['seeds'] = [];
  for (const [id, set] of [...sets].sort(([a], [b]) => a.localeCompare(b))) seeds.push({ name: `${id}.xlsx`, bytes: await writeRulesWorkbook(set.versions.map((v) => v.rules)) });
  const out = mkdtempSync(join(tmpdir(), 'xinfang-fuzz-import-'));
  return {
    name: 'rule-workbook',
    kind: 'xlsx',
    seeds,
    input: (seed, index) => generate(seeds, 'xlsx', seed, 'rule-workbook', index),
    async run(input) {
      const r = importRulesWorkbook(input.bytes, input.from, join(out, input.from.split('.')[0]!));
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      return errors.length ? { kind: 'diagnostic', detail: codes(errors) } : { kind: 'result', detail: `${r.files.length} files` };
    },
    dispose: () => rmSync(out, { recursive: true, force: true }),
  };
}

/** Holiday notices: the State Council notices kept as test fixtures. */
function noticeTarget(): Target {
  const dir = join(packageRoot, 'test/calendar/fixtures/notices');
  const seeds = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  return {
    name: 'notice',
    kind: 'txt',
    seeds,
    input: (seed, index) => generate(seeds, 'txt', seed, 'notice', index),
    async run(input) {
      const parsed = parseNotice(new TextDecoder().decode(input.bytes), 'notice.txt');
      const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
      if (!parsed.value || errors.length) return { kind: 'diagnostic', detail: codes(errors.length ? errors : parsed.diagnostics) || 'no notice' };
      // As the CLI does: the year file is read back before it is written, and refused with its diagnostics.
      const back = parseCalendarFile(formatYearFile(parsed.value), 'year.yaml');
      if (back.diagnostics.length) return { kind: 'diagnostic', detail: `read back: ${codes(back.diagnostics)}` };
      return { kind: 'result', detail: `${parsed.value.holidays.length} holidays` };
    },
    dispose: () => {},
  };
}

/** RRULEs: every RRULE of the shipped rule sets and some written for the edges, checked then expanded over 2024. */
async function rruleTarget(): Promise<Target> {
  const texts = new Set(['FREQ=DAILY;COUNT=3', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20241231', 'FREQ=MONTHLY;BYMONTHDAY=1,15;BYSETPOS=-1']);
  for (const d of listRuleSetDirs(join(packageRoot, 'rules'))) {
    for (const f of readdirSync(d).filter((x) => x.endsWith('.yaml'))) {
      for (const m of readFileSync(join(d, f), 'utf8').matchAll(/rrule: *"?([^"\n]+)"?/g)) texts.add(m[1]!.trim());
    }
  }
  const seeds = [...texts].sort().map((t) => ({ name: t, bytes: new TextEncoder().encode(t) }));
  const built = await buildRuleSets([join(packageRoot, 'rules/national')], packageRoot);
  const calendar = buildCalendar(built.compiled[0]!.versions.at(-1)!.calendar);
  const start = parseDay('2024-01-01')!;
  return {
    name: 'rrule',
    kind: 'rrule',
    seeds,
    input: (seed, index) => generate(seeds, 'rrule', seed, 'rrule', index),
    async run(input) {
      const rrule = new TextDecoder().decode(input.bytes);
      const checked = checkedRrule(rrule, start);
      if (!checked.rule) return { kind: 'diagnostic', detail: [...new Set(checked.problems.map((p) => p.code))].slice(0, 4).join(',') };
      let capped = false;
      const dates = expandRecurrences([{ rrule, start: '2024-01-01', on_holiday: 'next-workday' as const }], calendar, start, parseDay('2024-12-31')!, { onLimit: () => (capped = true) });
      return { kind: 'result', detail: `${dates.length} dates${capped ? ', capped' : ''}` };
    },
    dispose: () => {},
  };
}

/** Prepare a target (copies and compiles what it needs). */
export async function openTarget(name: TargetName): Promise<Target> {
  switch (name) {
    case 'rules':
      return rulesTarget();
    case 'csv':
    case 'xlsx':
      return ledgerTarget(name);
    case 'rule-workbook':
      return ruleWorkbookTarget();
    case 'notice':
      return noticeTarget();
    case 'rrule':
      return rruleTarget();
  }
}

/** Run one input, timing it and turning any exception into an outcome. */
export async function runOne(target: Target, input: FuzzInput): Promise<RunOutcome> {
  const t0 = performance.now();
  try {
    const out = await target.run(input);
    return { ...out, ms: performance.now() - t0 };
  } catch (e) {
    const err = e as Error;
    return { kind: 'exception', detail: `${err?.name}: ${err?.message}`, ...(err?.stack ? { stack: err.stack } : {}), ms: performance.now() - t0 };
  }
}
