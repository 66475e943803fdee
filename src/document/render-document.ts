/**
 * The 制度 as a formal document (print-ready HTML): title, document number, issuing body and
 * effective date, the preamble, then the articles numbered as in the text (第一条…, 一、…) under
 * their chapter headings. Nothing but the 制度's own text: no tool metadata (rule-set id, source
 * file) in the formal text; a version not yet approved (`draft`) carries a 草案 watermark on every
 * printed page instead. Pure and browser-safe: the site links the same page for each version.
 * Article text is shown as text, never as markup (model.ts: Article.text).
 */
import { escapeHtml } from '../io/html.ts';
import type { CompiledArticle, CompiledVersion } from '../rules/compiled.ts';
import { publicText } from '../rules/public-text.ts';
import { HEITI, printCss } from './print-style.ts';

/** 2022-05-01 → 2022年5月1日. */
export function dateZh(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** `第一条` is followed by a full-width space (公文 convention); `一、` and `1.` run straight on. */
export function numberJoiner(number: string): string {
  return /[条章节款]$/.test(number) ? '　' : '';
}

/** The non-empty lines of a text, trimmed: its paragraphs. */
export function paragraphs(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

function article(a: CompiledArticle): string {
  const [first = '', ...rest] = paragraphs(a.text);
  const title = a.title ? `<span class="art-title">${escapeHtml(a.title)}</span>${numberJoiner(a.number) || '　'}` : '';
  const lead = `<p><span class="art-no">${escapeHtml(a.number)}</span>${numberJoiner(a.number)}${title}${escapeHtml(first)}</p>`;
  return `<section class="article" id="${escapeHtml(a.id)}">\n${lead}${rest.map((p) => `\n<p>${escapeHtml(p)}</p>`).join('')}\n</section>`;
}

/**
 * The document's text as HTML: the preamble, then chapter headings (`<h2>`) and articles in order.
 * Shared by the printed document and the site's document pages, so both show the same text.
 */
export function documentBodyHtml(version: Pick<CompiledVersion, 'preamble' | 'articles'>): string {
  const preamble = version.preamble ? `<div class="preamble">${paragraphs(version.preamble).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</div>\n` : '';
  const out: string[] = [];
  let chapter: string | undefined;
  for (const a of version.articles) {
    if (a.chapter && a.chapter !== chapter) out.push(`<h2>${escapeHtml(a.chapter)}</h2>`);
    chapter = a.chapter ?? chapter;
    out.push(article(a));
  }
  return preamble + out.join('\n');
}

const CSS = `${printCss(false)}
h1.title { font-size: 22pt; line-height: 1.5; margin: 0 0 .6em; }
p.docno, p.issued { text-align: center; margin: 0; }
p.issued { margin-bottom: 1.5em; }
h2 { font-size: 16pt; margin: 1.2em 0 .6em; break-after: avoid; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.article { margin: 0 0 .2em; }
.art-no, .art-title { font-family: ${HEITI}; }
.preamble { margin-bottom: 1em; }
.watermark { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; pointer-events: none;
  font-family: ${HEITI}; font-size: 150pt; color: rgba(0, 0, 0, .1); transform: rotate(-30deg); z-index: -1; }`;

/** Who issued the version, as the document names it (the rule file's editorial remarks dropped). */
export const issuer = (version: CompiledVersion): string => publicText(version.issued_by ?? version.organisation.name);

/**
 * The issuing line: （中共中央、国务院发布　自2022年5月1日起施行，2022年5月1日起由新版本取代）,
 * without the rule file's editorial remarks. The dates only where the text states its 施行日期:
 * otherwise they are the rule file's (a publication date, an inference), not the document's.
 */
export function issuedLine(version: CompiledVersion): string {
  const by = issuer(version);
  if (!version.effective_in_text) return `（${by}发布）`;
  const until = version.superseded_on ? `，${dateZh(version.superseded_on)}起由新版本取代` : '';
  return `（${by}发布　自${dateZh(version.document_version)}起施行${until}）`;
}

/** The watermark of a draft: position: fixed repeats it on every printed page. */
export const DRAFT_MARK = '草案';

/** The whole document page for one version of a rule set. */
export function renderDocumentHtml(version: CompiledVersion): string {
  const docno = version.document_number ? `<p class="docno">${escapeHtml(version.document_number)}</p>\n` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(version.title)}（${escapeHtml(version.effective_from)}${version.draft ? `，${DRAFT_MARK}` : ''}）</title>
<style>${CSS}</style>
</head>
<body>
${version.draft ? `<div class="watermark" aria-hidden="true">${DRAFT_MARK}</div>\n` : ''}<main>
<h1 class="title">${escapeHtml(version.title)}</h1>
${docno}<p class="issued">${escapeHtml(issuedLine(version))}</p>
${documentBodyHtml(version)}
</main>
</body>
</html>
`;
}
