/**
 * `xinfang new`: a rule set that validates as written (no error, only the placeholder-contact
 * warning), a workbook that imports back to the same rule file, a parent named but none of its
 * clocks taken, and never an overwrite.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { packageRoot } from '../../src/paths.ts';
import { loadRuleSets } from '../../src/rules/load-rulesets.ts';
import { guessKind } from '../../src/workbook/starter.ts';
import { importRulesWorkbook } from '../../src/workbook/import-workbook.ts';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'xinfang-new-'));
  cpSync(join(packageRoot, 'rules', 'national'), join(work, 'rules', 'national'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(args, { stdout: () => {}, stderr: (t) => (stderr += `${t}\n`), cwd: work, isTTY: false });
  return { code, stderr };
}

describe('xinfang new', () => {
  it('writes a rule set that validates and its workbook', async () => {
    const r = await cli(['new', 'qingxi-wjw', '--name', '青溪区卫生健康委员会', '--effective', '2026-01-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('已新建 rules/qingxi-wjw/2026-01-01.yaml 和工作簿 qingxi-wjw.xlsx');
    const { diagnostics } = loadRuleSets([join(work, 'rules', 'qingxi-wjw')], work);
    expect(diagnostics.map((d) => d.code)).toEqual(['CONTACT_NONE']);
    const yaml = parse(readFileSync(join(work, 'rules', 'qingxi-wjw', '2026-01-01.yaml'), 'utf8'));
    expect(yaml).toMatchObject({ ruleset: 'qingxi-wjw', title: '青溪区卫生健康委员会信访工作制度', organisation: { name: '青溪区卫生健康委员会', kind: 'government' } });
    expect(yaml.articles.at(-1).text).toBe('本制度自2026年1月1日起施行。');
    const imported = importRulesWorkbook(readFileSync(join(work, 'qingxi-wjw.xlsx')), 'qingxi-wjw.xlsx', join(work, 'rules', 'qingxi-wjw'));
    expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parse(imported.files[0]!.text)).toEqual(yaml);
  });

  it('never overwrites', async () => {
    const again = await cli(['new', 'qingxi-wjw', '--name', '另一个单位', '--effective', '2027-01-01', '--xlsx', 'other.xlsx']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('rules/qingxi-wjw 已存在；xinfang new 不覆盖已有文件。');
    expect(existsSync(join(work, 'other.xlsx'))).toBe(false);
    const workbook = await cli(['new', 'other-org', '--name', '另一个单位', '--xlsx', 'qingxi-wjw.xlsx']);
    expect(workbook.code).toBe(2);
    expect(existsSync(join(work, 'rules', 'other-org'))).toBe(false);
  });

  it('names a parent but takes none of its clocks, listing them in a note', async () => {
    const r = await cli(['new', 'qingxi-school', '--name', '青溪中学', '--extends', 'national', '--effective', '2026-01-01']);
    expect(r.code, r.stderr).toBe(0);
    const yaml = parse(readFileSync(join(work, 'rules', 'qingxi-school', '2026-01-01.yaml'), 'utf8'));
    expect(yaml.extends).toEqual({ ruleset: 'national' });
    expect(yaml.organisation.kind).toBe('school');
    expect(yaml.notes.join('')).toContain('《信访工作条例》');
    const { diagnostics } = loadRuleSets([join(work, 'rules', 'qingxi-school'), join(work, 'rules', 'national')], work);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each([
    [['new', 'Qingxi', '--name', '青溪'], '只能用小写英文字母、数字和连字符'],
    [['new', 'qingxi'], '需要 --name 单位名称'],
    [['new', 'qingxi', '--name', '青溪', '--effective', '2026-02-30'], '--effective 应为日期'],
  ])('refuses %j', async (args, text) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
  });

  it.each([
    ['青溪区卫生健康委员会', 'government'],
    ['青溪区人民医院', 'hospital'],
    ['青溪镇人民政府', 'town'],
    ['青溪投资集团有限公司', 'company'],
    ['中共青溪区委组织部', 'party'],
  ])('guesses %s is a %s', (name, kind) => expect(guessKind(name)).toBe(kind));
});
