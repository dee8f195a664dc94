import { describe, expect, it } from 'vitest';
import { GESHAN_2021 } from '../../template/fixtures/geshan-2021';
import { QIANHU_2021 } from '../../template/fixtures/qianhu-2021';
import { allFindings } from './desk-findings';
import { TODAY, entryOf, importedEntry, ownParagraph, townReport } from './fixtures/desk-reports';
import { parseOfficeList } from './parse-office-list';
import { reviewDesk } from './review-desk';

const TOWNS = [
  '阁山镇',
  '潘庄镇',
  '千户镇',
  '黄岗乡',
  '临江镇',
  '新市镇',
  '东城街道',
  '西城街道',
  '大桥镇',
  '石门乡',
];
const OWN_TEXT = (town: number, year: number) => ownParagraph(town * 10_000 + year);

/** Ten townships over three years, as a county office receives them, with the usual defects. */
function county() {
  const entries = TOWNS.flatMap((town, t) =>
    [2021, 2022, 2023].map((year) =>
      entryOf(
        `${t}-${year}`,
        townReport(`${town}人民政府`, year, {
          cells: {
            't3:new:natural': '2',
            't3:carried:natural': year === 2021 ? '0' : '1',
            't3:open:natural': '2',
            't3:carry-forward:natural': '1',
          },
          narratives: { s5: OWN_TEXT(t, year) },
        }),
      ),
    ),
  );
  const at = (id: string) => entries.findIndex((e) => e.id === id);
  // 潘庄镇 2022 did not carry 2021's 四 over
  entries[at('1-2022')] = entryOf(
    '1-2022',
    townReport('潘庄镇人民政府', 2022, {
      cells: {
        't3:new:natural': '2',
        't3:carried:natural': '0',
        't3:open:natural': '1',
        't3:carry-forward:natural': '1',
      },
      narratives: { s5: OWN_TEXT(1, 2022) },
    }),
  );
  // 千户镇 2023 copied 2022's 五 word for word
  entries[at('2-2023')] = entryOf(
    '2-2023',
    townReport('千户镇人民政府', 2023, {
      cells: {
        't3:new:natural': '2',
        't3:carried:natural': '1',
        't3:open:natural': '2',
        't3:carry-forward:natural': '1',
      },
      narratives: { s5: OWN_TEXT(2, 2022) },
      signDate: '2024-02-05',
    }),
  );
  // 黄岗乡 2023 not sent; 临江镇 2023 sent twice, as Word and as its web page
  entries.splice(at('3-2023'), 1);
  entries.push(
    entryOf('4-2023-page', entries[at('4-2023')]!.report, {
      source: { kind: 'html', fileName: '临江镇2023.html' },
    }),
  );
  return entries;
}

describe('reviewDesk', () => {
  it('finds, over ten townships and three years, exactly what is wrong across reports', () => {
    const review = reviewDesk(county(), {
      today: TODAY,
      expected: { names: parseOfficeList(TOWNS.join('\n')).names, year: 2023 },
    });
    expect(review.offices).toHaveLength(10);
    expect(review.years).toEqual([2023, 2022, 2021]);
    expect(review.entries).toHaveLength(30);
    expect(review.kept).toHaveLength(29);
    expect(review.entries.filter((e) => e.duplicateOf).map((e) => [e.entry.id, e.duplicateOf])).toEqual([
      ['4-2023-page', '4-2023'],
    ]);
    expect(
      review.findings.map((f) => [
        f.ruleId,
        f.offices.map((o) => o.name).join('、'),
        f.places.map((p) => p.entryId),
      ]),
    ).toEqual([
      ['D-missing', '黄岗乡', []],
      ['D-duplicate', '临江镇人民政府', ['4-2023-page', '4-2023']],
      ['R5', '潘庄镇人民政府', ['1-2022', '1-2021']],
      ['W-deadline', '千户镇人民政府', ['2-2023']],
      ['D-similar', '千户镇人民政府', ['2-2023', '2-2022']],
    ]);
    // every report's row: its counts and its line
    const rows = review.entries
      .filter((e) => e.entry.report.year === 2022)
      .map((e) => [e.office.name, e.check.errors, e.check.summary]);
    expect(rows).toContainEqual(['潘庄镇人民政府', 0, '未发现问题']);
    // the copy not counted is checked and listed too, but its findings are not counted twice
    const all = allFindings(review);
    expect(all.filter((f) => f.places.some((p) => p.entryId === '4-2023-page')).map((f) => f.ruleId)).toEqual(
      ['D-duplicate'],
    );
    // the desk's 成文日期 finding stands in for the report's own
    expect(all.filter((f) => f.ruleId === 'W-deadline')).toHaveLength(1);
  });

  it('lists the reports by office and latest year first, with each report’s own findings', () => {
    const review = reviewDesk(
      [
        importedEntry('q', QIANHU_2021),
        importedEntry('g', GESHAN_2021),
        entryOf('g22', townReport('阁山镇', 2022)),
      ],
      { today: TODAY },
    );
    expect(
      review.entries.map((e) => [e.office.name, e.entry.report.year, e.check.errors, e.check.warnings]),
    ).toEqual([
      ['阁山镇人民政府', 2022, 0, 0],
      ['阁山镇人民政府', 2021, 0, 4],
      ['千户镇人民政府', 2021, 2, 4],
    ]);
    expect(
      allFindings(review)
        .filter((f) => f.offices[0]?.name === '千户镇人民政府')
        .map((f) => [f.ruleId, f.places[0]?.sectionId]),
    ).toEqual([
      ['blank-text', 'meta'],
      ['blank-text', 's1'],
      ['blank-text', 's1'],
      ['R6', 's3'],
      ['blank', 's3'],
      ['W-fee-silent', 's6'],
    ]);
  });
});
