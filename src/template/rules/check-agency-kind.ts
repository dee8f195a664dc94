import type { FormatSpec } from '../spec-types';
import type { Finding, ReportContent } from './finding';
import { narrativePlaces } from './narrative-places';

type Kind = '镇' | '乡' | '街道';

/** What the agency is, by the end of its name (XX镇人民政府, XX乡人民政府, XX街道办事处). */
function kindOf(agencyName: string): Kind | null {
  const name = agencyName.trim();
  if (/街道(办事处)?$/.test(name)) return '街道';
  if (/镇(人民政府)?$/.test(name)) return '镇';
  if (/乡(人民政府)?$/.test(name)) return '乡';
  return null;
}

// How a township names itself in its report: 我镇, 本乡, 全街道 … (乡 not followed by 镇, since
// 全乡镇 is a county's phrase, and 街 alone as 我街 is the 街道's own shorthand).
const SELF = /(?:我|本|全)(街道|街|镇|乡(?!镇))/g;

/**
 * 我镇 in a 街道办事处's report, or 我街道 in a 镇's: text copied from a neighbour's report or a
 * template and not adapted, which readers of the portal notice first.
 */
export function checkAgencyKind(format: FormatSpec, report: ReportContent): Finding[] {
  const kind = kindOf(report.meta.agencyName);
  if (!kind) return [];
  const places = [
    { field: 'preamble', sectionId: 'meta' as const, label: '前言', text: report.preamble },
    ...narrativePlaces(format, report.narratives),
  ];
  const findings: Finding[] = [];
  for (const p of places) {
    for (const m of p.text.matchAll(SELF)) {
      const said: Kind = m[1] === '街' ? '街道' : (m[1] as Kind);
      if (said === kind) continue;
      findings.push({
        key: `W-agency-kind:${p.field}`,
        ruleId: 'W-agency-kind',
        severity: 'warning',
        sectionId: p.sectionId,
        cells: [],
        field: p.field,
        phrase: m[0],
        message: `${p.label}中写“${m[0]}”，但机关名称是${report.meta.agencyName.trim()}（${kind}），请核对`,
      });
      break;
    }
  }
  return findings;
}
