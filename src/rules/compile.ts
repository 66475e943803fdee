/**
 * Compile checked rule sets into CompiledRules (plain JSON). Pure: the loaded files and the
 * calendar data come in, the compiled model goes out. Run only on rule sets without errors.
 */
import { withOverrides, type CalendarData } from '../calendar/calendar-data.ts';
import {
  COMPILED_FORMAT,
  type ArticleDefines,
  type ArticleRef,
  type CompiledRuleSet,
  type CompiledVersion,
  type SourceRef,
} from './compiled.ts';
import { citationOf, compileClock, compileStep, compileWindow, condition, mergeProcedure, scored } from './compile-parts.ts';
import type { LoadedRuleSet, LoadedVersion } from './load-rulesets.ts';
import { statedEffectiveDate } from './check-sanity.ts';
import { versionInForce } from './version-in-force.ts';
import { locate, type DataPath } from '../diagnostics/yaml-position.ts';

/** Calendar data by calendar id (e.g. `cn`). */
export type CalendarLookup = (id: string) => CalendarData;

function source(v: LoadedVersion, path: DataPath): SourceRef {
  const loc = locate(v.parsed, path);
  return { file: v.file, line: loc.line ?? 1, column: loc.column ?? 1 };
}

/** Resolves `basis` references of one version (own articles, or `parent:article`). */
function articleResolver(v: LoadedVersion, parent: LoadedVersion | undefined) {
  return (ref: string | undefined): ArticleRef | undefined => {
    if (!ref) return undefined;
    const own = !ref.includes(':');
    const holder = own ? v : parent;
    const id = own ? ref : ref.slice(ref.indexOf(':') + 1);
    const art = holder?.rules.articles.find((a) => a.id === id);
    if (!holder || !art) throw new Error(`compile called on an unchecked basis "${ref}"`);
    return {
      ruleset: holder.rules.ruleset,
      version: holder.rules.effective_from,
      article: id,
      number: art.number,
      citation: citationOf(art),
      document: holder.rules.title,
    };
  };
}

/** One compiled version: a version file, combined with the parent version in force from `from`. */
interface Segment {
  v: LoadedVersion;
  from: string;
  parentVersion?: LoadedVersion;
}

/**
 * A version that extends a parent is split where the parent changes: a case is judged by the
 * parent's rules in force on its date too (e.g. an org 制度 of 2005 built on the 信访条例 uses the
 * 2022 信访工作条例's inherited clocks for cases from 2022-05-01).
 */
function segments(set: LoadedRuleSet, sets: ReadonlyMap<string, LoadedRuleSet>): Segment[] {
  return set.versions.flatMap((v, i) => {
    const parent = v.rules.extends ? sets.get(v.rules.extends.ruleset) : undefined;
    if (!parent) return [{ v, from: v.rules.effective_from }];
    const end = set.versions[i + 1]?.rules.effective_from;
    const first = versionInForce(parent.versions, v.rules.effective_from, (p) => p.rules.effective_from);
    const later = parent.versions.filter((p) => p.rules.effective_from > v.rules.effective_from && (!end || p.rules.effective_from < end));
    return [
      { v, from: v.rules.effective_from, parentVersion: first },
      ...later.map((p) => ({ v, from: p.rules.effective_from, parentVersion: p })),
    ];
  });
}

