// The fault suite: each test injects one fault that used to lose a clerk's work or hide a report,
// and counts what was lost. Every count must be 0. Each test records its figures (`lost`: values
// typed and then missing or silently cut; `hidden`: reports that no longer open or are no longer
// listed) as a `faults` annotation and prints them as `FAULT <test>: lost=… hidden=…`; the README's
// reliability section lists them. Other specs test the same features as a person uses them; this
// is the one place that injects the faults and reports the figures.
import fs from 'node:fs';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { gb18030 } from '../src/report/ledger/fixtures/gb18030';
import { FORMAT_2021 } from '../src/template/format-2021';
import { createReport } from './support/create-report';
import { cellName, sectionTitle } from './support/official-labels';

test.describe.configure({ timeout: 240_000 });

const S3 = sectionTitle('s3');
const NATURAL = cellName('t3:new:natural');
const BUSINESS = cellName('t3:new:business');
/** The app's autosave debounce is 250 ms: 600 ms is past it without waiting for 已保存. */
const PAST_DEBOUNCE_MS = 600;

async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();
}

const cell = (page: Page, name: string): Locator => page.getByRole('textbox', { name, exact: true });

/** Records the counts on the test and in the output (the README's table reads them); requires 0. */
function tally(info: TestInfo, counts: { readonly lost: number; readonly hidden: number }) {
  const figures = `lost=${counts.lost} hidden=${counts.hidden}`;
  info.annotations.push({ type: 'faults', description: figures });
  console.log(`FAULT ${info.title}: ${figures}`);
  expect(counts).toEqual({ lost: 0, hidden: 0 });
}

async function step(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: '填报步骤' }).getByRole('link', { name: title }).click();
}

async function exportDraftText(page: Page, path: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿' }).click();
  await (await download).saveAs(path);
  return fs.readFileSync(path, 'utf8');
}

