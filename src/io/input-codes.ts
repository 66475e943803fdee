/**
 * Diagnostic codes of input files (input-file.ts): rule files, ledgers and workbooks must be
 * regular files, and a rule file reached through a symbolic link must stay inside the project;
 * `import` writes over no file it did not write. Codes are permanent: deprecate, never rename.
 */
import { code, type Arg, type Codes } from '../diagnostics/define.ts';


export const INPUT_CODES = {
  INPUT_NOT_REGULAR_FILE: code<{ path: Arg; kindZh: Arg; kindEn: Arg }>({
    severity: 'error',
    title: { zh: '输入不是普通文件', en: 'Input is not a regular file' },
    zh: {
      message: (a) => `${a.path} 不是普通文件，而是${a.kindZh}，不读取。`,
      hint: () => '请先把内容保存为文件（如 台账.xlsx），再把文件路径交给 xinfang；管道、设备和目录都不能作为输入。',
    },
    en: {
      message: (a) => `${a.path} is not a regular file but ${a.kindEn}; it is not read.`,
      hint: () => 'Save the content to a file first (e.g. ledger.xlsx) and give its path; pipes, devices and folders cannot be inputs.',
    },
  }),
  INPUT_LINK_OUTSIDE: code<{ path: Arg; target: Arg }>({
    severity: 'error',
    title: { zh: '规则文件链接到项目目录之外', en: 'Rule file is a link to outside the project' },
    zh: {
      message: (a) => `${a.path} 是指向项目目录之外（${a.target}）的符号链接，不读取。`,
      hint: () => '把规则文件复制到 rules/ 之下；确需使用链接时，把 --rules 直接指向链接所指的目录。',
    },
    en: {
      message: (a) => `${a.path} is a symbolic link to outside the project folder (${a.target}); it is not read.`,
      hint: () => 'Copy the rule file under rules/; if the link is intended, point --rules at the folder it leads to.',
    },
  }),
  OUTPUT_NOT_OURS: code<{ path: Arg }>({
    severity: 'error',
    title: { zh: '导入不覆盖并非由其生成的文件', en: 'Import would overwrite a file it did not write' },
    zh: {
      message: (a) => `${a.path} 已存在，且不是由 xinfang import 生成的：导入不会覆盖它。`,
      hint: () => '请导入到一个新目录，核对后再替换；确需覆盖时加 --force。',
    },
    en: {
      message: (a) => `${a.path} exists and was not written by xinfang import; import will not overwrite it.`,
      hint: () => 'Import into a new folder and replace once checked; add --force to overwrite anyway.',
    },
  }),
} satisfies Codes;
