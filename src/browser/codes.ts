/**
 * Diagnostic codes of the headless browser that prints PDFs (`xinfang document --pdf`).
 * Codes are permanent: deprecate, never rename.
 */
import { code, type Arg, type Codes } from '../diagnostics/define.ts';

/** The browser codes. */
export const BROWSER_CODES = {
  BROWSER_NOT_FOUND: code<{ tried: Arg; reason?: Arg }>({
    severity: 'error',
    title: { zh: '找不到用于打印的浏览器', en: 'No Chromium to print with' },
    zh: {
      message: (a) => `找不到可用的 Chromium（已查找：${a.tried}）。${a.reason ? `解压自带的 Chromium 失败：${a.reason}` : ''}`,
      hint: () =>
        '打印 PDF 需要无头 Chromium。请在项目目录运行 npm ci（会安装自带的 Chromium 包 @sparticuz/chromium，仅限 Linux x64），或安装 Debian 的 chromium（apt-get install chromium），或用环境变量 XINFANG_CHROMIUM 指定 Chromium 程序。',
    },
    en: {
      message: (a) => `No usable Chromium (looked for: ${a.tried}).${a.reason ? ` Unpacking the bundled Chromium failed: ${a.reason}` : ''}`,
      hint: () =>
        'Printing a PDF needs a headless Chromium. Run npm ci in the project (it installs the bundled @sparticuz/chromium, Linux x64 only), or install Debian’s chromium (apt-get install chromium), or name a Chromium binary in XINFANG_CHROMIUM.',
    },
  }),
  BROWSER_FAILED: code<{ path: Arg; reason: Arg }>({
    severity: 'error',
    title: { zh: '浏览器启动或打印失败', en: 'Chromium failed to start or to print' },
    zh: {
      message: (a) => `Chromium（${a.path}）未能启动或打印：${a.reason}`,
      hint: () => '请确认该程序能在本机运行（缺少系统库 libnss3 时运行 apt-get install libnss3），或用环境变量 XINFANG_CHROMIUM 指定另一个 Chromium；仍失败时设置 XINFANG_DEBUG=1 重试，并把输出报告给维护者。',
    },
    en: {
      message: (a) => `Chromium (${a.path}) failed to start or to print: ${a.reason}`,
      hint: () => 'Check that the binary runs on this machine (install libnss3 if it is missing), or name another Chromium in XINFANG_CHROMIUM; if it still fails, rerun with XINFANG_DEBUG=1 and report the output to the maintainers.',
    },
  }),
} satisfies Codes;
