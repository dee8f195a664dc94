import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import writeExcelFile, { type SheetData } from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../../template/format-2019';
import { FORMAT_2021 } from '../../template/format-2021';
import { applicantTypes } from '../../template/ledger/applicant-types';
import { caseVocabulary } from '../../template/ledger/case-vocabulary';
import { outcomeOptions } from '../../template/ledger/outcome-options';
import { countCases } from './count-cases';
import { countRequests } from './count-requests';
import { gb18030 } from './fixtures/gb18030';
import { ledgerCase, request } from './fixtures/ledger-rows';
import type { LedgerReadResult } from './read-ledger-rows';
import { readLedgerFile } from './read-ledger-file';
import { writeLedgerWorkbook } from './write-ledger-workbook';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const ids = () => {
  let n = 0;
  return () => `id${++n}`;
};

async function xlsx(sheets: { sheet: string; data: SheetData }[]): Promise<Uint8Array> {
  return new Uint8Array(await (await writeExcelFile(sheets).toBlob()).arrayBuffer());
}

function ok(result: LedgerReadResult) {
  if (!result.ok)
    throw new Error(`${result.reason}\n${result.problems.map((p) => `${p.row}: ${p.message}`).join('\n')}`);
  return result;
}

const strip = <T extends { id: string }>(rows: readonly T[] | undefined) =>
  (rows ?? []).map(({ id: _id, ...rest }) => rest);

