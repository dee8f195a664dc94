import { describe, expect, it } from 'vitest';
import { QIANHU_2021 } from '../../template/fixtures/qianhu-2021';
import { FORMAT_2019 } from '../../template/format-2019';
import { FORMAT_2021 } from '../../template/format-2021';
import { layoutTable } from '../../template/layout-table';
import { allFindings } from './desk-findings';
import { findingsSheet } from './findings-sheet';
import { readXlsx } from './fixtures/read-xlsx';
import { TODAY, entryOf, importedEntry, townReport } from './fixtures/desk-reports';
import { reportsSheet } from './reports-sheet';
import { reviewDesk } from './review-desk';
import { rollUp } from './roll-up';
import { rollUpSheets } from './roll-up-sheets';
import type { SheetData } from './sheet-data';
import { writeDeskWorkbook } from './write-desk-workbook';

function desk() {
  const entries = [
    importedEntry('q', QIANHU_2021, { kind: 'html', fileName: '千户镇2021.html' }),
    entryOf(
      'a',
      townReport('阁山镇人民政府', 2021, {
        cells: { 't3:new:natural': '3', 't3:open:natural': '3' },
        signDate: '2022-02-03',
      }),
    ),
    entryOf(
      'a-copy',
      townReport('阁山镇', 2021, { cells: { 't3:new:natural': '3', 't3:open:natural': '3' } }),
      {
        source: { kind: 'text', fileName: '阁山镇.txt' },
      },
    ),
  ];
  const review = reviewDesk(entries, { today: TODAY });
  return { review, roll: rollUp({ ...review, year: 2021, formatId: 'format-2021' }) };
}

/** Values of a sheet's rows, merges left out: what a person reads across each row. */
const values = (sheet: SheetData) => sheet.rows.map((r) => r.map((c) => c?.value ?? null));

