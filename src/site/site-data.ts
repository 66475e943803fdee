/**
 * Everything the site's pages show, computed once at build time from the compiled rule sets
 * (never from a parser or a ledger — docs/README.md): plain JSON that `buildSite` writes for the Astro
 * pages to import. Pure: compiled rules and an explicit build date in, data out.
 */
import { buildCalendar, type Calendar } from '../calendar/calendar.ts';
import { formatDay, parseDay, weekdayName, ymdFromDay, type DayIndex } from '../calendar/day.ts';
import { formatLimit, type Limit } from '../deadlines/limit.ts';
import { responsibilityMatrix, type MatrixRow } from '../matrix/matrix.ts';
import { citeArticle as citeArticleStaff, PLACEHOLDER_TEXT } from '../rules/vocabulary.ts';
import type { CompiledRuleSet, CompiledVersion } from '../rules/compiled.ts';
import type { Phone } from '../rules/model.ts';
import { reachable } from '../rules/check-references.ts';
import { versionInForce } from '../rules/version-in-force.ts';
import { documentPages, type DocumentView, type RevisionView } from './document-views.ts';
import { clockViews, workedExample, type ClockView, type WorkedExample } from './clock-views.ts';
import { chineseDate, chineseDay, citation, citeText, isIllustrative, petitionerCondition, receptionName, type Citation } from './petitioner-words.ts';
import { publicText } from '../rules/public-text.ts';
import { procedureViews, type ProcedureStepView } from './procedure-views.ts';
import { expandRecurrence, twelveMonthsFrom } from './reception.ts';
import { flowChart, type FlowChart } from './flow-chart.ts';
import { guideView, type GuideView } from './guide-views.ts';
import { calculatorData, type CalculatorData } from './calculator-data.ts';
import { ORGS_PER_BUNDLE, searchBundles } from './search-bundles.ts';
import { telDigits } from '../rules/safe-url.ts';

export { PLACEHOLDER_TEXT };

/** A contact value; `placeholder` values are shown as 待补充, never as real data. */
export interface ContactValue {
  text: string;
  placeholder: boolean;
}

/** A phone line; `tel` is absent for placeholders. */
export interface PhoneView {
  label: string;
  number: string;
  tel?: string;
}

/** How to reach the petition office. */
export interface ContactsView {
  name: ContactValue;
  office?: ContactValue;
  address?: ContactValue;
  postcode?: ContactValue;
  transit?: ContactValue;
  email?: ContactValue;
  website?: ContactValue;
  phones: PhoneView[];
  hours?: { text: string; openOnHolidays?: boolean; holidayDuty?: string };
  supervision?: PhoneView;
}

/** A reception day rule with its dates in the next 12 months. */
export interface ReceptionView {
  id: string;
  name: string;
  /** The repetition in the 制度's words (每周三下午), shown beside the time (petitioner-words.ts receptionWhen). */
  pattern?: string;
  time?: string;
  place?: string;
  host?: string;
  department?: string;
  description?: string;
  /** The days are an example the 制度 does not fix: never shown as dates or hours (rules/AUTHORING.md). */
  illustrative: boolean;
  basis: Citation;
  rrule: string;
  skipHolidays: boolean;
  /** `YYYY-MM-DD`, ascending. */
  dates: string[];
  /** Dates grouped by month for reading: [`2025年10月`, `1日（星期三）、…`]. */
  byMonth: [string, string][];
  skipped: { date: string; reason: string }[];
}

/** One version in the history table. */
export interface VersionSummary {
  version: string;
  /** The rule file (document) this version's text comes from; see document-views.ts. */
  documentVersion: string;
  title: string;
  effectiveFrom: string;
  supersededOn?: string;
  documentNumber?: string;
  issuedBy?: string;
  current: boolean;
}

/**
 * The parts of the version in force that pages show (texts, organisation, duties): the site data is
 * one module every page build holds in memory, so clocks, calendars, notes and appraisal — shown
 * through their own views or not at all — stay out of it (400 organisations within 1.5 GB).
 */
export type PublicVersion = Pick<CompiledVersion,
  'version' | 'effective_from' | 'document_version' | 'superseded_on' | 'title' | 'issued_by' | 'document_number'
  | 'extends' | 'organisation' | 'departments' | 'obligations' | 'preamble' | 'articles'>;

