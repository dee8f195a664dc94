import { formatNumber } from '../format-number';
import type { FormatSpec } from '../spec-types';
import type { Finding } from './finding';
import type { ResolvedValue } from './resolve-values';
import { sectionOfTable } from './section-of-table';

/** Township governments (乡、镇、街道) have no power to make 规章 (立法法第八十二条). */
export function isTownship(agencyName: string): boolean {
  return /(乡|镇|街道|街道办事处)(人民政府)?$/.test(agencyName.trim()) || /(乡|镇)人民政府/.test(agencyName);
}

/** The plausibility warnings each format declares: 现行有效 vs 制发−废止, 规章 in a township. */
export function checkDeclaredWarnings(
  format: FormatSpec,
  agencyName: string,
  values: ReadonlyMap<string, ResolvedValue>,
): Finding[] {
  const findings: Finding[] = [];
  const num = (id: string): number | null => {
    const v = values.get(id);
    return v?.status === 'ok' && !v.partial ? v.value : null;
  };
  for (const rule of format.rules) {
    if (rule.type === 'at-least') {
      const cell = num(rule.cell);
      const plus = rule.plus.map(num);
      const minus = rule.minus.map(num);
      if (cell === null || plus.includes(null) || minus.includes(null)) continue;
      const bound =
        plus.reduce<number>((a, b) => a + (b ?? 0), 0) - minus.reduce<number>((a, b) => a + (b ?? 0), 0);
      if (cell >= bound) continue;
      findings.push({
        key: `${rule.id}:${rule.cell}`,
        ruleId: rule.id,
        severity: 'warning',
        sectionId: sectionOfTable(format, rule.cell.split(':')[0] ?? ''),
        cells: [rule.cell, ...rule.plus, ...rule.minus],
        message: `${rule.message}（${formatNumber(cell)} ＜ ${formatNumber(bound)}）`,
      });
    } else if (rule.type === 'township-zero') {
      if (!isTownship(agencyName)) continue;
      const nonZero = rule.cells.filter((id) => (num(id) ?? 0) > 0);
      if (nonZero.length === 0) continue;
      findings.push({
        key: `${rule.id}`,
        ruleId: rule.id,
        severity: 'warning',
        sectionId: sectionOfTable(format, rule.cells[0]?.split(':')[0] ?? ''),
        cells: nonZero,
        message: rule.message,
      });
    }
  }
  return findings;
}
