// 复制网页版 and 下载网页版: the report pasted into a portal-like editor (a contenteditable) keeps
// its tables cell by cell, merges included; the downloaded .html holds the same tables.
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serializeDraft } from '../src/report/draft-file';
import type { Report } from '../src/report/report-schema';
import { sampleReport } from '../src/test-support/sample-reports';
import { getFormat } from '../src/template/formats';
import { documentContent, gridCellText } from '../src/template/print-layout/document-content';

test.describe.configure({ timeout: 90_000 });

interface ReadCell {
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** Every table the official layout prints, as rows of { text, rowSpan, colSpan }. */
function expectedTables(report: Report): ReadCell[][][] {
  return documentContent(getFormat(report.formatId), report)
    .filter((b) => b.kind === 'table')
    .map((block) =>
      block.layout.rows.map((line) =>
        line.map((cell) => ({
          text: gridCellText(block, cell),
          rowSpan: cell.rowSpan,
          colSpan: cell.colSpan,
        })),
      ),
    );
}

/** The tables inside `selector` on the page, read the same way. */
function tablesIn(page: Page, selector: string): Promise<ReadCell[][][]> {
  return page.locator(selector).evaluate((root) =>
    [...root.querySelectorAll('table')].map((t) =>
      [...t.rows].map((tr) =>
        [...tr.cells].map((c) => ({
          text: c.innerText.replace(/\n/g, ''),
          rowSpan: c.rowSpan,
          colSpan: c.colSpan,
        })),
      ),
    ),
  );
}

async function openPreview(page: Page, report: Report, file: string): Promise<void> {
  fs.writeFileSync(file, serializeDraft(report));
  await page.goto('./');
  await page.getByLabel('导入草稿').setInputFiles(file);
  await page
    .getByRole('row', { name: new RegExp(report.meta.agencyName) })
    .getByRole('link', { name: '打开' })
    .click();
  await page.getByRole('link', { name: '预览', exact: true }).click();
  await expect(page.getByRole('article', { name: '报告预览' })).toBeVisible();
}

test('复制网页版 pastes into an editor with every table intact; 下载网页版 saves the same', async ({
  page,
  context,
}, info) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const report = sampleReport('format-2021');
  await openPreview(page, report, info.outputPath('report.json'));
  const expected = expectedTables(report);
  expect(expected).toHaveLength(3);

  await page.getByRole('button', { name: '复制网页版' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制网页版' })).toBeVisible();

  // A portal editor: a contenteditable box on a page of the same origin, pasted into with Ctrl+V.
  const editor = await context.newPage();
  await editor.goto('./');
  await editor.setContent('<div id="editor" contenteditable="true" style="min-height:10em"></div>');
  await editor.locator('#editor').click();
  await editor.keyboard.press('ControlOrMeta+V');
  await expect(editor.locator('#editor table')).toHaveCount(3);
  expect(await tablesIn(editor, '#editor')).toEqual(expected);
  await expect(editor.locator('#editor h2').first()).toHaveText(
    getFormat(report.formatId).sections[0]?.title ?? '',
  );
  await editor.screenshot({ path: info.outputPath('pasted.png'), fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载网页版' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('阁山镇人民政府2021年政府信息公开工作年度报告（送审稿）.html');
  const html = fs.readFileSync(await download.path(), 'utf8');
  await editor.setContent(html);
  expect(await editor.title()).toBe('阁山镇人民政府2021年政府信息公开工作年度报告');
  expect(await tablesIn(editor, 'body')).toEqual(expected);
});
