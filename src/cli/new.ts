/**
 * `xinfang new ORG --name 名称 [--extends national]`: start a rule set — `rules/ORG/<date>.yaml`, the
 * least that validates (src/workbook/starter.ts), and its workbook to write the 制度 in. Never
 * overwrites: an existing folder with rule files, or an existing workbook, is refused.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDay, parseDay } from '../calendar/day.ts';
import { todayInShanghai } from '../calendar/today.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { messages } from '../diagnostics/messages.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { loadRuleSets } from '../rules/load-rulesets.ts';
import { versionInForce } from '../rules/version-in-force.ts';
import { ruleFileYaml } from '../workbook/rule-yaml.ts';
import { starterRules, type StarterInput } from '../workbook/starter.ts';
import { writeRulesWorkbook } from '../workbook/write-workbook.ts';
import { EXIT_INVALID, EXIT_OK, UsageError, type Command } from './command.ts';
import { guardOutputs } from './output-guard.ts';
import { formatDiagnostics } from './print-diagnostics.ts';

const ID = /^[a-z0-9][a-z0-9-]*$/;

const MESSAGES = messages({
  zh: {
    usage: '用法：xinfang new <规则集编号> --name 单位名称 [--extends national]',
    badId: (id: string) => `规则集编号“${id}”只能用小写英文字母、数字和连字符（如 qingxi-wjw），它也是 rules/ 下的目录名。`,
    needsName: '需要 --name 单位名称（如 --name 青溪区卫生健康委员会）。',
    badEffective: '--effective 应为日期 YYYY-MM-DD。',
    exists: (path: string) => `${path} 已存在；xinfang new 不覆盖已有文件。要修改已有制度，请用 xinfang export 导出后编辑。`,
    noParent: (id: string, dir: string) => `上级规则集“${id}”不在 ${dir} 中。`,
    created: (yaml: string, xlsx: string) => `已新建 ${yaml} 和工作簿 ${xlsx}。在工作簿中填写制度，再运行 xinfang import ${xlsx} --out ${yaml.slice(0, yaml.lastIndexOf('/'))}。`,
  },
  en: {
    usage: 'Usage: xinfang new RULESET --name NAME [--extends national]',
    badId: (id) => `The rule-set id "${id}" may hold only lowercase letters, digits and hyphens (e.g. qingxi-wjw); it is also its folder under rules/.`,
    needsName: '--name NAME is required (the organisation’s full name).',
    badEffective: '--effective must be a date YYYY-MM-DD.',
    exists: (path) => `${path} exists; xinfang new never overwrites. To change an existing 制度, export it with xinfang export and edit the workbook.`,
    noParent: (id, dir) => `The parent rule set "${id}" is not in ${dir}.`,
    created: (yaml, xlsx) => `Created ${yaml} and the workbook ${xlsx}. Write the 制度 in the workbook, then run xinfang import ${xlsx} --out ${yaml.slice(0, yaml.lastIndexOf('/'))}.`,
  },
});

export const newCommand: Command = {
  help: {
    zh: `用法：xinfang new <规则集编号> --name 单位名称 [--extends national] [--effective YYYY-MM-DD]
       [--rules 目录] [--xlsx 文件]

新建一个规则集：<目录>/<规则集编号>/<生效日期>.yaml（能通过校验的最小制度：单位名称、单位类型、
待补充的联系方式、目的和施行日期两条条文）和填写用的工作簿（默认 <规则集编号>.xlsx）。
  --name       单位全称，如 青溪区卫生健康委员会（单位类型按名称推断，可在工作簿中改）
  --extends    上级规则集，如 national；沿用哪些上级时限须在工作簿中逐项写明
  --effective  生效日期，默认今天（北京时间）
  --rules      规则集所在目录，默认 rules
  --xlsx       工作簿文件，默认 <规则集编号>.xlsx
已有同名规则集目录或工作簿时拒绝覆盖，退出码 2。`,
    en: `Usage: xinfang new RULESET --name NAME [--extends national] [--effective YYYY-MM-DD]
       [--rules DIR] [--xlsx FILE]

Starts a rule set: DIR/RULESET/<effective date>.yaml (the least 制度 that validates: name, kind,
contacts marked as placeholders, and two articles, purpose and 施行日期) and a workbook to write it
in (default RULESET.xlsx).
  --name       the organisation's full name (its kind is guessed from it; change it in the workbook)
  --extends    the parent rule set, e.g. national; which of its clocks apply is said in the workbook
  --effective  effective date, default today (Beijing time)
  --rules      the folder of rule sets, default rules
  --xlsx       the workbook, default RULESET.xlsx
An existing rule-set folder or workbook is never overwritten (exit 2).`,
  },
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { name: { type: 'string' }, extends: { type: 'string' }, effective: { type: 'string' }, rules: { type: 'string' }, xlsx: { type: 'string' } },
      allowPositionals: true,
    });
    const m = MESSAGES[ctx.lang];
    if (positionals.length !== 1) throw new UsageError(m.usage);
    const id = positionals[0]!;
    if (!ID.test(id)) throw new UsageError(m.badId(id));
    if (!values.name?.trim()) throw new UsageError(m.needsName);
    const effective = values.effective ?? formatDay(todayInShanghai());
    if (parseDay(effective) === undefined) throw new UsageError(m.badEffective);
    const root = resolve(ctx.cwd, values.rules ?? 'rules');
    const dir = join(root, id);
    const yamlPath = join(dir, `${effective}.yaml`);
    const xlsxPath = resolve(ctx.cwd, values.xlsx ?? `${id}.xlsx`);
    const shown = (p: string) => relative(ctx.cwd, p) || p;
    guardOutputs(ctx, {}, { flag: '--rules', path: shown(yamlPath), kind: 'file', ruleFile: true }, { flag: '--xlsx', path: shown(xlsxPath), kind: 'file' });
    if (existsSync(dir) && readdirSync(dir).some((f) => /\.ya?ml$/.test(f))) throw new UsageError(m.exists(shown(dir)));
    if (existsSync(xlsxPath)) throw new UsageError(m.exists(shown(xlsxPath)));
    const input: StarterInput = { ruleset: id, name: values.name.trim(), effective };
    if (values.extends) {
      const { value: sets, diagnostics } = loadRuleSets([join(root, values.extends)], ctx.cwd);
      for (const line of formatDiagnostics(diagnostics, ctx.lang)) ctx.stderr(line);
      const parent = sets.get(values.extends);
      if (!parent?.versions.length) {
        ctx.stderr(m.noParent(values.extends, shown(root)));
        return EXIT_INVALID;
      }
      if (hasErrors(diagnostics)) return EXIT_INVALID;
      const pv = versionInForce(parent.versions, effective, (v) => v.rules.effective_from) ?? parent.versions[0]!;
      input.parent = { ruleset: values.extends, title: pv.rules.title, clocks: (pv.rules.clocks ?? []).map((c) => c.id) };
    }
    const rules = starterRules(input);
    writeFileAtomic(xlsxPath, await writeRulesWorkbook([rules]));
    writeFileAtomic(yamlPath, ruleFileYaml(rules, dir));
    ctx.stderr(m.created(shown(yamlPath), shown(xlsxPath)));
    return EXIT_OK;
  },
};
