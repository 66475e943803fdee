/** `xinfang diff DIR --from V1 --to V2 [--format html|xlsx|md|pdf] [--out FILE]`: the 修订对照表. */
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { diffVersions, type VersionDiff } from '../versions/diff-versions.ts';
import { renderDiffHtml } from '../versions/render-diff-html.ts';
import { renderDiffMarkdown } from '../versions/render-diff-md.ts';
import { renderDiffXlsx } from '../versions/render-diff-xlsx.ts';
import { previousVersion, selectVersion } from '../versions/select-version.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type CliContext, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';
import { messages } from '../diagnostics/messages.ts';
import { CLI_MESSAGES } from './messages.ts';

const MESSAGES = messages({
  zh: {
    nothingBefore: (day: string) => `${day} 之前没有版本可比较；请用 --from 指定。`,
    binaryNeedsOut: (format: string) => `${format} 格式需要 --out 文件。`,
    wrote: (file: string, span: string, s: { changed: number; added: number; deleted: number }, other: number) =>
      `已写入 ${file}：${span}，修改 ${s.changed} 条，新增 ${s.added} 条，删除 ${s.deleted} 条，其他变化 ${other} 项`,
  },
  en: {
    nothingBefore: (day) => `No version before ${day}; name one with --from.`,
    binaryNeedsOut: (format) => `The ${format} format needs --out FILE.`,
    wrote: (file, span, s, other) => `Wrote ${file}: ${span}, ${s.changed} changed, ${s.added} added, ${s.deleted} deleted, ${other} other changes`,
  },
});

const FORMATS = ['html', 'xlsx', 'md', 'pdf'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSIONS: Record<string, Format> = { '.html': 'html', '.htm': 'html', '.xlsx': 'xlsx', '.md': 'md', '.markdown': 'md', '.pdf': 'pdf' };

/** The 对照表 printed to PDF, or undefined (the browser's diagnostics written) when no browser could print it. */
async function printed(diff: VersionDiff, ctx: CliContext): Promise<Uint8Array | undefined> {
  // Loaded only for pdf: printing needs playwright-core and a browser, the other formats do not.
  const { htmlToPdf } = await import('../document/print-pdf.ts');
  const result = await htmlToPdf(renderDiffHtml(diff));
  for (const line of formatDiagnostics(result.diagnostics, ctx.lang)) ctx.stderr(line);
  return result.value;
}

export const diffCommand: Command = {
  help: {
    zh: `用法：xinfang diff <目录> [--from 版本] [--to 版本] [--format html|xlsx|md|pdf] [--out 文件]

比较规则集的两个版本，生成修订对照表：条文按内容对应（条号变化也能对上），句内按词标出删改
（如 ~~15日~~ **10个工作日**），“修改说明”栏照录新版本各条的 change_note（修改说明），
列出新增、删除的条文，以及时限、归口、联系方式的变化。
版本用生效日期指定，如 --from 2005-05-01 --to 2022-05-01；省略 --to 为最新版本，省略 --from 为其前一版本。
格式默认取 --out 的扩展名，否则为 html；不指定 --out 时 html 和 md 输出到标准输出，xlsx 和 pdf 必须指定 --out。
pdf 用无头 Chromium 打印（A4 横向），Chromium 的查找顺序同 xinfang document。`,
    en: `Usage: xinfang diff DIR [--from VERSION] [--to VERSION] [--format html|xlsx|md|pdf] [--out FILE]

Compares two versions of a rule set and writes the revision table （修订对照表）: articles matched by
wording (renumbering handled), changed words marked within the sentence (~~15日~~ **10个工作日**),
each article's change_note in the 修改说明 column, added and deleted articles, and changed time
limits, routing and contacts. Versions are named by effective date, e.g.
--from 2005-05-01 --to 2022-05-01; --to defaults to the newest, --from to the one before it. The
format defaults to --out's extension, else html; without --out html and md go to stdout, xlsx and
pdf need --out. pdf is printed A4 landscape by headless Chromium, found as for xinfang document.`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
      allowPositionals: true,
    });
    const m = MESSAGES[ctx.lang];
    const cli = CLI_MESSAGES[ctx.lang];
    if (positionals.length !== 1) throw new UsageError(cli.oneRuleSet);
    const fromExt = values.out ? EXTENSIONS[extname(values.out).toLowerCase()] : undefined;
    const format = (values.format ?? fromExt ?? 'html') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format ${values.format}: html | xlsx | md | pdf`);
    if ((format === 'xlsx' || format === 'pdf') && !values.out) throw new UsageError(m.binaryNeedsOut(format));
    if (values.out) guardOutputs(ctx, { ruleSets: positionals }, { flag: '--out', path: values.out, kind: 'file' });

    const built = await buildRuleSets(positionals, ctx.cwd);
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    const set = built.compiled[0];
    if (hasErrors(built.diagnostics) || !set) return EXIT_INVALID;
    const known = set.versions.map((v) => v.effective_from).join(cli.listSep);
    const to = values.to !== undefined ? selectVersion(set.versions, values.to) : set.versions[set.versions.length - 1];
    if (!to) {
      ctx.stderr(cli.noVersion(values.to!, known));
      return EXIT_INVALID;
    }
    const from = values.from !== undefined ? selectVersion(set.versions, values.from) : previousVersion(set.versions, to);
    if (!from) {
      ctx.stderr(values.from !== undefined ? cli.noVersion(values.from, known) : m.nothingBefore(to.effective_from));
      return EXIT_INVALID;
    }
    const diff = diffVersions(from, to);
    const data = format === 'xlsx' ? await renderDiffXlsx(diff) : format === 'md' ? renderDiffMarkdown(diff) : format === 'pdf' ? await printed(diff, ctx) : renderDiffHtml(diff);
    if (data === undefined) return EXIT_INVALID;
    if (values.out) {
      writeFileAtomic(resolve(ctx.cwd, values.out), data);
      const s = diff.summary;
      ctx.stderr(m.wrote(values.out, `${from.effective_from} → ${to.effective_from}`, s, diff.changes.length));
    } else ctx.stdout(data as string);
    return EXIT_OK;
  },
};
