/**
 * Editors' remarks that the rule files keep in brackets inside public values ("社区(种子文本未载明
 * 社区名称)", "××局（原文只称“我局”）"): they explain the file, not the organisation, so the public
 * site and the formal document drop them.
 */
const EDITOR_REMARK = /[（(][^（）()]*(?:种子文本|原文只称|原文未|xinfang|请按实际|按实际排班|示例)[^（）()]*[)）]/g;

/** A rule-file value without editors' remarks. */
export function publicText(s: string): string {
  return s.replace(EDITOR_REMARK, '').trim();
}
