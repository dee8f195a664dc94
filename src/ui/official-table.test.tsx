// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../template/format-2019';
import { FORMAT_2021 } from '../template/format-2021';
import { layoutTable } from '../template/layout-table';
import { cellLabel, formatTables, tableCells } from '../template/table-cells';
import { renderUi } from '../test-support/render';
import { OfficialTable, type RenderDataCell } from './official-table';

const renderCell: RenderDataCell = ({ cell, label, rowSpan, colSpan }) => (
  <td rowSpan={rowSpan} colSpan={colSpan} aria-label={label} data-cell-id={cell.id}>
    {cell.id}
  </td>
);

describe('OfficialTable', () => {
  for (const format of [FORMAT_2019, FORMAT_2021]) {
    for (const table of formatTables(format)) {
      it(`draws every cell of ${format.id} ${table.id} once, named by its row and column`, async () => {
        const { host } = await renderUi(<OfficialTable table={table} label="表格" renderCell={renderCell} />);
        const drawn = [...host.querySelectorAll('td[data-cell-id]')];
        const cells = tableCells(table);
        expect(drawn.map((td) => td.getAttribute('data-cell-id'))).toEqual(
          layoutTable(table)
            .rows.flat()
            .filter((g) => g.kind === 'data')
            .map((g) => g.cell?.id),
        );
        expect(new Set(drawn.map((td) => td.getAttribute('data-cell-id')))).toEqual(
          new Set(cells.map((c) => c.id)),
        );
        const names = new Map(
          drawn.map((td) => [td.getAttribute('data-cell-id'), td.getAttribute('aria-label')]),
        );
        for (const c of cells) expect(names.get(c.id)).toBe(cellLabel(c));
      });
    }
  }

  it('draws the official merges, header rows in thead, and sticky row labels', async () => {
    const t3 = formatTables(FORMAT_2021).find((t) => t.id === 't3');
    if (!t3) throw new Error('no table 三');
    const layout = layoutTable(t3);
    const { host } = await renderUi(<OfficialTable table={t3} label="表三" renderCell={renderCell} />);
    expect(host.querySelectorAll('thead tr')).toHaveLength(layout.headerRows);
    expect(host.querySelectorAll('tr')).toHaveLength(layout.rows.length);
    // Every merged header keeps its spans.
    for (const g of layout.rows.flat().filter((g) => g.kind === 'column-header')) {
      const th = [...host.querySelectorAll('th')].find((el) => el.textContent === g.text);
      expect(th?.colSpan, g.text).toBe(g.colSpan);
      expect(th?.rowSpan, g.text).toBe(g.rowSpan);
      expect(th?.scope).toBe(g.colSpan > 1 ? 'colgroup' : 'col');
    }
    const rowLabels = [...host.querySelectorAll('tbody th')] as HTMLElement[];
    expect(rowLabels.length).toBeGreaterThan(0);
    for (const th of rowLabels) expect(th.style.position).toBe('sticky');
    const region = host.querySelector('[role="region"]');
    expect(region?.getAttribute('aria-label')).toBe('表三');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(host.querySelector('table')?.getAttribute('data-table-id')).toBe('t3');
  });
});
