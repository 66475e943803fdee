/**
 * Read rule-set folders from disk (the I/O edge of the rules stage) and run every check:
 * per file (parse, then every check of check-file.ts in one round) and across files (versions, extends).
 * A rule set named in `extends` is loaded from a sibling folder when not asked for directly.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import { inputFileProblem } from '../io/input-file.ts';
import { readFailureReason } from '../io/io-failure.ts';
import { checkRuleFile } from './check-file.ts';
import type { IdIndex } from './check-references.ts';
import type { RuleFile } from './model.ts';
import { checkResolved } from './check-resolved.ts';
import { MAX_RULE_FILE_BYTES, parseRuleBytes, type ParsedYaml } from './parse-yaml.ts';
import { locate } from '../diagnostics/yaml-position.ts';
import { versionInForce } from './version-in-force.ts';

/** One version file that passed parsing and the schema. */
export interface LoadedVersion {
  file: string;
  parsed: ParsedYaml;
  rules: RuleFile;
  index: IdIndex;
}

/** One rule set: its folder and its versions, oldest first. */
export interface LoadedRuleSet {
  id: string;
  dir: string;
  versions: LoadedVersion[];
}

/** Every rule-set folder under a rules root (folders holding at least one .yaml file). */
export function listRuleSetDirs(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => join(root, e.name))
    .filter((d) => readdirSync(d).some((f) => f.endsWith('.yaml') || f.endsWith('.yml')))
    .sort();
}

function readVersion(path: string, cwd: string, out: CatalogueDiagnostic[]): LoadedVersion | undefined {
  const file = relative(cwd, path) || path;
  const refused = inputFileProblem(path, file, { file }, cwd);
  if (refused) {
    out.push(refused);
    return undefined;
  }
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_RULE_FILE_BYTES) {
      out.push(diagnostic('RULES_TOO_LARGE', { size, max: MAX_RULE_FILE_BYTES }, { file, line: 1, column: 1 }));
      return undefined;
    }
    bytes = readFileSync(path);
  } catch (e) {
    out.push(diagnostic('RULES_FILE_UNREADABLE', { reason: readFailureReason(e) }, { file }));
    return undefined;
  }
  const { value: parsed, diagnostics } = parseRuleBytes(bytes, file);
  for (const d of diagnostics) out.push(d);
  if (!parsed) return undefined;
  const checked = checkRuleFile(parsed, out);
  if (!checked) return undefined;
  const { rules, index } = checked;
  const folder = basename(dirname(path));
  if (rules.ruleset !== folder) {
    out.push(diagnostic('RULESET_MISMATCH', { ruleset: rules.ruleset, folder }, locate(parsed, ['ruleset'])));
  }
  if (basename(path).replace(/\.ya?ml$/, '') !== rules.effective_from) {
    out.push(diagnostic('VERSION_FILE_NAME', { expected: rules.effective_from }, locate(parsed, ['effective_from'])));
  }
  return { file, parsed, rules, index };
}

function readRuleSet(dir: string, cwd: string, out: CatalogueDiagnostic[]): LoadedRuleSet {
  const id = basename(resolve(dir));
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (e) {
    out.push(diagnostic('RULES_FILE_UNREADABLE', { reason: readFailureReason(e) }, { file: relative(cwd, dir) || dir }));
  }
  if (!names.length) out.push(diagnostic('RULES_NOT_FOUND', {}, { file: relative(cwd, dir) || dir }));
  const versions = names
    .map((n) => readVersion(join(dir, n), cwd, out))
    .filter((v): v is LoadedVersion => v !== undefined)
    .sort((a, b) => a.rules.effective_from.localeCompare(b.rules.effective_from));
  for (let i = 1; i < versions.length; i++) {
    const [prev, cur] = [versions[i - 1]!, versions[i]!];
    if (prev.rules.effective_from === cur.rules.effective_from) {
      out.push(diagnostic('VERSION_OVERLAP', { date: cur.rules.effective_from, other: prev.file }, locate(cur.parsed, ['effective_from'])));
    }
  }
  return { id, dir, versions };
}

