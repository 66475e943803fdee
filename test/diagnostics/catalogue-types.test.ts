/**
 * Type test: a diagnostic's code and arguments are checked by the compiler (`npx tsc --noEmit -p .`,
 * part of the type check). Each `@ts-expect-error` line below must fail to compile; should one of
 * them start compiling, its directive becomes an error and the type check fails.
 */
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/diagnostics/catalogue.ts';
import { DiagnosticSink } from '../../src/ledger/diagnostic-sink.ts';

const at = { file: 'rules/national/2022-05-01.yaml' };

describe('diagnostic codes and arguments are typed', () => {
  it('rejects an unknown code and a wrong, missing or extra argument at compile time', () => {
    const sink = new DiagnosticSink('ledger.csv');
    const neverCalled = () => [
      // @ts-expect-error: no such code (misspelt)
      diagnostic('RULES_TOO_LARG', { size: 3, max: 2 }, at),
      // @ts-expect-error: argument name misspelt
      diagnostic('RULES_TOO_LARGE', { sise: 3, max: 2 }, at),
      // @ts-expect-error: argument missing
      diagnostic('RULES_TOO_LARGE', { size: 3 }, at),
      // @ts-expect-error: argument of the wrong type
      diagnostic('RULES_TOO_LARGE', { size: [3], max: 2 }, at),
      // @ts-expect-error: a code that takes no arguments given one
      diagnostic('RULES_NOT_FOUND', { path: 'rules/x' }, at),
      // @ts-expect-error: the ledger's sink is typed the same way
      sink.add('LEDGER_BAD_NUMBER', { value: 'x' }, { row: 2 }),
    ];
    expect(typeof neverCalled).toBe('function');
  });

  it('renders a well-typed call', () => {
    const d = diagnostic('RULES_TOO_LARGE', { size: 3000000, max: 2097152 }, at);
    expect(d).toMatchObject({ code: 'RULES_TOO_LARGE', severity: 'error', file: at.file });
    expect(d.message).toContain('3000000');
  });
});
