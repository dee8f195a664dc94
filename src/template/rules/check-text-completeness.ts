import type { FormatSpec } from '../spec-types';
import type { Finding, ReportContent } from './finding';

/**
 * Empty narratives and a missing 成文日期. A section whose every text box is empty is an error
 * (the notice requires all six parts; even 六 says "无" when there is nothing); a single empty
 * subsection of 一 is a warning, since 条例第五十条 lists all five aspects but a clerk may cover
 * one inside another.
 */
export function checkTextCompleteness(format: FormatSpec, report: ReportContent): Finding[] {
  const findings: Finding[] = [];
  for (const section of format.sections) {
    if (section.narratives.length === 0) continue;
    const empty = section.narratives.filter((n) => (report.narratives[n.id] ?? '').trim() === '');
    if (empty.length === section.narratives.length) {
      findings.push({
        key: `blank-text:${section.id}`,
        ruleId: 'blank-text',
        severity: 'error',
        sectionId: section.id,
        cells: [],
        field: section.narratives[0]?.id ?? section.id,
        message: `“${section.title}”还没有填写内容${section.id === 's6' ? '；没有需要报告的事项也请写明“无”' : ''}`,
      });
      continue;
    }
    for (const n of empty) {
      findings.push({
        key: `blank-text:${n.id}`,
        ruleId: 'blank-text',
        severity: 'warning',
        sectionId: section.id,
        cells: [],
        field: n.id,
        message: `“${n.label}”还没有填写内容`,
      });
    }
  }
  if (report.meta.signDate.trim() === '') {
    findings.push({
      key: 'blank-text:signDate',
      ruleId: 'blank-text',
      severity: 'warning',
      sectionId: 'meta',
      cells: [],
      field: 'meta.signDate',
      message: '还没有填写成文日期（落款日期）',
    });
  }
  return findings;
}