function publicVersion(v: CompiledVersion): PublicVersion {
  const { version, effective_from, document_version, superseded_on, title, issued_by, document_number, extends: parent, organisation, departments, obligations, preamble, articles } = v;
  return {
    version, effective_from, document_version, title, organisation, departments, obligations, articles,
    ...optional('superseded_on', superseded_on), ...optional('issued_by', issued_by), ...optional('document_number', document_number),
    ...optional('extends', parent), ...optional('preamble', preamble),
  };
}

/** One organisation's section of the site. */
export interface SiteOrg {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  /** Where it sits, as the rules write it (成都市); absent where they name no place. */
  region?: string;
  /** The version in force on the build date (the first one when none is yet), the parts pages show. */
  current: PublicVersion;
  history: VersionSummary[];
  contacts: ContactsView;
  /** Whether the organisation publishes a real phone, address, website or email (CONTACT_NONE). */
  reachable: boolean;
  clocks: ClockView[];
  steps: ProcedureStepView[];
  /** The 办事指南 (基本信息, 受理条件, 不予受理情形, 权利和义务, 样表). */
  guide: GuideView;
  /** The procedure as a flow chart. */
  flow: FlowChart;
  /** 本制度自…起施行；自…起，时限按《信访工作条例》执行. */
  effective: string;
  matrix: MatrixRow[];
  reception: ReceptionView[];
  /** Computed values shown beside the article that defines them, by article id. */
  articleNotes: Record<string, string[]>;
  calculator: CalculatorData;
  /** One page per document version (the formal text), newest last. */
  documents: DocumentView[];
  /** One 修订对照表 per pair of consecutive document versions. */
  revisions: RevisionView[];
}

/** The whole site's data. */
export interface SiteData {
  /** The build date every "next 12 months" and example is relative to. */
  buildDate: string;
  windowEnd: string;
  /** Fixed examples of how days are counted, from the national calendar. */
  countingExamples: { title: string; limit: string; example: WorkedExample }[];
  /** The national rules' own website (网上信访), shown where an organisation publishes no contact. */
  nationalChannel?: { name: string; website: string; orgId: string };
  /** Site paths of the search index's bundles, the first one primary (search-bundles.ts). */
  searchBundles: string[];
  orgs: SiteOrg[];
}

/** Illustrative periods (docs/day-counting.md), chosen to cross a holiday, a make-up day and a short month. */
const COUNTING_EXAMPLES: readonly { title: string; start: string; limit: Limit }[] = [
  { title: '日历日期限，最后一日落在国庆节假期，顺延', start: '2025-09-16', limit: { unit: 'days', amount: 15, text: '15日' } },
  { title: '日历日期限，顺延到调休上班的星期日', start: '2024-01-26', limit: { unit: 'days', amount: 15, text: '15日' } },
  { title: '工作日期限，跳过假期、计入调休上班日', start: '2025-09-26', limit: { unit: 'workdays', amount: 5, text: '5个工作日' } },
  { title: '按月计算，到期月没有对应日的取月末', start: '2024-01-31', limit: { unit: 'months', amount: 1, text: '1个月' } },
];

function contactsOf(v: CompiledVersion): ContactsView {
  const o = v.organisation;
  const ph = new Set(o.placeholders ?? []);
  const value = (field: string, text: string | undefined): ContactValue | undefined =>
    text === undefined && !ph.has(field) ? undefined : ph.has(field) ? { text: PLACEHOLDER_TEXT, placeholder: true } : { text: text!, placeholder: false };
  const phone = (p: Phone, placeholder: boolean): PhoneView =>
    placeholder || p.placeholder ? { label: p.label, number: PLACEHOLDER_TEXT } : { label: p.label, number: p.number, ...optional('tel', telDigits(p.number)) };
  return {
    name: ph.has('name') ? { text: o.name, placeholder: true } : { text: o.name, placeholder: false },
    ...optional('office', value('office', o.office)),
    ...optional('address', value('address', o.address)),
    ...optional('postcode', value('postcode', o.postcode)),
    ...optional('transit', value('transit', o.transit)),
    ...optional('email', value('email', o.email)),
    ...optional('website', value('website', o.website)),
    phones: (o.phones ?? []).map((p) => phone(p, ph.has('phones'))),
    ...(o.hours ? { hours: { text: o.hours.text, ...optional('openOnHolidays', o.hours.open_on_holidays), ...optional('holidayDuty', o.hours.holiday_duty) } } : {}),
    ...(o.supervision_phone ? { supervision: phone(o.supervision_phone, ph.has('supervision_phone')) } : {}),
  };
}