describe('the ledger template (下载台账模板)', () => {
  it.each([FORMAT_2019, FORMAT_2021])('has the five columns and the lists of $id', async (format) => {
    const bytes = await writeLedgerWorkbook(format);
    const sheets = await readXlsxFile(bytes.buffer as ArrayBuffer);
    expect(sheets.map((s) => s.sheet)).toEqual(['申请台账', '复议诉讼案件', '可选值']);
    expect(sheets[0]?.data).toEqual([['收到日期', '申请人类型', '申请内容', '办理结果', '办结日期']]);
    expect(sheets[1]?.data).toEqual([['案件类型', '结果', '说明']]);
    // The 可选值 sheet holds exactly the template's vocabulary, one list per column.
    const column = (i: number) =>
      (sheets[2]?.data ?? [])
        .slice(1)
        .map((row) => row[i])
        .filter((v) => v !== null);
    expect(column(0)).toEqual(applicantTypes(format).choices.map((c) => c.name));
    expect(column(1)).toEqual(outcomeOptions(format).choices.map((c) => c.name));
    expect(column(2)).toEqual(caseVocabulary(format).types.choices.map((c) => c.name));
    expect(column(3)).toEqual(caseVocabulary(format).results.choices.map((c) => c.name));

    // Drop-down lists on 申请人类型 and 办理结果, over defined names that cover those columns.
    const parts = unzipSync(bytes);
    const sheet1 = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const workbook = strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array());
    const lists = [
      ...sheet1.matchAll(/<dataValidation type="list"[^>]*sqref="([^"]+)"[^>]*><formula1>([^<]+)</gu),
    ];
    expect(lists.map((m) => [m[1], m[2]])).toEqual([
      ['B2:B5001', 'LedgerApplicantTypes'],
      ['D2:D5001', 'LedgerOutcomes'],
    ]);
    const outcomes = outcomeOptions(format).choices.length;
    expect(workbook).toContain(`<definedName name="LedgerApplicantTypes">'可选值'!$A$2:$A$7</definedName>`);
    expect(workbook).toContain(
      `<definedName name="LedgerOutcomes">'可选值'!$B$2:$B$${outcomes + 1}</definedName>`,
    );
    expect(sheet1).toMatch(/<dataValidation type="date"[^>]*sqref="A2:A5001"/u);
    expect(sheet1).toMatch(/<dataValidation type="date"[^>]*sqref="E2:E5001"/u);
    // Excel refuses a worksheet whose parts are out of order: the lists come after the cells.
    expect(sheet1.indexOf('</sheetData>')).toBeLessThan(sheet1.indexOf('<dataValidations'));
    const sheet2 = strFromU8(parts['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
    expect([...sheet2.matchAll(/<formula1>([^<]+)</gu)].map((m) => m[1])).toEqual([
      'LedgerCaseTypes',
      'LedgerCaseResults',
    ]);
  });

  it('round trip: filled with the same library, read back, counted into table 三', async () => {
    const filled = await xlsx([
      {
        sheet: '申请台账',
        data: [
          ['收到日期', '申请人类型', '申请内容', '办理结果', '办结日期'],
          [
            { value: utc(2023, 1, 5), type: Date, format: 'yyyy-mm-dd' },
            '自然人',
            '村道修建资金',
            '（一）予以公开',
            { value: utc(2023, 1, 20), type: Date, format: 'yyyy-mm-dd' },
          ],
          ['2023/3/1', '商业企业', null, '（三）不予公开 / 1.属于国家秘密', '2023年3月15日'],
          ['2022.12.20', '自然人', null, null, null],
          [
            { value: utc(2023, 12, 30), type: Date, format: 'yyyy-mm-dd' },
            '法律服务机构',
            null,
            '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
            { value: utc(2024, 1, 3), type: Date, format: 'yyyy-mm-dd' },
          ],
        ],
      },
      {
        sheet: '复议诉讼案件',
        data: [
          ['案件类型', '结果', '说明'],
          ['行政复议', '结果维持', null],
          ['复议后起诉', '尚未审结', '某案'],
        ],
      },
    ]);
    const read = ok(await readLedgerFile(FORMAT_2021, filled, '台账.xlsx', ids()));
    expect(read.summary).toBe('共 4 条申请，2 件复议、诉讼案件');
    expect(strip(read.requests)).toEqual([
      {
        received: '2023-01-05',
        applicant: 'natural',
        content: '村道修建资金',
        outcome: 'open',
        done: '2023-01-20',
      },
      {
        received: '2023-03-01',
        applicant: 'business',
        content: '',
        outcome: 'withheld-1',
        done: '2023-03-15',
      },
      { received: '2022-12-20', applicant: 'natural', content: '', outcome: '', done: '' },
      { received: '2023-12-30', applicant: 'legal', content: '', outcome: 'partial', done: '2024-01-03' },
    ]);
    expect(strip(read.cases)).toEqual([
      { type: 'review', result: 'upheld', note: '' },
      { type: 'after', result: 'pending', note: '某案' },
    ]);
    const t3 = countRequests(FORMAT_2021, 2023, read.requests ?? []);
    expect(t3.issues).toEqual([]);
    expect(t3.cells).toMatchObject({
      't3:new:natural': '1',
      't3:new:business': '1',
      't3:new:legal': '1',
      't3:carried:natural': '1',
      't3:open:natural': '1',
      't3:withheld-1:business': '1',
      't3:carry-forward:natural': '1',
      't3:carry-forward:legal': '1',
    });
    expect(countCases(FORMAT_2021, read.cases ?? []).cells).toMatchObject({
      't4:all:review-upheld': '1',
      't4:all:after-pending': '1',
    });
  });

  it('round trip of a ledger written out (导出台账): the same rows, with real dates', async () => {
    const requests = [
      request({
        received: '2023-02-01',
        applicant: 'research',
        content: '实验室数据',
        outcome: 'unavailable-2',
        done: '2023-02-10',
      }),
      request({ received: '2022-12-31', applicant: 'other' }),
      request({
        received: '2023-05-05',
        applicant: 'nonprofit',
        outcome: 'other-handling',
        done: '2023-05-06',
      }),
    ];
    const cases = [ledgerCase({ type: 'direct', result: 'corrected', note: '案由' })];
    const bytes = await writeLedgerWorkbook(FORMAT_2019, { requests, cases });
    const raw = await readXlsxFile(bytes.buffer as ArrayBuffer);
    expect(raw[0]?.data[1]?.[0]).toEqual(utc(2023, 2, 1));
    expect(raw[0]?.data[1]?.[4]).toEqual(utc(2023, 2, 10));
    const read = ok(await readLedgerFile(FORMAT_2019, bytes, '某镇2023年台账.xlsx'));
    expect(strip(read.requests)).toEqual(strip(requests));
    expect(strip(read.cases)).toEqual(strip(cases));
  });
});

