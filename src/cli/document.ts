/** `xinfang document DIR [--version V] [--out FILE] [--pdf]`: the 制度 as a formal document (HTML or PDF). */
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { renderDocumentHtml } from '../document/render-document.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { documentVersions, selectVersion } from '../versions/select-version.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';

export const documentCommand: Command = {
  help: {
    zh: `用法：xinfang document <目录> [--version 版本] [--out 文件] [--pdf]

按 A4 版式输出制度全文：标题、文号、发布机关和施行日期、章节和条文编号。
--version 用生效日期选择版本（默认最新）；--pdf（或 --out 以 .pdf 结尾）用无头 Chromium 打印为 PDF,
需要 --out。不指定 --out 时 HTML 输出到标准输出。Chromium 依次使用：环境变量 XINFANG_CHROMIUM
指定的程序、Debian 的 /usr/bin/chromium、随 npm 包 @sparticuz/chromium 安装的 Chromium(Linux x64)。`,
    en: `Usage: xinfang document DIR [--version VERSION] [--out FILE] [--pdf]

Typesets the 制度 on A4: title, document number, issuing body and effective date, chapters and
article numbers. --version picks a version by effective date (default: the newest). --pdf (or an
--out ending in .pdf) prints it to PDF with headless Chromium and needs --out. Without --out the
HTML goes to stdout. Chromium is, in this order: the binary named by XINFANG_CHROMIUM, Debian's
/usr/bin/chromium, the one installed with the @sparticuz/chromium package (Linux x64).`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { version: { type: 'string' }, out: { type: 'string' }, pdf: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    const zh = ctx.lang === 'zh';
    if (positionals.length !== 1) throw new UsageError(zh ? '需要且只需要一个规则集目录。' : 'Give exactly one rule-set folder.');
    const pdf = values.pdf || (values.out !== undefined && extname(values.out).toLowerCase() === '.pdf');
    if (pdf && !values.out) throw new UsageError(zh ? 'PDF 需要 --out 文件。' : 'PDF output needs --out FILE.');
    if (values.out) guardOutputs(ctx, { ruleSets: positionals }, { flag: '--out', path: values.out, kind: 'file' });

    const built = await buildRuleSets(positionals, ctx.cwd);
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    const set = built.compiled[0];
    if (hasErrors(built.diagnostics) || !set) return EXIT_INVALID;
    // Documents as issued: a version that only reflects a change in the parent rule set is the same document.
    const documents = documentVersions(set);
    const version = values.version !== undefined ? selectVersion(documents, values.version) : documents[documents.length - 1];
    if (!version) {
      const known = documents.map((v) => v.effective_from).join(', ');
      ctx.stderr(zh ? `找不到版本 ${values.version};已有版本：${known}。` : `No version ${values.version}; versions: ${known}.`);
      return EXIT_INVALID;
    }
    const html = renderDocumentHtml(version, set);
    if (!values.out) {
      ctx.stdout(html);
      return EXIT_OK;
    }
    const out = resolve(ctx.cwd, values.out);
    if (!pdf) {
      writeFileAtomic(out, html);
    } else {
      // Loaded only for --pdf: printing needs playwright-core and a browser, the HTML output does not.
      const { htmlToPdf } = await import('../document/print-pdf.ts');
      const printed = await htmlToPdf(html);
      for (const line of formatDiagnostics(printed.diagnostics, ctx.lang)) ctx.stderr(line);
      if (!printed.value) return EXIT_INVALID;
      writeFileAtomic(out, printed.value);
    }
    ctx.stderr(zh ? `已写入 ${values.out}（${set.id} ${version.effective_from} 版，${version.articles.length} 条）` : `Wrote ${values.out} (${set.id} ${version.effective_from}, ${version.articles.length} articles)`);
    return EXIT_OK;
  },
};
