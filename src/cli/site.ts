/** `xinfang site [--rules DIR] [--out DIR] [--date YYYY-MM-DD] [--url URL]`: build the public guidance site. */
import { existsSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDay, parseDay } from '../calendar/day.ts';
import { todayInShanghai } from '../calendar/today.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { defaultRulesRoot } from '../rules/build-rulesets.ts';
import { listRuleSetDirs } from '../rules/load-rulesets.ts';
import { buildSite } from '../site/build-site.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { countLine, formatDiagnostics } from './print-diagnostics.ts';
import { messages } from '../diagnostics/messages.ts';

const kb = (n: number) => (n / 1024).toFixed(1);

/** The build figures the summary line prints. */
interface Built {
  organisations: number;
  pages: number;
  seconds: number;
  largestPage: { path: string; htmlBytes: number; cssBytes: number };
  calculatorGzBytes: number;
}

const MESSAGES = messages({
  zh: {
    dateNotDay: (date: string) => `--date ${date}：应为 YYYY-MM-DD。`,
    urlNotWeb: (url: string) => `--url ${url}：应为以 http:// 或 https:// 开头的网址。`,
    noRulesFolder: (dir: string) => `找不到规则目录 ${dir}。`,
    skipped: (sets: string[]) => `有错误、未生成页面的规则集：${sets.join('、')}`,
    nothingToBuild: (counts: string) => `没有可生成的规则集（${counts}）。`,
    built: (out: string, f: Built) =>
      `已生成 ${out}/：${f.organisations} 个单位，${f.pages} 个页面，用时 ${f.seconds.toFixed(1)} 秒；最大页面 ${f.largestPage.path} ${kb(f.largestPage.htmlBytes + f.largestPage.cssBytes)} KB（含 CSS）；计算器脚本 ${kb(f.calculatorGzBytes)} KB（gzip）。\n预览：npx astro preview --outDir ${out}，或用任意静态文件服务器打开 ${out}/。`,
  },
  en: {
    dateNotDay: (date) => `--date ${date}: expected YYYY-MM-DD.`,
    urlNotWeb: (url) => `--url ${url}: expected an address starting with http:// or https://.`,
    noRulesFolder: (dir) => `No such rules folder: ${dir}.`,
    skipped: (sets) => `Rule sets with errors, left out: ${sets.join(', ')}`,
    nothingToBuild: (counts) => `No rule set to build (${counts}).`,
    built: (out, f) =>
      `Built ${out}/: ${f.organisations} organisations, ${f.pages} pages in ${f.seconds.toFixed(1)} s; largest page ${f.largestPage.path} ${kb(f.largestPage.htmlBytes + f.largestPage.cssBytes)} KB with CSS; calculator script ${kb(f.calculatorGzBytes)} KB gzipped.\nPreview: npx astro preview --outDir ${out}, or serve ${out}/ with any static file server.`,
  },
});

/** A `--rules` folder: a rule set itself (holds .yaml files) or a rules root holding rule sets. */
function ruleSetDirs(dir: string): string[] {
  return readdirSync(dir).some((f) => /\.ya?ml$/.test(f)) ? [dir] : listRuleSetDirs(dir);
}

/**
 * A file every built site holds (Pagefind's index entry). The site folder is replaced as a whole,
 * so an existing folder without it is not an earlier build, and is never deleted for one.
 */
export const SITE_MARKER = 'pagefind/pagefind-entry.json';

/** The site's --out as a guarded output: a folder replaced as a whole. */
export const siteOutput = (path: string) => ({ flag: '--out', path, kind: 'folder', replaces: { marker: SITE_MARKER } }) as const;

export const siteCommand: Command = {
  help: {
    zh: `用法：xinfang site [--rules 目录]... [--out 目录] [--date YYYY-MM-DD] [--url 网址]

从编译后的规则集生成静态网站（默认 rules/ 下全部规则集，输出到 dist/）。
--rules 可以是一个规则集目录，也可以是包含多个规则集的目录，可重复。
--date 为生成日期：接待日列出此后 12 个月，示例从这天起算（默认今天，北京时间）。
--url 为网站的公开网址（如 https://xf.example.gov.cn/）：打印版印出各页完整网址和二维码。
有错误的规则集不生成页面，退出码 1。生成后可用 npx astro preview 或任意静态服务器预览 dist/。`,
    en: `Usage: xinfang site [--rules DIR]... [--out DIR] [--date YYYY-MM-DD] [--url URL]

Builds the static site from the compiled rule sets (default: every rule set in rules/, into dist/).
--rules is a rule-set folder or a folder of rule sets, and may be repeated. --date is the build date:
reception days are listed for the 12 months from it and examples start on it (default today, Beijing
time). --url is the site's public address (e.g. https://xf.example.gov.cn/): the print view prints
each page's full address and a QR code of it. Rule sets with errors get no pages and the exit code is 1. Preview dist/ with
npx astro preview or any static file server.`,
  },
  async run(argv, ctx) {
    const { values } = parseArgs({
      args: argv,
      options: { rules: { type: 'string', multiple: true }, out: { type: 'string', default: 'dist' }, date: { type: 'string' }, url: { type: 'string' } },
    });
    const m = MESSAGES[ctx.lang];
    const date = values.date ?? formatDay(todayInShanghai());
    if (parseDay(date) === undefined) throw new UsageError(m.dateNotDay(date));
    if (values.url !== undefined && !/^https?:\/\/[^\s/]+/.test(values.url)) throw new UsageError(m.urlNotWeb(values.url));
    const dirs: string[] = [];
    for (const d of values.rules ?? []) {
      const abs = resolve(ctx.cwd, d);
      if (!existsSync(abs)) throw new UsageError(m.noRulesFolder(d));
      for (const d of ruleSetDirs(abs)) dirs.push(d);
    }
    // Without rule-set folders the site reads those of the default rules root (as buildRuleSets does).
    guardOutputs(ctx, { ruleSets: dirs.length ? dirs : listRuleSetDirs(defaultRulesRoot(ctx.cwd)) }, siteOutput(values.out!));
    const result = await buildSite({ rulesDirs: dirs, outDir: values.out!, buildDate: date, cwd: ctx.cwd, ...(values.url ? { siteUrl: values.url } : {}) });
    for (const line of formatDiagnostics(result.diagnostics, ctx.lang)) ctx.stderr(line);
    if (result.skipped.length) ctx.stderr(m.skipped(result.skipped));
    const f = result.figures;
    if (!f) {
      ctx.stderr(m.nothingToBuild(countLine(result.diagnostics, ctx.lang)));
      return EXIT_INVALID;
    }
    const out = relative(ctx.cwd, resolve(ctx.cwd, values.out!)) || '.';
    ctx.stdout(m.built(out, f));
    return hasErrors(result.diagnostics) ? EXIT_INVALID : EXIT_OK;
  },
};
