/** `xinfang import FILE --out DIR`: a rules workbook back into YAML rule files, one per version. */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { inputFileProblem } from '../io/input-file.ts';
import { readInputFile } from '../io/io-failure.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { IMPORT_MARK } from '../workbook/check-workbook.ts';
import { importRulesWorkbook } from '../workbook/import-workbook.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { countLine, formatDiagnostics } from './print-diagnostics.ts';
import { messages } from '../diagnostics/messages.ts';
import { CLI_MESSAGES } from './messages.ts';

const MESSAGES = messages({
  zh: {
    oneWorkbook: '需要且只需要一个工作簿文件。',
    needsOut: '需要 --out 目录。',
    nothingWritten: '；未写出任何文件。',
  },
  en: {
    oneWorkbook: 'Give exactly one workbook file.',
    needsOut: '--out DIR is required.',
    nothingWritten: '; nothing was written.',
  },
});

/** OUTPUT_NOT_OURS when `path` exists and is not a file an earlier import wrote. */
function notOurs(path: string, shown: string): CatalogueDiagnostic[] {
  if (!existsSync(path)) return [];
  let head = '';
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = new Uint8Array(4096);
      head = new TextDecoder().decode(buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)));
    } finally {
      closeSync(fd);
    }
  } catch {
    // A folder or an unreadable file is not ours either.
  }
  const ours = statSync(path).isFile() && head.split('\n').slice(0, 3).some((l) => l.startsWith('#') && l.includes(IMPORT_MARK));
  return ours ? [] : [diagnostic('OUTPUT_NOT_OURS', { path: shown }, { file: shown })];
}

export const importCommand: Command = {
  help: {
    zh: `用法：xinfang import <工作簿.xlsx> --out <目录> [--force]

读取由 xinfang export 导出并编辑过的工作簿，逐格检查（与 YAML 规则文件相同的检查和代码），
问题以“工作表!单元格”报告，如 时限!C7。全部无误时每个版本写出一个文件 <目录>/<生效日期>.yaml;
有任何错误时不写任何文件，退出码 1。目录名应与规则集编号一致。不是由 import 生成的同名文件不会被覆盖，
除非加 --force。`,
    en: `Usage: xinfang import WORKBOOK.xlsx --out DIR [--force]

Reads a workbook written by xinfang export and edited, checks every cell (the same checks and codes
as YAML rule files) and reports problems at sheet!cell, e.g. 时限!C7. When all is well it writes one
file per version, DIR/<effective date>.yaml; on any error nothing is written (exit 1). The folder
name should equal the rule-set id. A file of the same name that import did not write is never
overwritten unless --force is given.`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({ args: argv, options: { out: { type: 'string' }, force: { type: 'boolean' } }, allowPositionals: true });
    const m = MESSAGES[ctx.lang];
    if (positionals.length !== 1) throw new UsageError(m.oneWorkbook);
    if (!values.out) throw new UsageError(m.needsOut);
    const file = positionals[0]!;
    guardOutputs(ctx, { files: [{ path: file, kind: 'workbook' }] }, { flag: '--out', path: values.out, kind: 'folder' });
    // A pipe or a device is refused before it is opened (src/io/input-file.ts).
    const refused = inputFileProblem(resolve(ctx.cwd, file), file, { file });
    if (refused) {
      for (const line of formatDiagnostics([refused], ctx.lang)) ctx.stderr(line);
      return EXIT_INVALID;
    }
    // A file the machine will not read is INPUT_READ_FAILED, printed by main (src/io/io-failure.ts).
    const bytes = readInputFile(resolve(ctx.cwd, file));
    const outDir = resolve(ctx.cwd, values.out);
    const imported = importRulesWorkbook(bytes, file, outDir);
    const { files } = imported;
    // Only files an earlier import wrote may be replaced (their first comment says so), unless --force.
    const diagnostics = values.force ? imported.diagnostics : [...imported.diagnostics, ...files.flatMap((f) => notOurs(join(outDir, f.name), relative(ctx.cwd, join(outDir, f.name))))];
    for (const line of formatDiagnostics(diagnostics, ctx.lang)) ctx.stderr(line);
    if (hasErrors(diagnostics)) {
      ctx.stderr(`${countLine(diagnostics, ctx.lang)}${m.nothingWritten}`);
      return EXIT_INVALID;
    }
    // Everything checked: now write, each file atomically.
    for (const f of files) writeFileAtomic(join(outDir, f.name), f.text);
    const names = files.map((f) => relative(ctx.cwd, join(outDir, f.name))).join(', ');
    ctx.stderr(CLI_MESSAGES[ctx.lang].wrote(names));
    return EXIT_OK;
  },
};
