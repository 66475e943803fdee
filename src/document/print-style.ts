/**
 * The print style shared by the formal document and the 修订对照表: A4 pages with the margins of
 * 党政机关公文格式 (GB/T 9704: 上 37mm, 下 35mm, 左 28mm, 右 26mm), 仿宋 body and 宋体/黑体 headings,
 * each led by the Noto Serif SC / Noto Sans SC web fonts that `src/browser/open-html.ts` loads into
 * every page xinfang prints, so a PDF embeds the same fonts on every machine; the rest of each list
 * serves the same HTML opened in a reader's own browser.
 */

/** 仿宋 for body text, then 宋体-like serif fallbacks. */
export const FANGSONG = `"Noto Serif SC", "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif`;
/** 宋体 / 小标宋 for titles. */
export const SONGTI = `"Noto Serif SC", "SimSun", "宋体", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif`;
/** 黑体 for chapter headings. */
export const HEITI = `"Noto Sans SC", "SimHei", "黑体", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`;

/**
 * Page and base typography; `landscape` for the wide 对照表. `page` names the page rule (`@page
 * formal`), for a stylesheet that also holds other page rules: the site's document pages.
 */
export function printCss(landscape = false, page?: string): string {
  return `@page ${page ? `${page} ` : ''}{ size: A4${landscape ? ' landscape' : ''}; margin: ${landscape ? '20mm 18mm' : '37mm 26mm 35mm 28mm'}; }
html { font-family: ${FANGSONG}; font-size: 16pt; line-height: 1.75; color: #000; background: #fff; }
body { margin: 0 auto; ${landscape ? '' : 'max-width: 156mm; '}}
h1, .title { font-family: ${SONGTI}; font-weight: bold; text-align: center; }
h2 { font-family: ${HEITI}; font-weight: normal; text-align: center; }
@media screen { body { padding: 2em 1em; } }`;
}
