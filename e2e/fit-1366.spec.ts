// Tables 三 and 四 fit a 1366 × 768 screen with the findings panel as it first shows: 总计 is in
// sight with no sideways scrolling.
import { expect, test, type Page } from '@playwright/test';
import { FORMAT_2021 } from '../src/template/format-2021';
import { cellLabel, formatCells } from '../src/template/table-cells';
import { createReport } from './support/create-report';
import { cellName, sectionTitle } from './support/official-labels';

test.use({ viewport: { width: 1366, height: 768 } });

const cells = formatCells(FORMAT_2021);
/** A figure's accessible name, and its column's own label (the last part of the name). */
const nameOf = (id: string) => {
  const cell = cells.get(id);
  if (!cell) throw new Error(`no cell ${id}`);
  return cellLabel(cell);
};
const columnOf = (id: string) => nameOf(id).split(' / ').at(-1) ?? '';

const TABLES = [
  { step: sectionTitle('s3'), cell: cellName('t3:new:total') },
  { step: sectionTitle('s4'), cell: /复议后起诉 \/ 总计$/ },
] as const;

test('tables 三 and 四 show 总计 at 1366 × 768 without scrolling sideways', async ({ page }, info) => {
  test.setTimeout(60_000);
  await createReport(page, '阁山镇人民政府', '2025');
  for (const { step, cell } of TABLES) {
    await page.getByRole('link', { name: step, exact: true }).click();
    const total = page.getByRole('textbox', { name: cell }).first();
    await expect(total).toBeInViewport();
    const table = page.getByRole('table').first();
    const scroller = table.locator('xpath=..');
    expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const box = await total.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: info.outputPath(`${step.slice(0, 1)}.png`) });
  }
});

/** The lines a header's text takes, counted from the boxes of its characters. */
const headerLines = (page: Page, text: string) =>
  page
    .getByRole('columnheader', { name: text, exact: true })
    .first()
    .evaluate((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });

test('in a tall row every figure stays inside unbroken borders; headers wrap at word ends', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await createReport(page, '阁山镇人民政府', '2025');
  await page.getByRole('link', { name: TABLES[0].step, exact: true }).click();
  // （二）部分公开 has the longest leaf label: its row is taller than one line.
  const partial = page
    .getByRole('textbox', { name: nameOf('t3:partial:natural'), exact: true })
    .locator('xpath=ancestor::tr');
  const boxes = await partial.getByRole('textbox').evaluateAll((inputs) =>
    inputs.map((input) => {
      const i = input.getBoundingClientRect();
      const td = (input.closest('td') as HTMLElement).getBoundingClientRect();
      return { i: i.toJSON() as DOMRect, td: td.toJSON() as DOMRect };
    }),
  );
  expect(boxes.length).toBe(7);
  for (const { i, td } of boxes) {
    expect(td.height).toBeGreaterThan(40);
    // Clear of the collapsed borders (each half in the cell) on every side: a cell is a paint layer
    // of its own, and an input reaching a border would hide it.
    expect(i.left - td.left).toBeGreaterThanOrEqual(1);
    expect(td.right - i.right).toBeGreaterThanOrEqual(1);
    expect(i.top - td.top).toBeGreaterThanOrEqual(1);
    expect(td.bottom - i.bottom).toBeGreaterThanOrEqual(1);
  }
  await page.screenshot({ path: test.info().outputPath('tall-row.png') });
  for (const id of ['t3:new:business', 't3:new:research'])
    expect(await headerLines(page, columnOf(id))).toBe(1);
  await page.getByRole('link', { name: TABLES[1].step, exact: true }).click();
  expect(await headerLines(page, columnOf('t4:all:review-upheld'))).toBe(1);
});
