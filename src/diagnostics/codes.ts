/** Diagnostic codes of no one stage: the summary of diagnostics left unlisted (capped.ts). Permanent: never rename. */
import { code, type Arg, type Codes } from './define.ts';

export const DIAGNOSTIC_CODES = {
  DIAGNOSTICS_MORE: code<{ code: Arg; count: number }>({
    severity: 'info',
    title: { zh: '其余同类问题未逐条列出', en: 'More problems of the same kind, not listed' },
    zh: {
      message: (a) => `……另有 ${a.count} 条同类问题（${a.code}）未逐条列出。`,
      hint: () => '先改正上面列出的几条，同类问题往往一并消失。',
    },
    en: {
      message: (a) => `… and ${a.count} more of the same kind (${a.code}), not listed.`,
      hint: () => 'Fix the ones listed first; the others of the kind often go with them.',
    },
  }),
} satisfies Codes;
