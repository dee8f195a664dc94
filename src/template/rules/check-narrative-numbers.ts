import { formatNumber } from '../format-number';
import type { PartId } from '../section-ids';
import type { FormatSpec } from '../spec-types';
import { formatCells } from '../table-cells';
import type { Finding } from './finding';
import { readNarrativeNumbers, type NarrativeTopic } from './read-narrative-numbers';
import type { ResolvedValue } from './resolve-values';
import { sectionOfTable } from './section-of-table';

const TOPIC_NAMES: Readonly<Record<NarrativeTopic, string>> = {
  applications: '收到政府信息公开申请的件数',
  review: '行政复议件数',
  litigation: '行政诉讼件数',
  normative: '制发规范性文件件数',
  proactive: '主动公开信息条数',
};

/**
 * A warning when the narrative states a figure that the tables contradict, or states the number
 * of 主动公开 items twice with different values.
 */
export function checkNarrativeNumbers(
  format: FormatSpec,
  texts: readonly {
    readonly field: string;
    readonly sectionId: PartId;
    /** The box as the editor names it, e.g. （二）依申请公开. */
    readonly label: string;
    readonly text: string;
  }[],
  values: ReadonlyMap<string, ResolvedValue>,
): Finding[] {
  const specs = formatCells(format);
  const anchors: Partial<Record<NarrativeTopic, readonly string[]>> = {
    applications: [format.anchors.applicationsReceived],
    review: [format.anchors.reviewTotal],
    litigation: format.anchors.litigationTotals,
    normative: [format.anchors.normativeIssued],
  };
  const findings: Finding[] = [];
  const proactive: {
    value: number;
    quote: string;
    field: string;
    label: string;
    sectionId: Finding['sectionId'];
  }[] = [];
  for (const t of texts) {
    for (const n of readNarrativeNumbers(t.text)) {
      if (n.topic === 'proactive') {
        proactive.push({
          value: n.value,
          quote: n.quote,
          field: t.field,
          label: t.label,
          sectionId: t.sectionId,
        });
        continue;
      }
      const cells = anchors[n.topic] ?? [];
      const nums = cells.map((id) => values.get(id));
      if (nums.length === 0 || nums.some((v) => v?.status !== 'ok' || v.partial)) continue;
      const tableValue = nums.reduce((a, v) => a + (v?.status === 'ok' ? v.value : 0), 0);
      if (tableValue === n.value) continue;
      const first = specs.get(cells[0] ?? '');
      const where = first
        ? `第${format.sections.find((s) => s.id === sectionOfTable(format, first.tableId))?.numeral ?? ''}部分表格`
        : '表格';
      findings.push({
        key: `W-narrative:${t.field}:${n.topic}:${n.quote}`,
        ruleId: 'W-narrative',
        severity: 'warning',
        sectionId: t.sectionId,
        cells,
        field: t.field,
        // The editor opens the box with these words selected.
        phrase: n.quote,
        message: `${t.label}中“${n.quote}”与${where}不一致：表格中${TOPIC_NAMES[n.topic]}是 ${formatNumber(tableValue)}`,
      });
    }
  }
  const distinct = [...new Set(proactive.map((p) => p.value))];
  const firstProactive = proactive[0];
  if (distinct.length > 1 && firstProactive) {
    findings.push({
      key: 'W-narrative:proactive',
      ruleId: 'W-narrative',
      severity: 'warning',
      sectionId: firstProactive.sectionId,
      cells: [],
      field: firstProactive.field,
      phrase: firstProactive.quote,
      message: `正文中${TOPIC_NAMES.proactive}前后不一：${proactive.map((p) => `${p.label}“${p.quote}”`).join('、')}`,
    });
  }
  return findings;
}