describe('sheet data of the Excel export', () => {
  it('报告: one row per report with its counts, its line and whether it is counted', () => {
    const sheet = reportsSheet(desk().review);
    expect(values(sheet)).toEqual([
      ['机关', '年度', '格式', '来源', '文件名', '错误', '提醒', '无法识别', '问题摘要', '汇总'],
      [
        '阁山镇人民政府',
        2021,
        '国办公开办函〔2021〕30号',
        'Word 文件',
        'a.docx',
        0,
        1,
        0,
        '成文日期晚于期限',
        '计入',
      ],
      [
        '阁山镇人民政府',
        2021,
        '国办公开办函〔2021〕30号',
        '文本',
        '阁山镇.txt',
        0,
        0,
        0,
        '未发现问题',
        '重复，按“a.docx”计',
      ],
      [
        '千户镇人民政府',
        2021,
        '国办公开办函〔2021〕30号',
        '网页',
        '千户镇2021.html',
        2,
        4,
        0,
        '数字不符合要求；有单元格未填（6处）；有内容未填写（3处）；未报告信息处理费',
        '计入',
      ],
    ]);
    expect(sheet.stickyRows).toBe(1);
  });

  it('问题: 机关, 年度, 部分, 单元格, 问题, 性质 for every finding, cells by their accessible names', () => {
    const { review } = desk();
    const sheet = findingsSheet(review, allFindings(review));
    expect(values(sheet)[0]).toEqual(['机关', '年度', '部分', '单元格', '问题', '性质']);
    const rows = values(sheet).slice(1);
    expect(rows).toContainEqual([
      '千户镇人民政府',
      2021,
      '三、收到和处理政府信息公开申请情况',
      '四、结转下年度继续办理 / 法人或其他组织 / 法律服务机构',
      '四、结转下年度继续办理 / 法人或其他组织 / 法律服务机构：“00”有多余的前导零，应写作“0”',
      '错误',
    ]);
    expect(rows).toContainEqual([
      '千户镇人民政府',
      2021,
      '三、收到和处理政府信息公开申请情况',
      '三、本年度办理结果 / （六）其他处理 / 3.其他 / 自然人；三、本年度办理结果 / （六）其他处理 / 3.其他 / 法人或其他组织 / 商业企业；三、本年度办理结果 / （六）其他处理 / 3.其他 / 法人或其他组织 / 科研机构 等 6 个单元格',
      '有 6 个单元格未填，第一个是“三、本年度办理结果 / （六）其他处理 / 3.其他 / 自然人”。空白不等于 0：没有发生的请填 0',
      '错误',
    ]);
    expect(rows).toContainEqual([
      '千户镇人民政府',
      2021,
      '一、总体情况',
      '（二）依申请公开',
      '“（二）依申请公开”还没有填写内容',
      '提醒',
    ]);
    expect(rows).toContainEqual([
      '阁山镇人民政府',
      2021,
      '基本信息',
      '成文日期',
      '成文日期2022年2月3日，晚于2022年1月31日的公布期限 3 天',
      '提醒',
    ]);
    expect(rows.filter((r) => r[4] === '重复')).toEqual([]);
    expect(rows.find((r) => String(r[4]).startsWith('文本“阁山镇.txt”'))?.slice(0, 3)).toEqual([
      '阁山镇人民政府',
      2021,
      '',
    ]);
  });

  it('the roll-up: one sheet per table, laid out with the official merges, figures as numbers', () => {
    const { roll } = desk();
    const sheets = rollUpSheets(roll);
    expect(sheets.map((s) => s.name)).toEqual(
      FORMAT_2021.sections.filter((s) => s.table).map((s) => s.title),
    );
    const t3 = sheets[1];
    const layout = layoutTable(FORMAT_2021.sections[2]!.table!);
    expect(t3?.rows).toHaveLength(1 + layout.rows.length + 1 + 7);
    expect(t3?.rows[0]?.[0]).toMatchObject({
      value: '2021年度 三、收到和处理政府信息公开申请情况 汇总（2 份报告，国办公开办函〔2021〕30号）',
      columnSpan: layout.columnCount,
    });
    // the corner over 3 label columns and 3 header rows, 申请人情况 across the 7 data columns
    expect(t3?.rows[1]?.[0]).toMatchObject({ value: layout.rows[0]?.[0]?.text, rowSpan: 3, columnSpan: 3 });
    expect(t3?.rows[1]?.[3]).toMatchObject({ value: '申请人情况', columnSpan: 7 });
    expect(t3?.rows[1]?.slice(4)).toEqual([null, null, null, null, null, null]);
    // 一、本年新收 / 自然人: 阁山镇 3 + 千户镇 0
    const newRow = t3?.rows[4];
    expect(newRow?.[0]).toMatchObject({ value: '一、本年新收政府信息公开申请数量', columnSpan: 3 });
    expect(newRow?.[3]).toEqual({ value: 3, align: 'right', boxed: true });
    // 千户镇 left 3.其他 of （六） blank and wrote 00 in 四: those figures are flagged, and the notes
    // name the office
    const flagged = t3?.rows.flat().filter((c) => c?.flagged) ?? [];
    expect(flagged.length).toBeGreaterThan(6);
    const notes = t3?.rows.slice(1 + layout.rows.length).map((r) => r[0]?.value);
    expect(notes?.[0]).toBe('注：底色标出的数字不完整，以下报告的数字未计入：');
    expect(notes).toHaveLength(1 + 7);
    expect(notes?.[1]).toBe(
      '三、本年度办理结果 / （六）其他处理 / 3.其他 / 自然人：千户镇人民政府未填，未计入',
    );
    expect(notes?.[7]).toBe(
      '四、结转下年度继续办理 / 法人或其他组织 / 法律服务机构：千户镇人民政府数字有误（00），未计入',
    );
  });

  it('format 2019: 采购总金额 keeps its unit, and 本年增/减 may be negative', () => {
    const entries = [
      entryOf(
        'a',
        townReport('阁山镇人民政府', 2020, {
          cells: { 't2:procurement:amount': '4万元', 't2:licensing:change': '-3' },
        }),
      ),
      entryOf(
        'b',
        townReport('潘庄镇人民政府', 2020, {
          cells: { 't2:procurement:amount': '251000元', 't2:licensing:change': '1' },
        }),
      ),
    ];
    const review = reviewDesk(entries, { today: TODAY });
    const [t2] = rollUpSheets(rollUp({ ...review, year: 2020, formatId: 'format-2019' }));
    const layout = layoutTable(FORMAT_2019.sections[1]!.table!);
    const at = (id: string) => {
      const g = layout.rows.flat().find((c) => c.cell?.id === id);
      return g ? t2?.rows[1 + g.row]?.[g.col]?.value : undefined;
    };
    expect(at('t2:procurement:amount')).toBe('29.1万元');
    expect(at('t2:licensing:change')).toBe(-2);
  });
});

describe('writeDeskWorkbook', () => {
  it('writes an .xlsx whose every sheet reads back cell for cell, merges and flags included', async () => {
    const { review, roll } = desk();
    const sheets = [reportsSheet(review), findingsSheet(review, allFindings(review)), ...rollUpSheets(roll)];
    const blob = await writeDeskWorkbook(sheets);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const read = await readXlsx(await blob.arrayBuffer());
    expect(read.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    const ref = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;
    read.forEach((sheet, i) => {
      const data = sheets[i]!;
      const expected = new Map<string, string | number>();
      const merges: string[] = [];
      const filled: string[] = [];
      data.rows.forEach((row, r) =>
        row.forEach((c, k) => {
          if (!c) return;
          if (c.value !== '') expected.set(ref(r, k), c.value);
          if (c.flagged) filled.push(ref(r, k));
          if ((c.columnSpan ?? 1) > 1 || (c.rowSpan ?? 1) > 1) {
            merges.push(`${ref(r, k)}:${ref(r + (c.rowSpan ?? 1) - 1, k + (c.columnSpan ?? 1) - 1)}`);
          }
        }),
      );
      expect(new Map([...sheet.cells].filter(([, v]) => v !== ''))).toEqual(expected);
      expect([...sheet.merges].sort()).toEqual(merges.sort());
      expect([...sheet.filled].sort()).toEqual(filled.sort());
    });
    // the official headers of table 三, merged as printed
    const t3 = read[3]!;
    expect(t3.cells.get('D2')).toBe('申请人情况');
    expect(t3.merges).toContain('D2:J2');
    expect(t3.merges).toContain('A2:C4');
  });
});
