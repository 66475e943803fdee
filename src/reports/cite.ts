/** How reports and schedules cite the article a rule comes from. */
import type { ArticleRef } from '../rules/compiled.ts';

/** `《信访工作条例》第二十二条`; empty when there is no article. */
export function citeArticle(ref: ArticleRef | undefined): string {
  return ref ? `《${ref.document}》${ref.number}` : '';
}
