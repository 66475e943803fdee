/**
 * Diagnostic codes of output paths (issue 7: an output never replaces an input), given by
 * `outputPathProblem` in `output-path.ts` for every command that writes files. They are argument
 * problems: the CLI prints them as usage errors (exit 2) before anything is read or written.
 * Codes are permanent: deprecate, never rename.
 */
import { registerCodes, type Args, type Codes } from '../diagnostics/catalogue.ts';

const s = (v: unknown) => String(v ?? '');

/** The kinds of input an output may collide with, as the messages name them. */
const WHAT: Record<string, { zh: string; en: string }> = {
  ledger: { zh: '台账', en: 'the ledger' },
  workbook: { zh: '要导入的工作簿', en: 'the workbook being imported' },
  'rule-file': { zh: '已有的规则文件', en: 'an existing rule file' },
};
const whatZh = (a: Args) => WHAT[s(a.what)]?.zh ?? s(a.what);
const whatEn = (a: Args) => WHAT[s(a.what)]?.en ?? s(a.what);

/** The output-path codes, registered in the catalogue at import. */
export const OUTPUT_CODES: Codes = registerCodes({
  OUTPUT_IS_INPUT: {
    severity: 'error',
    title: 'Output would replace an input',
    zh: (a) => `${s(a.flag)} 指向${whatZh(a)}，写入会覆盖它。`,
    en: (a) => `${s(a.flag)} names ${whatEn(a)}; writing there would replace it.`,
    hintZh: (a) => `输出从不覆盖输入：请给 ${s(a.flag)} 另一个值。`,
    hintEn: (a) => `Outputs never replace inputs: give ${s(a.flag)} another value.`,
  },
  OUTPUT_NOT_A_FOLDER: {
    severity: 'error',
    title: 'A file is in the way of an output folder',
    zh: (a) => `${s(a.flag)}：${s(a.path)} 是已有的文件，不能当作目录写入。`,
    en: (a) => `${s(a.flag)}: ${s(a.path)} is an existing file, not a folder to write into.`,
    hintZh: () => '请另给一个目录名（不存在的目录会自动创建）；已有的文件不会被改动。',
    hintEn: () => 'Name a folder instead (a missing one is created); the existing file is left alone.',
  },
  OUTPUT_NOT_A_FILE: {
    severity: 'error',
    title: 'Output file is an existing folder',
    zh: (a) => `${s(a.flag)}：${s(a.path)} 是已有的目录，而这里要写入一个文件。`,
    en: (a) => `${s(a.flag)}: ${s(a.path)} is an existing folder, but a file is written here.`,
    hintZh: () => '请给出文件名，如在该目录下加上文件名。',
    hintEn: () => 'Name a file, e.g. one inside that folder.',
  },
  OUTPUT_IN_RULE_SET: {
    severity: 'error',
    title: 'Output inside a rule-set folder',
    zh: (a) => `${s(a.flag)} 位于规则集目录 ${s(a.dir)} 中：写在那里的文件会覆盖或混入其中的规则文件。`,
    en: (a) => `${s(a.flag)} is inside the rule-set folder ${s(a.dir)}: files written there would overwrite or join its rule files.`,
    hintZh: () => '请写到规则集目录之外（工作目录、reports/ 或共享盘均可）；导入规则集时请用一个新目录，核对后再替换原目录。',
    hintEn: () => 'Write outside rule-set folders (the working folder, reports/ or a shared drive); to import a rule set, give a new folder and replace the old one once checked.',
  },
  OUTPUT_BESIDE_INPUT: {
    severity: 'error',
    title: 'Output folder holds an input',
    zh: (a) => `${s(a.flag)} 是${whatZh(a)} ${s(a.input)} 所在的目录：输出不与输入放在一起。`,
    en: (a) => `${s(a.flag)} is the folder holding ${whatEn(a)} ${s(a.input)}: outputs are not written next to their inputs.`,
    hintZh: () => '请另给一个目录，如 reports/。',
    hintEn: () => 'Name another folder, e.g. reports/.',
  },
  OUTPUT_REPLACES_FOLDER: {
    severity: 'error',
    title: 'Output folder would be replaced with what it holds',
    zh: (a) => `${s(a.flag)} 目录会被整体替换，但其中有 ${s(a.example)}，不是以前生成的输出：替换会把它删除。`,
    en: (a) => `${s(a.flag)} is replaced as a whole, but it holds ${s(a.example)}, which is not an earlier output: replacing it would delete it.`,
    hintZh: () => '请给一个新目录、空目录或以前生成的目录（默认 dist/）。',
    hintEn: () => 'Name a new or empty folder, or one built earlier (default dist/).',
  },
});
