import { describe, expect, it } from 'vitest';
import { GESHAN_2021 } from '../../template/fixtures/geshan-2021';
import { PANZHUANG_2021 } from '../../template/fixtures/panzhuang-2021';
import { QIANHU_2021 } from '../../template/fixtures/qianhu-2021';
import { checkSimilarText } from './check-similar-text';
import type { DeskEntry } from './desk-entry';
import { deskOffices } from './desk-offices';
import { SIMILARITY, findSimilarParagraphs } from './find-similar-paragraphs';
import { entryOf, importedEntry, ownParagraph, townReport } from './fixtures/desk-reports';

function similar(entries: readonly DeskEntry[]) {
  const { officeOf, offices } = deskOffices(entries);
  const pairs = findSimilarParagraphs(entries, officeOf);
  return { pairs, findings: checkSimilarText(pairs, offices) };
}

// Paragraphs of the published 阁山镇 2021 report (src/template/fixtures/geshan-2021.ts).
const OVERSIGHT = GESHAN_2021.narratives['s1-oversight'] ?? '';
const PLATFORM = GESHAN_2021.narratives['s1-platform'] ?? '';

/** Changes the characters at the given positions, as a clerk editing a copied paragraph would. */
function edit(text: string, positions: readonly number[]): string {
  const chars = [...text];
  for (const p of positions) chars[p] = chars[p] === '甲' ? '乙' : '甲';
  return chars.join('');
}

