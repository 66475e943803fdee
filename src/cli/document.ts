/** `xinfang document DIR [--version V] [--format html|pdf|docx] [--out FILE] [--pdf]`: the 制度 as a formal document. */
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
import { messages } from '../diagnostics/messages.ts';
import { CLI_MESSAGES } from './messages.ts';

const MESSAGES = messages({
  zh: {
    needsOut: (format: string) => `${format} 格式需要 --out 文件。`,
    wrote: (file: string, version: string, articles: number) => `已写入 ${file}（${version} 版，${articles} 条）`,
  },
  en: {
    needsOut: (format) => `The ${format} format needs --out FILE.`,
    wrote: (file, version, articles) => `Wrote ${file} (${version}, ${articles} articles)`,
  },
});

const FORMATS = ['html', 'pdf', 'docx'] as const;
type Format = (typeof FORMATS)[number];
const EXTENSIONS: Record<string, Format> = { '.html': 'html', '.htm': 'html', '.pdf': 'pdf', '.docx': 'docx' };

export const documentCommand: Command = {
  help: {
    zh: `用法：xinfang document <目录> [--version 版本] [--format html|pdf|docx] [--out 文件] [--pdf]

按 A4 公文版式输出制度全文：标题、文号、发布机关和施行日期、章节和条文编号；正文只有制度本身的文字。
规则文件写有 draft: true（尚未批准的草案）的版本，每页加“草案”水印。
--version 用生效日期选择版本（默认最新）。格式默认取 --out 的扩展名，否则为 html；--pdf 即 --format pdf。
pdf 用无头 Chromium 打印，字体以轮廓嵌入；docx 为 Word 文档（方正小标宋简体标题、仿宋三号正文、
页边距上37 下35 左28 右26 毫米、页脚页码“— 1 —”），可在 Word 或 WPS 中套红头。pdf 和 docx 需要 --out；
不指定 --out 时 HTML 输出到标准输出。Chromium 依次使用：环境变量 XINFANG_CHROMIUM 指定的程序、
Debian 的 /usr/bin/chromium、随 npm 包 @sparticuz/chromium 安装的 Chromium（Linux x64）。`,
    en: `Usage: xinfang document DIR [--version VERSION] [--format html|pdf|docx] [--out FILE] [--pdf]

Typesets the 制度 on A4 in the layout of official documents: title, document number, issuing body
and effective date, chapters and article numbers; nothing but the 制度's own text. A version whose
rule file says draft: true (not yet approved) carries a 草案 watermark on every page. --version picks
a version by effective date (default: the newest). The format defaults to --out's extension, else
html; --pdf means --format pdf. pdf is printed by headless Chromium with the fonts embedded as
outlines; docx is a Word document (方正小标宋简体 title, 仿宋 16 pt body, margins 37/35/28/26 mm,
page numbers "— 1 —") to finish in Word or WPS. pdf and docx need --out; without --out the HTML goes
to stdout. Chromium is, in this order: the binary named by XINFANG_CHROMIUM, Debian's
/usr/bin/chromium, the one installed with the @sparticuz/chromium package (Linux x64).`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { version: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, pdf: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    const m = MESSAGES[ctx.lang];
    const cli = CLI_MESSAGES[ctx.lang];
    if (positionals.length !== 1) throw new UsageError(cli.oneRuleSet);
    const fromExt = values.out ? EXTENSIONS[extname(values.out).toLowerCase()] : undefined;
    const format = (values.format ?? (values.pdf ? 'pdf' : undefined) ?? fromExt ?? 'html') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format ${values.format}: html | pdf | docx`);
    if (format !== 'html' && !values.out) throw new UsageError(m.needsOut(format));
    if (values.out) guardOutputs(ctx, { ruleSets: positionals }, { flag: '--out', path: values.out, kind: 'file' });

    const built = await buildRuleSets(positionals, ctx.cwd);
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    const set = built.compiled[0];
    if (hasErrors(built.diagnostics) || !set) return EXIT_INVALID;
    // Documents as issued: a version that only reflects a change in the parent rule set is the same document.
    const documents = documentVersions(set);
    const version = values.version !== undefined ? selectVersion(documents, values.version) : documents[documents.length - 1];
    if (!version) {
      ctx.stderr(cli.noVersion(values.version!, documents.map((v) => v.effective_from).join(cli.listSep)));
      return EXIT_INVALID;
    }
    const html = renderDocumentHtml(version);
    if (!values.out) {
      ctx.stdout(html);
      return EXIT_OK;
    }
    const out = resolve(ctx.cwd, values.out);
    if (format === 'html') {
      writeFileAtomic(out, html);
    } else if (format === 'docx') {
      // Loaded only for docx, as the browser only for pdf: the docx library is large.
      const { renderDocumentDocx } = await import('../document/render-docx.ts');
      writeFileAtomic(out, await renderDocumentDocx(version));
    } else {
      // Loaded only for --pdf: printing needs playwright-core and a browser, the HTML output does not.
      const { htmlToPdf } = await import('../document/print-pdf.ts');
      const printed = await htmlToPdf(html);
      for (const line of formatDiagnostics(printed.diagnostics, ctx.lang)) ctx.stderr(line);
      if (!printed.value) return EXIT_INVALID;
      writeFileAtomic(out, printed.value);
    }
    ctx.stderr(m.wrote(values.out, `${set.id} ${version.effective_from}`, version.articles.length));
    return EXIT_OK;
  },
};
