/**
 * Diagnostic codes of input files (input-file.ts): rule files, ledgers and workbooks must be
 * regular files, and a rule file reached through a symbolic link must stay inside the project;
 * `import` writes over no file it did not write. Codes are permanent: deprecate, never rename.
 */
import { registerCodes } from '../diagnostics/catalogue.ts';

const s = (v: unknown) => String(v ?? '');

export const INPUT_CODES = registerCodes({
  INPUT_NOT_REGULAR_FILE: {
    severity: 'error',
    title: 'Input is not a regular file',
    zh: (a) => `${s(a.path)} 不是普通文件，而是${s(a.kindZh)}，不读取。`,
    en: (a) => `${s(a.path)} is not a regular file but ${s(a.kindEn)}; it is not read.`,
    hintZh: () => '请先把内容保存为文件（如 台账.xlsx），再把文件路径交给 xinfang；管道、设备和目录都不能作为输入。',
    hintEn: () => 'Save the content to a file first (e.g. ledger.xlsx) and give its path; pipes, devices and folders cannot be inputs.',
  },
  INPUT_LINK_OUTSIDE: {
    severity: 'error',
    title: 'Rule file is a link to outside the project',
    zh: (a) => `${s(a.path)} 是指向项目目录之外（${s(a.target)}）的符号链接，不读取。`,
    en: (a) => `${s(a.path)} is a symbolic link to outside the project folder (${s(a.target)}); it is not read.`,
    hintZh: () => '把规则文件复制到 rules/ 之下；确需使用链接时，把 --rules 直接指向链接所指的目录。',
    hintEn: () => 'Copy the rule file under rules/; if the link is intended, point --rules at the folder it leads to.',
  },
  OUTPUT_NOT_OURS: {
    severity: 'error',
    title: 'Import would overwrite a file it did not write',
    zh: (a) => `${s(a.path)} 已存在，且不是由 xinfang import 生成的：导入不会覆盖它。`,
    en: (a) => `${s(a.path)} exists and was not written by xinfang import; import will not overwrite it.`,
    hintZh: () => '请导入到一个新目录，核对后再替换；确需覆盖时加 --force。',
    hintEn: () => 'Import into a new folder and replace once checked; add --force to overwrite anyway.',
  },
});