function optional<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}

const dated = (calendar: Calendar, d: DayIndex) => `${formatDay(d)}（${weekdayName(calendar.dayInfo(d).weekday, 'zh')}）`;

function receptionViews(v: CompiledVersion, calendar: Calendar, buildDay: DayIndex, shown: ReadonlyMap<string, string>): ReceptionView[] {
  const window = twelveMonthsFrom(buildDay);
  const expansions = v.reception.map((r) => expandRecurrence(r, calendar, window));
  return v.reception.map((r, i): ReceptionView => {
    const e = expansions[i]!;
    const months = new Map<string, string[]>();
    for (const d of e.dates) {
      const { year, month, day } = ymdFromDay(d);
      const key = `${year}年${month}月`;
      months.set(key, [...(months.get(key) ?? []), `${day}日（${weekdayName(calendar.dayInfo(d).weekday, 'zh').replace('星期', '周')}）`]);
    }
    const illustrative = isIllustrative(r.description);
    const dept = r.department ? v.departments.find((d) => d.id === r.department)?.name ?? r.department : undefined;
    return {
      id: r.id,
      name: r.name,
      ...optional('pattern', r.pattern),
      // An example day's hours are part of the example (rules/cppcc: 每周三上午 09:00-12:00 for the
      // text's 每周安排半个工作日): never shown as fact, like its dates.
      ...optional('time', illustrative ? undefined : r.time),
      ...optional('place', r.place),
      ...optional('host', r.host),
      ...optional('department', dept),
      ...optional('description', r.description === undefined ? undefined : publicText(r.description)),
      illustrative,
      basis: citation(r.basis, shown),
      rrule: r.rrule,
      skipHolidays: r.on_holiday === 'skip',
      dates: illustrative ? [] : e.dates.map(formatDay),
      byMonth: illustrative ? [] : [...months].map(([k, days]) => [k, days.join('、')]),
      skipped: (illustrative ? [] : e.skipped).map((d) => {
        const info = calendar.dayInfo(d);
        return { date: dated(calendar, d), reason: info.kind === 'weekend' ? '周末' : `${info.name ?? ''}${info.kind === 'closure' ? '停止办公' : '放假'}` };
      }),
    };
  });
}

/**
 * The responsibility matrix in the public pages' words: conditions as petitioners say them and
 * citations with the full item path (the shared matrix keeps the ledger's words for staff).
 */
function publicMatrix(v: CompiledVersion): MatrixRow[] {
  const m = new Map([...v.departments, ...v.categories].map((x) => [x.id, x.name]));
  const names = (id: string) => m.get(id) ?? id;
  const words = new Map<string, string>();
  for (const r of v.routing?.rules ?? []) {
    if (r.when) words.set(r.when.text.zh, petitionerCondition(r.when.test, names));
    if (r.basis) words.set(citeArticleStaff(r.basis), citeText(r.basis));
  }
  for (const c of v.categories) if (c.basis) words.set(citeArticleStaff(c.basis), citeText(c.basis));
  return responsibilityMatrix(v).map((row) => ({ ...row, condition: words.get(row.condition) ?? row.condition, basis: words.get(row.basis) ?? row.basis }));
}

/**
 * When the rules shown took effect, in one sentence: a 制度 combined with newer parent rules says
 * both dates (its own, and the parent's from which its periods follow), never two bare dates. A date
 * the text does not state is not called its 施行日期: it is the date the site applies it from.
 */
function effectiveSentence(v: CompiledVersion): string {
  const own = v.effective_in_text
    ? `本制度自${chineseDate(v.document_version)}起施行`
    : `制度原文未写明施行日期，本站对${chineseDate(v.document_version)}及以后登记的信访事项按本制度计算期限`;
  if (v.extends && v.document_version !== v.effective_from) return `${own}；自${chineseDate(v.effective_from)}起，时限按《${v.extends.title}》执行。`;
  return `${own}。`;
}

