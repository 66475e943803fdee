/**
 * Write a `YearNotice` as a calendar year file (`data/calendars/<id>/<year>.yaml`) in the layout of
 * the shipped files: schema line, holidays in the notice's order, make-up days as a flow list.
 */
import { Document, isMap, isSeq, visit } from 'yaml';
import type { YearNotice } from './calendar-data.ts';

/** The YAML text of one year file, ending with a newline. */
export function formatYearFile(year: YearNotice): string {
  const doc = new Document(year);
  visit(doc, {
    Pair(_, pair) {
      if (isSeq(pair.value) && (pair.key as { value?: unknown }).value === 'makeup_days') pair.value.flow = true;
    },
  });
  if (!isMap(doc.contents)) throw new Error('a YearNotice is a mapping');
  doc.contents.commentBefore = [
    ' yaml-language-server: $schema=../../../src/calendar/calendar.schema.json',
    ` ${year.notice.title}, imported from the notice's text by \`xinfang calendar import\`.`,
  ].join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
