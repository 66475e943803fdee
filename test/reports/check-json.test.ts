/**
 * The `check --json` writer (docs/check-results.md). Findings are encoded by hand into 1 MB blocks for speed;
 * these tests hold that encoding to `JSON.stringify` byte for byte, across block
 * boundaries, with Chinese text and JSON escapes, a cell larger than a block, and a text printer
 * fed chunks that end inside a character.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, PetitionerEntry, Violation } from '../../src/check/result.ts';
import { CheckJsonWriter, printLines } from '../../src/reports/check-json.ts';

const HEAD = { as_of: '2026-03-01', rules: { ruleset: 'national', name: '国家信访局', versions: ['2022-05-01'] } };

function finding(i: number): Finding {
  return {
    case: i % 7 === 0 ? `信〔2026〕${i}号 "引号" \\ 反斜杠` : `N${i}`,
    clock: i % 2 ? 'notice' : 'resolve',
    version: '2022-05-01',
    start: '2026-01-05',
    due: i % 3 ? '2026-01-20' : '2026-01-20T14:30',
    stop: i % 4 ? '2026-01-19' : null,
    status: i % 4 ? 'on-time' : 'overdue',
    due_soon: i % 5 === 0,
    days_late: i % 4 ? 0 : i,
    provisional: i % 11 === 0,
    department: i % 6 === 0 ? null : ['信访科', 'Office\t1', '城建科\n二组'][i % 3]!,
    assumed: i % 8 === 0 ? ['类别未填，按申诉求决类计算', '无时刻，按当日24时起算'] : [],
    ...(i % 9 === 0 ? { paused_days: i % 4 } : {}),
    ...(i % 10 === 0 ? { explained: '2026-01-18' } : {}),
    scored: i % 12 !== 0,
  };
}

const entry = (i: number): PetitionerEntry => ({
  kind: 'window', case: `N${i}`, window: 'review-request', version: '2022-05-01', from: '2026-01-05', due: '2026-02-04',
  request: i % 2 ? '2026-02-10' : null, status: i % 2 ? 'out-of-time' : 'open', provisional: false, assumed: i % 3 ? [] : ['答复送达日期未填，按答复日期推算'],
});

/** What the contract says the JSON is: each item as JSON.stringify writes it, one per line. */
function expected(findings: Finding[], violations: Violation[], petitioner: PetitionerEntry[] = []): string {
  const items = (xs: unknown[]) => (xs.length ? `  ${xs.map((x) => JSON.stringify(x)).join(',\n  ')}\n` : '');
  const indent = (v: unknown) => JSON.stringify(v, null, 2).replace(/\n/g, '\n  ');
  return (
    `{\n  "as_of": "2026-03-01",\n  "rules": ${indent(HEAD.rules)},\n  "cases": ${findings.length},\n  "findings": [\n${items(findings)}` +
    `  ],\n  "violations": [\n${items(violations)}  ],\n  "petitioner": [\n${items(petitioner)}  ],\n  "diagnostics": [],\n  "summary": null\n}\n`
  );
}

function written(findings: Finding[], violations: Violation[], petitioner: PetitionerEntry[] = []): Uint8Array[] {
  const writer = new CheckJsonWriter();
  try {
    for (const f of findings) writer.finding(f);
    for (const v of violations) writer.violation(v);
    for (const p of petitioner) writer.petitioner(p);
    const chunks: Uint8Array[] = [];
    writer.write(HEAD, findings.length, [], undefined, (c) => chunks.push(c));
    return chunks;
  } finally {
    writer.dispose();
  }
}

describe('CheckJsonWriter', () => {
  it('writes findings exactly as JSON.stringify would, across many 1 MB blocks', () => {
    // ~230 bytes a finding × 20,000 ≈ 4.6 MB: several blocks, boundaries inside Chinese text.
    const findings = Array.from({ length: 20_000 }, (_, i) => finding(i));
    const violations: Violation[] = [
      { case: 'N1', code: 'RECUSAL_CONFLICT', row: 3, version: '2022-05-01', message: '承办人王某某是被反映对象', details: { handler: '王某某' }, assumed: [] },
    ];
    const petitioner = [entry(1), entry(2), entry(3)];
    const chunks = written(findings, violations, petitioner);
    expect(chunks.length).toBeGreaterThan(4);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toBe(expected(findings, violations, petitioner));
    expect(JSON.parse(text).findings).toEqual(findings);
    expect(JSON.parse(text).petitioner).toEqual(petitioner);
  });

  it('writes a cell larger than a block whole', () => {
    // 400,000 Chinese characters are 1.2 MB of UTF-8: more than the 1 MB block.
    const big = { ...finding(1), case: '案'.repeat(400_000) };
    const findings = [finding(2), big, finding(3)];
    expect(Buffer.concat(written(findings, [])).toString('utf8')).toBe(expected(findings, []));
  });

  it('writes empty arrays when there is nothing to list', () => {
    expect(Buffer.concat(written([], [])).toString('utf8')).toBe(expected([], []));
  });
});

describe('printLines', () => {
  it('prints whole lines through a printer that ends every call with a line break', () => {
    const text = '{\n  "部门": "信访科",\n  "n": 1\n}\n';
    const bytes = Buffer.from(text);
    let printed = '';
    // Like the CLI's captured stdout: a call without a final line break gets one.
    const out = printLines((t) => (printed += t.endsWith('\n') ? t : `${t}\n`));
    // One byte at a time: every chunk but the ASCII ones ends inside a character or a line.
    for (let i = 0; i < bytes.length; i++) out(bytes.subarray(i, i + 1));
    expect(printed).toBe(text);
  });
});
