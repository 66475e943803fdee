/**
 * The site's document and revision pages (the site links each version's document and each
 * revision's 对照表), computed at build time from the compiled rules. Pure.
 *
 * A document is one distinct `document_version` (compiled.ts: versions split where a parent rule set
 * changes share their text); a revision is between consecutive distinct document versions. The text
 * and the table rows are the printed document's and the CLI 对照表's own HTML (render-document.ts,
 * render-diff-html.ts), so the site and the paper show the same thing. A 对照表 too long for one
 * page (the 50 KB budget) is split by chapter of the new text, and a chapter too long for
 * one page into numbered parts.
 */
import { printCss } from '../document/print-style.ts';
import { documentBodyHtml, issuedLine } from '../document/render-document.ts';
import type { CompiledRuleSet, CompiledVersion } from '../rules/compiled.ts';
import { diffVersions, type ArticleChange } from '../versions/diff-versions.ts';
import { documentVersions } from '../versions/select-version.ts';
import { NOTE_HEADING, articleRowHtml, changeRowsHtml, diffHeading, summaryZh } from '../versions/render-diff-html.ts';

/** One document version of a 制度, as a page. */
export interface DocumentView {
  /** The rule file's effective date (`document_version`), the page's address. */
  version: string;
  path: string;
  title: string;
  documentNumber?: string;
  /** （中共中央、国务院发布　自2022年5月1日起施行）. */
  issuedLine: string;
  effectiveFrom: string;
  /** When the next document version takes effect (not a parent's change). */
  supersededOn?: string;
  /** Whether this is the text in force on the build date. */
  current: boolean;
  /** Preamble, chapter headings and articles, escaped HTML. */
  bodyHtml: string;
}

/** One page of a revision's article table. */
export interface RevisionPart {
  path: string;
  /** The new text's chapter (第四章 信访事项的办理), with （一）（二） when it is split. */
  title: string;
  /** Rows by status, e.g. 修改 5 条、新增 2 条. */
  countsText: string;
  /** `<tr>` rows, escaped HTML with labelled marks and cells. */
  rowsHtml: string;
}

/** One revision (修订对照表) between consecutive document versions. */
export interface RevisionView {
  from: string;
  to: string;
  path: string;
  heading: string;
  /** 修改 25 条,新增 24 条 … */
  summary: string;
  /** Rows of the changed time limits, routing and contacts (empty when none). */
  changesHtml: string;
  changeCount: number;
  parts: RevisionPart[];
}

/** Both for one organisation. */
export interface DocumentPages {
  documents: DocumentView[];
  revisions: RevisionView[];
}

/**
 * The document page printed: the printed document's A4 page, 公文 margins and typefaces
 * (print-style.ts) with the sizes of render-document.ts — 二号 title, 三号 text. The page rule is
 * named so that the site's own print margins (site.css) do not override it, and the body takes the
 * document's 仿宋 rather than the site's sans-serif.
 */
export const FORMAL_PRINT_CSS = `@media print {
${printCss(false, 'formal')}
html body { font-family: inherit; }
.formal { page: formal; margin: 0; font-size: 16pt; line-height: 1.75; }
.formal h1.title { font-size: 22pt; line-height: 1.5; }
.formal h2 { font-size: 16pt; font-weight: normal; margin: 1.2em 0 .6em; }
.formal p { margin: 0; }
}`;

/** Column names a stacked (narrow-screen) row shows before each cell. */
const LABELS = { old: '原条文', new: '修订后条文', status: NOTE_HEADING };

/**
 * Most article-row HTML one page carries: the budget is 50 KB of HTML+CSS, of which the shell,
 * menu and stylesheets take about 15 KB (measured on the built national pages).
 */
export const ROW_BYTES_PER_PAGE = 30 * 1024;

const CN_PARTS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The first compiled version of each distinct document version, in order. */

