/** The index's order: national first, then kind, then region (未载明地区 last), names in pinyin order. */
import { describe, expect, it } from 'vitest';
import { indexGroups, NO_REGION, type IndexOrg } from '../../src/site/index-groups.ts';

const KINDS: Record<string, string> = { government: '政府部门', cppcc: '政协机关', company: '企业', enterprise: '企业' };
const name = (kind: string) => KINDS[kind] ?? '其他单位';
const org = (id: string, orgName: string, kind: string, region?: string): IndexOrg => ({ id, name: orgName, kind, ...(region ? { region } : {}) });

describe('indexGroups', () => {
  const orgs = [
    org('z-co', '中国银行', 'company'),
    org('cd-zx', '成都市政协机关', 'cppcc', '成都市'),
    org('ks-gov', '昆山市人民政府', 'government', '昆山市'),
    org('national', '国家信访局', 'government'),
    org('a-ent', '安达企业', 'enterprise', '北京市'),
    org('cd-gov', '成都市人民政府', 'government', '成都市'),
    org('b-gov', '××局', 'government'),
    org('a-gov', '安县人民政府', 'government', '成都市'),
  ];
  const { national, kinds } = indexGroups(orgs, name);

  it('puts the national rules apart, first', () => {
    expect(national?.id).toBe('national');
    expect(kinds.flatMap((k) => k.regions.flatMap((r) => r.orgs.map((o) => o.id)))).not.toContain('national');
  });

  // Pinyin: 企业 qǐ < 政府 zhèng < 政协 zhèng-x (府 fǔ < 协 xié); 北京 běi < 成都 chéng < 昆山 kūn; 安 ān < 成 chéng.
  it.each([
    ['企业', 2, [['北京市', ['a-ent']], [NO_REGION, ['z-co']]]],
    ['政府部门', 4, [['成都市', ['a-gov', 'cd-gov']], ['昆山市', ['ks-gov']], [NO_REGION, ['b-gov']]]],
    ['政协机关', 1, [['成都市', ['cd-zx']]]],
  ] as const)('%s: %i organisations, by region', (kind, count, regions) => {
    const k = kinds.find((x) => x.kind === kind)!;
    expect(k.count).toBe(count);
    expect(k.regions.map((r) => [r.region, r.orgs.map((o) => o.id)])).toEqual(regions);
    expect(k.regions.map((r) => r.named)).toEqual(regions.map(([r]) => r !== NO_REGION));
  });

  it('orders numbers in names by value: 第2中学 before 第10中学', () => {
    const schools = indexGroups([org('s10', '第10中学', 'school', '昆山市'), org('s2', '第2中学', 'school', '昆山市')], name);
    expect(schools.kinds[0]!.regions[0]!.orgs.map((o) => o.id)).toEqual(['s2', 's10']);
  });

  it('orders the kinds by name, two kinds of one name in one group', () => {
    expect(kinds.map((k) => k.kind)).toEqual(['企业', '政府部门', '政协机关']);
  });
});