test('a draft re-saved by Notepad as GBK is read as GB18030, every character intact', async ({
  page,
  browser,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await page.getByLabel('联系地址').fill('樟树市阁山镇政府大院');
  await saved(page);
  const text = await exportDraftText(page, info.outputPath('utf8.json'));
  fs.writeFileSync(info.outputPath('gbk.json'), gb18030(text));

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto('./');
  await page2.getByLabel('导入草稿').setInputFiles(info.outputPath('gbk.json'));
  await expect(page2.getByRole('status').filter({ hasText: '已导入' })).toContainText('文件编码：GB18030');
  await page2
    .getByRole('row', { name: /阁山镇人民政府/ })
    .getByRole('link', { name: '打开' })
    .click();
  const address = await page2.getByLabel('联系地址').inputValue();
  tally(info, { lost: address === '樟树市阁山镇政府大院' ? 0 : 1, hidden: 0 });
  await other.close();
});

test('a draft holding replacement characters is refused and replaces nothing', async ({ page }, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await page.getByLabel('联系地址').fill('樟树市阁山镇');
  await saved(page);
  const text = await exportDraftText(page, info.outputPath('good.json'));
  // What a GBK file read as UTF-8 and saved again looks like: every Chinese character is U+FFFD.
  fs.writeFileSync(info.outputPath('broken.json'), text.replace(/[\u4e00-\u9fff]/gu, '\uFFFD'));
  // './#/': a bare './' would return to the report last open.
  await page.goto('./#/');
  await page.getByLabel('导入草稿').setInputFiles(info.outputPath('broken.json'));
  await expect(page.getByRole('alert')).toContainText('损坏的文字');
  await page
    .getByRole('row', { name: /阁山镇人民政府/ })
    .getByRole('link', { name: '打开' })
    .click();
  const address = await page.getByLabel('联系地址').inputValue();
  tally(info, { lost: address === '樟树市阁山镇' ? 0 : 1, hidden: 0 });
});

test('the first figure typed after importing a draft dated in the future survives a reload', async ({
  page,
  browser,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await saved(page);
  const text = await exportDraftText(page, info.outputPath('draft.json'));
  const file = JSON.parse(text) as { report: { updatedAt: string } };
  file.report.updatedAt = '2099-01-01T00:00:00.000Z';
  fs.writeFileSync(info.outputPath('future.json'), JSON.stringify(file));

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto('./');
  await page2.getByLabel('导入草稿').setInputFiles(info.outputPath('future.json'));
  await page2
    .getByRole('row', { name: /阁山镇人民政府/ })
    .getByRole('link', { name: '打开' })
    .click();
  await page2.getByRole('link', { name: S3 }).click();
  await cell(page2, NATURAL).fill('7');
  await cell(page2, NATURAL).press('Tab');
  await page2.reload();
  const value = await cell(page2, NATURAL).inputValue();
  tally(info, { lost: value === '7' ? 0 : 1, hidden: 0 });
  await other.close();
});

test('a malformed address shows the start screen with a message, and every report', async ({
  page,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await saved(page);
  await page.goto('./#/r/%E0%A4%A/meta');
  await expect(page.getByRole('alert')).toContainText('地址不完整或有误');
  const rows = await page.getByRole('row', { name: /阁山镇人民政府/ }).count();
  tally(info, { lost: 0, hidden: rows === 1 ? 0 : 1 });
});

// ---- Storage ----------------------------------------------------------------------------------

test('full localStorage: a figure typed then reloaded is there, and 存储空间已满 was said at once', async ({
  page,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await step(page, S3);
  await saved(page);
  // Fill this origin's localStorage to the last character, as other pages of an intranet host do.
  const filled = await page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    let chars = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${n}`, 'x'.repeat(size));
        n += 1;
        chars += size;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return chars;
  });
  expect(filled).toBeGreaterThan(1_000_000);
  await cell(page, NATURAL).fill('12');
  await cell(page, NATURAL).press('Tab');
  // Said at once: before the autosave could have landed.
  const alert = page.getByRole('alert').filter({ hasText: '存储空间已满' });
  const warned = await alert
    .waitFor({ timeout: 1000 })
    .then(() => true)
    .catch(() => false);
  const offered = warned && (await alert.getByRole('button', { name: '导出草稿' }).isVisible());
  await page.waitForTimeout(PAST_DEBOUNCE_MS);
  await page.reload();
  const value = await cell(page, NATURAL).inputValue();
  info.annotations.push({
    type: 'kept',
    description: `figure=${value === '12'} warned=${warned && offered}`,
  });
  tally(info, { lost: value === '12' || (warned && offered) ? 0 : 1, hidden: 0 });
  expect(warned && offered).toBe(true);
});

test('IndexedDB refusing writes: 存储空间已满 with 导出草稿, which holds what is on screen', async ({
  page,
}, info) => {
  await createReport(page, '千户镇人民政府', '2021');
  await step(page, S3);
  // From now on every IndexedDB write fails as a full disk makes it fail.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await cell(page, NATURAL).fill('12');
  const alert = page.getByRole('alert').filter({ hasText: '存储空间已满' });
  await expect(alert).toBeVisible();
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: '导出草稿' }).click();
  const draft = JSON.parse(fs.readFileSync(await (await downloading).path(), 'utf8')) as {
    report: { cells: Record<string, string> };
  };
  const onScreen = await cell(page, NATURAL).inputValue();
  tally(info, {
    lost: (onScreen === '12' ? 0 : 1) + (draft.report.cells['t3:new:natural'] === '12' ? 0 : 1),
    hidden: 0,
  });
});

test('an IndexedDB open that hangs says what may be holding it, and no report is lost', async ({
  page,
  context,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await page.getByLabel('联系电话').fill('0795-7161260');
  await saved(page);
  const url = page.url();
  await page.close();

  // An open that never answers, as when another window holds the database through an upgrade.
  const stuck = await context.newPage();
  await stuck.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      return {} as IDBOpenDBRequest;
    };
  });
  await stuck.goto(url);
  await expect(stuck.getByRole('status').filter({ hasText: '正在打开报告' })).toBeVisible();
  const editorSays = stuck.getByRole('alert').filter({ hasText: '其他窗口或标签页' });
  await expect(editorSays).toBeVisible({ timeout: 10_000 });
  await stuck.goto(new URL('./#/', url).href);
  await expect(stuck.getByRole('status').filter({ hasText: '其他窗口或标签页' })).toBeVisible({
    timeout: 10_000,
  });
  await stuck.close();

  // Once nothing holds it, the report is there as it was.
  const fresh = await context.newPage();
  await fresh.goto(new URL('./#/', url).href);
  const listed = await fresh
    .getByRole('row', { name: /阁山镇人民政府/ })
    .waitFor()
    .then(() => 1)
    .catch(() => 0);
  await fresh.goto(url);
  const phone = await fresh.getByLabel('联系电话').inputValue();
  tally(info, { lost: phone === '0795-7161260' ? 0 : 1, hidden: listed ? 0 : 1 });
});

test('a stored report the format refuses is listed as 无法打开 with its reason, exported as stored and salvaged', async ({
  page,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await page.getByLabel('联系地址').fill('樟树市阁山镇政府大院');
  await step(page, S3);
  await cell(page, NATURAL).fill('5');
  await saved(page);
  const id = /#\/r\/([^/]+)/.exec(page.url())?.[1] ?? '';
  // What an older version without limits stored: a 105-character name.
  const LONG_NAME = `${'阁山'.repeat(50)}镇人民政府`.slice(0, 105);
  await page.goto('./#/');
  await page.evaluate(
    ([key, name]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('nianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          const kv = tx.objectStore('kv');
          const read = kv.get(`report:${key}`);
          read.onsuccess = () => {
            const record = read.result as { report: { meta: { agencyName: string } } };
            record.report.meta.agencyName = name ?? '';
            kv.put(record, `report:${key}`);
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    [id, LONG_NAME],
  );
  await page.reload();
  const list = page
    .getByRole('region', { name: '无法打开的报告' })
    .or(page.locator('section', { hasText: '无法打开的报告' }));
  const row = list.getByRole('row', { name: /阁山/ });
  const listed = await row
    .waitFor()
    .then(() => true)
    .catch(() => false);
  await expect(row).toContainText('无法打开');
  await expect(row).toContainText('机关名称超过 100 字');

  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: '导出原始数据' }).click();
  const raw = JSON.parse(fs.readFileSync(await (await downloading).path(), 'utf8')) as {
    report: { meta: { agencyName: string; address: string } };
  };
  await row.getByRole('button', { name: '打开可恢复的内容' }).click();
  await page.getByRole('link', { name: '打开恢复的报告' }).click();
  const address = await page.getByLabel('联系地址').inputValue();
  const name = await page.getByLabel('机关名称').inputValue();
  await step(page, S3);
  const figure = await cell(page, NATURAL).inputValue();
  const lost =
    (raw.report.meta.agencyName === LONG_NAME ? 0 : 1) +
    (address === '樟树市阁山镇政府大院' ? 0 : 1) +
    (figure === '5' ? 0 : 1) +
    (name === LONG_NAME.slice(0, 100) ? 0 : 1);
  tally(info, { lost, hidden: listed ? 0 : 1 });
});

// ---- Two tabs -----------------------------------------------------------------------------------

test('a tab frozen for 7 s with unsaved typing never overwrites the tab that took the report', async ({
  page,
  context,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await step(page, S3);
  await cell(page, NATURAL).fill('5');
  await saved(page);
  const url = page.url();

  // Tab A types and freezes before its autosave fires (the debounce is 250 ms).
  const cdp = await context.newCDPSession(page);
  await cell(page, BUSINESS).fill('6');
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  const frozenAt = Date.now();

  // Tab B takes the report and types.
  const b = await context.newPage();
  await b.goto(url);
  const take = b.getByRole('button', { name: '在此窗口编辑' });
  if (await take.isVisible().catch(() => false)) await take.click();
  await expect(cell(b, NATURAL)).toBeEditable();
  await cell(b, NATURAL).fill('9');
  await saved(b);
  await b.waitForTimeout(Math.max(0, 7000 - (Date.now() - frozenAt)));

  // A thaws: its stale save is refused and it turns read-only, saying so.
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  const refused = page
    .getByRole('alert')
    .filter({ hasText: '载入最新内容' })
    .or(page.getByRole('alert').filter({ hasText: '在此窗口编辑' }));
  await expect(refused.first()).toBeVisible();
  await expect(cell(page, NATURAL)).not.toBeEditable();
  // What A typed is still on its screen, for 导出草稿.
  const aKept = await cell(page, BUSINESS).inputValue();
  await page.waitForTimeout(PAST_DEBOUNCE_MS);
  await page.close();

  const check = await context.newPage();
  await b.close();
  await check.goto(url);
  const natural = await cell(check, NATURAL).inputValue();
  tally(info, { lost: (natural === '9' ? 0 : 1) + (aKept === '6' ? 0 : 1), hidden: 0 });
});

// ---- Text limits where typed or pasted ------------------------------------------------------------

/** A field with the format's limit: its accessible name, its limit, how the message names it. */
interface Limited {
  readonly field: (page: Page) => Locator;
  readonly max: number;
  readonly says: string;
}

const META_LIMITS: readonly (readonly [string, number])[] = [
  ['机关名称', 100],
  ['所属地区/上级政府', 100],
  ['发布网址', 300],
  ['联系地址', 200],
  ['联系电话', 60],
  ['邮政编码', 20],
  ['电子邮箱', 120],
  ['落款机关', 100],
];

async function pasteInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press('Control+A');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

const n = (x: number) => x.toLocaleString('en-US');

/**
 * Pastes one character more than fits, then types past the limit. Each must keep what fits and
 * say so at the field; returns how many of the two cut text in silence or kept the wrong part.
 */
async function overLong(page: Page, f: Limited, fill: string): Promise<number> {
  const field = f.field(page);
  const ch = fill.slice(0, 1);
  let silent = 0;
  await pasteInto(page, field, `${fill.repeat(f.max)}尾`);
  const pasted = await field.inputValue();
  const pasteSaid = await page
    .getByRole('alert')
    .filter({ hasText: `${f.says}最多 ${n(f.max)} 字：粘贴的 ${n(f.max + 1)} 字只放入了前 ${n(f.max)} 字` })
    .isVisible();
  if (pasted !== fill.repeat(f.max) || !pasteSaid) silent += 1;

  await field.fill(ch.repeat(f.max - 1));
  await field.press('End');
  await page.keyboard.type('末了');
  const typed = await field.inputValue();
  const typeSaid = await page
    .getByRole('alert')
    .filter({ hasText: `${f.says}已达到上限 ${n(f.max)} 字` })
    .isVisible();
  if (typed !== `${ch.repeat(f.max - 1)}末` || !typeSaid) silent += 1;
  return silent;
}

test.describe('over-long text typed or pasted', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('in every metadata field, the preamble and every narrative: refused visibly, the report opens after reload', async ({
    page,
  }, info) => {
    // 新建's 机关名称 first: a 105-character name used to give a report that never opened again.
    await page.goto('./');
    await page.getByRole('button', { name: '新建' }).click();
    const dialog = page.getByRole('dialog', { name: '新建年度报告' });
    let silent = await overLong(
      page,
      { field: () => dialog.getByLabel('机关名称'), max: 100, says: '机关名称' },
      '镇',
    );
    await dialog.getByLabel('报告年度').fill('2025');
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect(page).toHaveURL(/#\/r\//);

    const kept: { field: (p: Page) => Locator; value: string; where: string }[] = [];
    for (const [label, max] of META_LIMITS) {
      const field = (p: Page) => p.getByLabel(label, { exact: true });
      // Text each field's type accepts: letters for the address and e-mail boxes, digits for a code.
      const fill = label === '邮政编码' ? '3' : label === '发布网址' || label === '电子邮箱' ? 'a' : '阁';
      silent += await overLong(page, { field, max, says: label }, fill);
      kept.push({ field, value: await field(page).inputValue(), where: 'meta' });
    }
    const preamble = (p: Page) => p.getByLabel('引言', { exact: true });
    silent += await overLong(page, { field: preamble, max: 20_000, says: '引言' }, '引');
    kept.push({ field: preamble, value: await preamble(page).inputValue(), where: 'meta' });

    for (const section of FORMAT_2021.sections) {
      if (section.narratives.length === 0) continue;
      await step(page, section.title);
      for (const spec of section.narratives) {
        const field = (p: Page) => p.getByRole('textbox', { name: spec.label, exact: true });
        silent += await overLong(page, { field, max: 100_000, says: spec.label }, '文');
        kept.push({ field, value: await field(page).inputValue(), where: section.title });
      }
    }
    await page.waitForTimeout(PAST_DEBOUNCE_MS);
    await page.reload();
    const opened = await page
      .getByRole('heading', { level: 1 })
      .waitFor()
      .then(() => true)
      .catch(() => false);
    let changed = 0;
    if (opened) {
      for (const k of kept) {
        await step(page, k.where === 'meta' ? '基本信息' : k.where);
        if ((await k.field(page).inputValue()) !== k.value) changed += 1;
      }
    }
    tally(info, { lost: silent + changed, hidden: opened ? 0 : 1 });
  });

  test('in the review comment and name boxes: refused visibly, the returned report opens after reload', async ({
    page,
  }, info) => {
    await createReport(page, '阁山镇人民政府', '2025');
    await step(page, '预览');
    await page.getByRole('button', { name: '提交审核' }).click();
    let silent = await overLong(
      page,
      { field: (p) => p.getByLabel('提交人姓名'), max: 60, says: '提交人姓名' },
      '张',
    );
    await page.getByRole('button', { name: '确认提交审核' }).click();
    await page.getByRole('button', { name: '退回修改' }).click();
    silent += await overLong(
      page,
      { field: (p) => p.getByLabel('第 1 条修改意见'), max: 5000, says: '每条修改意见' },
      '意',
    );
    silent += await overLong(
      page,
      { field: (p) => p.getByLabel('审核人姓名'), max: 60, says: '审核人姓名' },
      '李',
    );
    const comment = await page.getByLabel('第 1 条修改意见').inputValue();
    await page.getByRole('button', { name: '确认退回修改' }).click();
    await expect(page.getByTestId('review-status')).toHaveText('退回修改');
    await page.waitForTimeout(PAST_DEBOUNCE_MS);
    await page.reload();
    const opened = await page
      .getByTestId('review-status')
      .waitFor()
      .then(() => true)
      .catch(() => false);
    await step(page, FORMAT_2021.sections[0]?.title ?? '');
    const shown = await page.getByRole('complementary', { name: '审核意见' }).textContent();
    tally(info, { lost: silent + (shown?.includes(comment) ? 0 : 1), hidden: opened ? 0 : 1 });
  });
});

// ---- Draft files with review records past the caps -------------------------------------------------

interface DraftJson {
  report: {
    meta: Record<string, string>;
    review: {
      status: string;
      approvedBy?: string;
      approvedAt?: string;
      comments: unknown[];
      history: unknown[];
    };
  };
}

async function draftFile(
  page: Page,
  info: TestInfo,
  name: string,
  change: (d: DraftJson) => void,
): Promise<string> {
  const d = JSON.parse(await exportDraftText(page, info.outputPath(`${name}-base.json`))) as DraftJson;
  change(d);
  const path = info.outputPath(`${name}.json`);
  fs.writeFileSync(path, JSON.stringify(d));
  return path;
}

const historyOf = (count: number, status: string) =>
  Array.from({ length: count }, (_, i) => ({
    status: i === count - 1 ? status : i % 2 ? 'returned' : 'submitted',
    at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    by: '王',
    note: `第 ${i + 1} 步`,
  }));

const commentsOf = (count: number, id = (i: number) => `c-${i}`) =>
  Array.from({ length: count }, (_, i) => ({
    id: id(i),
    sectionId: 's1',
    text: `意见 ${i + 1}`,
    author: '李主任',
    at: '2025-12-01T00:00:00.000Z',
    resolved: false,
  }));

async function importDraft(page: Page, path: string): Promise<void> {
  await page.goto('./#/');
  await page.getByLabel('导入草稿').setInputFiles(path);
}

async function openRow(page: Page, name: RegExp): Promise<boolean> {
  const link = page.getByRole('row', { name }).getByRole('link', { name: '打开' });
  const found = await link
    .first()
    .waitFor()
    .then(() => true)
    .catch(() => false);
  if (found) await link.first().click();
  return found;
}

test('a draft with 1,001 history entries opens condensed, and an edit of it as approved still saves', async ({
  page,
  browser,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await page.getByLabel('联系地址').fill('樟树市阁山镇');
  await saved(page);
  const path = await draftFile(page, info, 'history', (d) => {
    d.report.review = {
      ...d.report.review,
      status: 'approved',
      approvedBy: '李主任',
      approvedAt: '2025-12-01T00:00:00.000Z',
      history: historyOf(1001, 'approved'),
    };
  });
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await importDraft(p2, path);
  await expect(p2.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  const opened = await openRow(p2, /阁山镇人民政府/);
  // The 1,002nd step: editing the approved report takes it back to 草稿.
  await p2.getByLabel('联系电话').fill('0795-7161260');
  await p2.waitForTimeout(PAST_DEBOUNCE_MS);
  await p2.reload();
  const phone = await p2.getByLabel('联系电话').inputValue();
  const address = await p2.getByLabel('联系地址').inputValue();
  await step(p2, '预览');
  await expect(p2.locator('summary').filter({ hasText: '审核记录' })).toHaveText('审核记录（1000 条）', {
    timeout: 30_000,
  });
  await expect(p2.getByTestId('review-status')).toHaveText('草稿');
  tally(info, {
    lost: (phone === '0795-7161260' ? 0 : 1) + (address === '樟树市阁山镇' ? 0 : 1),
    hidden: opened ? 0 : 1,
  });
  await other.close();
});

test('a draft with 501 comments is refused with the reason; at 500 the 501st is refused at the button and the report still saves', async ({
  page,
  browser,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await page.getByLabel('联系地址').fill('樟树市阁山镇');
  await saved(page);
  const over = await draftFile(page, info, 'c501', (d) => {
    d.report.review = { ...d.report.review, status: 'submitted', comments: commentsOf(501) };
  });
  const full = await draftFile(page, info, 'c500', (d) => {
    d.report.review = {
      ...d.report.review,
      status: 'submitted',
      comments: commentsOf(500),
      history: historyOf(1, 'submitted'),
    };
  });
  await importDraft(page, over);
  await expect(page.getByRole('alert')).toContainText('审核意见超过 500 条');
  await expect(page.getByRole('alert')).toContainText('已有的报告没有任何改动');
  const stillOpens = await openRow(page, /阁山镇人民政府/);
  const kept = stillOpens ? await page.getByLabel('联系地址').inputValue() : '';

  const other = await browser.newContext();
  const p2 = await other.newPage();
  await importDraft(p2, full);
  const opened = await openRow(p2, /阁山镇人民政府/);
  await step(p2, '预览');
  await p2.getByRole('button', { name: '退回修改' }).click();
  await expect(p2.getByRole('form', { name: '退回修改' })).toContainText('审核意见已达上限 500 条');
  await p2.getByLabel('第 1 条修改意见').fill('再改一处');
  await p2.getByLabel('审核人姓名').fill('李主任');
  await p2.getByRole('button', { name: '确认退回修改' }).click();
  await expect(p2.getByRole('alert').filter({ hasText: '不能再添加意见' })).toBeVisible();
  await p2.getByRole('button', { name: '取消' }).click();
  await step(p2, '基本信息');
  await p2.getByLabel('联系电话').fill('0795-7161260');
  await p2.waitForTimeout(PAST_DEBOUNCE_MS);
  await p2.reload();
  const phone = await p2.getByLabel('联系电话').inputValue();
  tally(info, {
    lost: (kept === '樟树市阁山镇' ? 0 : 1) + (phone === '0795-7161260' ? 0 : 1),
    hidden: (stillOpens ? 0 : 1) + (opened ? 0 : 1),
  });
  await other.close();
});

test('duplicate comment ids in a draft are re-keyed: 标记为已修改 resolves one comment, not three', async ({
  page,
  browser,
}, info) => {
  await createReport(page, '阁山镇人民政府', '2025');
  await saved(page);
  const path = await draftFile(page, info, 'dupes', (d) => {
    d.report.review = {
      ...d.report.review,
      status: 'returned',
      comments: commentsOf(3, () => 'c-same'),
      history: historyOf(2, 'returned'),
    };
  });
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await importDraft(p2, path);
  const opened = await openRow(p2, /阁山镇人民政府/);
  await step(p2, FORMAT_2021.sections[0]?.title ?? '');
  const open = p2.getByRole('complementary', { name: '审核意见' });
  await expect(open.getByRole('button', { name: '标记为已修改' })).toHaveCount(3);
  await open.getByRole('button', { name: '标记为已修改' }).first().click();
  await p2.waitForTimeout(PAST_DEBOUNCE_MS);
  await p2.reload();
  await step(p2, FORMAT_2021.sections[0]?.title ?? '');
  const left = await open.getByRole('listitem').count();
  // Two must stay open: each one wrongly resolved is a comment lost to the clerk.
  tally(info, { lost: Math.max(0, 2 - left), hidden: opened ? 0 : 1 });
  await other.close();
});