function compileVersion(
  seg: Segment,
  next: Segment | undefined,
  sets: ReadonlyMap<string, LoadedRuleSet>,
  calendars: CalendarLookup,
  compiledParents: Map<string, CompiledRuleSet>,
): CompiledVersion {
  const { v, parentVersion } = seg;
  const r = v.rules;
  const parentSet = r.extends ? sets.get(r.extends.ruleset) : undefined;
  const basis = articleResolver(v, parentVersion);
  const names = (id: string) =>
    r.categories?.find((c) => c.id === id)?.name ?? r.departments?.find((d) => d.id === id)?.name ?? id;

  const decides = r.ledger?.decides;
  const own = (r.clocks ?? []).map((c, k) => compileClock(c, basis, names, decides, source(v, ['clocks', k])));
  const ownWindows = (r.windows ?? []).map((w, k) => compileWindow(w, basis, names, source(v, ['windows', k])));
  const ownSteps = (r.procedure ?? []).map((st, k) => compileStep(st, basis, source(v, ['procedure', k])));

  let clocks = own;
  let windows = ownWindows;
  let procedure = ownSteps;
  let extendsInfo: CompiledVersion['extends'];
  if (r.extends && parentSet && parentVersion) {
    const parentCompiled = compiledParents.get(parentSet.id) ?? compileRuleSet(parentSet, sets, calendars, compiledParents);
    const pv = parentCompiled.versions.find((x) => x.version === parentVersion.rules.effective_from)!;
    const inherit = <T extends { id: string; inherited_from?: string }>(ids: string[] | undefined, from: T[], mine: T[]): T[] => [
      ...(ids ?? [])
        .filter((id) => !mine.some((m) => m.id === id))
        .map((id) => ({ ...from.find((x) => x.id === id)!, inherited_from: parentSet.id })),
      ...mine,
    ];
    // Whether a parent's 复查/复核 decision counts here is this organisation's ledger's say (ledger.decides).
    clocks = inherit(r.extends.clocks, pv.clocks, own).map((c) => (c.inherited_from ? { ...c, scored: scored(c.decided_by, c.id, decides) } : c));
    windows = inherit(r.extends.windows, pv.windows, ownWindows);
    if (r.extends.procedure) {
      const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
      procedure = mergeProcedure(ownSteps, pv.procedure, parentSet.id, ids(clocks), ids(windows));
    }
    extendsInfo = { ruleset: parentSet.id, version: pv.version, title: pv.title };
  }

  const defines = (id: string): ArticleDefines => {
    const by = <T extends { basis?: string; id?: string }>(list: T[] | undefined) => (list ?? []).filter((x) => x.basis === id).map((x) => x.id!);
    return {
      levels: (r.levels ?? []).filter((l) => l.basis === id).map((l) => l.name),
      obligations: by(r.obligations),
      procedure: (r.procedure ?? []).filter((st) => st.basis === id).map((st) => st.step),
      clocks: by(r.clocks),
      windows: by(r.windows),
      categories: by(r.categories),
      departments: by(r.departments),
      routing: (r.routing?.rules ?? []).flatMap((row, k) => (row.basis === id ? [k + 1] : [])),
      reception: by(r.reception),
      schedules: by(r.schedules),
    };
  };
  const recurrence = (key: 'reception' | 'schedules') =>
    (r[key] ?? []).map((x, k) => ({ ...x, basis: basis(x.basis), source: source(v, [key, k]) }));
  const calendar = withOverrides(calendars(r.calendar?.base ?? 'cn'), {
    closures: r.calendar?.closures,
    extra_workdays: r.calendar?.extra_workdays,
  });

  return {
    version: seg.from,
    effective_from: seg.from,
    document_version: r.effective_from,
    effective_in_text: r.articles.some((a) => statedEffectiveDate(a.text) !== undefined),
    ...(next ? { superseded_on: next.from } : {}),
    title: r.title,
    ...(r.issued_by ? { issued_by: r.issued_by } : {}),
    ...(r.document_number ? { document_number: r.document_number } : {}),
    ...(r.draft ? { draft: true as const } : {}),
    ...(r.source ? { source_document: r.source } : {}),
    notes: r.notes ?? [],
    file: v.file,
    ...(extendsInfo ? { extends: extendsInfo } : {}),
    organisation: r.organisation,
    departments: (r.departments ?? []).map((d) => ({ ...d, basis: basis(d.basis) })),
    categories: (r.categories ?? []).map((c) => ({ ...c, basis: basis(c.basis) })),
    levels: (r.levels ?? []).map((l) => ({ ...l, basis: basis(l.basis) })),
    ...(r.routing
      ? {
          routing: {
            hit_policy: r.routing.hit_policy,
            rules: r.routing.rules.map((row, k) => ({
              ...row,
              row: k + 1,
              categories: row.category === undefined ? undefined : Array.isArray(row.category) ? row.category : [row.category],
              category: undefined,
              when: condition(row.when, names),
              basis: basis(row.basis),
              source: source(v, ['routing', 'rules', k]),
            })),
          },
        }
      : {}),
    clocks,
    windows,
    procedure,
    obligations: (r.obligations ?? []).map((o) => ({ ...o, basis: basis(o.basis) })),
    reception: recurrence('reception'),
    schedules: recurrence('schedules'),
    discipline: {
      recusal: basis(r.discipline?.recusal),
      confidentiality: r.discipline?.confidentiality && { ...r.discipline.confidentiality, basis: basis(r.discipline.confidentiality.basis)! },
    },
    ledger: r.ledger ?? {},
    ...(r.appraisal
      ? {
          appraisal: {
            ...r.appraisal,
            basis: basis(r.appraisal.basis),
            items: r.appraisal.items?.map((it) => ({ ...it, basis: basis(it.basis) })),
          },
        }
      : {}),
    ...(r.preamble ? { preamble: r.preamble } : {}),
    articles: r.articles.map((a, k) => ({ ...a, citation: citationOf(a), defines: defines(a.id), source: source(v, ['articles', k]) })),
    calendar,
  };
}

/** Compile one loaded rule set (its parents are compiled on the way and memoised in `cache`). */
export function compileRuleSet(
  set: LoadedRuleSet,
  sets: ReadonlyMap<string, LoadedRuleSet>,
  calendars: CalendarLookup,
  cache: Map<string, CompiledRuleSet> = new Map(),
): CompiledRuleSet {
  const hit = cache.get(set.id);
  if (hit) return hit;
  const segs = segments(set, sets);
  const versions = segs.map((seg, i) => compileVersion(seg, segs[i + 1], sets, calendars, cache));
  const compiled: CompiledRuleSet = {
    format: COMPILED_FORMAT,
    id: set.id,
    name: versions[versions.length - 1]?.organisation.name ?? set.id,
    versions,
  };
  cache.set(set.id, JSON.parse(JSON.stringify(compiled)) as CompiledRuleSet);
  return cache.get(set.id)!;
}
