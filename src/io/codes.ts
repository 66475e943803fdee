/**
 * Diagnostic codes of reading and writing files.
 * - `INPUT_READ_FAILED`, `OUTPUT_WRITE_FAILED`: the file system refused (no permission, disk full…);
 *   given by `ioFailure` in `io-failure.ts`, printed as diagnostics with exit 1.
 * - `OUTPUT_LOCKED`: another run holds the output folder (`report-set.ts`), exit 1.
 * - `OUTPUT_*` of output paths (an output never replaces an input): given by `outputPathProblem` in
 *   `output-path.ts` for every command that writes files. They are argument problems: the CLI prints
 *   them as usage errors (exit 2) before anything is read or written.
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
// `xinfang codes` renders the texts with placeholders such as ‹what› in place of the arguments.
const whatOf = (a: { what: InputKind }) => (WHAT as Partial<Record<string, { zh: string; en: string }>>)[a.what] ?? { zh: a.what, en: a.what };
const whatZh = (a: { what: InputKind }) => whatOf(a).zh;
const whatEn = (a: { what: InputKind }) => whatOf(a).en;

/** What an error code of the file system means, and what to do about it when reading or writing. */
const BASE_REASONS: Record<string, { zh: string; en: string; readZh: string; readEn: string; writeZh: string; writeEn: string }> = {
  EACCES: {
    zh: '没有权限',
    en: 'permission denied',
    readZh: '请确认当前用户可以读取该文件（或请管理员开放读权限）后重试。',
    readEn: 'Make sure your user may read the file (or ask an administrator for access), then try again.',
    writeZh: '请换一个有写入权限的目录（如个人文档目录），或请管理员开放该目录的写权限；原有文件未被改动。',
    writeEn: 'Write to a folder you may write to (e.g. your documents folder), or ask an administrator for access; existing files are unchanged.',
  },
  ENOSPC: {
    zh: '磁盘空间已满',
    en: 'no space left on the disk',
    readZh: '请清理磁盘空间后重试。',
    readEn: 'Free some disk space and try again.',
    writeZh: '请清理磁盘空间或写到另一个磁盘后重试；原有文件未被改动，也没有留下半截文件。',
    writeEn: 'Free some disk space or write to another disk, then try again; existing files are unchanged and no partial file is left.',
  },
  ENOENT: {
    zh: '文件或目录不存在',
    en: 'no such file or folder',
    readZh: '请检查路径拼写，以及文件是否已被移动或删除。',
    readEn: 'Check the path for typos, and whether the file was moved or deleted.',
    writeZh: '请检查路径拼写；所在的磁盘或共享目录可能已断开。',
    writeEn: 'Check the path for typos; its disk or shared folder may be disconnected.',
  },
  ENOTDIR: {
    zh: '路径中有一段是文件而不是目录',
    en: 'a part of the path is a file, not a folder',
    readZh: '请检查路径：其中某一段是文件。',
    readEn: 'Check the path: one of its parts is a file.',
    writeZh: '请检查路径：其中某一段是已有的文件，不能在它下面写入。',
    writeEn: 'Check the path: one of its parts is an existing file, which cannot hold other files.',
  },
  EISDIR: {
    zh: '这是一个目录，而这里需要文件',
    en: 'it is a folder, where a file is needed',
    readZh: '请给出目录中的某个文件。',
    readEn: 'Name a file inside that folder.',
    writeZh: '请给出文件名，而不是已有的目录。',
    writeEn: 'Name a file, not an existing folder.',
  },
  EROFS: {
    zh: '位于只读的磁盘或共享目录',
    en: 'on a read-only disk or share',
    readZh: '请检查文件所在的磁盘。',
    readEn: 'Check the disk the file is on.',
    writeZh: '请写到可写的磁盘或目录。',
    writeEn: 'Write to a disk or folder that is writable.',
  },
  EEXIST: {
    zh: '同名的文件已存在',
    en: 'a file of that name already exists',
    readZh: '请重试。',
    readEn: 'Try again.',
    writeZh: '请重试；若反复出现，请检查该目录中是否有他人放置的同名文件。',
    writeEn: 'Try again; if it happens again, check the folder for a file someone else placed there.',
  },
  EBUSY: {
    zh: '文件正被其他程序占用',
    en: 'the file is in use by another program',
    readZh: '请关闭正在使用该文件的程序（如 Excel）后重试。',
    readEn: 'Close the program using the file (e.g. Excel) and try again.',
    writeZh: '请关闭正在使用该文件的程序（如 Excel）后重试。',
    writeEn: 'Close the program using the file (e.g. Excel) and try again.',
  },
  ELOOP: {
    zh: '符号链接形成了循环',
    en: 'symbolic links form a loop',
    readZh: '请检查路径中的符号链接。',
    readEn: 'Check the symbolic links along the path.',
    writeZh: '请检查路径中的符号链接。',
    writeEn: 'Check the symbolic links along the path.',
  },
  ENAMETOOLONG: {
    zh: '路径过长',
    en: 'the path is too long',
    readZh: '请把文件移到较短的路径下。',
    readEn: 'Move the file to a shorter path.',
    writeZh: '请写到较短的路径下。',
    writeEn: 'Write to a shorter path.',
  },
  EMFILE: {
    zh: '同时打开的文件过多',
    en: 'too many open files',
    readZh: '请关闭其他程序后重试。',
    readEn: 'Close other programs and try again.',
    writeZh: '请关闭其他程序后重试。',
    writeEn: 'Close other programs and try again.',
  },
  EIO: {
    zh: '磁盘读写出错',
    en: 'an input/output error of the disk',
    readZh: '请检查磁盘或网络共享是否正常，必要时把文件复制到本机再试。',
    readEn: 'Check the disk or network share; if need be, copy the file to this computer and try again.',
    writeZh: '请检查磁盘或网络共享是否正常，或写到本机的目录。',
    writeEn: 'Check the disk or network share, or write to a folder on this computer.',
  },
};
// Same meaning, same advice.
const REASON = {
  ...BASE_REASONS,
  EPERM: BASE_REASONS.EACCES!,
  EDQUOT: { ...BASE_REASONS.ENOSPC!, zh: '超出磁盘配额', en: 'disk quota exceeded' },
  ENFILE: BASE_REASONS.EMFILE!,
};
const reason = (a: { reason: Arg }) => (REASON as Record<string, (typeof REASON)['EPERM'] | undefined>)[a.reason];

