/**
 * The issuing line of the formal document names the issuer as the 制度 does: the remarks a rule file
 * keeps in brackets for its editors ("医院(种子文本未载明医院名称)", "××局（原文只称“我局”“局领导”）")
 * are not part of the document (they reached the Word and PDF output, and the site's document page);
 * and it gives a 施行日期 only when the text states one (the rule files of all seeds but the 条例 take
 * a web page's publication date or an inference, which the document printed as its 施行日期).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { issuedLine } from '../../src/document/render-document.ts';
import { packageRoot } from '../../src/paths.ts';
import { buildRuleSets } from '../../src/rules/build-rulesets.ts';
import type { CompiledRuleSet } from '../../src/rules/compiled.ts';
import { publicText } from '../../src/rules/public-text.ts';

const RULES = join(packageRoot, 'rules');
let all: CompiledRuleSet[];
beforeAll(async () => {
  const dirs = readdirSync(RULES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(RULES, d.name));
  all = (await buildRuleSets(dirs, packageRoot)).compiled;
});

describe('publicText', () => {
  it.each([
    ['医院(种子文本未载明医院名称)', '医院'],
    ['××局（原文只称“我局”“局领导”）', '××局'],
    ['××局（行政机关；原文只称“本局”）', '××局'],
    ['××信访局（原文未写机关名称）', '××信访局'],
    // A bracket that is part of the name stays.
    ['中共成都市委（市政协机关）', '中共成都市委（市政协机关）'],
  ])('%s → %s', (value, shown) => {
    expect(publicText(value)).toBe(shown);
  });
});

describe('the issuing line of every rule set', () => {
  it('carries no editorial remark', () => {
    expect(all.length).toBeGreaterThan(15);
    const lines = all.flatMap((r) => r.versions.map((v) => `${r.id}: ${issuedLine(v)}`));
    expect(lines.filter((l) => /种子|原文|xinfang|示例/.test(l))).toEqual([]);
  });

  it('names the hospital as its 制度 does, with no date: its text states none (the rule file takes the web page\'s)', () => {
    const hospital = all.find((r) => r.id === 'hospital')!;
    expect(hospital.versions[0]!.effective_in_text).toBe(false);
    expect(issuedLine(hospital.versions[0]!)).toBe('（医院发布）');
  });

  it('dates a text that states its 施行日期: 《信访工作条例》第五十条“本条例自2022年5月1日起施行”', () => {
    const national = all.find((r) => r.id === 'national')!;
    expect(national.versions.map((v) => [v.effective_in_text, issuedLine(v)])).toEqual([
      [true, '（国务院发布　自2005年5月1日起施行，2022年5月1日起由新版本取代）'],
      [true, '（中共中央、国务院发布　自2022年5月1日起施行）'],
    ]);
  });

  it('gives the 昆山市委组织部 text no 施行日期 in either version (its notes: 文本未写印发或生效日期)', () => {
    const kunshan = all.find((r) => r.id === 'kunshan-zzb')!;
    expect(kunshan.versions.map((v) => issuedLine(v))).toEqual(['（中共昆山市委组织部发布）', '（中共昆山市委组织部发布）']);
  });
});
