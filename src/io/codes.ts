/**
 * Diagnostic codes of output paths (issue 7: an output never replaces an input), given by
 * `outputPathProblem` in `output-path.ts` for every command that writes files. They are argument
 * problems: the CLI prints them as usage errors (exit 2) before anything is read or written.
 * Codes are permanent: deprecate, never rename.
 */
import { code, type Arg, type Codes } from '../diagnostics/define.ts';

/** The kinds of input an output may collide with, as the messages name them. */
const WHAT = {
  ledger: { zh: '台账', en: 'the ledger' },
  workbook: { zh: '要导入的工作簿', en: 'the workbook being imported' },
  'rule-file': { zh: '已有的规则文件', en: 'an existing rule file' },
} as const;
/** A kind of input an output may collide with. */
type InputKind = keyof typeof WHAT;
const whatZh = (a: { what: InputKind }) => WHAT[a.what].zh;
const whatEn = (a: { what: InputKind }) => WHAT[a.what].en;

/** The output-path codes. */
export const OUTPUT_CODES = {
  OUTPUT_IS_INPUT: code<{ flag: Arg; what: InputKind }>({
    severity: 'error',
    title: 'Output would replace an input',
    zh: {
      message: (a) => `${a.flag} 指向${whatZh(a)}，写入会覆盖它。`,
      hint: (a) => `输出从不覆盖输入：请给 ${a.flag} 另一个值。`,
    },
    en: {
      message: (a) => `${a.flag} names ${whatEn(a)}; writing there would replace it.`,
      hint: (a) => `Outputs never replace inputs: give ${a.flag} another value.`,
    },
  }),
  OUTPUT_NOT_A_FOLDER: code<{ flag: Arg; path: Arg }>({
    severity: 'error',
    title: 'A file is in the way of an output folder',
    zh: {
      message: (a) => `${a.flag}：${a.path} 是已有的文件，不能当作目录写入。`,
      hint: () => '请另给一个目录名（不存在的目录会自动创建）；已有的文件不会被改动。',
    },
    en: {
      message: (a) => `${a.flag}: ${a.path} is an existing file, not a folder to write into.`,
      hint: () => 'Name a folder instead (a missing one is created); the existing file is left alone.',
    },
  }),
  OUTPUT_NOT_A_FILE: code<{ flag: Arg; path: Arg }>({
    severity: 'error',
    title: 'Output file is an existing folder',
    zh: {
      message: (a) => `${a.flag}：${a.path} 是已有的目录，而这里要写入一个文件。`,
      hint: () => '请给出文件名，如在该目录下加上文件名。',
    },
    en: {
      message: (a) => `${a.flag}: ${a.path} is an existing folder, but a file is written here.`,
      hint: () => 'Name a file, e.g. one inside that folder.',
    },
  }),
  OUTPUT_IN_RULE_SET: code<{ flag: Arg; dir: Arg }>({
    severity: 'error',
    title: 'Output inside a rule-set folder',
    zh: {
      message: (a) => `${a.flag} 位于规则集目录 ${a.dir} 中：写在那里的文件会覆盖或混入其中的规则文件。`,
      hint: () => '请写到规则集目录之外（工作目录、reports/ 或共享盘均可）；导入规则集时请用一个新目录，核对后再替换原目录。',
    },
    en: {
      message: (a) => `${a.flag} is inside the rule-set folder ${a.dir}: files written there would overwrite or join its rule files.`,
      hint: () => 'Write outside rule-set folders (the working folder, reports/ or a shared drive); to import a rule set, give a new folder and replace the old one once checked.',
    },
  }),
  OUTPUT_BESIDE_INPUT: code<{ flag: Arg; input: Arg; what: InputKind }>({
    severity: 'error',
    title: 'Output folder holds an input',
    zh: {
      message: (a) => `${a.flag} 是${whatZh(a)} ${a.input} 所在的目录：输出不与输入放在一起。`,
      hint: () => '请另给一个目录，如 reports/。',
    },
    en: {
      message: (a) => `${a.flag} is the folder holding ${whatEn(a)} ${a.input}: outputs are not written next to their inputs.`,
      hint: () => 'Name another folder, e.g. reports/.',
    },
  }),
  OUTPUT_REPLACES_FOLDER: code<{ flag: Arg; example: Arg }>({
    severity: 'error',
    title: 'Output folder would be replaced with what it holds',
    zh: {
      message: (a) => `${a.flag} 目录会被整体替换，但其中有 ${a.example}，不是以前生成的输出：替换会把它删除。`,
      hint: () => '请给一个新目录、空目录或以前生成的目录（默认 dist/）。',
    },
    en: {
      message: (a) => `${a.flag} is replaced as a whole, but it holds ${a.example}, which is not an earlier output: replacing it would delete it.`,
      hint: () => 'Name a new or empty folder, or one built earlier (default dist/).',
    },
  }),
} satisfies Codes;
