// Older office screens are 1024 or 1152 px wide. There the findings panel starts collapsed, its
// counts still in sight, so the text boxes and tables keep their room; one click opens it.
import { expect, test } from '@playwright/test';
import { createReport } from './support/create-report';
import { sectionTitle } from './support/official-labels';

test.use({ viewport: { width: 1024, height: 768 } });

test('on a 1024 px screen the findings panel starts collapsed with its counts, and the text boxes keep their width', async ({
  page,
}) => {
  await createReport(page, '阁山镇人民政府', '2025');
  const panel = page.getByRole('complementary', { name: '检查结果' });
  const toggle = panel.getByRole('button', { name: /检查结果：\d+ 个错误，\d+ 个提醒/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.getByRole('button', { name: /还没有填写成文日期/ })).toHaveCount(0);

  await page.getByRole('link', { name: sectionTitle('s1'), exact: true }).click();
  const box = await page.getByRole('textbox', { name: '总体情况概述', exact: true }).boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(300);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByRole('button', { name: /还没有填写成文日期/ })).toBeVisible();
});
