/**
 * Every code of the catalogue renders in both languages with example arguments — its title, message
 * and hint: no placeholder or missing value is left, English texts hold no Chinese and Chinese texts
 * no English prose (only codes, ids, commands and file names). Argument values and quoted text are data and are taken out
 * before the language check; arguments named `…Zh` / `…En` must only appear in their own language.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, STAGE_CODES, entryOf, type Code } from '../../src/diagnostics/catalogue.ts';
import { EXAMPLES } from '../../src/diagnostics/examples.ts';
import type { Lang } from '../../src/diagnostics/diagnostic.ts';

const HAN = /\p{Script=Han}/u;
/** Quoted text is data as printed (a column header, a notice's wording, a limit as written). */
const QUOTED = /"[^"]*"|“[^”]*”/g;
/** English that may stand in Chinese text: commands with their arguments, and one-word names (codes, keys, formats). */
const COMMANDS = /\b(?:xinfang(?: [a-z-]+)+|npm ci|apt-get install \S+)/g;
const ENGLISH_PROSE = /\b[A-Za-z]{2,} [A-Za-z]{2,}\b/;

function render(code: Code, lang: Lang): string[] {
  const entry = entryOf(code);
  const texts = entry[lang];
  const args = EXAMPLES[code];
  return [entry.title[lang], texts.message(args), ...(texts.hint ? [texts.hint(args)] : [])];
}

/** The text with every argument value taken out (longest first, so a value inside another goes with it). */
function withoutData(text: string, args: object): string {
  const values = Object.values(args).map(String).filter((v) => v.length > 0);
  values.sort((a, b) => b.length - a.length);
  let out = text;
  for (const v of values) out = out.split(v).join(' ');
  return out;
}

const codes = Object.keys(CATALOGUE) as Code[];

describe('diagnostic catalogue', () => {
  it('keeps every code in exactly one stage table', () => {
    let total = 0;
    for (const table of Object.values(STAGE_CODES)) total += Object.keys(table).length;
    expect(total).toBe(codes.length);
  });

  it.each(codes)('%s renders in both languages without placeholders', (code) => {
    for (const lang of ['zh', 'en'] as const) {
      for (const text of render(code, lang)) {
        expect(text, `${code} ${lang}`).not.toMatch(/undefined|NaN|null|\[object|‹|›/);
        expect(text.trim().length, `${code} ${lang}`).toBeGreaterThan(3);
      }
    }
  });

  it.each(codes)('%s: English text has no Chinese, Chinese text no English prose', (code) => {
    const args = EXAMPLES[code] as Record<string, unknown>;
    const own = (suffix: string) => Object.entries(args).filter(([k]) => k.endsWith(suffix)).map(([, v]) => String(v));
    for (const text of render(code, 'en')) {
      for (const zh of own('Zh')) expect(text, `${code} en shows ${zh}`).not.toContain(zh);
      expect(withoutData(text, args).replace(QUOTED, ' '), `${code} en`).not.toMatch(HAN);
    }
    for (const text of render(code, 'zh')) {
      for (const en of own('En')) expect(text, `${code} zh shows ${en}`).not.toContain(en);
      expect(withoutData(text, args).replace(QUOTED, ' ').replace(COMMANDS, ' '), `${code} zh`).not.toMatch(ENGLISH_PROSE);
    }
  });

  it.each(codes)('%s has a short title in each language: Chinese with no English word in zh, no Chinese in en', (code) => {
    const { zh, en } = entryOf(code).title;
    expect(zh, `${code} zh title`).toMatch(HAN);
    // Acronyms (YAML, RRULE, SQL, UTF-8) may stand in a Chinese title; an English word may not.
    expect(zh, `${code} zh title`).not.toMatch(/[a-z]/);
    expect(en.replace(QUOTED, ' '), `${code} en title`).not.toMatch(HAN);
    for (const title of [zh, en]) {
      expect(title.length, `${code} title`).toBeLessThanOrEqual(60);
      expect(title, `${code} title is a name, not a sentence`).not.toMatch(/[。.]$/);
    }
  });
});