function checkExtends(sets: Map<string, LoadedRuleSet>, out: CatalogueDiagnostic[]): void {
  for (const set of sets.values()) {
    for (const v of set.versions) {
      const ext = v.rules.extends;
      if (!ext) {
        checkResolved(v.parsed, v.rules, undefined, out);
        continue;
      }
      const parent = sets.get(ext.ruleset);
      if (!parent) {
        out.push(diagnostic('EXTENDS_UNKNOWN', { ruleset: ext.ruleset }, locate(v.parsed, ['extends', 'ruleset'])));
        continue;
      }
      const chain = [set.id];
      let cur: string | undefined = ext.ruleset;
      while (cur && !chain.includes(cur)) {
        chain.push(cur);
        cur = sets.get(cur)?.versions.find((x) => x.rules.extends)?.rules.extends?.ruleset;
      }
      if (cur && chain.includes(cur)) {
        out.push(diagnostic('EXTENDS_CYCLE', { chain: [...chain, cur].join(' → ') }, locate(v.parsed, ['extends', 'ruleset'])));
        continue;
      }
      const pv = versionInForce(parent.versions, v.rules.effective_from, (p) => p.rules.effective_from);
      if (!pv) {
        out.push(diagnostic('EXTENDS_NOT_IN_FORCE', { ruleset: ext.ruleset, date: v.rules.effective_from }, locate(v.parsed, ['effective_from'])));
        continue;
      }
      const refs: [keyof IdIndex, 'clocks' | 'windows'][] = [['clock', 'clocks'], ['window', 'windows']];
      for (const [kind, key] of refs) {
        ext[key]?.forEach((id, i) => {
          if (!pv.index[kind].has(id)) {
            out.push(diagnostic('UNKNOWN_REFERENCE', { id, kind, kindZh: kind === 'clock' ? '上级时限' : '上级期限', known: [...pv.index[kind]].join(', ') }, locate(v.parsed, ['extends', key, i])));
          }
        });
      }
      checkParentArticles(v, ext.ruleset, pv, out);
      checkResolved(v.parsed, v.rules, { clocks: pv.rules.clocks ?? [], windows: pv.rules.windows ?? [] }, out);
    }
  }
}

/** `basis: national:a22` must name an article of the parent version in force. */
function checkParentArticles(v: LoadedVersion, parentId: string, pv: LoadedVersion, out: CatalogueDiagnostic[]): void {
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (typeof node === 'string') {
      const last = path[path.length - 1];
      if ((last === 'basis' || last === 'recusal') && node.startsWith(`${parentId}:`)) {
        const art = node.slice(parentId.length + 1);
        if (!pv.index.article.has(art)) {
          out.push(diagnostic('UNKNOWN_REFERENCE', { id: node, kind: 'article', kindZh: '上级条文', known: '' }, locate(v.parsed, path)));
        }
      }
    } else if (node && typeof node === 'object') {
      for (const [k, child] of Object.entries(node)) walk(child, [...path, Array.isArray(node) ? Number(k) : k]);
    }
  };
  walk(v.rules, []);
}

/** Load and check rule-set folders (and the parents they extend). */
export function loadRuleSets(dirs: string[], cwd = process.cwd()): { value: Map<string, LoadedRuleSet>; diagnostics: CatalogueDiagnostic[] } {
  const out: CatalogueDiagnostic[] = [];
  const sets = new Map<string, LoadedRuleSet>();
  const queue = dirs.map((d) => resolve(cwd, d));
  while (queue.length) {
    const dir = queue.shift()!;
    const set = readRuleSet(dir, cwd, out);
    if (sets.has(set.id)) continue;
    sets.set(set.id, set);
    for (const v of set.versions) {
      const parent = v.rules.extends?.ruleset;
      const parentDir = parent ? join(dirname(dir), parent) : undefined;
      if (parent && parentDir && !sets.has(parent) && !queue.includes(parentDir) && isDir(parentDir)) queue.push(parentDir);
    }
  }
  checkExtends(sets, out);
  return { value: sets, diagnostics: out };
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Whether the file at `path` is a rule file: YAML whose top-level map has a `ruleset` key
 * (docs/rules-language.md), found by parsing the whole file — flow style (`{"ruleset": …}`) and a
 * key after a long preamble included. A file too large or too broken to parse is taken to be one: it
 * may be a rule file being edited. Not a regular file, or unreadable: not one.
 */
export function isRuleFileOnDisk(path: string): boolean {
  let bytes: Uint8Array;
  try {
    const st = statSync(path);
    if (!st.isFile()) return false;
    if (st.size > MAX_RULE_FILE_BYTES) return true;
    bytes = readFileSync(path);
  } catch {
    return false;
  }
  const { value } = parseRuleBytes(bytes, basename(path));
  if (!value) return true;
  const data = value.data;
  return data !== null && typeof data === 'object' && !Array.isArray(data) && Object.hasOwn(data, 'ruleset');
}
