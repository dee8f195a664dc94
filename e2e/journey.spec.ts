// A township with nothing to report this year, from 新建 to the approved Word file, counted the way a
// person spends effort: every click, key press and file chosen is one action; typing text is not.
// The clerk's own path must take at most 20 actions; the review between two computers (the 送审
// file to the supervisor and the result file back) is counted and printed too.
import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readDocx, readDocxParagraphs } from '../src/test-support/read-docx-tables';
import { SECTION_ONE_NARRATIVES, SECTION_TITLES } from '../src/template/common-parts';
import { FORMAT_2021 } from '../src/template/format-2021';
import { newComputer } from './support/new-computer';

test.describe.configure({ timeout: 180_000 });

const NAME = '阁山镇人民政府';

/** Each action as it is taken, in order; typing is logged too, marked as not counted. */
class Actions {
  readonly log: string[] = [];
  count = 0;
  constructor(private readonly who: string) {}
  private note(what: string, counted: boolean): void {
    if (counted) this.count += 1;
    this.log.push(`${this.who} ${counted ? String(this.count).padStart(2) : '  '} ${what}`);
  }
  async click(target: Locator, what: string): Promise<void> {
    this.note(`点击 ${what}`, true);
    await target.click();
  }
  /** Typing text into a field; moving to the field is part of typing. */
  async fill(target: Locator, text: string, what: string): Promise<void> {
    this.note(`输入 ${what}：${text.length > 16 ? `${text.slice(0, 16)}…` : text}`, false);
    await target.fill(text);
  }
  async press(target: Locator, key: string, what: string): Promise<void> {
    this.note(`按键 ${key}（${what}）`, true);
    await target.press(key);
  }
  /** Two actions: the button that opens the file chooser, and the file picked in it. */
  async setInputFiles(target: Locator, file: string, what: string): Promise<void> {
    this.note('点击 导入草稿', true);
    this.note(`选择文件 ${what}`, true);
    await target.setInputFiles(file);
  }
  async open(page: Page, what: string): Promise<void> {
    this.note(`打开 ${what}`, true);
    await page.goto('./');
  }
  /** A click that starts a download; the file is kept for the next step. */
  async download(page: Page, target: Locator, what: string): Promise<string> {
    const started = page.waitForEvent('download');
    await this.click(target, what);
    const download = await started;
    const path = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(path);
    return path;
  }
}

const ZERO_TEXT: Readonly<Record<string, string>> = {
  's1-intro': '本年度，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。',
  's1-active': '本年度通过政府门户网站和政务公开栏主动公开政府信息。',
  's1-request': '本年度未收到政府信息公开申请。',
  's1-management': '严格落实公开属性源头认定和保密审查制度。',
  's1-platform': '及时维护政府网站公开专栏和政务公开栏。',
  's1-oversight': '明确分管领导和工作人员，本年度未发生责任追究情况。',
  s5: '公开内容不够丰富。改进情况：加强业务培训，丰富公开内容。',
  s6: '本年度没有产生信息处理费，没有其他需要报告的事项。',
};

