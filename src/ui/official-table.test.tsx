// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORMAT_2019 } from '../template/format-2019';
import { FORMAT_2021 } from '../template/format-2021';
import { layoutTable } from '../template/layout-table';
import { cellLabel, formatTables, tableCells } from '../template/table-cells';
import { OfficialTable, type RenderDataCell } from './official-table';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const renderCell: RenderDataCell = ({ cell, label, rowSpan, colSpan }) => (
  <td rowSpan={rowSpan} colSpan={colSpan} aria-label={label} data-cell-id={cell.id}>
    {cell.id}
  </td>
);

describe('OfficialTable', () => {
  for (const format of [FORMAT_2019, FORMAT_2021]) {
    for (const table of formatTables(format)) {
      it(`draws every cell of ${format.id} ${table.id} once, named by its row and column`, () => {
        act(() => root.render(<OfficialTable table={table} label="表格" renderCell={renderCell} />));
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

  it('draws the official merges, header rows in thead, and sticky row labels', () => {
    const t3 = formatTables(FORMAT_2021).find((t) => t.id === 't3');
    if (!t3) throw new Error('no table 三');
    const layout = layoutTable(t3);
    act(() => root.render(<OfficialTable table={t3} label="表三" renderCell={renderCell} />));
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