describe('findSimilarParagraphs (内容雷同)', () => {
  it('finds a paragraph copied from the office’s own report of last year, year and figures changed', () => {
    const copied = OVERSIGHT.replaceAll('2021', '2022');
    const { pairs, findings } = similar([
      entryOf('a21', townReport('阁山镇人民政府', 2021, { narratives: { 's1-oversight': OVERSIGHT } })),
      entryOf(
        'a22',
        townReport('阁山镇人民政府', 2022, { narratives: { 's1-oversight': `引言一句。\n${copied}` } }),
      ),
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ score: 1, identical: true });
    expect(pairs[0]?.passages).toEqual([
      {
        entryId: 'a22',
        officeId: expect.any(String),
        year: 2022,
        sectionId: 's1',
        field: 's1-oversight',
        paragraph: 2,
        text: copied,
      },
      {
        entryId: 'a21',
        officeId: expect.any(String),
        year: 2021,
        sectionId: 's1',
        field: 's1-oversight',
        paragraph: 1,
        text: OVERSIGHT,
      },
    ]);
    expect(findings[0]).toMatchObject({
      ruleId: 'D-similar',
      severity: 'warning',
      offices: [{ name: '阁山镇人民政府' }],
      places: [
        { entryId: 'a22', sectionId: 's1', field: 's1-oversight', cells: [] },
        { entryId: 'a21', sectionId: 's1', field: 's1-oversight', cells: [] },
      ],
      message: '“（五）监督保障”第2段与本机关2021年度报告“（五）监督保障”第1段除数字和机关名称外相同',
    });
    expect(findings[0]?.similar?.passages.map((p) => p.text)).toEqual([copied, OVERSIGHT]);
  });

  it('finds a paragraph copied from another township, its name replaced, or even kept', () => {
    expect(PLATFORM).toContain('阁山镇政务服务中心');
    const renamed = PLATFORM.replaceAll('阁山', '潘庄');
    const { findings } = similar([
      entryOf('g', townReport('阁山镇人民政府', 2021, { narratives: { 's1-platform': PLATFORM } })),
      entryOf('p', townReport('潘庄镇人民政府', 2021, { narratives: { s5: renamed } })),
      entryOf('x', townReport('千户镇人民政府', 2021, { narratives: { s5: PLATFORM } })),
    ]);
    expect(findings.map((f) => [f.offices.map((o) => o.name), f.message])).toEqual([
      [
        ['阁山镇人民政府', '潘庄镇人民政府'],
        '“（四）政府信息公开平台建设”第1段与潘庄镇人民政府2021年度报告“五、存在的主要问题及改进情况”第1段除数字和机关名称外相同',
      ],
      [
        ['阁山镇人民政府', '千户镇人民政府'],
        '“（四）政府信息公开平台建设”第1段与千户镇人民政府2021年度报告“五、存在的主要问题及改进情况”第1段完全相同',
      ],
      [
        ['潘庄镇人民政府', '千户镇人民政府'],
        expect.stringMatching(
          /^“五、存在的主要问题及改进情况”第1段与千户镇人民政府2021年度报告“五、存在的主要问题及改进情况”第1段基本相同（相似度 9\d%）$/,
        ),
      ],
    ]);
  });

  it('finds a nearly identical paragraph with a few characters changed, and gives how alike', () => {
    expect([...OVERSIGHT].length).toBeGreaterThan(250);
    const three = edit(PLATFORM, [20, 60, 120]);
    const many = edit(PLATFORM, [10, 25, 40, 55, 70, 85, 100, 115, 130, 145, 160]);
    const { pairs, findings } = similar([
      entryOf('a', townReport('阁山镇人民政府', 2021, { narratives: { 's1-platform': PLATFORM } })),
      entryOf('b', townReport('潘庄镇人民政府', 2021, { narratives: { 's1-platform': three } })),
      entryOf('c', townReport('千户镇人民政府', 2021, { narratives: { 's1-platform': many } })),
    ]);
    expect(pairs.map((p) => [p.passages[0].entryId, p.passages[1].entryId, p.identical])).toEqual([
      ['a', 'b', false],
    ]);
    expect(pairs[0]?.score).toBeGreaterThan(0.75);
    expect(pairs[0]?.score).toBeLessThan(1);
    expect(findings[0]?.message).toMatch(/第1段基本相同（相似度 \d\d%）$/);
  });

  it('finds nothing between unrelated reports: the three published reports of 2021', () => {
    expect(
      similar([
        importedEntry('g', GESHAN_2021),
        importedEntry('p', PANZHUANG_2021),
        importedEntry('q', QIANHU_2021),
      ]).pairs,
    ).toEqual([]);
  });

  it('ignores short paragraphs, and wording that nearly every office shares', () => {
    const shared = '本年度没有产生信息处理费，也没有其他需要报告的事项。';
    const boilerplate = PLATFORM;
    const names = ['甲镇', '乙镇', '丙镇', '丁镇', '戊镇', '己镇'];
    const own = [QIANHU_2021, PANZHUANG_2021, GESHAN_2021].flatMap((r) =>
      Object.values(r.narratives).filter((t): t is string => (t ?? '').length > 100),
    );
    // Six townships: every one has the county's sentence in 四, the short line in 六 and a text of its own.
    const entries = names.map((name, i) =>
      entryOf(
        name,
        townReport(`${name}人民政府`, 2021, {
          narratives: { 's1-platform': boilerplate, s6: shared, s5: own[i] ?? '' },
        }),
      ),
    );
    expect(similar(entries).pairs).toEqual([]);
    // the short line is left out for its length only: with a lower bound it would be found
    const { officeOf } = deskOffices(entries);
    const short = findSimilarParagraphs(entries, officeOf, {
      ...SIMILARITY,
      minChars: 10,
      commonMinOffices: 7,
    });
    expect(short.filter((p) => p.passages[0].field === 's6')).toHaveLength(15);
    // The same paragraph in only two of the six is copying.
    const copy = entries.map((e, i) =>
      i === 1
        ? entryOf(
            '乙镇',
            townReport('乙镇人民政府', 2021, {
              narratives: { 's1-platform': boilerplate, s6: shared, s5: own[0] ?? '' },
            }),
          )
        : e,
    );
    expect(
      similar(copy).pairs.map((p) => [p.passages[0].entryId, p.passages[1].entryId, p.passages[0].field]),
    ).toEqual([['甲镇', '乙镇', 's5']]);
  });

  it('compares an office with its year before only, and other offices in any year', () => {
    const { pairs } = similar([
      entryOf('a21', townReport('阁山镇人民政府', 2021, { narratives: { s5: OVERSIGHT } })),
      entryOf('a23', townReport('阁山镇人民政府', 2023, { narratives: { s5: OVERSIGHT } })),
      entryOf('b22', townReport('潘庄镇人民政府', 2022, { narratives: { s5: PLATFORM } })),
      entryOf('b24', townReport('潘庄镇人民政府', 2024, { narratives: { s5: OVERSIGHT } })),
    ]);
    expect(pairs.map((p) => [p.passages[0].entryId, p.passages[1].entryId])).toEqual([
      ['b24', 'a21'],
      ['b24', 'a23'],
    ]);
  });

  it('scales: among 240 reports of 8 paragraphs of their own, finds exactly the two copies', () => {
    let seed = 0;
    const paragraph = () => ownParagraph(++seed);
    const entries = Array.from({ length: 240 }, (_, i) =>
      entryOf(
        `e${i}`,
        townReport(`第${i}镇人民政府`, 2021 + (i % 3), {
          narratives: Object.fromEntries(
            [
              's1-intro',
              's1-active',
              's1-request',
              's1-management',
              's1-platform',
              's1-oversight',
              's5',
              's6',
            ].map((id) => [id, paragraph()]),
          ),
        }),
      ),
    );
    const copied = [...entries];
    copied[100] = entryOf('e100', {
      ...entries[100]!.report,
      narratives: {
        ...entries[100]!.report.narratives,
        s5: entries[7]!.report.narratives['s1-active'] ?? '',
      },
    });
    copied[200] = entryOf('e200', {
      ...entries[200]!.report,
      narratives: {
        ...entries[200]!.report.narratives,
        s6: edit(entries[50]!.report.narratives.s5 ?? '', [30, 90]),
      },
    });
    expect(
      similar(copied).pairs.map((p) => [p.passages[0].entryId, p.passages[1].entryId, p.identical]),
    ).toEqual([
      // same years: the report brought in first is named first
      ['e7', 'e100', true],
      ['e50', 'e200', false],
    ]);
  });
});
