/** `xinfang import FILE --out DIR`: a rules workbook back into YAML rule files, one per version. */
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { readInputFile } from '../io/io-failure.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { importRulesWorkbook } from '../workbook/import-workbook.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { countLine, formatDiagnostics } from './print-diagnostics.ts';

export const importCommand: Command = {
  help: {
    zh: `用法：xinfang import <工作簿.xlsx> --out <目录>

读取由 xinfang export 导出并编辑过的工作簿，逐格检查（与 YAML 规则文件相同的检查和代码），
问题以“工作表!单元格”报告，如 时限!C7。全部无误时每个版本写出一个文件 <目录>/<生效日期>.yaml;
有任何错误时不写任何文件，退出码 1。目录名应与规则集编号一致。`,
    en: `Usage: xinfang import WORKBOOK.xlsx --out DIR

Reads a workbook written by xinfang export and edited, checks every cell (the same checks and codes
as YAML rule files) and reports problems at sheet!cell, e.g. 时限!C7. When all is well it writes one
file per version, DIR/<effective date>.yaml; on any error nothing is written (exit 1). The folder
name should equal the rule-set id.`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: true });
    const zh = ctx.lang === 'zh';
    if (positionals.length !== 1) throw new UsageError(zh ? '需要且只需要一个工作簿文件。' : 'Give exactly one workbook file.');
    if (!values.out) throw new UsageError(zh ? '需要 --out 目录。' : '--out DIR is required.');
    const file = positionals[0]!;
    guardOutputs(ctx, { files: [{ path: file, kind: 'workbook' }] }, { flag: '--out', path: values.out, kind: 'folder' });
    // A file the machine will not read is INPUT_READ_FAILED, printed by main (src/io/io-failure.ts).
    const bytes = readInputFile(resolve(ctx.cwd, file));
    const outDir = resolve(ctx.cwd, values.out);
    const { files, diagnostics } = importRulesWorkbook(bytes, file, outDir);
    for (const line of formatDiagnostics(diagnostics, ctx.lang)) ctx.stderr(line);
    if (hasErrors(diagnostics)) {
      ctx.stderr(`${countLine(diagnostics, ctx.lang)}${zh ? ';未写出任何文件。' : '; nothing was written.'}`);
      return EXIT_INVALID;
    }
    // Everything checked: now write, each file atomically.
    for (const f of files) writeFileAtomic(join(outDir, f.name), f.text);
    const names = files.map((f) => relative(ctx.cwd, join(outDir, f.name))).join(', ');
    ctx.stderr(zh ? `已写入 ${names}` : `Wrote ${names}`);
    return EXIT_OK;
  },
};
