/** `xinfang diff DIR --from V1 --to V2 [--format html|xlsx|md] [--out FILE]`: the 修订对照表. */
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { diffVersions } from '../versions/diff-versions.ts';
import { renderDiffHtml } from '../versions/render-diff-html.ts';
import { renderDiffMarkdown } from '../versions/render-diff-md.ts';
import { renderDiffXlsx } from '../versions/render-diff-xlsx.ts';
import { previousVersion, selectVersion } from '../versions/select-version.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';

const FORMATS = ['html', 'xlsx', 'md'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSIONS: Record<string, Format> = { '.html': 'html', '.htm': 'html', '.xlsx': 'xlsx', '.md': 'md', '.markdown': 'md' };

export const diffCommand: Command = {
  help: {
    zh: `用法：xinfang diff <目录> [--from 版本] [--to 版本] [--format html|xlsx|md] [--out 文件]

比较规则集的两个版本，生成修订对照表：条文按内容对应（条号变化也能对上），句内标出删改，
列出新增、删除的条文，以及时限、归口、联系方式的变化。
版本用生效日期指定，如 --from 2005-05-01 --to 2022-05-01;省略 --to 为最新版本，省略 --from 为其前一版本。
格式默认取 --out 的扩展名，否则为 html;不指定 --out 时 html 和 md 输出到标准输出，xlsx 必须指定 --out。`,
    en: `Usage: xinfang diff DIR [--from VERSION] [--to VERSION] [--format html|xlsx|md] [--out FILE]

Compares two versions of a rule set and writes the revision table （修订对照表）: articles matched by
wording (renumbering handled), changed wording marked within the sentence, added and deleted
articles, and changed time limits, routing and contacts. Versions are named by effective date, e.g.
--from 2005-05-01 --to 2022-05-01; --to defaults to the newest, --from to the one before it. The
format defaults to --out's extension, else html; without --out html and md go to stdout, xlsx needs --out.`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
      allowPositionals: true,
    });
    const zh = ctx.lang === 'zh';
    if (positionals.length !== 1) throw new UsageError(zh ? '需要且只需要一个规则集目录。' : 'Give exactly one rule-set folder.');
    const fromExt = values.out ? EXTENSIONS[extname(values.out).toLowerCase()] : undefined;
    const format = (values.format ?? fromExt ?? 'html') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format ${values.format}: html | xlsx | md`);
    if (format === 'xlsx' && !values.out) throw new UsageError(zh ? 'xlsx 格式需要 --out 文件。' : 'The xlsx format needs --out FILE.');
    if (values.out) guardOutputs(ctx, { ruleSets: positionals }, { flag: '--out', path: values.out, kind: 'file' });

    const built = await buildRuleSets(positionals, ctx.cwd);
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    const set = built.compiled[0];
    if (hasErrors(built.diagnostics) || !set) return EXIT_INVALID;
    const known = set.versions.map((v) => v.effective_from).join(', ');
    const to = values.to !== undefined ? selectVersion(set.versions, values.to) : set.versions[set.versions.length - 1];
    if (!to) {
      ctx.stderr(zh ? `找不到版本 ${values.to};已有版本：${known}。` : `No version ${values.to}; versions: ${known}.`);
      return EXIT_INVALID;
    }
    const from = values.from !== undefined ? selectVersion(set.versions, values.from) : previousVersion(set.versions, to);
    if (!from) {
      ctx.stderr(
        values.from !== undefined
          ? zh ? `找不到版本 ${values.from};已有版本：${known}。` : `No version ${values.from}; versions: ${known}.`
          : zh ? `${to.effective_from} 之前没有版本可比较；请用 --from 指定。` : `No version before ${to.effective_from}; name one with --from.`,
      );
      return EXIT_INVALID;
    }
    const diff = diffVersions(from, to);
    const data = format === 'xlsx' ? await renderDiffXlsx(diff) : format === 'md' ? renderDiffMarkdown(diff) : renderDiffHtml(diff);
    if (values.out) {
      writeFileAtomic(resolve(ctx.cwd, values.out), data);
      const s = diff.summary;
      ctx.stderr(
        zh
          ? `已写入 ${values.out}：${from.effective_from} → ${to.effective_from}，修改 ${s.changed} 条，新增 ${s.added} 条，删除 ${s.deleted} 条，其他变化 ${diff.changes.length} 项`
          : `Wrote ${values.out}: ${from.effective_from} → ${to.effective_from}, ${s.changed} changed, ${s.added} added, ${s.deleted} deleted, ${diff.changes.length} other changes`,
      );
    } else ctx.stdout(data as string);
    return EXIT_OK;
  },
};
