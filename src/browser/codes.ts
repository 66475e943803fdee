/**
 * Diagnostic codes of the headless browser that prints PDFs (`xinfang document --pdf`).
 * Codes are permanent: deprecate, never rename.
 */
import { registerCodes, type Codes } from '../diagnostics/catalogue.ts';

const s = (v: unknown) => String(v ?? '');

/** The browser codes, registered in the catalogue at import. */
export const BROWSER_CODES: Codes = registerCodes({
  BROWSER_NOT_FOUND: {
    severity: 'error',
    title: 'No Chromium to print with',
    zh: (a) => `找不到可用的 Chromium（已查找：${s(a.tried)}）。${a.reason ? `解压自带的 Chromium 失败：${s(a.reason)}` : ''}`,
    en: (a) => `No usable Chromium (looked for: ${s(a.tried)}).${a.reason ? ` Unpacking the bundled Chromium failed: ${s(a.reason)}` : ''}`,
    hintZh: () =>
      '打印 PDF 需要无头 Chromium。请在项目目录运行 npm ci（会安装自带的 Chromium 包 @sparticuz/chromium，仅限 Linux x64），或安装 Debian 的 chromium（apt-get install chromium），或用环境变量 XINFANG_CHROMIUM 指定 Chromium 程序。',
    hintEn: () =>
      'Printing a PDF needs a headless Chromium. Run npm ci in the project (it installs the bundled @sparticuz/chromium, Linux x64 only), or install Debian’s chromium (apt-get install chromium), or name a Chromium binary in XINFANG_CHROMIUM.',
  },
  BROWSER_FAILED: {
    severity: 'error',
    title: 'Chromium failed to start or to print',
    zh: (a) => `Chromium（${s(a.path)}）未能启动或打印：${s(a.reason)}`,
    en: (a) => `Chromium (${s(a.path)}) failed to start or to print: ${s(a.reason)}`,
    hintZh: () => '请确认该程序能在本机运行（缺少系统库 libnss3 时运行 apt-get install libnss3），或用环境变量 XINFANG_CHROMIUM 指定另一个 Chromium；仍失败时设置 XINFANG_DEBUG=1 重试，并把输出报告给维护者。',
    hintEn: () => 'Check that the binary runs on this machine (install libnss3 if it is missing), or name another Chromium in XINFANG_CHROMIUM; if it still fails, rerun with XINFANG_DEBUG=1 and report the output to the maintainers.',
  },
});
