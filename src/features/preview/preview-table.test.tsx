// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { FORMAT_2021 } from '../../template/format-2021';
import { documentContent, type TableBlock } from '../../template/print-layout/document-content';
import { renderUi } from '../../test-support/render';
import { PreviewTable } from './preview-table';

const t3 = documentContent(FORMAT_2021, {
  formatId: 'format-2021',
  year: 2025,
  meta: { agencyName: '阁山镇人民政府', signatory: '', signDate: '' },
  preamble: '',
  narratives: {},
  cells: { 't3:new:natural': '3' },
}).find((b): b is TableBlock => b.kind === 'table' && b.sectionId === 's3') as TableBlock;

async function render(from?: number, to?: number): Promise<HTMLTableElement> {
  const { host } = await renderUi(<PreviewTable block={t3} {...(from !== undefined ? { from, to } : {})} />);
  return host.querySelector('table') as HTMLTableElement;
}

/** The number of grid columns a row covers, counting cells merged down from rows above it. */
function coveredColumns(table: HTMLTableElement): number[] {
  const carry: number[] = [];
  return [...table.rows].map((tr, r) => {
    const fromAbove = carry.filter((end) => end > r).length;
    let n = 0;
    for (const cell of tr.cells) {
      n += cell.colSpan;
      if (cell.rowSpan > 1) for (let i = 0; i < cell.colSpan; i++) carry.push(r + cell.rowSpan);
    }
    return n + fromAbove;
  });
}

test('the whole table: every row covers all grid columns, the outcome block merged over 22 rows', async () => {
  const table = await render();
  expect(new Set(coveredColumns(table))).toEqual(new Set([t3.layout.columnCount]));
  expect([...table.querySelectorAll('th')].map((th) => th.rowSpan)).toContain(22);
});

test('a part on a later page repeats the header rows and continues a merge cut by the page break', async () => {
  // Body rows 5–9: inside 三、本年度办理结果 and （三）不予公开, both merged from earlier rows.
  const table = await render(5, 9);
  expect(table.tHead?.rows).toHaveLength(t3.layout.headerRows);
  expect(table.tBodies[0]?.rows).toHaveLength(4);
  expect(new Set(coveredColumns(table))).toEqual(new Set([t3.layout.columnCount]));
  // The cut merges start again on the part's first row, spanning only its rows, without their text.
  const first = table.tBodies[0]?.rows[0];
  const continued = [...(first?.cells ?? [])].filter((c) => c.textContent === '' && c.tagName === 'TH');
  expect(continued.map((c) => c.rowSpan)).toEqual([4, 4]);
  expect(table.textContent).not.toContain(t3.layout.rows[t3.layout.headerRows + 2]?.[0]?.text ?? '?');
});
