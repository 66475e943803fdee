/**
 * Personal data in a ledger whose columns the reader did not know by those names (a clerk's own
 * headers): 来访人姓名 / 手机号码 / 身份证 are header variants of 信访人 / 联系电话 / 身份证号; 家庭住址 is
 * personal by its header and 紧急联络 by its values (mobile numbers), both unrecognised, so named in
 * one warning; 诉求 is free text with a phone and an ID number in it. In the annotated copy all of it
 * is masked unless --show-personal-data.
 *
 * Masks (src/reports/mask.ts): a name keeps its first character, a phone its first 3 and last 4
 * digits, an ID number its first 3 and last 4 characters.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../ledger/check-helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'xinfang-personal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GOV = '本级党委和政府';
const CSV = [
  '编号,登记日期,来访人姓名,手机号码,身份证,家庭住址,紧急联络,诉求,承办部门,类别',
  `P1,2026-01-05,张三丰,13812345678,110101199003071234,北京市东城区某街1号,13900001111,信访人张三电话13812345678身份证110101199003071234反映噪声,${GOV},建议意见类`,
  `P2,2026-01-06,李四,13987654321,110101198001011235,北京市西城区某路2号,13700002222,反映道路破损,${GOV},建议意见类`,
].join('\n');

const sheets: Record<string, ExcelJS.Worksheet> = {};
let stderr = '';
beforeAll(async () => {
  writeFileSync(join(work, 'pii.csv'), `${CSV}\n`);
  for (const [name, extra] of [['masked', []], ['shown', ['--show-personal-data']]] as const) {
    const r = await cli(['check', '--rules', 'rules/national', '--cases', join(work, 'pii.csv'), '--as-of', '2026-03-11', '--out', join(work, name), ...extra]);
    expect(r.code, r.stderr).toBe(0);
    if (name === 'masked') stderr = r.stderr;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(work, name, 'pii.annotated.xlsx'));
    sheets[name] = book.worksheets[0]!;
  }
}, 60_000);

// In the copy the 问题 column is B, so the ledger's columns C–H are D–I.
describe('personal data in the annotated copy', () => {
  it.each([
    { ref: 'D2', what: '来访人姓名 (a variant of 信访人)', masked: '张**', shown: '张三丰' },
    { ref: 'E2', what: '手机号码 (a variant of 联系电话)', masked: '138****5678', shown: '13812345678' },
    { ref: 'F2', what: '身份证 (a variant of 身份证号)', masked: '110***********1234', shown: '110101199003071234' },
    { ref: 'G2', what: '家庭住址 (personal by its header)', masked: '北*********', shown: '北京市东城区某街1号' },
    { ref: 'H2', what: '紧急联络 (personal by its values)', masked: '139****1111', shown: '13900001111' },
    { ref: 'I2', what: '诉求 (free text)', masked: '信访人张三电话138****5678身份证110***********1234反映噪声', shown: '信访人张三电话13812345678身份证110101199003071234反映噪声' },
    { ref: 'A2', what: '编号 is never masked', masked: 'P1', shown: 'P1' },
  ])('$ref $what: masked by default, in clear with --show-personal-data', ({ ref, masked, shown }) => {
    expect(sheets.masked!.getCell(ref).value).toBe(masked);
    expect(sheets.shown!.getCell(ref).value).toBe(shown);
  });
});

describe('the warning', () => {
  it('names the unrecognised columns that look personal, with their letters, once', () => {
    const lines = stderr.split('\n').filter((l) => l.includes('LEDGER_PERSONAL_COLUMNS'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('未识别的列（疑似个人信息）：家庭住址（F列）、紧急联络（G列）。');
  });
});
