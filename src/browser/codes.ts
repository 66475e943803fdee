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
  BROWSER_START_FAILED: {
    severity: 'error',
    title: 'Chromium did not start',
    zh: (a) => `Chromium（${s(a.path)}）无法启动：${s(a.reason)}`,
    en: (a) => `Chromium (${s(a.path)}) could not start: ${s(a.reason)}`,
    hintZh: () => '请确认该程序能在本机运行（如缺少系统库 libnss3，可运行 apt-get install libnss3），或用环境变量 XINFANG_CHROMIUM 指定另一个 Chromium。',
    hintEn: () => 'Check that the binary runs on this machine (a missing libnss3 is fixed by apt-get install libnss3), or name another Chromium in XINFANG_CHROMIUM.',
  },
  BROWSER_PRINT_FAILED: {
    severity: 'error',
    title: 'Chromium could not print the page',
    zh: (a) => `Chromium 打印 PDF 失败：${s(a.reason)}`,
    en: (a) => `Chromium could not print the PDF: ${s(a.reason)}`,
    hintZh: () => '请重试；若仍失败，请设置 XINFANG_DEBUG=1 重新运行，并把输出报告给维护者。',
    hintEn: () => 'Try again; if it fails again, rerun with XINFANG_DEBUG=1 and report the output to the maintainers.',
  },
});