/** Rows grouped by the new text's chapter; a deleted article stays with the new article before it. */
function byNewChapter(rows: readonly ArticleChange[]): { chapter: string; rows: ArticleChange[] }[] {
  const firstNew = rows.find((r) => r.new)?.new?.chapter;
  const groups: { chapter: string; rows: ArticleChange[] }[] = [];
  for (const r of rows) {
    const chapter = r.new ? r.new.chapter ?? '' : groups.at(-1)?.chapter ?? firstNew ?? '';
    const last = groups.at(-1);
    if (last && last.chapter === chapter) last.rows.push(r);
    else groups.push({ chapter, rows: [r] });
  }
  return groups;
}

const utf8 = new TextEncoder();
const byteLength = (text: string): number => utf8.encode(text).length;

/** Split rendered rows into runs of at most `ROW_BYTES_PER_PAGE` bytes, as even as the rows allow. */
function splitBySize(rows: readonly string[]): string[][] {
  const total = rows.reduce((n, r) => n + byteLength(r), 0);
  const pages = Math.max(1, Math.ceil(total / ROW_BYTES_PER_PAGE));
  const target = total / pages;
  const out: string[][] = [[]];
  let size = 0;
  for (const r of rows) {
    const bytes = byteLength(r);
    if (out.at(-1)!.length && size + bytes > target * out.length && out.length < pages) out.push([]);
    out.at(-1)!.push(r);
    size += bytes;
  }
  return out;
}

/** Counts in the words of the table's summary line (render-diff-html.ts summaryZh). */
const COUNT_ZH: readonly [ArticleChange['status'], string][] = [
  ['changed', '修改'],
  ['added', '新增'],
  ['deleted', '删除'],
  ['renumbered', '仅条号调整'],
  ['unchanged', '未修改'],
];

function countsText(rows: readonly ArticleChange[]): string {
  return COUNT_ZH
    .map(([status, label]) => [label, rows.filter((r) => r.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label} ${n} 条`)
    .join('，');
}

function revision(orgId: string, a: CompiledVersion, b: CompiledVersion): RevisionView {
  const diff = diffVersions(a, b);
  const path = `/${orgId}/revisions/${a.document_version}-to-${b.document_version}/`;
  const parts: RevisionPart[] = [];
  for (const group of byNewChapter(diff.articles)) {
    const html = group.rows.map((r) => articleRowHtml(r, { marks: true, labels: LABELS }));
    const chunks = splitBySize(html);
    let start = 0;
    chunks.forEach((chunk, i) => {
      const rows = group.rows.slice(start, (start += chunk.length));
      const name = group.chapter || '条文';
      parts.push({
        path: `${path}${parts.length + 1}/`,
        title: chunks.length > 1 ? `${name}（${CN_PARTS[i] ?? i + 1}）` : name,
        countsText: countsText(rows),
        rowsHtml: chunk.join('\n'),
      });
    });
  }
  return {
    from: a.document_version,
    to: b.document_version,
    path,
    heading: diffHeading(diff),
    summary: summaryZh(diff),
    changesHtml: changeRowsHtml(diff.changes, true),
    changeCount: diff.changes.length,
    parts,
  };
}

/** The document and revision pages of one rule set; `current` is the version in force on the build date. */
export function documentPages(set: CompiledRuleSet, current: CompiledVersion): DocumentPages {
  const heads = documentVersions(set);
  const documents = heads.map((v, i): DocumentView => {
    const next = heads[i + 1];
    return {
      version: v.document_version,
      path: `/${set.id}/document/${v.document_version}/`,
      title: v.title,
      ...(v.document_number ? { documentNumber: v.document_number } : {}),
      issuedLine: issuedLine(v),
      effectiveFrom: v.document_version,
      ...(next ? { supersededOn: next.document_version } : {}),
      current: v.document_version === current.document_version,
      bodyHtml: documentBodyHtml(v),
    };
  });
  const revisions = heads.slice(1).map((b, i) => revision(set.id, heads[i]!, b));
  return { documents, revisions };
}
