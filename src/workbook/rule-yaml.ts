/**
 * Rule data → the text of a rule file, laid out like the hand-written ones: the editor's
 * `# yaml-language-server: $schema=…` line first (so VS Code autocompletes the file), block style,
 * long Chinese lines never folded.
 */
import { relative } from 'node:path';
import { Document } from 'yaml';
import { packageRoot } from '../paths.ts';

/** The schema comment for a rule file written into `dir` (path relative to it, as editors resolve it). */
export function schemaComment(dir: string): string {
  const rel = relative(dir, `${packageRoot}/src/rules/rules.schema.json`).split('\\').join('/');
  return `yaml-language-server: $schema=${rel}`;
}

/** The YAML text of one rule file, `comment` lines after the schema line. */
export function ruleFileYaml(data: unknown, dir: string, comment: string[] = []): string {
  const doc = new Document(data);
  doc.commentBefore = [` ${schemaComment(dir)}`, ...comment.map((c) => ` ${c}`)].join('\n');
  return doc.toString({ lineWidth: 0 });
}
