/**
 * How articles are cited (rules/AUTHORING.md "条文"): where numbering restarts in each section, a
 * citation needs the section's number too ("四、6", "三（二）2"); `path` says it explicitly.
 */
import { describe, expect, it } from 'vitest';
import { citationOf } from '../../src/rules/compile-parts.ts';
import type { Article } from '../../src/rules/model.ts';

const art = (number: string, chapter?: string, path?: string): Article => ({ id: 'a', number, text: 't', ...(chapter ? { chapter } : {}), ...(path ? { path } : {}) });

describe('citationOf', () => {
  it.each([
    ['a 条 is cited by its number', art('第二十二条', '第四章 信访事项的受理'), '第二十二条'],
    ['an item under a numbered section', art('6、', '四、信访工作要求'), '四、6'],
    ['a bracketed item, half-width brackets printed full-width', art('(1)', '一、限时办结制'), '一、（1）'],
    ['section and sub-section', art('2.', '三、信访的处理程序。(二)来访接待'), '三、（二）2'],
    ['a sub-section heading alone', art('3、', '(四)来信归口处理办法。'), '（四）3'],
    ['no numbered chapter: the number as printed', art('三、'), '三、'],
    ['path wins', art('6、', '四、信访工作要求', '四（一）6'), '四（一）6'],
  ])('%s', (_name, a, expected) => {
    expect(citationOf(a)).toBe(expected);
  });
});
