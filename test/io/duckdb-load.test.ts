/**
 * The one DuckDB loader (src/io/duckdb-load.ts): the module when its binding works; otherwise the
 * first line of the error, whether the import fails or only the first database opened (npm may skip
 * the optional platform package that holds the binding). The engine's and the Parquet reader's
 * diagnostics are tested in test/sql/engine-missing.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const MISSING = "Cannot find module '@duckdb/node-bindings-linux-x64'";

afterEach(() => {
  vi.doUnmock('@duckdb/node-api');
  vi.resetModules();
});

describe('loadDuckDb', () => {
  it('loads the installed module and opens a database with it', async () => {
    const { loadDuckDb } = await import('../../src/io/duckdb-load.ts');
    const loaded = await loadDuckDb();
    expect(loaded.ok && typeof loaded.duck.DuckDBInstance.create).toBe('function');
  });

  it('the import fails: its error, as one line, no module', async () => {
    vi.doMock('@duckdb/node-api', () => {
      throw new Error(`${MISSING}\nRequire stack:\n- node_modules/@duckdb/node-bindings/duckdb.js`);
    });
    const { loadDuckDb } = await import('../../src/io/duckdb-load.ts');
    const loaded = await loadDuckDb();
    // Vitest reports a throwing mock in a message of its own, so only the shape is asserted here.
    expect(loaded.ok || loaded.reason.includes('\n')).toBe(false);
  });

  it('the import succeeds, the first database fails: the first line of its error, no module', async () => {
    vi.doMock('@duckdb/node-api', () => ({
      DuckDBInstance: { create: () => Promise.reject(new Error(`${MISSING}\nRequire stack:\n- node_modules/@duckdb/node-bindings/duckdb.js`)) },
    }));
    const { loadDuckDb } = await import('../../src/io/duckdb-load.ts');
    expect(await loadDuckDb()).toEqual({ ok: false, reason: MISSING });
  });
});
