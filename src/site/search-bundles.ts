/**
 * How the site's search index is split. Pagefind holds everything it indexes in memory until it
 * writes the index — at 400 organisations about 1.3 GB in one process — so the pages are indexed in
 * bundles of a fixed number of organisations, one Pagefind process after another, and the search
 * page merges the bundles in the browser (Pagefind's mergeIndex). The first bundle, at /pagefind/,
 * also holds the pages that belong to no organisation. Pure: the build and the search page both
 * derive the same bundles from the organisations' ids.
 */

/** Organisations per bundle: about 0.4 GB of Pagefind memory for the shipped rule sets' pages. */
export const ORGS_PER_BUNDLE = 100;

/** One Pagefind bundle: its site path and the organisations whose pages it indexes. */
export interface SearchBundle {
  /** `/pagefind/`, then `/pagefind-2/`, `/pagefind-3/` … */
  path: string;
  orgIds: string[];
}

/** The bundles for some organisations, in order; at least one (the site's own pages). */
export function searchBundles(orgIds: readonly string[], perBundle: number = ORGS_PER_BUNDLE): SearchBundle[] {
  if (!Number.isInteger(perBundle) || perBundle < 1) throw new RangeError(`organisations per search bundle must be a positive integer, not ${perBundle}`);
  const bundles: SearchBundle[] = [];
  for (let start = 0; start === 0 || start < orgIds.length; start += perBundle) {
    const n = bundles.length + 1;
    bundles.push({ path: n === 1 ? '/pagefind/' : `/pagefind-${n}/`, orgIds: orgIds.slice(start, start + perBundle) });
  }
  return bundles;
}

/** The bundle a page belongs to, by its path relative to the site root (`org-001/guide/index.html`). */
export function bundleOf(bundles: readonly SearchBundle[], page: string): SearchBundle {
  const first = page.split('/')[0]!;
  return bundles.find((b) => b.orgIds.includes(first)) ?? bundles[0]!;
}
