import { formatNumber } from '../format-number';
import type { FormatSpec } from '../spec-types';
import type { Finding, ReportContent } from './finding';
import { narrativePlaces } from './narrative-places';
import type { ResolvedValue } from './resolve-values';
import { sectionOfTable } from './section-of-table';

// “没有发出收费通知”, “未发送收费通知”, “无收费通知”: the text says no fee notice went out.
const NO_NOTICE =
  /(?:没有|未|无|不曾)(?:向申请人)?(?:发出|发送|下发|出具|送达)?(?:过)?(?:信息处理费)?收费通知/;

/**
 * Format 2021's section 六 reports 信息处理费 (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号,
 * asks every annual report to state it, even as “本年度没有产生信息处理费”); and a text saying no fee
 * notice was sent cannot stand beside requests dropped for a fee notice not paid (table 三 （六）2).
 */
export function checkFeeStatement(
  format: FormatSpec,
  report: ReportContent,
  values: ReadonlyMap<string, ResolvedValue>,
): Finding[] {
  const fee = format.feeStatement;
  if (!fee) return [];
  const place = narrativePlaces(format, report.narratives).find((p) => p.field === fee.narrativeId);
  if (!place) return [];
  // An empty box is already reported as 未填 (blank-text).
  if (place.text.trim() === '') return [];
  // 潘庄镇's published 2021 report writes 信息公开处理费: any 处理费 is the statement.
  if (!place.text.includes('处理费')) {
    return [
      {
        key: 'W-fee-silent',
        ruleId: 'W-fee-silent',
        severity: 'warning',
        sectionId: place.sectionId,
        cells: [],
        field: place.field,
        message: `${place.label}没有报告信息处理费的收取情况：没有收取的，也要写明“本年度没有产生信息处理费”`,
      },
    ];
  }
  const unpaid = values.get(fee.unpaidCell);
  const hit = NO_NOTICE.exec(place.text);
  if (!hit || unpaid?.status !== 'ok' || unpaid.value <= 0) return [];
  return [
    {
      key: 'W-fee-notice',
      ruleId: 'W-fee-notice',
      severity: 'warning',
      sectionId: place.sectionId,
      cells: [fee.unpaidCell],
      field: place.field,
      phrase: hit[0],
      message: `${place.label}中写“${hit[0]}”，但第${format.sections.find((s) => s.id === sectionOfTable(format, fee.unpaidCell.split(':')[0] ?? ''))?.numeral ?? ''}部分表格中因逾期未缴纳费用而不再处理的申请有 ${formatNumber(unpaid.value)} 件，请核对`,
    },
  ];
}
