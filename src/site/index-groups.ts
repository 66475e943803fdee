/**
 * The site index's order: the national rules first, then the other organisations by kind, then by
 * region (未载明地区 last, for rules that name no place — rules/AUTHORING.md), each list by name in
 * pinyin order, numbers by value. Pure.
 */

/** What the index needs of an organisation. */
export interface IndexOrg {
  id: string;
  name: string;
  kind: string;
  region?: string;
}

/** One region's organisations within a kind. */
export interface RegionGroup<T extends IndexOrg> {
  region: string;
  /** Whether the rules name the region (false for the 未载明地区 group). */
  named: boolean;
  orgs: T[];
}

/** One kind's organisations, by region. */
export interface KindGroup<T extends IndexOrg> {
  kind: string;
  count: number;
  regions: RegionGroup<T>[];
}

/** The heading of the group of organisations whose rules name no region. */
export const NO_REGION = '未载明地区';

// Numbers in names by value (第2中学 before 第10中学).
const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN', { numeric: true });

/** Kinds by their Chinese name (two kinds of the same name share a group), regions inside them. */
export function indexGroups<T extends IndexOrg>(orgs: readonly T[], kindName: (kind: string) => string): { national?: T; kinds: KindGroup<T>[] } {
  const national = orgs.find((o) => o.id === 'national');
  const byKind = new Map<string, Map<string, T[]>>();
  for (const org of orgs) {
    if (org === national) continue;
    const kind = kindName(org.kind);
    const regions = byKind.get(kind) ?? new Map<string, T[]>();
    byKind.set(kind, regions);
    const key = org.region ?? '';
    const list = regions.get(key);
    if (list) list.push(org);
    else regions.set(key, [org]);
  }
  const kinds = [...byKind].sort(([a], [b]) => zh(a, b)).map(([kind, regions]): KindGroup<T> => {
    const named = [...regions.keys()].filter((r) => r !== '').sort(zh);
    const keys = regions.has('') ? [...named, ''] : named;
    let count = 0;
    const groups = keys.map((key): RegionGroup<T> => {
      const list = regions.get(key)!.sort((a, b) => zh(a.name, b.name));
      count += list.length;
      return { region: key || NO_REGION, named: key !== '', orgs: list };
    });
    return { kind, count, regions: groups };
  });
  return { ...(national ? { national } : {}), kinds };
}
