import { describe, expect, it } from 'vitest';
import { checkMissing } from './check-missing';
import { checkSignDates } from './check-sign-dates';
import type { DeskEntry } from './desk-entry';
import { deskOffices } from './desk-offices';
import { entryOf, townReport } from './fixtures/desk-reports';
import { officeListFromRows, parseOfficeList } from './parse-office-list';

describe('parseOfficeList (应报单位)', () => {
  it('reads one name a line, numbered in every usual way, and skips blank lines and a title', () => {
    const text = [
      '应报单位名单：',
      '1. 阁山镇人民政府',
      '2、潘庄镇',
      '',
      '（3）千户镇人民政府；',
      '(4) 城关街道办事处',
      '五、 黄岗乡',
      '⑥ 东城街道',
      '• 西城街道。',
      '第8 新市镇',
      '  “临江镇”  ',
    ].join('\r\n');
    expect(parseOfficeList(text)).toEqual({
      names: [
        '阁山镇人民政府',
        '潘庄镇',
        '千户镇人民政府',
        '城关街道办事处',
        '黄岗乡',
        '东城街道',
        '西城街道',
        '新市镇',
        '临江镇',
      ],
      repeated: [],
    });
  });

  it('reads several names on a line, and rows copied from a sheet by their name column', () => {
    expect(parseOfficeList('阁山镇、潘庄镇；千户镇,黄岗乡').names).toEqual([
      '阁山镇',
      '潘庄镇',
      '千户镇',
      '黄岗乡',
    ]);
    const sheet = ['序号\t单位名称\t联系人', '1\t阁山镇人民政府\t张三', '2\t潘庄镇人民政府\t李四'].join('\n');
    expect(parseOfficeList(sheet).names).toEqual(['阁山镇人民政府', '潘庄镇人民政府']);
    expect(
      officeListFromRows([
        ['序号', '单位名称', '备注'],
        [1, '阁山镇人民政府', null],
        [2, '潘庄镇', '已报'],
      ]).names,
    ).toEqual(['阁山镇人民政府', '潘庄镇']);
  });

  it('keeps a name given twice once, however it is written', () => {
    expect(parseOfficeList('阁山镇人民政府\n阁山镇\n潘庄镇\n樟树市阁山镇人民政府')).toEqual({
      names: ['阁山镇人民政府', '潘庄镇', '樟树市阁山镇人民政府'],
      repeated: ['阁山镇'],
    });
  });
});

describe('checkMissing (未提交)', () => {
  function missing(entries: readonly DeskEntry[], list: string, year: number) {
    const listed = parseOfficeList(list).names;
    const { officeOf, byName, offices } = deskOffices(entries, listed);
    return checkMissing({ listed, year, kept: entries, officeOf, byName, offices });
  }

  const entries = [
    entryOf('a21', townReport('樟树市阁山镇人民政府', 2021)),
    entryOf('a22', townReport('阁山镇人民政府', 2022)),
    entryOf('p22', townReport('潘庄镇人民政府', 2022)),
    entryOf('q21', townReport('千户镇人民政府', 2021)),
    entryOf('x22', townReport('临江镇人民政府', 2022)),
  ];

  it('finds nothing when every listed office has a report of the year', () => {
    expect(missing(entries, '阁山镇\n潘庄镇\n临江镇', 2022)).toEqual([]);
  });

  it('names each listed office without a report of the year, and the years it has', () => {
    const found = missing(entries, '1. 阁山镇\n2. 潘庄镇\n3. 千户镇\n4. 黄岗乡\n5. 临江镇', 2022);
    expect(
      found.map((f) => [f.ruleId, f.severity, f.offices.map((o) => o.name), f.places, f.message]),
    ).toEqual([
      ['D-missing', 'error', ['千户镇'], [], '应报单位“千户镇”没有2022年度报告（已有2021年度报告）'],
      ['D-missing', 'error', ['黄岗乡'], [], '应报单位“黄岗乡”没有2022年度报告'],
    ]);
  });

  it('names each report of the year from an office not on the list', () => {
    const found = missing(entries, '阁山镇\n潘庄镇', 2022);
    expect(
      found.map((f) => [f.ruleId, f.severity, f.places.map((p) => [p.entryId, p.field]), f.message]),
    ).toEqual([
      [
        'D-unlisted',
        'warning',
        [['x22', 'meta.agencyName']],
        '“临江镇人民政府”不在应报单位名单中：请核对名单或报告中的机关名称',
      ],
    ]);
  });
});

describe('checkSignDates (成文日期)', () => {
  function late(entries: readonly DeskEntry[]) {
    const { officeOf, offices } = deskOffices(entries);
    return checkSignDates(entries, officeOf, offices);
  }

  it('finds nothing on or before 31 January of the next year, nor without a date', () => {
    expect(
      late([
        entryOf('a', townReport('阁山镇人民政府', 2021, { signDate: '2022-01-31' })),
        entryOf('b', townReport('潘庄镇人民政府', 2021, { signDate: '2022-01-05' })),
        entryOf('c', townReport('千户镇人民政府', 2021, { signDate: '' })),
      ]),
    ).toEqual([]);
  });

  it('names the office, the report, the date and how many days late', () => {
    const found = late([
      entryOf('a', townReport('阁山镇人民政府', 2021, { signDate: '2022-02-01' })),
      entryOf('b', townReport('潘庄镇人民政府', 2024, { signDate: '2025-03-03' })),
    ]);
    expect(found.map((f) => [f.ruleId, f.severity, f.offices[0]?.name, f.places, f.message])).toEqual([
      [
        'W-deadline',
        'warning',
        '阁山镇人民政府',
        [
          {
            entryId: 'a',
            officeId: expect.any(String),
            year: 2021,
            sectionId: 'meta',
            cells: [],
            field: 'meta.signDate',
          },
        ],
        '成文日期2022年2月1日，晚于2022年1月31日的公布期限 1 天',
      ],
      [
        'W-deadline',
        'warning',
        '潘庄镇人民政府',
        [expect.objectContaining({ entryId: 'b', year: 2024 })],
        '成文日期2025年3月3日，晚于2025年1月31日的公布期限 31 天',
      ],
    ]);
  });
});