/** A file-system error code in words, code kept (`文件或目录不存在（ENOENT）`); any other reason as given. */
export function fileErrorWords(a: { reason: Arg }): { zh: string; en: string } {
  const r = reason(a);
  return r ? { zh: `${r.zh}（${a.reason}）`, en: `${r.en} (${a.reason})` } : { zh: String(a.reason), en: String(a.reason) };
}

/** Codes of failed reads and writes (src/io/io-failure.ts): the machine refused, not the input. */
export const IO_CODES = {
  INPUT_READ_FAILED: code<{ path: Arg; reason: Arg }>({
    severity: 'error',
    title: { zh: '输入文件无法读取', en: 'An input could not be read' },
    zh: {
      message: (a) => `无法读取 ${a.path}：${reason(a)?.zh ?? String(a.reason)}（${a.reason}）。`,
      hint: (a) => reason(a)?.readZh ?? '请检查该文件及其所在目录后重试。',
    },
    en: {
      message: (a) => `Cannot read ${a.path}: ${reason(a)?.en ?? String(a.reason)} (${a.reason}).`,
      hint: (a) => reason(a)?.readEn ?? 'Check the file and its folder, then try again.',
    },
  }),
  OUTPUT_WRITE_FAILED: code<{ path: Arg; reason: Arg }>({
    severity: 'error',
    title: { zh: '输出文件无法写入', en: 'An output could not be written' },
    zh: {
      message: (a) => `无法写入 ${a.path}：${reason(a)?.zh ?? String(a.reason)}（${a.reason}）。`,
      hint: (a) => reason(a)?.writeZh ?? '请检查输出目录后重试；原有文件未被改动。',
    },
    en: {
      message: (a) => `Cannot write ${a.path}: ${reason(a)?.en ?? String(a.reason)} (${a.reason}).`,
      hint: (a) => reason(a)?.writeEn ?? 'Check the output folder, then try again; existing files are unchanged.',
    },
  }),
  OUTPUT_LOCKED: code<{ path: Arg; pid: Arg; host: Arg; since: Arg; lock: Arg }>({
    severity: 'error',
    title: { zh: '输出目录正被另一次运行使用', en: 'Another run is writing to the output folder' },
    zh: {
      message: (a) => `输出目录 ${a.path} 正由另一次运行使用（主机 ${a.host}，进程 ${a.pid}，开始于 ${a.since}），本次未写入任何文件。`,
      hint: (a) => `请等那次运行结束后重试，或换一个 --out 目录；若确认没有其他运行（如上次运行时断电），删除 ${a.lock} 后重试。`,
    },
    en: {
      message: (a) => `The output folder ${a.path} is in use by another run (host ${a.host}, process ${a.pid}, started ${a.since}); nothing was written.`,
      hint: (a) => `Wait for that run to end and try again, or give another --out; if no other run is going on (say the last one lost power), delete ${a.lock} and try again.`,
    },
  }),
} satisfies Codes;

/** The output-path codes. */
export const OUTPUT_CODES = {
  OUTPUT_IS_INPUT: code<{ flag: Arg; what: InputKind }>({
    severity: 'error',
    title: { zh: '输出会覆盖输入文件', en: 'Output would replace an input' },
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
    title: { zh: '输出目录处已有同名文件', en: 'A file is in the way of an output folder' },
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
    title: { zh: '输出文件处已有同名目录', en: 'Output file is an existing folder' },
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
    title: { zh: '输出位于规则集目录内', en: 'Output inside a rule-set folder' },
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
    title: { zh: '输出目录中有输入文件', en: 'Output folder holds an input' },
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
    title: { zh: '替换输出目录会删除其他文件', en: 'Output folder would be replaced with what it holds' },
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
