/** The inspection report as an HTML page (grouped by department, with a signature block) and an XLSX workbook. */
import { escapeHtml } from '../io/html.ts';
import { STATUS_NAMES, VIOLATION_NAMES } from '../rules/vocabulary.ts';
import { headerHtml, page, raw, table } from './html.ts';
import type { InspectionItem, InspectionReport } from './inspection.ts';
import { headerRows, workbook, type SheetSpec } from './xlsx.ts';

const LATE = STATUS_NAMES.late.zh;
const OVERDUE = STATUS_NAMES.overdue.zh;
const violationName = (i: InspectionItem): string => (i.code ? VIOLATION_NAMES[i.code].zh : '');

const explanation = (i: InspectionItem) =>
  raw(`<ol class="explain">${i.explanation.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ol>`);

/** The report as a standalone HTML page. */
export function inspectionHtml(r: InspectionReport): string {
  const s = r.summary;
  const sections = r.departments.map((d) => {
    const findings = d.items.filter((i) => i.kind === 'finding');
    const violations = d.items.filter((i) => i.kind === 'violation');
    const parts = [`<section class="department"><h2>${escapeHtml(d.department)}（${d.items.length} 项）</h2>`];
    if (findings.length) {
      parts.push(table(
        '超时与逾期',
        ['编号', '承办人', '信访人', '时限', '起止', '起算', '到期', '完成', '状态', '超期天数', '依据', '计算过程'],
        findings.map((i) => [i.case, i.handler, i.petitioner, `${i.clock_name}（${i.limit}）`, i.counted, i.start, `${i.due}${i.provisional ? '（暂定）' : ''}`, i.stop ?? '未完成', i.status, i.days_late ?? 0, `${i.article}（${i.version} 版）`, explanation(i)]),
        'inspection',
      ));
    }
    if (violations.length) {
      parts.push(table('违规事项', ['编号', '承办人', '信访人', '违规', '情况', '依据'], violations.map((i) => [i.case, i.handler, i.petitioner, violationName(i), i.message, `${i.article || '—'}（${i.version} 版）`])));
    }
    // Each 被督查部门 signs its own section, which starts on a new page when printed.
    parts.push('<p>核查意见：</p><p style="min-height:12mm"></p>', `<div class="signature">${r.signature.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}</div></section>`);
    return parts.join('\n');
  });
  const body = [
    headerHtml(r.header),
    '<h2>概况</h2>',
    `<p class="verdict">${LATE} ${s.late} 项，${OVERDUE} ${s.overdue} 项，违规事项 ${s.violations} 项，涉及 ${s.departments} 个部门${r.doubtful.length ? `；另有 ${r.doubtful.length} 件数据存疑，无法判定` : ''}。</p>`,
    ...(r.doubtful.length
      ? [table('数据存疑（日期先后矛盾，无法判定：不计入任何指标，请核对台账）', ['承办部门', '编号', '行号', '承办人', '情况'], r.doubtful.map((d) => [d.department, d.case, d.row, d.handler, d.message]))]
      : []),
    ...(sections.length ? sections : ['<p>本期没有超时、逾期或违规事项。</p>', `<div class="signature">${r.signature.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}</div>`]),
  ];
  return page(r.header.title, body.join('\n'), 'landscape');
}

/** The report as a workbook: 概况 and 督查清单 (one row per item). */
export function inspectionXlsx(r: InspectionReport): Promise<Uint8Array> {
  const s = r.summary;
  const sheets: SheetSpec[] = [
    {
      name: '概况',
      widths: [16, 60],
      rows: [...headerRows(r.header), [LATE, s.late], [OVERDUE, s.overdue], ['违规事项', s.violations], ['涉及部门', s.departments], [], ...r.signature.map((l) => [l])],
    },
    {
      name: '督查清单',
      header: 0,
      widths: [20, 12, 8, 10, 10, 22, 20, 18, 18, 18, 12, 8, 30, 12, 60],
      rows: (function* () {
        yield ['承办部门', '编号', '行号', '信访人', '类型', '时限或违规', '起止', '起算', '到期', '完成', '状态', '超期天数', '依据', '版本', '计算过程或情况'];
        for (const d of r.departments) {
          for (const i of d.items) {
            yield i.kind === 'finding'
              ? [d.department, i.case, i.row, i.petitioner, '时限', `${i.clock_name}（${i.limit}）`, i.counted, i.start, i.due, i.stop ?? '未完成', i.status, i.days_late ?? 0, i.article, i.version, i.explanation.join('\n')]
              : [d.department, i.case, i.row, i.petitioner, '违规', violationName(i), null, null, null, null, null, null, i.article, i.version, i.message];
          }
        }
      })(),
    },
  ];
  return workbook(sheets, r.header.title);
}
