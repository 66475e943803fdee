/** `xinfang matrix DIR [--format html|csv|xlsx] [--out FILE] [--as-of DATE]`: the responsibility matrix. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDay } from '../calendar/day.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { responsibilityMatrix } from '../matrix/matrix.ts';
import { MATRIX_FORMATS, matrixCsv, matrixHtml, matrixXlsx, type MatrixFormat } from '../matrix/write-matrix.ts';
import { buildRuleSets } from '../rules/build-rulesets.ts';
import { versionInForce } from '../rules/version-in-force.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';

export const matrixCommand: Command = {
  help: {
    zh: `用法：xinfang matrix <目录> [--format html|csv|xlsx] [--out 文件] [--as-of 日期]

按规则集的归口表列出每类事项的牵头/承办、协办、审批、督办部门、联系方式和依据条文。
默认格式 html；不指定 --out 时 html、csv 输出到标准输出，xlsx 必须指定 --out。
--as-of YYYY-MM-DD 选择该日施行的版本（默认最新版本）。`,
    en: `Usage: xinfang matrix DIR [--format html|csv|xlsx] [--out FILE] [--as-of DATE]

Lists, for each kind of matter, the lead, assisting, approving and supervising departments, the
contact and the article, from the rule set's routing table. Default format html; without --out,
html and csv go to stdout, xlsx needs --out. --as-of YYYY-MM-DD picks the version in force that day
(default: the newest).`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { format: { type: 'string', default: 'html' }, out: { type: 'string' }, 'as-of': { type: 'string' } },
      allowPositionals: true,
    });
    const zh = ctx.lang === 'zh';
    if (positionals.length !== 1) throw new UsageError(zh ? '需要且只需要一个规则集目录。' : 'Give exactly one rule-set folder.');
    const format = values.format as MatrixFormat;
    if (!MATRIX_FORMATS.includes(format)) throw new UsageError(`--format ${values.format}: html | csv | xlsx`);
    if (format === 'xlsx' && !values.out) throw new UsageError(zh ? 'xlsx 格式需要 --out 文件。' : 'The xlsx format needs --out FILE.');
    const asOf = values['as-of'];
    if (asOf !== undefined && parseDay(asOf) === undefined) throw new UsageError(zh ? `--as-of ${asOf}：应为 YYYY-MM-DD。` : `--as-of ${asOf}: expected YYYY-MM-DD.`);
    if (values.out) guardOutputs(ctx, { ruleSets: positionals }, { flag: '--out', path: values.out, kind: 'file' });

    const built = await buildRuleSets(positionals, ctx.cwd);
    for (const line of formatDiagnostics(built.diagnostics, ctx.lang)) ctx.stderr(line);
    const set = built.compiled[0];
    if (hasErrors(built.diagnostics) || !set) return EXIT_INVALID;
    // Without --as-of: the newest version.
    const version = asOf === undefined ? set.versions.at(-1) : versionInForce(set.versions, asOf);
    if (!version) {
      ctx.stderr(zh ? `${asOf} 时规则集 ${set.id} 尚无施行的版本。` : `No version of ${set.id} is in force on ${asOf}.`);
      return EXIT_INVALID;
    }
    const rows = responsibilityMatrix(version);
    const title = version.organisation.name;
    const data = format === 'csv' ? matrixCsv(rows, ctx.lang) : format === 'xlsx' ? await matrixXlsx(rows, title, ctx.lang) : matrixHtml(rows, title, ctx.lang);
    if (values.out) {
      writeFileAtomic(resolve(ctx.cwd, values.out), data);
      ctx.stderr(zh ? `已写入 ${values.out}（${rows.length} 行）` : `Wrote ${values.out} (${rows.length} rows)`);
    } else ctx.stdout(data as string);
    return EXIT_OK;
  },
};
