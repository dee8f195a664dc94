// Hostile text through the rules: control characters, zero-width and RTL marks, emoji,
// markup and 20,000-character paragraphs never break checkReport, and figures hidden among them
// are still read the same way.
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../formats';
import { formatCells } from '../table-cells';
import { checkReport } from './check-report';
import type { ReportContent } from './finding';

const NASTY = [
  '\u0000\u0001\u0007\u000B\u000C\u001B\u007F',
  '\u200B\u200C\u200D\u2060\uFEFF',
  '\u202E\u202Dabc\u202C\u200F\u200E',
  '😀👨‍👩‍👧‍👦🇨🇳',
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  '\uD800 lone surrogate \uDFFF',
  '${constructor}{{__proto__}}',
].join('');

const LONG = '本年度，我镇认真贯彻落实政府信息公开条例。'.repeat(1000).slice(0, 20_000);

function content(
  formatId: 'format-2019' | 'format-2021',
  narrative: string,
  cells: Record<string, string> = {},
): ReportContent {
  const format = FORMATS[formatId];
  const narratives = Object.fromEntries(
    format.sections.flatMap((s) => s.narratives.map((n) => [n.id, narrative])),
  );
  return {
    formatId,
    year: formatId === 'format-2019' ? 2020 : 2025,
    meta: { agencyName: NASTY, signDate: '2026-01-15' },
    preamble: narrative,
    narratives,
    cells,
  };
}

describe('checkReport on hostile text', () => {
  it.each(['format-2019', 'format-2021'] as const)(
    '%s: nasty characters everywhere, no throw',
    (formatId) => {
      const findings = checkReport(FORMATS[formatId], content(formatId, NASTY), {
        today: new Date('2026-01-20'),
      });
      expect(Array.isArray(findings)).toBe(true);
      for (const f of findings) expect(f.message.length).toBeGreaterThan(0);
    },
  );

  it('reads hostile cell text as a wrong figure, quoted, never as a number', () => {
    const findings = checkReport(
      FORMATS['format-2021'],
      content('format-2021', '', {
        't3:new:natural': '<script>',
        't3:new:business': '\u0007',
        't3:new:research': '😀',
        't3:new:nonprofit': '\u202E5',
      }),
      { today: new Date('2026-01-20') },
    );
    for (const id of ['t3:new:natural', 't3:new:business', 't3:new:research', 't3:new:nonprofit']) {
      const onCell = findings.filter((f) => f.cells[0] === id && f.severity === 'error');
      expect(onCell.length, id).toBeGreaterThan(0);
    }
    expect(findings.some((f) => f.message.includes('<script>'))).toBe(true);
  });

  it('a 20,000-character paragraph in every narrative is checked like a short one', () => {
    // Table 三 says 5 new applications, every narrative says 3: a warning in each.
    const cells = Object.fromEntries(
      [...formatCells(FORMATS['format-2021']).values()]
        .filter((c) => !c.computed && c.tableId === 't3' && c.rowId === 'new')
        .map((c) => [c.id, c.id === 't3:new:natural' ? '5' : '0']),
    );
    const short = checkReport(
      FORMATS['format-2021'],
      content('format-2021', '本年共收到依申请公开3件。', cells),
      {
        today: new Date('2026-01-20'),
      },
    );
    const long = checkReport(
      FORMATS['format-2021'],
      content('format-2021', `${LONG}本年共收到依申请公开3件。${NASTY}`, cells),
      { today: new Date('2026-01-20') },
    );
    expect(LONG.length).toBe(20_000);
    // The figure stated in the narratives is read through the noise: same findings as without it.
    expect(short.filter((f) => f.ruleId === 'W-narrative').length).toBeGreaterThan(0);
    expect(long.map((f) => f.ruleId).sort()).toEqual(short.map((f) => f.ruleId).sort());
  });
});
