/**
 * One guard for every path a command writes (an output never replaces an input). Given
 * what a command reads, it refuses an output that is an input file (the ledger, the workbook being
 * imported), lies in a rule-set folder, is a file where a folder is written or the reverse, is the
 * folder holding an input, or — for a folder replaced as a whole (the site) — holds anything but an
 * earlier build. Outside the working folder is allowed: offices keep reports on shared drives.
 * Paths are compared after resolving symbolic links. I/O edge: it only looks (stat, readdir).
 */
import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import './codes.ts';

/** A path a command is about to write. */
export interface OutputTarget {
  /** The flag as typed, for messages: `--out`, `--xlsx`, `--reports`. */
  flag: string;
  /** The path as the user gave it (relative to the working folder, or absolute). */
  path: string;
  /** A file, or a folder the command writes its files into. */
  kind: 'file' | 'folder';
  /**
   * The folder is deleted and replaced as a whole (the site). An existing, non-empty one must hold
   * `marker` — a file every earlier build has — and nothing the command reads.
   */
  replaces?: { marker: string };
  /** A new rule file, whose place is its rule-set folder (`xinfang version new`). */
  ruleFile?: boolean;
}

/** What a command reads. Paths relative to the working folder, or absolute. */
export interface CommandInputs {
  /** Input files: the ledger, or the workbook being imported. */
  files?: { path: string; kind: 'ledger' | 'workbook' }[];
  /** Rule-set folders read; other folders holding rule YAML are recognised on disk. */
  ruleSets?: string[];
}

/** Bytes of a YAML file read to see whether it is a rule file (its `ruleset:` key comes first). */
const RULE_HEAD_BYTES = 64 * 1024;

const isDir = (p: string) => statSync(p).isDirectory();

/** Whether `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const r = relative(outer, inner);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

/**
 * `path` with symbolic links resolved, also when it does not exist yet (its nearest existing
 * folder is resolved), and the nearest existing ancestor that is a file rather than a folder.
 */
function locate(path: string): { real: string; blocker?: string } {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  const real = rest.reduce((p, name) => join(p, name), realpathSync(existing));
  return rest.length && !isDir(existing) ? { real, blocker: existing } : { real };
}

/** Whether `dir` holds a rule file: YAML whose top-level `ruleset:` key names a rule set (docs/rules-language.md). */
function holdsRuleYaml(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f));
  } catch {
    return false;
  }
  const head = new Uint8Array(RULE_HEAD_BYTES);
  return names.some((name) => {
    try {
      const fd = openSync(join(dir, name), 'r');
      try {
        const n = readSync(fd, head, 0, head.length, 0);
        return /^ruleset\s*:/m.test(new TextDecoder().decode(head.subarray(0, n)));
      } finally {
        closeSync(fd);
      }
    } catch {
      return false; // a folder named *.yaml, or unreadable: not a rule file
    }
  });
}

/** The rule-set folder `folder` is or lies in, if any. */
function ruleSetAround(folder: string, known: string[]): string | undefined {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (known.includes(dir) || (existsSync(dir) && holdsRuleYaml(dir))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Why `target` may not be written, as a diagnostic located at the path as typed; undefined when it
 * may. `cwd` is the working folder relative paths resolve against.
 */
export function outputPathProblem(target: OutputTarget, inputs: CommandInputs, cwd: string): CatalogueDiagnostic | undefined {
  const home = realpathSync(cwd);
  const shown = (p: string) => (within(p, home) ? relative(home, p) || '.' : p);
  const at = { file: target.path };
  const args = { flag: target.flag };
  const { real, blocker } = locate(resolve(cwd, target.path));
  const files = (inputs.files ?? []).map((f) => ({ ...f, real: locate(resolve(cwd, f.path)).real }));
  const ruleSets = (inputs.ruleSets ?? []).map((d) => locate(resolve(cwd, d)).real);
  const exists = !blocker && existsSync(real);

  if (blocker) return diagnostic('OUTPUT_NOT_A_FOLDER', { ...args, path: shown(realpathSync(blocker)) }, at);
  const input = files.find((f) => f.real === real);
  if (input) return diagnostic('OUTPUT_IS_INPUT', { ...args, what: input.kind }, at);
  if (target.kind === 'folder' && exists && !isDir(real)) return diagnostic('OUTPUT_NOT_A_FOLDER', { ...args, path: target.path }, at);
  if (target.kind === 'file' && exists && isDir(real)) return diagnostic('OUTPUT_NOT_A_FILE', { ...args, path: target.path }, at);
  if (target.ruleFile) {
    // Its folder is a rule set by design; it must only be new.
    return exists ? diagnostic('OUTPUT_IS_INPUT', { ...args, what: 'rule-file' }, at) : undefined;
  }
  const ruleSet = ruleSetAround(target.kind === 'folder' ? real : dirname(real), ruleSets);
  if (ruleSet) return diagnostic('OUTPUT_IN_RULE_SET', { ...args, dir: shown(ruleSet) }, at);
  if (target.kind === 'file') return undefined;
  const beside = files.find((f) => dirname(f.real) === real);
  if (beside) return diagnostic('OUTPUT_BESIDE_INPUT', { ...args, what: beside.kind, input: shown(beside.real) }, at);
  if (target.replaces && exists) {
    // Replacing the folder deletes what it holds: never an input or the working folder itself.
    const held = [...files.map((f) => f.real), ...ruleSets, home].find((p) => within(p, real));
    if (held) return diagnostic('OUTPUT_REPLACES_FOLDER', { ...args, example: shown(held) }, at);
    const entries = readdirSync(real);
    if (entries.length && !existsSync(join(real, target.replaces.marker))) {
      return diagnostic('OUTPUT_REPLACES_FOLDER', { ...args, example: shown(join(real, entries.sort()[0]!)) }, at);
    }
  }
  return undefined;
}