describe('readLedgerFile', () => {
  it('reads a clerk’s own workbook: a title row, other column names and order, extra columns, blank rows', async () => {
    const bytes = await xlsx([
      { sheet: '说明', data: [['本表为 2023 年台账']] },
      {
        sheet: '2023年',
        data: [
          ['阁山镇2023年政府信息公开申请登记台账', null, null, null, null, null],
          [null, null, null, null, null, null],
          ['序号', '申请人姓名', '答复日期', '申请人类别', '答复结果', '申请日期', '申请事项'],
          [1, '张三', '2023-1-20', '个人', '予以公开', '2023年1月5日', '宅基地审批'],
          [null, null, null, null, null, null, null],
          [2, '某律所', 45000, '法人或其他组织/法律服务机构', '1、属于国家秘密', '2023.3.1', null],
          [3, '李四', null, '公民', null, '20231201', null],
        ],
      },
    ]);
    const read = ok(await readLedgerFile(FORMAT_2021, bytes, '台账.xlsx', ids()));
    expect(read.summary).toBe('共 3 条申请');
    expect(read.sheets).toEqual([{ sheet: '2023年', kind: 'requests', count: 3 }]);
    expect(read.cases).toBeUndefined();
    expect(strip(read.requests)).toEqual([
      {
        received: '2023-01-05',
        applicant: 'natural',
        content: '宅基地审批',
        outcome: 'open',
        done: '2023-01-20',
      },
      { received: '2023-03-01', applicant: 'legal', content: '', outcome: 'withheld-1', done: '2023-03-15' },
      { received: '2023-12-01', applicant: 'natural', content: '', outcome: '', done: '' },
    ]);
    // Names in other columns are never read.
    expect(JSON.stringify(read)).not.toMatch(/张三|李四|某律所/u);
  });

  it('lists every row it cannot read, with its number and reason, and applies nothing', async () => {
    const bytes = await xlsx([
      {
        sheet: '申请台账',
        data: [
          ['收到日期', '申请人类型', '申请内容', '办理结果', '办结日期'],
          ['2023-01-05', '自然人', null, '予以公开', '2023-01-06'],
          ['2023-02-30', '自然人', null, null, null],
          ['2023-03-01', '企业', null, '（三）不予公开', '2023-03-02'],
          [null, '自然人', null, null, null],
          ['2023-04-01', '自然人', null, '（七）总计', '2023-04-02'],
          ['2023-05-01', '自然人', null, '予以公开', null],
          ['2023-06-05', '自然人', null, '予以公开', '2023-06-01'],
          ['5/6/2023', '自然人', null, null, null],
        ],
      },
    ]);
    const result = await readLedgerFile(FORMAT_2021, bytes, '台账.xlsx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('有 7 行无法读取，没有导入任何内容。请改正后重新导入');
    expect(result.problems.map((p) => [p.sheet, p.row, p.message])).toEqual([
      ['申请台账', 3, '收到日期“2023-02-30”不是存在的日期'],
      [
        '申请台账',
        4,
        '“企业”不是可选的申请人类型；可填：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他；“（三）不予公开”下分 8 项，请写明是哪一项：“（三）不予公开 / 1.属于国家秘密”、“（三）不予公开 / 2.其他法律行政法规禁止公开”、“（三）不予公开 / 3.危及“三安全一稳定””、“（三）不予公开 / 4.保护第三方合法权益”、“（三）不予公开 / 5.属于三类内部事务信息”、“（三）不予公开 / 6.属于四类过程性信息”等 8 项',
      ],
      ['申请台账', 5, '没有填写收到日期'],
      ['申请台账', 6, '“（七）总计”是合计行，不是办理结果'],
      ['申请台账', 7, '有办理结果，但没有填写办结日期'],
      ['申请台账', 8, '办结日期早于收到日期'],
      ['申请台账', 9, '收到日期“5/6/2023”看不出哪个是月、哪个是日，请写成 2023-01-05 或 2023年1月5日'],
    ]);
  });

  const CSV = [
    '收到日期,申请人类型,申请内容,办理结果,办结日期',
    '2023/1/5,自然人,"村道,桥梁",（一）予以公开,2023/1/9',
    '2023年2月1日,科研机构,"多行',
    '内容",,',
    ',,,,',
    '2022-12-01,其他,,"（四）无法提供 / 1.本机关不掌握相关政府信息",2023-01-03',
    '',
  ].join('\r\n');
  const EXPECTED = [
    {
      received: '2023-01-05',
      applicant: 'natural',
      content: '村道,桥梁',
      outcome: 'open',
      done: '2023-01-09',
    },
    { received: '2023-02-01', applicant: 'research', content: '多行\r\n内容', outcome: '', done: '' },
    { received: '2022-12-01', applicant: 'other', content: '', outcome: 'unavailable-1', done: '2023-01-03' },
  ];

  it('reads CSV saved as GB18030, as Excel on Chinese Windows saves it', async () => {
    const read = ok(await readLedgerFile(FORMAT_2021, gb18030(CSV), '台账.csv'));
    expect(read.summary).toBe('共 3 条申请');
    expect(strip(read.requests)).toEqual(EXPECTED);
  });

  it('reads CSV in UTF-8 with a byte-order mark, and tab-separated UTF-16', async () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)]);
    expect(strip(ok(await readLedgerFile(FORMAT_2021, utf8, 'a.csv')).requests)).toEqual(EXPECTED);
    const tsv = '收到日期\t申请人类型\t办理结果\t办结日期\r\n2023-01-05\t个人\t\t\r\n';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...tsv].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(strip(ok(await readLedgerFile(FORMAT_2021, utf16, 'a.txt')).requests)).toEqual([
      { received: '2023-01-05', applicant: 'natural', content: '', outcome: '', done: '' },
    ]);
  });

  it('lists a bad CSV row by the number the spreadsheet shows', async () => {
    const csv = '收到日期,申请人类型,办理结果,办结日期\n2023-01-05,自然人,,\n2023-01-06,个体户,,\n';
    const result = await readLedgerFile(FORMAT_2021, new TextEncoder().encode(csv), 'x.csv');
    expect(result).toMatchObject({ ok: false, problems: [{ sheet: 'x', row: 3 }] });
  });

  it('refuses files that are not a ledger, with a reason', async () => {
    const reason = async (bytes: Uint8Array, name: string) => {
      const r = await readLedgerFile(FORMAT_2021, bytes, name);
      return r.ok ? 'read' : r.reason;
    };
    expect(await reason(new Uint8Array(), 'a.xlsx')).toBe('文件是空的');
    expect(
      await reason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'a.xls'),
    ).toMatch(/旧版 Excel 文件（.xls）/u);
    expect(await reason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'a.xlsx')).toMatch(/损坏/u);
    expect(await reason(new TextEncoder().encode('hello'), 'a.xlsx')).toMatch(/不是 Excel 工作簿/u);
    expect(await reason(new TextEncoder().encode('姓名,电话\n张三,1\n'), 'a.csv')).toMatch(
      /^没有找到台账的表头/u,
    );
    expect(
      await reason(new TextEncoder().encode('收到日期,申请人类型,办理结果,办结日期,收到日期\n'), 'a.csv'),
    ).toBe('工作表“a”有两列都是“收到日期”，请删去一列后再导入');
    expect(await reason(new Uint8Array(10 * 1024 * 1024 + 1), 'a.csv')).toMatch(/文件过大/u);
  });
});