/** Lines shown beside an article: the values it defines, computed. */
function articleNotes(v: CompiledVersion, clocks: readonly ClockView[], reception: readonly ReceptionView[]): Record<string, string[]> {
  const byId = new Map(clocks.map((c) => [c.id, c]));
  const dept = new Map(v.departments.map((d) => [d.id, d.name]));
  const cat = new Map(v.categories.map((c) => [c.id, c.name]));
  const notes: Record<string, string[]> = {};
  for (const a of v.articles) {
    const lines: string[] = [];
    for (const id of [...a.defines.clocks, ...a.defines.windows]) {
      const c = byId.get(id);
      if (!c) continue;
      lines.push(`时限“${c.name}”：${c.sentence}例：${c.example.start}起算的，${c.example.dueWords}到期。`);
    }
    for (const id of a.defines.reception) {
      const r = reception.find((x) => x.id === id);
      if (r && !r.illustrative) lines.push(`${receptionName(r)}：${r.dates.length ? `下一次${chineseDay(r.dates[0]!)}` : '今后12个月内无安排'}${r.time ? `，${r.time}` : ''}。`);
    }
    const names = (ids: string[], m: Map<string, string>) => ids.map((id) => m.get(id) ?? id).join('、');
    if (a.defines.departments.length) lines.push(`职责：${names(a.defines.departments, dept)}。`);
    if (a.defines.categories.length) lines.push(`事项类别：${names(a.defines.categories, cat)}。`);
    if (lines.length) notes[a.id] = lines;
  }
  return notes;
}

/**
 * The site's data for some compiled rule sets, relative to a build date `YYYY-MM-DD`; the search
 * index is split into bundles of `orgsPerBundle` organisations.
 */
export function siteData(sets: readonly CompiledRuleSet[], buildDate: string, orgsPerBundle: number = ORGS_PER_BUNDLE): SiteData {
  const buildDay = parseDay(buildDate);
  if (buildDay === undefined) throw new RangeError(`build date ${buildDate} is not YYYY-MM-DD`);
  const currentOf = (set: CompiledRuleSet) => versionInForce(set.versions, buildDate) ?? set.versions[0]!;
  const shown = new Map(sets.map((s) => [s.id, currentOf(s).version]));
  const orgs = sets.map((set): SiteOrg => {
    const current = currentOf(set);
    const calendar = buildCalendar(current.calendar);
    const clocks = clockViews(current, calendar, buildDay, shown);
    const reception = receptionViews(current, calendar, buildDay, shown);
    const steps = procedureViews(current, set.id, shown);
    return {
      id: set.id,
      name: current.organisation.name,
      shortName: current.organisation.short_name ?? current.organisation.name,
      kind: current.organisation.kind,
      ...optional('region', current.organisation.region),
      current: publicVersion(current),
      history: set.versions.map((v) => ({
        version: v.version,
        documentVersion: v.document_version,
        title: v.title,
        effectiveFrom: v.effective_from,
        ...optional('supersededOn', v.superseded_on),
        ...optional('documentNumber', v.document_number),
        ...optional('issuedBy', v.issued_by === undefined ? undefined : publicText(v.issued_by)),
        current: v === current,
      })),
      contacts: contactsOf(current),
      reachable: reachable(current.organisation),
      clocks,
      steps,
      guide: guideView(current, set.id, steps, shown),
      flow: flowChart(steps),
      effective: effectiveSentence(current),
      matrix: publicMatrix(current),
      reception,
      articleNotes: articleNotes(current, clocks, reception),
      calculator: calculatorData(set),
      ...documentPages(set, current),
    };
  });
  const national = sets.find((s) => s.id === 'national') ?? sets[0];
  const calendar = national ? buildCalendar(currentOf(national).calendar) : undefined;
  const nationalOrg = sets.find((s) => s.id === 'national') && currentOf(sets.find((s) => s.id === 'national')!).organisation;
  const channel = nationalOrg?.website && !(nationalOrg.placeholders ?? []).includes('website') ? nationalOrg.website : undefined;
  return {
    buildDate,
    windowEnd: formatDay(twelveMonthsFrom(buildDay).to - 1),
    countingExamples: calendar
      ? COUNTING_EXAMPLES.map((x) => ({ title: x.title, limit: formatLimit(x.limit, 'zh'), example: workedExample(calendar, parseDay(x.start)!, x.limit, 'next-workday') }))
      : [],
    ...(channel && nationalOrg ? { nationalChannel: { name: nationalOrg.name, website: channel, orgId: 'national' } } : {}),
    searchBundles: searchBundles(orgs.map((o) => o.id), orgsPerBundle).map((b) => b.path),
    orgs,
  };
}
