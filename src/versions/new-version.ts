/**
 * Start a draft of a new version (`xinfang version new`): a copy of the version in force before the
 * new effective date, with `effective_from` set. The copy keeps the text and every rule, so the
 * drafter edits only what the revision changes; the yaml Document API keeps comments and layout.
 * The copy is marked `draft: true` (its formal document carries a 草案 watermark until approval).
 * The document number is dropped because a revision is issued under a new one, each article's
 * `change_note` because it explains the change from the version before the copied one, and an
 * article's 施行日期 (本制度自…起施行) is set to the new date, which validation requires it to state.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { restateEffectiveDate } from '../rules/check-sanity.ts';

/** The version a new one starting on `effective` is drafted from: the last to take effect before it. */
export function draftBase<V extends { effective_from: string }>(versions: readonly V[], effective: string): V | undefined {
  let found: V | undefined;
  for (const v of versions) if (v.effective_from < effective) found = v;
  return found;
}

/** The draft's YAML text: `sourceText` (one version file) with `effective_from` set and a draft note on top. */
export function draftVersionText(sourceText: string, effective: string, sourceName: string, schemaComment: string): string {
  const doc = parseDocument(sourceText);
  doc.set('effective_from', effective);
  doc.delete('document_number');
  // Not approved until the office says so: the formal document is marked 草案 until `draft` goes.
  // It goes right after effective_from, where the schema lists it, not at the end of the file.
  doc.delete('draft');
  doc.set('draft', true);
  if (isMap(doc.contents)) {
    const items = doc.contents.items;
    const pair = items.pop()!;
    items.splice(items.findIndex((p) => isScalar(p.key) && p.key.value === 'effective_from') + 1, 0, pair);
  }
  const restated: string[] = [];
  const articles = doc.get('articles');
  if (isSeq(articles)) {
    for (const a of articles.items) {
      if (!isMap(a)) continue;
      a.delete('change_note');
      const text = a.get('text');
      const next = typeof text === 'string' ? restateEffectiveDate(text, effective) : undefined;
      if (next !== undefined && next !== text) {
        a.set('text', next);
        restated.push(String(a.get('number') ?? a.get('id')));
      }
    }
  }
  doc.commentBefore = [
    ` ${schemaComment}`,
    ` 草案:自 ${effective} 起施行的新版本,复制自 ${sourceName}。修改条文和时限后运行 xinfang validate,`,
    ` 再用 xinfang diff 生成修订对照表。`,
    ...(restated.length ? [` ${restated.join('、')}的施行日期已改为 ${effective}。`] : []),
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}
