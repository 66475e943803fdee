/**
 * What an input path is, before it is opened: opening a FIFO blocks until a writer comes and a
 * device such as /dev/zero never ends, so every reader (rule files, ledgers, workbooks) asks here
 * first. A rule file found in a rule-set folder may be a symbolic link only to a place inside the
 * project (the working folder); a path typed on the command line is the user's choice. I/O edge:
 * it only looks (lstat, stat, realpath).
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { diagnostic, type CatalogueDiagnostic } from '../diagnostics/catalogue.ts';
import type { Location } from '../diagnostics/diagnostic.ts';

function kindOf(st: Stats): { kindZh: string; kindEn: string } {
  if (st.isFIFO()) return { kindZh: '管道（FIFO）', kindEn: 'a pipe (FIFO)' };
  if (st.isCharacterDevice() || st.isBlockDevice()) return { kindZh: '设备', kindEn: 'a device' };
  if (st.isSocket()) return { kindZh: '套接字', kindEn: 'a socket' };
  return { kindZh: '特殊文件', kindEn: 'a special file' };
}

/**
 * Why `path` may not be read as an input file, or undefined when it is a regular file (or a folder,
 * which its reader reports as such). With
 * `project`, a symbolic link must lead inside that folder. A missing file is left to the reader.
 */
export function inputFileProblem(path: string, shown: string, at: Location, project?: string): CatalogueDiagnostic | undefined {
  let st: Stats;
  try {
    st = statSync(path);
  } catch {
    return undefined;
  }
  // A folder fails cleanly when read (EISDIR): the reader reports it. Pipes and devices do not.
  if (!st.isFile() && !st.isDirectory()) return diagnostic('INPUT_NOT_REGULAR_FILE', { path: shown, ...kindOf(st) }, at);
  if (project !== undefined && lstatSync(path).isSymbolicLink()) {
    const target = realpathSync(path);
    const r = relative(realpathSync(project), target);
    if (r === '..' || r.startsWith(`..${sep}`) || isAbsolute(r)) return diagnostic('INPUT_LINK_OUTSIDE', { path: shown, target }, at);
  }
  return undefined;
}
