/**
 * Codes of the SQL stage (docs/sql.md): what the compiler refuses to write rather than write SQL
 * that would judge differently from the TypeScript engine, and which engine `xinfang check
 * --engine` could use. Codes are permanent: deprecate, never rename.
 */
import { code, type Arg, type Codes } from '../diagnostics/define.ts';

/** What the SQL compiler cannot express, in both languages. */
export interface SqlFeature {
  zh: string;
  en: string;
}

/** The SQL stage's diagnostic codes. */
export const SQL_CODES = {
  SQL_UNSUPPORTED: code<{ ruleset: Arg; version: Arg; clock: Arg; featureZh: Arg; featureEn: Arg }>({
    severity: 'error',
    title: { zh: '时限无法准确转为 SQL', en: 'A clock the SQL compiler cannot express exactly' },
    zh: {
      message: (a) => `规则集 ${a.ruleset}（${a.version} 版）的时限“${a.clock}”使用了 SQL 编译尚不支持的写法：${a.featureZh}；未生成 SQL。`,
      hint: () => '请用 TypeScript 引擎检查这个台账（xinfang check 不加 --engine），或改写该时限。',
    },
    en: {
      message: (a) => `The clock "${a.clock}" of rule set ${a.ruleset} (version ${a.version}) uses something the SQL compiler cannot express yet: ${a.featureEn}; no SQL was written.`,
      hint: () => 'Check this ledger with the TypeScript engine (xinfang check without --engine), or rewrite the clock.',
    },
  }),
  ENGINE_DUCKDB_MISSING: code<{ reason: Arg }>({
    severity: 'error',
    title: { zh: '嵌入式数据库引擎不可用', en: 'The DuckDB engine is not installed' },
    zh: {
      message: (a) => `DuckDB 引擎不可用：未能加载 @duckdb/node-api 的本机组件（“${a.reason}”）。`,
      hint: () => '请在本机重新安装依赖（npm ci，不要加 --ignore-scripts 或 --omit=optional），或改用 TypeScript 引擎（--engine=ts）。',
    },
    en: {
      message: (a) => `The DuckDB engine is not available: the native part of @duckdb/node-api could not be loaded ("${a.reason}").`,
      hint: () => 'Reinstall the dependencies on this machine (npm ci, without --ignore-scripts or --omit=optional), or use the TypeScript engine (--engine=ts).',
    },
  }),
} satisfies Codes;
