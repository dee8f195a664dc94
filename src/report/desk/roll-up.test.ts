import { describe, expect, it } from 'vitest';
import { PANZHUANG_2021 } from '../../template/fixtures/panzhuang-2021';
import { QIANHU_2021 } from '../../template/fixtures/qianhu-2021';
import { GESHAN_2021 } from '../../template/fixtures/geshan-2021';
import { formatCells } from '../../template/table-cells';
import { FORMAT_2021 } from '../../template/format-2021';
import type { DeskEntry } from './desk-entry';
import { deskOffices } from './desk-offices';
import { entryOf, importedEntry, townReport } from './fixtures/desk-reports';
import { rollUp } from './roll-up';

function summed(entries: readonly DeskEntry[], year: number, formatId: 'format-2019' | 'format-2021') {
  const { officeOf, offices } = deskOffices(entries);
  return rollUp({ kept: entries, officeOf, offices, year, formatId });
}

describe('rollUp (汇总)', () => {
  it('sums input cells over the reports of the year and format, each figure with its offices', () => {
    const r = summed(
      [
        entryOf(
          'a',
          townReport('阁山镇人民政府', 2021, { cells: { 't3:new:natural': '3', 't3:open:natural': '3' } }),
        ),
        entryOf(
          'b',
          townReport('潘庄镇人民政府', 2021, { cells: { 't3:new:natural': '2', 't3:open:natural': '2' } }),
        ),
        entryOf('c', townReport('阁山镇人民政府', 2022, { cells: { 't3:new:natural': '9' } })),
        entryOf('d', townReport('千户镇人民政府', 2020, { cells: { 't3:new:natural': '7' } })),
      ],
      2021,
      'format-2021',
    );
    // offices in the order of their names (pinyin in zh-CN): 阁山 before 潘庄
    expect(r.entryIds).toEqual(['a', 'b']);
    const f = r.figures.get('t3:new:natural');
    expect([f?.value, f?.text, f?.flagged]).toEqual([5, '5', 0]);
    expect(f?.contributions.map((c) => [c.office.name, c.text, c.status, c.value])).toEqual([
      ['阁山镇人民政府', '3', 'ok', 3],
      ['潘庄镇人民政府', '2', 'ok', 2],
    ]);
  });

  it('computes totals from the summed parts, by the template, never from printed totals', () => {
    const r = summed(
      [
        importedEntry('q', QIANHU_2021),
        importedEntry('p', { ...PANZHUANG_2021, cells: { ...PANZHUANG_2021.cells, 't3:new:total': '99' } }),
        importedEntry('g', GESHAN_2021),
      ],
      2021,
      'format-2021',
    );
    expect(r.figures.size).toBe(formatCells(FORMAT_2021).size);
    const newRow = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'].map(
      (c) => r.figures.get(`t3:new:${c}`)?.value ?? 0,
    );
    expect(r.figures.get('t3:new:total')?.value).toBe(newRow.reduce((a, b) => a + b, 0));
    expect(r.figures.get('t3:new:total')?.contributions.map((c) => c.text)).not.toContain('99');
    // （七）总计 × 总计: a total of totals
    const outcomes = r.figures.get('t3:outcomes-total:total');
    expect(outcomes?.cell.computed).toBe(true);
    expect(outcomes?.value).toBe(
      [...r.figures.values()]
        .filter(
          (f) => f.cell.tableId === 't3' && f.cell.colId !== 'total' && f.cell.rowId === 'outcomes-total',
        )
        .reduce((a, f) => a + f.value, 0),
    );
  });

  it('flags a blank, a non-number and an unreadable cell instead of counting them as 0', () => {
    const r = summed(
      [
        entryOf('a', townReport('阁山镇人民政府', 2021, { cells: { 't3:open:natural': '4' } })),
        entryOf('b', townReport('潘庄镇人民政府', 2021, { cells: { 't3:open:natural': '' } })),
        entryOf('c', townReport('千户镇人民政府', 2021, { cells: { 't3:open:natural': '五' } })),
        entryOf('d', townReport('黄岗乡人民政府', 2021, { cells: { 't3:open:natural': '' } }), {
          readNotes: [{ kind: 'unreadable', cell: 't3:open:natural', printed: '▇', message: '无法识别' }],
        }),
      ],
      2021,
      'format-2021',
    );
    const f = r.figures.get('t3:open:natural');
    expect([f?.value, f?.flagged]).toEqual([4, 3]);
    expect(f?.contributions.map((c) => [c.office.name, c.status, c.message])).toEqual([
      ['阁山镇人民政府', 'ok', undefined],
      ['黄岗乡人民政府', 'unreadable', '导入时无法识别，未计入'],
      ['潘庄镇人民政府', 'empty', '未填，未计入'],
      ['千户镇人民政府', 'invalid', '“五”不是整数：请填写数字，未计入'],
    ]);
    // the totals over it are incomplete too, and say which report's total is partial
    expect(r.figures.get('t3:open:total')?.flagged).toBe(3);
    expect(r.figures.get('t3:outcomes-total:total')?.flagged).toBe(3);
    expect(r.figures.get('t3:open:total')?.contributions.map((c) => c.status)).toEqual([
      'ok',
      'partial',
      'partial',
      'partial',
    ]);
  });

  it('format 2021: sums 万元 to the 4th decimal without rounding errors', () => {
    const r = summed(
      [
        entryOf('a', townReport('阁山镇人民政府', 2021, { cells: { 't2:fees:amount': '0.1' } })),
        entryOf('b', townReport('潘庄镇人民政府', 2021, { cells: { 't2:fees:amount': '0.2' } })),
        entryOf('c', townReport('千户镇人民政府', 2021, { cells: { 't2:fees:amount': '24252.3110' } })),
      ],
      2021,
      'format-2021',
    );
    expect([r.figures.get('t2:fees:amount')?.value, r.figures.get('t2:fees:amount')?.text]).toEqual([
      24252.611,
      '24252.611',
    ]);
  });

  it('format 2019: sums 采购总金额 written in 元 and in 万元, and a signed 本年增/减', () => {
    const r = summed(
      [
        entryOf(
          'a',
          townReport('阁山镇人民政府', 2020, {
            cells: { 't2:procurement:amount': '4万元', 't2:licensing:change': '-2' },
          }),
        ),
        entryOf(
          'b',
          townReport('潘庄镇人民政府', 2020, {
            cells: { 't2:procurement:amount': '251000元', 't2:licensing:change': '3' },
          }),
        ),
        entryOf('c', townReport('千户镇人民政府', 2021, { cells: { 't2:fees:amount': '1' } })),
      ],
      2020,
      'format-2019',
    );
    const amount = r.figures.get('t2:procurement:amount');
    expect([amount?.value, amount?.text]).toEqual([29.1, '29.1万元']);
    expect(amount?.contributions.map((c) => [c.text, c.value])).toEqual([
      ['4万元', 4],
      ['251000元', 25.1],
    ]);
    expect(r.figures.get('t2:licensing:change')?.text).toBe('1');
    const cents = summed(
      [
        entryOf(
          'a',
          townReport('阁山镇人民政府', 2020, { cells: { 't2:procurement:amount': '73802895.9元' } }),
        ),
      ],
      2020,
      'format-2019',
    );
    expect(cents.figures.get('t2:procurement:amount')?.text).toBe('73802895.9元');
  });

  it('leaves out the year’s reports in the other format, and says which', () => {
    const wrong = { ...townReport('阁山镇人民政府', 2020), year: 2021 };
    const r = summed(
      [entryOf('w', wrong), entryOf('b', townReport('潘庄镇人民政府', 2021))],
      2021,
      'format-2021',
    );
    expect([r.entryIds, r.otherFormat]).toEqual([['b'], ['w']]);
  });
});
