/** Words several commands print (each command keeps its own in a table at its top). */
import { messages } from '../diagnostics/messages.ts';

export const CLI_MESSAGES = messages({
  zh: {
    oneRuleSet: '需要且只需要一个规则集目录。',
    xlsxNeedsOut: 'xlsx 格式需要 --out 文件。',
    noVersion: (version: string, known: string) => `找不到版本 ${version}；已有版本：${known}。`,
    wrote: (file: string) => `已写入 ${file}`,
    listSep: '、',
  },
  en: {
    oneRuleSet: 'Give exactly one rule-set folder.',
    xlsxNeedsOut: 'The xlsx format needs --out FILE.',
    noVersion: (version, known) => `No version ${version}; versions: ${known}.`,
    wrote: (file) => `Wrote ${file}`,
    listSep: ', ',
  },
});
