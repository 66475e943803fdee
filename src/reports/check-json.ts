/**
 * The `check` JSON of docs/check-results.md: `{ as_of, rules, cases, findings, violations, petitioner,
 * diagnostics, summary }`, every field described in docs/check-results.md. Findings, violations and
 * petitioner entries are spooled to temporary files as they stream in (one per
 * line), because `cases` comes before them and is known only at the end, and a 1,000,000-case
 * ledger has millions of findings that must not all sit in memory.
 *
 * Speed (1,000,000 cases in ≤ 15 s, README "Performance"): each item is encoded to UTF-8 straight into a 1 MB
 * block that is written to the spool when full, and the spool is copied out as bytes, never
 * decoded back into text. Building one big string per block instead made V8 flatten millions of
 * small strings and re-encode them twice (a third of the whole check's time).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckSummary } from '../check/checker.ts';
import type { Finding, PetitionerEntry, Violation } from '../check/result.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** Bytes buffered before a write to a spool file, and bytes per chunk handed out by `write`. */
const BLOCK = 1 << 20;
/** Most UTF-8 bytes one UTF-16 code unit can take. */
const UTF8_PER_UNIT = 3;

/** An append-only temporary file holding the items of one JSON array, each on its own line. */
class Spool {
  private readonly fd: number;
  private readonly block = Buffer.allocUnsafe(BLOCK);
  private used = 0;
  count = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w+');
  }

  /** Start the next item: its indent, after a comma and line break unless it is the first. */
  next(): void {
    this.text(this.count++ === 0 ? '  ' : ',\n  ');
  }

  /** Append `s` as UTF-8. */
  text(s: string): void {
    const most = s.length * UTF8_PER_UNIT;
    if (this.used + most > BLOCK) {
      this.flush();
      if (most > BLOCK) {
        writeSync(this.fd, s); // a giant cell: written as it is, not split
        return;
      }
    }
    this.used += this.block.write(s, this.used);
  }

  private flush(): void {
    if (this.used) writeSync(this.fd, this.block, 0, this.used);
    this.used = 0;
  }

  /** Hand the spooled bytes to `out` in chunks (each a fresh buffer `out` may keep), then a final line break. */
  drain(out: (chunk: Uint8Array) => void): void {
    this.flush();
    for (let pos = 0; ; ) {
      const chunk = Buffer.allocUnsafe(BLOCK);
      const n = readSync(this.fd, chunk, 0, BLOCK, pos);
      if (n === 0) break;
      pos += n;
      out(chunk.subarray(0, n));
    }
    if (this.count) out(Buffer.from('\n'));
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * `out` for {@link CheckJsonWriter.write} that prints through a text printer (a captured stdout):
 * decodes the chunks and passes text on up to its last line break, because such a printer ends
 * every call with one, and a chunk may end inside a line or a character.
 */
export function printLines(print: (text: string) => void): (chunk: Uint8Array) => void {
  const decoder = new TextDecoder();
  let carry = '';
  return (chunk) => {
    const text = carry + decoder.decode(chunk, { stream: true });
    const cut = text.lastIndexOf('\n') + 1;
    if (cut) print(text.slice(0, cut));
    carry = text.slice(cut);
  };
}

/** What the JSON says besides the streamed findings and violations. */
export interface CheckJsonHead {
  as_of: string;
  rules: { ruleset: string; name: string; versions: string[] };
}

const q = JSON.stringify;

/**
 * Collects findings and violations for the JSON. `finding`/`violation` plug into a CheckSink;
 * `write` emits the whole object in order through `out` as UTF-8 chunks (a chunk may end inside
 * a character: decode with `stream: true`); `dispose` removes the temporary files.
 */
export class CheckJsonWriter {
  private readonly dir = mkdtempSync(join(tmpdir(), 'xinfang-check-'));
  private readonly findings = new Spool(join(this.dir, 'findings.jsonl'));
  private readonly violations = new Spool(join(this.dir, 'violations.jsonl'));
  private readonly petitioners = new Spool(join(this.dir, 'petitioner.jsonl'));

  finding(f: Finding): void {
    // Hand-written for speed (millions of findings); same keys, order and values as JSON.stringify.
    // The department goes separately so that Chinese in it does not make the rest two-byte text.
    const s = this.findings;
    s.next();
    s.text(
      `{"case":${q(f.case)},"clock":${q(f.clock)},"version":"${f.version}","start":"${f.start}","due":"${f.due}","stop":${f.stop === null ? 'null' : `"${f.stop}"`},"status":"${f.status}","due_soon":${f.due_soon},"days_late":${f.days_late},"provisional":${f.provisional},"department":`,
    );
    s.text(f.department === null ? 'null' : q(f.department));
    s.text(
      `,"assumed":${f.assumed.length ? q(f.assumed) : '[]'}${f.paused_days !== undefined ? `,"paused_days":${f.paused_days}` : ''}${f.explained !== undefined ? `,"explained":"${f.explained}"` : ''},"scored":${f.scored}}`,
    );
  }

  petitioner(p: PetitionerEntry): void {
    this.petitioners.next();
    this.petitioners.text(q(p));
  }

  violation(v: Violation): void {
    this.violations.next();
    this.violations.text(q(v));
  }

  write(head: CheckJsonHead, cases: number, diagnostics: Diagnostic[], summary: CheckSummary | undefined, out: (chunk: Uint8Array) => void): void {
    const indent = (v: unknown) => q(v, null, 2).replace(/\n/g, '\n  ');
    const text = (s: string) => out(Buffer.from(s));
    text(`{\n  "as_of": ${q(head.as_of)},\n  "rules": ${indent(head.rules)},\n  "cases": ${cases},\n  "findings": [\n`);
    this.findings.drain(out);
    text('  ],\n  "violations": [\n');
    this.violations.drain(out);
    text('  ],\n  "petitioner": [\n');
    this.petitioners.drain(out);
    text(`  ],\n  "diagnostics": ${indent(diagnostics)},\n  "summary": ${indent(summary ?? null)}\n}\n`);
  }

  dispose(): void {
    this.findings.close();
    this.violations.close();
    this.petitioners.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