test('a zero-activity report: 新建 → approved → Word in at most 20 actions, the review as files', async ({
  browser,
}) => {
  const { page: clerkPage } = await newComputer(browser, { width: 1366, height: 768 });
  const { page: bossPage } = await newComputer(browser, { width: 1366, height: 768 });
  const clerk = new Actions('办事员');
  const boss = new Actions('审核人');
  const nav = clerkPage.getByRole('navigation', { name: '填报步骤' });
  const step = (title: string) => nav.getByRole('link', { name: title });

  // 新建: the name, the year offered.
  await clerk.open(clerkPage, '本系统');
  await clerk.click(clerkPage.getByRole('button', { name: '新建' }), '新建');
  const dialog = clerkPage.getByRole('dialog', { name: '新建年度报告' });
  await clerk.fill(dialog.getByLabel('机关名称'), NAME, '机关名称');
  const year = Number(await dialog.getByLabel('报告年度').inputValue());
  await clerk.click(dialog.getByRole('button', { name: '创建' }), '创建');
  await expect(clerkPage).toHaveURL(/#\/r\//);
  await clerk.fill(clerkPage.getByLabel('成文日期'), `${year + 1}-01-15`, '成文日期');

  // Section 一: its six boxes.
  await clerk.click(step(SECTION_TITLES.s1), SECTION_TITLES.s1);
  for (const n of SECTION_ONE_NARRATIVES)
    await clerk.fill(clerkPage.getByLabel(n.label, { exact: true }), ZERO_TEXT[n.id] ?? '', n.label);

  // The three tables: nothing happened, so every blank is 0, all at once.
  await clerk.click(step(SECTION_TITLES.s2), SECTION_TITLES.s2);
  await clerk.click(clerkPage.getByRole('button', { name: '全部表格未填处填 0' }), '全部表格未填处填 0');
  await expect(clerkPage.getByRole('status', { name: '表格操作提示' })).toContainText('已在 3 张表格');

  for (const id of ['s5', 's6'] as const) {
    const section = FORMAT_2021.sections.find((s) => s.id === id);
    const box = section?.narratives[0];
    if (!section || !box) throw new Error(`section ${id} missing`);
    await clerk.click(step(section.title), section.title);
    await clerk.fill(clerkPage.getByLabel(box.label, { exact: true }), ZERO_TEXT[id] ?? '', box.label);
  }
  await expect(clerkPage.getByRole('status').filter({ hasText: /^已保存/ })).toBeVisible();

  // 预览 → 提交审核: no error is left to fix.
  await clerk.click(step('预览'), '预览');
  await expect(clerkPage.getByRole('region', { name: '检查结果' }).getByRole('status')).toHaveText(
    '检查通过：没有发现错误或提醒',
  );
  const panel = clerkPage.getByRole('region', { name: '审核' });
  await clerk.click(panel.getByRole('button', { name: '提交审核' }), '提交审核');
  await clerk.fill(panel.getByRole('textbox', { name: '提交人姓名', exact: true }), '张秘书', '提交人姓名');
  await clerk.click(panel.getByRole('button', { name: '确认提交审核' }), '确认提交审核');
  const clerkUntilSent = clerk.count;
  const sent = await clerk.download(
    clerkPage,
    panel.getByRole('button', { name: '导出送审文件' }),
    '导出送审文件',
  );

  // The supervisor, on another computer: imports, reads the preview, approves, sends the result back.
  await boss.open(bossPage, '本系统');
  await boss.setInputFiles(bossPage.getByLabel('导入草稿'), sent, '送审文件');
  await boss.click(bossPage.getByRole('button', { name: '打开预览' }), '打开预览');
  const bossPanel = bossPage.getByRole('region', { name: '审核' });
  await boss.click(bossPanel.getByRole('button', { name: '审核通过' }), '审核通过');
  await boss.fill(bossPanel.getByLabel('审核人姓名'), '李主任', '审核人姓名');
  await boss.click(bossPanel.getByRole('button', { name: '确认审核通过' }), '确认审核通过');
  const answer = await boss.download(
    bossPage,
    bossPanel.getByRole('button', { name: '导出审核结果文件' }),
    '导出审核结果文件',
  );

  // Back at the clerk's: the result merges in, then 导出 Word.
  await clerk.click(clerkPage.getByRole('link', { name: '← 我的报告' }), '我的报告');
  await clerk.setInputFiles(clerkPage.getByLabel('导入草稿'), answer, '审核结果文件');
  await expect(clerkPage.getByRole('status').filter({ hasText: '已合并审核结果' })).toBeVisible();
  await clerk.click(clerkPage.getByRole('button', { name: '打开预览' }), '打开预览');
  const word = await clerk.download(
    clerkPage,
    clerkPage.getByRole('button', { name: '导出 Word' }),
    '导出 Word',
  );

  expect(word).toMatch(new RegExp(`${NAME}${year}年政府信息公开工作年度报告\\.docx$`));
  const paragraphs = readDocxParagraphs((await readDocx(fs.readFileSync(word))).document).map((p) => p.text);
  expect(paragraphs).toContain(ZERO_TEXT.s6);

  const all = [...clerk.log, ...boss.log];
  console.log(
    [
      ...all,
      `办事员 ${clerk.count} 次操作（其中到交出送审文件前 ${clerkUntilSent} 次），审核人 ${boss.count} 次，合计 ${clerk.count + boss.count} 次`,
    ].join('\n'),
  );
  // On one computer the clerk's path drops the five file steps (导出送审文件, 我的报告, 导入草稿 and
  // its file, 打开预览) and gains the supervisor's two clicks: this bound holds for it too.
  expect(clerk.count).toBeLessThanOrEqual(20);
  expect(clerk.count + boss.count).toBeLessThanOrEqual(24);
});
