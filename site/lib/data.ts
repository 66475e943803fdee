/**
 * The pages' access to the site data: the JSON `buildSite` computed from the compiled rule sets
 * (pages never read rule files or ledgers), plus small helpers shared by the pages.
 */
import data from 'xinfang:site-data';
import type { SiteData, SiteOrg } from '../../src/site/site-data.ts';

/** The whole site's data. */
export const site: SiteData = data;

/** `getStaticPaths` for pages under `/<org>/`. */
export function orgPaths(): { params: { org: string }; props: { org: SiteOrg } }[] {
  return site.orgs.map((org) => ({ params: { org: org.id }, props: { org } }));
}

/**
 * JSON for a `<script type="application/json">` or JSON-LD block. `<`, `>`, `&` and the JS line
 * separators are written as \u escapes, so no rule text can close the script element: the value
 * stays data, never markup.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The sections of an organisation's guide, in menu order. */
export const SECTIONS: readonly { slug: string; title: string }[] = [
  { slug: '', title: '怎样反映问题' },
  { slug: 'guide/', title: '办事指南' },
  { slug: 'steps/', title: '办理步骤' },
  { slug: 'limits/', title: '办理时限' },
  { slug: 'calculator/', title: '期限计算器' },
  { slug: 'who/', title: '谁来办理' },
  { slug: 'contacts/', title: '联系方式' },
  { slug: 'reception/', title: '接待日' },
  { slug: 'rules/', title: '制度全文' },
  { slug: 'print/', title: '简版指南（打印）' },
];

/** Organisation kinds in words. */
export const KIND_NAMES: Record<string, string> = {
  government: '政府部门', party: '党委部门', cppcc: '政协机关', company: '企业', enterprise: '企业', university: '高校',
  school: '学校', hospital: '医院', town: '乡镇', community: '社区', bank: '银行',
};

/**
 * The schema.org type of each kind of organisation, for the start page's JSON-LD: only public bodies
 * are GovernmentOrganization; a 社区 (居民委员会, a self-governing body) is a plain Organization.
 */
export const SCHEMA_TYPES: Record<string, string> = {
  government: 'GovernmentOrganization', party: 'GovernmentOrganization', cppcc: 'GovernmentOrganization', town: 'GovernmentOrganization',
  company: 'Corporation', enterprise: 'Corporation', bank: 'BankOrCreditUnion', university: 'CollegeOrUniversity',
  school: 'School', hospital: 'Hospital', community: 'Organization',
};

/** Text split into its paragraphs (the 制度 keeps one 款 per line). */
export function paragraphs(text: string): string[] {
  return text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
}
