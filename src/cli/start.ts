/**
 * `xinfang start` (what `npm start` runs): the whole job on a project folder, in three steps —
 * validate every rule set in rules/, check every ledger in data/ledgers/ named after a rule set
 * (`<ruleset>.csv`, `.gb18030.csv`, `.xlsx`) into reports/<ruleset>/, build the site into dist/ —
 * and say where the results are.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { buildRuleSets, defaultRulesRoot } from '../rules/build-rulesets.ts';
import { listRuleSetDirs } from '../rules/load-rulesets.ts';
import { checkCommand } from './check.ts';
import { EXIT_INVALID, EXIT_OK, type CliContext, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { countLine, formatDiagnostics } from './print-diagnostics.ts';
import { siteCommand, siteOutput } from './site.ts';
import { messages } from '../diagnostics/messages.ts';

const MESSAGES = messages({
  zh: {
    ruleSets: (valid: number, all: number, counts: string) => `① 规则集：${valid}/${all} 个通过校验；${counts}。`,
    ledgers: (checked: number, all: number, reports: string) => `② 台账检查：${checked}/${all} 份已检查，报告在 ${reports}/<规则集>/（HTML、XLSX、JSON）。`,
    site: '③ 生成网站：',
  },
  en: {
    ruleSets: (valid, all, counts) => `① Rule sets: ${valid}/${all} valid; ${counts}.`,
    ledgers: (checked, all, reports) => `② Ledgers: ${checked}/${all} checked; reports in ${reports}/<ruleset>/ (HTML, XLSX, JSON).`,
    site: '③ Site:',
  },
});

/**
 * One ledger per rule set from a folder, found by name: `<ruleset>.csv`, else `<ruleset>.xlsx`.
 * (The shipped samples also come as GB18030 CSV with the same content; the tests check those.)
 */
function ledgersByRuleSet(dir: string, ruleSets: string[]): [string, string][] {
  if (!existsSync(dir)) return [];
  const files = new Set(readdirSync(dir));
  return ruleSets.flatMap((id) => {
    const file = [`${id}.csv`, `${id}.xlsx`].find((f) => files.has(f));
    return file ? [[id, join(dir, file)] as [string, string]] : [];
  });
}

export const startCommand: Command = {
  help: {
    zh: `用法：xinfang start [--ledgers 目录] [--reports 目录] [--out 目录] [--as-of 日期]

依次：① 校验 rules/ 下的全部规则集；② 检查台账目录（默认 data/ledgers/）中以规则集命名的台账
（如 national.csv、national.xlsx），报告写入 <报告目录>/<规则集>/（默认 reports/）;
③ 生成公开指南网站到 <输出目录>（默认 dist/）。最后说明结果在哪里、如何预览。`,
    en: `Usage: xinfang start [--ledgers DIR] [--reports DIR] [--out DIR] [--as-of DATE]

In turn: ① validate every rule set in rules/; ② check the ledgers in the ledger folder (default
data/ledgers/) named after a rule set (national.csv, national.xlsx …), reports in
REPORTS/<ruleset>/ (default reports/); ③ build the public guidance site into OUT (default dist/).
Then say where the results are and how to preview them.`,
  },
  async run(argv, ctx) {
    const { values } = parseArgs({
      args: argv,
      options: {
        ledgers: { type: 'string', default: 'data/ledgers' },
        reports: { type: 'string', default: 'reports' },
        out: { type: 'string', default: 'dist' },
        'as-of': { type: 'string' },
      },
    });
    const m = MESSAGES[ctx.lang];
    // Refuse the output folders before any work: what will be read is known from the folder names.
    const ruleSets = listRuleSetDirs(defaultRulesRoot(ctx.cwd));
    const ledgerFiles = ledgersByRuleSet(join(ctx.cwd, values.ledgers!), ruleSets.map((d) => basename(d))).map(([, path]) => ({ path, kind: 'ledger' as const }));
    guardOutputs(ctx, { files: ledgerFiles, ruleSets }, { flag: '--reports', path: values.reports!, kind: 'folder' }, siteOutput(values.out!));
    const built = await buildRuleSets([], ctx.cwd);
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    ctx.stdout(m.ruleSets(built.compiled.length, built.requested.length, countLine(built.diagnostics, ctx.lang)));
    if (hasErrors(built.diagnostics)) return EXIT_INVALID;

    const ledgers = ledgersByRuleSet(join(ctx.cwd, values.ledgers!), built.compiled.map((c) => c.id));
    let failed = 0;
    for (const [id, file] of ledgers) {
      const reports = join(values.reports!, id);
      const quiet: CliContext = { ...ctx, stdout: () => {}, stderr: () => {}, isTTY: false };
      const args = ['--rules', join('rules', id), '--cases', relative(ctx.cwd, file), '--out', reports];
      if (values['as-of']) args.push('--as-of', values['as-of']);
      const code = await checkCommand.run(args, quiet);
      if (code !== EXIT_OK) failed++;
      ctx.stdout(`   ${code === EXIT_OK ? '✓' : '✗'} ${relative(ctx.cwd, file)} → ${reports}/`);
    }
    ctx.stdout(m.ledgers(ledgers.length - failed, ledgers.length, values.reports!));

    ctx.stdout(m.site);
    const site = await siteCommand.run(['--out', values.out!], ctx);
    return failed || site !== EXIT_OK ? EXIT_INVALID : EXIT_OK;
  },
};
