/**
 * Data shown to people: ESC sequences and bidi controls from a ledger or rule file never reach the
 * terminal, Markdown headings and cells escape what Markdown would read as formatting, a five-digit
 * year in a holiday notice is not read as a four-digit one, and short ID numbers are masked whole.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/calendar/notice.ts';
import { formatDiagnostics } from '../../src/cli/print-diagnostics.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { plainText } from '../../src/io/terminal-text.ts';
import { maskIdNumber } from '../../src/reports/mask.ts';
import type { VersionDiff } from '../../src/versions/diff-versions.ts';
import { renderDiffMarkdown } from '../../src/versions/render-diff-md.ts';

describe('terminal output', () => {
  it.each([
    ['ESC sequences', 'a\u001b[2J\u001b]0;pwned\u0007b', 'a[2J]0;pwnedb'],
    ['a line break faking another diagnostic', '值\nledger.csv:1  error  FAKE', '值 ledger.csv:1  error  FAKE'],
    ['bidi override (Trojan Source)', '张三\u202e1234\u202c', '张三1234'],
    ['bidi isolates and marks', '\u2066a\u2069\u200fb\u061c', 'ab'],
    ['C1 control CSI', 'a\u009b31mb', 'a31mb'],
    ['ordinary Chinese text', '信访事项（第二十二条）', '信访事项（第二十二条）'],
  ])('%s', (_name, text, shown) => expect(plainText(text)).toBe(shown));

  it('diagnostic lines carry no control character from the data, wherever it sits', () => {
    const d: Diagnostic = { code: 'X', severity: 'error', message: '值“\u001b[31m红\u001b[0m”无效', hint: '改\u202e正', file: 'a\u001b]8;;x\u0007.csv', header: '日\n期', row: 2 };
    const [line] = formatDiagnostics([d], 'zh');
// eslint-disable-next-line no-control-regex -- control characters are what this matches
    expect(line).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(line!.split('\n')).toHaveLength(2); // the message line and the hint line only
  });
});

describe('Markdown 对照表', () => {
  const diff = {
    from: { title: '# 旧 <script>alert(1)</script>', effective_from: '2020-01-01' },
    to: { title: '# 旧 <script>alert(1)</script>', effective_from: '2024-01-01' },
    articles: [{ status: 'added', new: { number: '[点我](javascript:alert(1))\n# 伪标题', text: 'x' }, segments: [{ op: 'ins', text: '- 列表\n1. 编号\n![img](http://evil.example/x.png)' }] }],
    changes: [{ area: 'contacts', item: 'a|b', field: '<img src=x onerror=alert(1)>', old: undefined, new: '\u202eevil' }],
    summary: { changed: 0, added: 1, deleted: 0, renumbered: 0, unchanged: 0 },
  } as unknown as VersionDiff;
  const text = renderDiffMarkdown(diff);
  it('headings and cells are escaped, one line each', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# 《\\# 旧 \\<script\\>alert\\(1\\)\\</script\\>》修订对照表');
    expect(lines).toContain('## \\[点我\\]\\(javascript:alert\\(1\\)\\) \\# 伪标题（新增）');
    expect(text).not.toMatch(/(?<!\\)<(script|img)|(?<!\\)\]\(|\u202e/);
    expect(text).toContain('a\\|b');
  });
  it('a data line cannot become a list, a heading or an image', () => {
    expect(text).toContain('**\\- 列表**');
    expect(text).toContain('**1\\. 编号**');
    expect(text).toContain('\\!\\[img\\]\\(http://evil.example/x.png\\)');
  });
});

describe('holiday notice years', () => {
  it('a five-digit year in the title is not read as its last four digits', () => {
    const real = readFileSync('test/calendar/fixtures/notices/2026.txt', 'utf8');
    const forged = real.replace('关于2026年', '关于20260年');
    const { value } = parseNotice(forged, '2026.txt');
    expect(value?.year).not.toBe(260);
    expect(value?.year).not.toBe(2026);
  });
});

describe('ID numbers in reports', () => {
  it.each([
    ['110101199003071234', '110***********1234'],
    ['110101900307123', '110********7123'],
    ['12345678', '********'],
    ['1234567890', '**********'],
    ['123', '***'],
  ])('%s → %s', (id, masked) => expect(maskIdNumber(id)).toBe(masked));
});
