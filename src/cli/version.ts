/** `xinfang version new DIR --effective YYYY-MM-DD`: start a draft of a new version of a rule set. */
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDay } from '../calendar/day.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { loadRuleSets } from '../rules/load-rulesets.ts';
import { draftBase, draftVersionText } from '../versions/new-version.ts';
import { schemaComment } from '../workbook/rule-yaml.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';
import { messages } from '../diagnostics/messages.ts';

const MESSAGES = messages({
  zh: {
    usage: '用法：xinfang version new <目录> --effective YYYY-MM-DD',
    badEffective: '--effective 应为日期 YYYY-MM-DD。',
    exists: (day: string, file: string) => `--effective ${day}：该日施行的版本已有（${file}）；不另建同一日期的版本。`,
    nothingBefore: (day: string) => `${day} 之前没有施行的版本可作底稿。`,
    created: (file: string, from: string) => `已新建 ${file}（复制自 ${from}）`,
  },
  en: {
    usage: 'Usage: xinfang version new DIR --effective YYYY-MM-DD',
    badEffective: '--effective must be a date YYYY-MM-DD.',
    exists: (day, file) => `--effective ${day}: the version in force from that date exists (${file}); a second one is never made.`,
    nothingBefore: (day) => `No version is in force before ${day} to start from.`,
    created: (file, from) => `Created ${file} (copied from ${from})`,
  },
});

export const versionCommand: Command = {
  help: {
    zh: `用法：xinfang version new <目录> --effective YYYY-MM-DD

以该日期之前施行的版本为底稿，在规则集目录中新建 <日期>.yaml,生效日期设为该日期（文号清空）。
修改后运行 xinfang validate 校验，用 xinfang diff 生成修订对照表。该日期的版本已存在时拒绝覆盖。`,
    en: `Usage: xinfang version new DIR --effective YYYY-MM-DD

Creates DIR/<date>.yaml, a copy of the version in force before that date with effective_from set
to it (document number cleared). Edit it, run xinfang validate, and xinfang diff for the revision
table. Refuses to overwrite a version that already exists.`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({ args: argv, options: { effective: { type: 'string' } }, allowPositionals: true });
    const m = MESSAGES[ctx.lang];
    if (positionals[0] !== 'new' || positionals.length !== 2) {
      throw new UsageError(m.usage);
    }
    const effective = values.effective;
    if (!effective || parseDay(effective) === undefined) throw new UsageError(m.badEffective);
    const dir = resolve(ctx.cwd, positionals[1]!);
    const target = join(dir, `${effective}.yaml`);
    const shown = relative(ctx.cwd, target) || target;
    guardOutputs(ctx, { ruleSets: [dir] }, { flag: '--effective', path: shown, kind: 'file', ruleFile: true });
    const { value: sets, diagnostics } = loadRuleSets([dir], ctx.cwd);
    for (const line of formatDiagnostics(diagnostics, ctx.lang)) ctx.stderr(line);
    const set = sets.get(basename(dir));
    if (hasErrors(diagnostics) || !set) return EXIT_INVALID;
    // The same date under another file name (2022.yaml) is the same version: also never a second one.
    const same = set.versions.find((v) => v.rules.effective_from === effective);
    if (same) {
      throw new UsageError(m.exists(effective, same.file));
    }
    const base = draftBase(set.versions.map((v) => ({ ...v, effective_from: v.rules.effective_from })), effective);
    if (!base) {
      ctx.stderr(m.nothingBefore(effective));
      return EXIT_INVALID;
    }
    const text = draftVersionText(readFileSync(resolve(ctx.cwd, base.file), 'utf8'), effective, basename(base.file), schemaComment(dir));
    writeFileAtomic(target, text);
    ctx.stderr(m.created(shown, base.file));
    return EXIT_OK;
  },
};
