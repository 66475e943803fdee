/**
 * Codes of `xinfang check --db` (docs/sql.md "Checking a database"): the server could not be
 * reached, or refused the script. Codes are permanent: deprecate, never rename.
 */
import { code, type Arg, type Codes } from '../diagnostics/define.ts';

/** The database stage's diagnostic codes. */
export const DB_CODES = {
  DB_CONNECT_FAILED: code<{ url: Arg; reason: Arg }>({
    severity: 'error',
    title: { zh: '无法连接数据库', en: 'The database cannot be reached' },
    zh: {
      message: (a) => `无法连接数据库 ${a.url}：${a.reason}。未检查台账。`,
      hint: () => '核对 --db 中的主机、端口、数据库名、用户名和密码（也可用环境变量 PGPASSWORD 提供密码），以及网络和服务器的访问控制（pg_hba.conf）。',
    },
    en: {
      message: (a) => `Cannot connect to the database ${a.url}: ${a.reason}. The ledger was not checked.`,
      hint: () => 'Check the host, port, database, user and password in --db (the password may also come from PGPASSWORD), and the network and the server’s access rules (pg_hba.conf).',
    },
  }),
  DB_QUERY_FAILED: code<{ url: Arg; reason: Arg }>({
    severity: 'error',
    title: { zh: '数据库未能执行检查', en: 'The database refused the check' },
    zh: {
      message: (a) => `数据库 ${a.url} 执行检查时出错：${a.reason}。检查未完成，数据库中未留下任何对象。`,
      hint: () => '检查 --table 或 --query 是否正确；台账中的日期、数字须为标准格式（见 docs/sql.md “Input”）；账号须能建立临时表（TEMP 权限）。用 --emit-sql 可查看执行的全部 SQL。',
    },
    en: {
      message: (a) => `The database ${a.url} failed while checking: ${a.reason}. The check did not finish; nothing was left in the database.`,
      hint: () => 'Check --table or --query; the ledger’s dates and numbers must be clean values (docs/sql.md "Input"); the account needs the TEMP privilege. --emit-sql shows the whole SQL that runs.',
    },
  }),
} satisfies Codes;
