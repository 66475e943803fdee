/** The search index's bundles: fixed-size groups of organisations, the site's own pages in the first. */
import { describe, expect, it } from 'vitest';
import { bundleOf, searchBundles } from '../../src/site/search-bundles.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `org-${i + 1}`);

describe('searchBundles', () => {
  it.each([
    [0, 100, [['/pagefind/', 0]]],
    [1, 100, [['/pagefind/', 1]]],
    [100, 100, [['/pagefind/', 100]]],
    [101, 100, [['/pagefind/', 100], ['/pagefind-2/', 1]]],
    [401, 100, [['/pagefind/', 100], ['/pagefind-2/', 100], ['/pagefind-3/', 100], ['/pagefind-4/', 100], ['/pagefind-5/', 1]]],
    [20, 8, [['/pagefind/', 8], ['/pagefind-2/', 8], ['/pagefind-3/', 4]]],
  ] as const)('%i organisations, %i per bundle → %j', (n, per, expected) => {
    expect(searchBundles(ids(n), per).map((b) => [b.path, b.orgIds.length])).toEqual(expected);
  });

  it('puts a page in its organisation’s bundle, and pages of no organisation in the first', () => {
    const bundles = searchBundles(ids(20), 8);
    expect(bundleOf(bundles, 'org-9/guide/index.html').path).toBe('/pagefind-2/');
    expect(bundleOf(bundles, 'org-20/index.html').path).toBe('/pagefind-3/');
    expect(bundleOf(bundles, 'index.html').path).toBe('/pagefind/');
    expect(bundleOf(bundles, 'help/index.html').path).toBe('/pagefind/');
  });

  it.each([0, -1, 1.5])('refuses %d organisations per bundle', (per) => {
    expect(() => searchBundles(ids(3), per)).toThrow(RangeError);
  });
});
