/**
 * The responsibility matrix (docs/README.md): for every kind of matter, who
 * leads (牵头/承办), assists (协办), approves (审批) and supervises (督办), whom to contact, and the
 * article it comes from. Pure: one compiled version in, plain rows out — the CLI (`xinfang matrix`)
 * and the site's directory and downloads all render these same rows.
 */
import type { ArticleRef, CompiledVersion } from '../rules/compiled.ts';
import type { Phone } from '../rules/model.ts';

/** What a placeholder value is shown as: never as if it were real data (rules/AUTHORING.md). */
export const PLACEHOLDER_TEXT = '待补充';

/** One line of the matrix: a kind of matter under one routing row. Names, not ids. */
export interface MatrixRow {
  /** Kind of matter (事项类别); 全部事项 when the routing row covers every category. */
  category: string;
  /** Lead / handling department (牵头、承办); empty when no routing row covers the category. */
  lead: string;
  /** Assisting departments, joined with 、. */
  assist: string;
  approver: string;
  supervisor: string;
  /** The lead department's phone lines (`label number`), placeholders as 待补充. */
  contact: string;
  /** The article the row comes from: 《信访工作条例》第二十二条. */
  basis: string;
  /** When the row applies, in plain words (等级为重大); empty = always. */
  condition: string;
  /** Plain-words note from the rule set. */
  note: string;
}

/** Column headers of the matrix, in order, for CSV, XLSX and HTML. */
export const MATRIX_COLUMNS: readonly { key: keyof MatrixRow; zh: string; en: string }[] = [
  { key: 'category', zh: '事项类别', en: 'Kind of matter' },
  { key: 'condition', zh: '适用情形', en: 'Applies when' },
  { key: 'lead', zh: '牵头/承办', en: 'Lead' },
  { key: 'assist', zh: '协办', en: 'Assist' },
  { key: 'approver', zh: '审批', en: 'Approver' },
  { key: 'supervisor', zh: '督办', en: 'Supervisor' },
  { key: 'contact', zh: '联系方式', en: 'Contact' },
  { key: 'basis', zh: '依据', en: 'Basis' },
  { key: 'note', zh: '说明', en: 'Note' },
];

/** `《信访工作条例》第二十二条`. */
export function citeArticle(ref: ArticleRef | undefined): string {
  return ref ? `《${ref.document}》${ref.citation}` : '';
}

/** A phone line for people: `监督电话 010-1234`, or `监督电话 待补充` for a placeholder. */
export function phoneText(p: Phone): string {
  return `${p.label} ${p.placeholder ? PLACEHOLDER_TEXT : p.number}`;
}

/** The matrix of one compiled version: routing rows in table order, then categories no row covers. */
export function responsibilityMatrix(v: CompiledVersion): MatrixRow[] {
  const dept = new Map(v.departments.map((d) => [d.id, d]));
  const deptName = (id: string | undefined) => (id ? dept.get(id)?.name ?? id : '');
  const catName = new Map(v.categories.map((c) => [c.id, c.name]));
  const rows: MatrixRow[] = [];
  const covered = new Set<string>();
  const first = v.routing?.hit_policy === 'first';
  // Under hit policy `first`, a row for every category covers only what no earlier row took: the
  // remaining categories when every earlier row is a plain category row, else whatever fell through.
  let earlier = 0;
  let plainCategoryRows = true;
  for (const r of v.routing?.rules ?? []) {
    const cats = r.categories ?? [undefined];
    const everyCategory = !first || earlier === 0 ? '全部事项' : plainCategoryRows ? '其余类别' : '未被上列各行命中的事项';
    earlier++;
    if (!r.categories || r.when) plainCategoryRows = false;
    for (const c of cats) {
      if (c) covered.add(c);
      rows.push({
        category: c ? catName.get(c) ?? c : everyCategory,
        lead: deptName(r.lead),
        assist: (r.assist ?? []).map(deptName).join('、'),
        approver: deptName(r.approver),
        supervisor: deptName(r.supervisor),
        contact: (dept.get(r.lead)?.phones ?? []).map(phoneText).join('；'),
        basis: citeArticle(r.basis),
        condition: r.when?.text.zh ?? '',
        note: r.note ?? '',
      });
    }
  }
  // A category the table does not route is still listed, so the directory shows every kind of
  // matter (the compiler has already warned about the gap).
  const catchAll = (v.routing?.rules ?? []).some((r) => !r.categories && !r.when);
  for (const c of v.categories) {
    if (covered.has(c.id) || catchAll) continue;
    rows.push({ category: c.name, lead: '', assist: '', approver: '', supervisor: '', contact: '', basis: citeArticle(c.basis), condition: '', note: c.description ?? '' });
  }
  return rows;
}
