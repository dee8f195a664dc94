import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../../template/format-2019';
import { FORMAT_2021 } from '../../template/format-2021';
import { checkReport } from '../../template/rules/check-report';
import { formatCells } from '../../template/table-cells';
import { createReport } from '../create-report';
import { countCases } from './count-cases';
import { ledgerCase } from './fixtures/ledger-rows';

describe('countCases', () => {
  it.each([FORMAT_2019, FORMAT_2021])('counts each case of $id in its kind and result', (format) => {
    const cases = [
      ledgerCase({ id: 'a', type: 'review', result: 'upheld' }),
      ledgerCase({ id: 'b', type: 'review', result: 'upheld' }),
      ledgerCase({ id: 'c', type: 'review', result: 'pending' }),
      ledgerCase({ id: 'd', type: 'direct', result: 'corrected' }),
      ledgerCase({ id: 'e', type: 'after', result: 'other' }),
    ];
    const { cells, rowsBehind, issues, counted } = countCases(format, cases);
    expect(issues).toEqual([]);
    expect(counted).toBe(5);
    const inputs = [...formatCells(format).values()].filter((c) => c.tableId === 't4' && !c.computed);
    expect(Object.keys(cells).sort()).toEqual(inputs.map((c) => c.id).sort());
    expect(cells).toMatchObject({
      't4:all:review-upheld': '2',
      't4:all:review-pending': '1',
      't4:all:review-corrected': '0',
      't4:all:direct-corrected': '1',
      't4:all:after-other': '1',
    });
    expect(rowsBehind['t4:all:review-total']).toEqual(['a', 'b', 'c']);
    expect(rowsBehind['t4:all:after-total']).toEqual(['e']);
    const report = {
      ...createReport({ agencyName: '某镇', year: 2023, formatId: format.id, now: new Date(0) }),
      cells,
    };
    expect(checkReport(format, report).filter((f) => f.sectionId === 's4')).toEqual([]);
  });

  it('lists the cases without a kind or a result', () => {
    const { issues, counted } = countCases(FORMAT_2021, [
      ledgerCase({ id: 'x', type: '' }),
      ledgerCase({ id: 'y', result: '' }),
      ledgerCase({ id: 'z', result: 'upheld' }),
    ]);
    expect(counted).toBe(1);
    expect(issues).toEqual([
      { id: 'x', position: 1, message: '没有选择案件类型' },
      { id: 'y', position: 2, message: '没有选择结果' },
    ]);
  });
});
